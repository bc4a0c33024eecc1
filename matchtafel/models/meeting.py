"""A Matchtafel session (called Meeting in code, to keep it apart from the database session),
its attendance, its cases and the agreements made."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchtafel.domain.vocabulary import AgreementStatus, AttendanceStatus, CaseStatus, MeetingStatus
from matchtafel.models.base import Base, Tracked, enum_column
from matchtafel.models.organisation import Person
from matchtafel.models.young_person import YoungPerson


class Meeting(Tracked, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="Matchtafel")
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=90)
    place: Mapped[str] = mapped_column(String(200), default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    minute_taker_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus, "meeting_status"), default=MeetingStatus.PLANNED, index=True
    )
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    locked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    locked_by: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    minute_taker: Mapped[Person | None] = relationship(foreign_keys=[minute_taker_id])
    cases: Mapped[list[Case]] = relationship(back_populates="meeting", order_by="Case.position")


class Attendance(Tracked, Base):
    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_column(AttendanceStatus, "attendance_status"), default=AttendanceStatus.INVITED
    )

    person: Mapped[Person] = relationship()


class Case(Tracked, Base):
    """One young person on one session's agenda."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("meeting_id", "young_person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_people.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[CaseStatus] = mapped_column(
        enum_column(CaseStatus, "case_status"), default=CaseStatus.PLANNED
    )
    time_budget_minutes: Mapped[int] = mapped_column(Integer, default=5)
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    situation_summary: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="cases")
    young_person: Mapped[YoungPerson] = relationship()
    holder: Mapped[Person | None] = relationship()


class Agreement(Tracked, Base):
    """What will be done, by whom, by when (afspraak)."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    action: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    # or a supporter (mentor, coach) owns it: one owner at most
    supporter_id: Mapped[int | None] = mapped_column(ForeignKey("supporters.id"), index=True)
    deadline: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column(AgreementStatus, "agreement_status"), default=AgreementStatus.OPEN, index=True
    )
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)

    owner: Mapped[Person | None] = relationship()


class Amendment(Base):
    """A change made after the chair locked the minutes: who, when, what.

    ``description`` is the short technical line ("agreement 337: delete"); the parts beside it let the minutes
    say it as a sentence in their own language: what was done (``action``: create, delete, update, reorder,
    review) to what (``entity``: case, agreement, attendance), about which young person (``young_person_id``:
    the minutes print their code and initials as they are at printing, so an erasure reaches them too),
    ``subject`` (the agreement's words or the attendee's name at the time of the change) and ``detail`` (the
    field changed, the new status or the decision). Rows from before these parts have only the description.
    """

    __tablename__ = "amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(String(400))
    action: Mapped[str] = mapped_column(String(20), default="")
    entity: Mapped[str] = mapped_column(String(30), default="")
    young_person_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    subject: Mapped[str] = mapped_column(String(400), default="")
    detail: Mapped[str] = mapped_column(String(100), default="")


class AgreementReview(Base):
    """What a session decided about an open agreement from an earlier session: done, new deadline,
    cancelled or keep, with who and when. One row per session and agreement; deciding again replaces it."""

    __tablename__ = "agreement_reviews"
    __table_args__ = (UniqueConstraint("meeting_id", "agreement_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    previous_deadline: Mapped[date | None] = mapped_column(Date, default=None)
    new_deadline: Mapped[date | None] = mapped_column(Date, default=None)
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(200))


# A view (migration 0008), not a table of the ORM: every session's agenda by code and initials. On a shared
# server row-level security hides another school's case (its notes, its situation); this view still shows that
# the young person is on the agenda, in which place, and nothing more. Read-only.
agenda_cases = Table(
    "agenda_cases",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer),
    Column("young_person_id", Integer),
    Column("position", Integer),
    Column("status", String(20)),
    Column("time_budget_minutes", Integer),
    Column("code", String(20)),
    Column("initials", String(20)),
)
