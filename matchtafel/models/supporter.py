"""Supporters (ondersteuners: mentors and coaches), the mentoring links between them and young people with their
history of steps, and matching events with their invitations and the contacts made there."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchtafel.domain.fields.events import EVENTS
from matchtafel.domain.fields.supporters import SUPPORTERS
from matchtafel.domain.vocabulary import AttendanceStatus, EventKind, LinkEndReason, LinkStatus, SupporterKind
from matchtafel.models.base import Archivable, Base, StringList, Tracked, enum_column, utcnow


def _given(column: str) -> str:
    """1 when the column is filled: booleans do not add up on PostgreSQL."""
    return f"(CASE WHEN {column} IS NULL THEN 0 ELSE 1 END)"


class Supporter(Tracked, Archivable, Base, fields=SUPPORTERS):
    """A person who helps young people towards work: name and work contact, what they offer, how many at once."""

    __tablename__ = "supporters"
    __table_args__ = (CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[SupporterKind] = mapped_column(enum_column(SupporterKind, "supporter_kind"), index=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    sectors: Mapped[list[str]] = mapped_column(StringList, default=list)
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    wishes: Mapped[list[str]] = mapped_column(StringList, default=list)  # SupportWish values
    note: Mapped[str] = mapped_column(String(500), default="")
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # On a shared server: the organisation of the login that registered it; changing it is for that organisation
    # and the coordinator (NULL: the coordinator's only). Never changed after insert.
    owner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id"), index=True, default=None
    )


class MentoringLink(Tracked, Base):
    """A young person and a supporter, from the proposal to the end (koppeling)."""

    __tablename__ = "mentoring_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_people.id"), index=True)
    supporter_id: Mapped[int] = mapped_column(ForeignKey("supporters.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("matching_events.id"), index=True)
    status: Mapped[LinkStatus] = mapped_column(
        enum_column(LinkStatus, "link_status"), default=LinkStatus.PROPOSED, index=True
    )
    end_reason: Mapped[LinkEndReason | None] = mapped_column(enum_column(LinkEndReason, "link_end_reason"))
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    last_step_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    steps: Mapped[list[LinkStep]] = relationship(
        back_populates="link", order_by="LinkStep.at", cascade="all, delete-orphan"
    )


class LinkStep(Base):
    """One move of a mentoring link: who, when, why. Never changed after it is written."""

    __tablename__ = "mentoring_link_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("mentoring_links.id"), index=True)
    status: Mapped[LinkStatus] = mapped_column(enum_column(LinkStatus, "link_step_status"))
    end_reason: Mapped[LinkEndReason | None] = mapped_column(
        enum_column(LinkEndReason, "link_step_end_reason")
    )
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(200), default="")

    link: Mapped[MentoringLink] = relationship(back_populates="steps")


class MatchingEvent(Tracked, Archivable, Base, fields=EVENTS):
    """A speed date, open day, workshop, the Week van het Talent or a regional meeting."""

    __tablename__ = "matching_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind, "event_kind"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=120)
    place: Mapped[str] = mapped_column(String(200), default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    # On a shared server: the organisation of the login that registered it; changing it is for that organisation
    # and the coordinator (NULL: the coordinator's only). Never changed after insert.
    owner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id"), index=True, default=None
    )


class EventInvitation(Tracked, Base):
    """One invitee of an event (a young person, a supporter or an employer) and whether they came."""

    __tablename__ = "event_invitations"
    __table_args__ = (
        CheckConstraint(
            f"{_given('young_person_id')} + {_given('supporter_id')} + {_given('employer_id')} = 1",
            name="one_invitee",
        ),
        # NULLs are distinct in a unique constraint: one per kind of invitee.
        UniqueConstraint("event_id", "young_person_id", name="uq_event_invitations_young_person"),
        UniqueConstraint("event_id", "supporter_id", name="uq_event_invitations_supporter"),
        UniqueConstraint("event_id", "employer_id", name="uq_event_invitations_employer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("matching_events.id"), index=True)
    young_person_id: Mapped[int | None] = mapped_column(ForeignKey("young_people.id"), index=True)
    supporter_id: Mapped[int | None] = mapped_column(ForeignKey("supporters.id"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"), index=True)
    attendance: Mapped[AttendanceStatus] = mapped_column(
        enum_column(AttendanceStatus, "invitation_attendance"), default=AttendanceStatus.INVITED
    )
    # On a shared server: the organisation of the login that registered it; changing an invitation of a supporter or an
    # employer is for that organisation, the event's and the coordinator (NULL: the coordinator's only). Never changed after insert.
    owner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id"), index=True, default=None
    )


class EventContact(Tracked, Base):
    """A contact made at an event: a young person met an employer or a supporter."""

    __tablename__ = "event_contacts"
    __table_args__ = (
        CheckConstraint(f"{_given('supporter_id')} + {_given('employer_id')} = 1", name="one_contact"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("matching_events.id"), index=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_people.id"), index=True)
    supporter_id: Mapped[int | None] = mapped_column(ForeignKey("supporters.id"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
