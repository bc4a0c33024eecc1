"""The young person (jongere) and their consent history.

Data minimisation (DOMAIN.md): no BSN, no date of birth (a birth year at most), no address (a home place
for travel distance only), no health details (the support note is short and carries a hint).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchtafel.domain.fields.young_people import YOUNG_PEOPLE
from matchtafel.domain.vocabulary import (
    ConsentGivenBy,
    ExitStatus,
    Leerweg,
    Level,
    Situation,
    YesNoUnknown,
)
from matchtafel.models.base import Archivable, Base, StringList, Tracked, enum_column
from matchtafel.models.organisation import Organisation, Person


class YoungPerson(Tracked, Archivable, Base, fields=YOUNG_PEOPLE):
    __tablename__ = "young_people"
    __table_args__ = (
        UniqueConstraint("school_id", "student_number"),
        Index("ix_young_people_archived_at", "archived_at"),  # counting those not archived (0011)
        Index("ix_young_people_updated_at", "updated_at"),  # the last change, for the suggestions (0011)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    initials: Mapped[str] = mapped_column(String(20))
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_name: Mapped[str] = mapped_column(String(150), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer, default=None)

    school_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    student_number: Mapped[str | None] = mapped_column(String(40), default=None)
    programme_name: Mapped[str] = mapped_column(String(200), default="")
    crebo: Mapped[str] = mapped_column(String(5), default="")
    level: Mapped[Level | None] = mapped_column(enum_column(Level, "level"), index=True)
    leerweg: Mapped[Leerweg | None] = mapped_column(enum_column(Leerweg, "leerweg"))
    exit_status: Mapped[ExitStatus | None] = mapped_column(enum_column(ExitStatus, "exit_status"))
    exit_expected_on: Mapped[date | None] = mapped_column(Date, default=None)

    home_place: Mapped[str] = mapped_column(String(100), default="")
    travels_independently: Mapped[bool | None] = mapped_column(Boolean, default=None)
    driving_licence: Mapped[bool | None] = mapped_column(Boolean, default=None)
    available_from: Mapped[date | None] = mapped_column(Date, default=None)
    hours_per_week: Mapped[int | None] = mapped_column(Integer, default=None)
    wanted_sectors: Mapped[list[str]] = mapped_column(StringList, default=list)
    situation: Mapped[Situation | None] = mapped_column(enum_column(Situation, "situation"), index=True)
    needs_job_coach: Mapped[bool] = mapped_column(Boolean, default=False)
    support_note: Mapped[str] = mapped_column(String(500), default="")
    doelgroepregister: Mapped[YesNoUnknown] = mapped_column(
        enum_column(YesNoUnknown, "doelgroepregister"), default=YesNoUnknown.UNKNOWN
    )
    is_concern: Mapped[bool] = mapped_column(Boolean, default=False)
    looking_for_leerbaan: Mapped[bool] = mapped_column(Boolean, default=False)
    support_wishes: Mapped[list[str]] = mapped_column(StringList, default=list)  # SupportWish values
    case_holder_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    school: Mapped[Organisation | None] = relationship()
    case_holder: Mapped[Person | None] = relationship()
    consents: Mapped[list[Consent]] = relationship(
        back_populates="young_person", order_by="Consent.given_on", cascade="all, delete-orphan"
    )


class Consent(Tracked, Base):
    """One consent statement (a history row); the newest one not withdrawn is in force."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_people.id"), index=True)
    given_on: Mapped[date] = mapped_column(Date)
    given_by: Mapped[ConsentGivenBy] = mapped_column(enum_column(ConsentGivenBy, "consent_given_by"))
    scope_table: Mapped[bool] = mapped_column(Boolean, default=True)
    scope_share_wsp: Mapped[bool] = mapped_column(Boolean, default=False)
    scope_employer_profile: Mapped[bool] = mapped_column(Boolean, default=False)
    scope_supporter: Mapped[bool] = mapped_column(Boolean, default=False)  # share with a mentor or coach
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    young_person: Mapped[YoungPerson] = relationship(back_populates="consents")


# A view (migration 0007), not a table of the ORM: code and initials of whoever is on an agenda, readable by
# everyone at the table even where row-level security hides the rest of the record.
agenda_young_people = Table(
    "agenda_young_people",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("code", String(20)),
    Column("initials", String(20)),
)
