"""Organisations at the table (kinds are data), the people who work there, and employers."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchtafel.domain.fields.organisations import EMPLOYERS, ORGANISATIONS, PEOPLE
from matchtafel.domain.vocabulary import OrganisationCategory
from matchtafel.models.base import Archivable, Base, Tracked, enum_column


class OrganisationKind(Tracked, Base):
    """A kind of organisation (mbo school, gemeente, WSP, VDAB, ...), seeded per country, editable."""

    __tablename__ = "organisation_kinds"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_nl: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    category: Mapped[OrganisationCategory] = mapped_column(
        enum_column(OrganisationCategory, "organisation_category")
    )
    country: Mapped[str] = mapped_column(String(2), default="NL")


class Organisation(Tracked, Archivable, Base, fields=ORGANISATIONS):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("organisation_kinds.id"), index=True)
    place: Mapped[str] = mapped_column(String(100), default="")

    kind: Mapped[OrganisationKind] = relationship(lazy="joined")


class Person(Tracked, Archivable, Base, fields=PEOPLE):
    """Someone who works at an organisation: attendee, case holder, owner of agreements."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[str] = mapped_column(String(100), default="")
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)

    organisation: Mapped[Organisation] = relationship()


class Employer(Tracked, Archivable, Base, fields=EMPLOYERS):
    __tablename__ = "employers"
    __table_args__ = (Index("ix_employers_archived_at", "archived_at"),)  # counting those not archived (0011)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    place: Mapped[str] = mapped_column(String(100), default="")
    sector: Mapped[str] = mapped_column(String(100), default="")
    recognised_training_company: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")


class DbAccount(Base):
    """On a shared PostgreSQL server: which person, organisation and role a login belongs to. The server's
    row-level security reads it (``matchtafel.storage.server``); the app never writes it."""

    __tablename__ = "db_accounts"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), default=None)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))
