"""School leavers kept in view: who keeps contact after a young person left school, and the contact moments
at 3, 6 and 12 months after leaving, made whether or not the table found them a place.

A contact moment records what the leaver is doing (working, learning, looking, no contact) and, when
working, the three questions about the job's quality: permanent or temporary, at or below level, in or
outside the field of training. ``None`` is "not asked" or "not known".
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchtafel.domain.vocabulary import ContactChannel, ExitStatus, LeaverStatus
from matchtafel.models.base import Base, Tracked, enum_column
from matchtafel.models.organisation import Person


class SchoolLeaver(Tracked, Base):
    """One leaving of school: when, how (diploma or not), and who keeps contact, how and how often."""

    __tablename__ = "school_leavers"
    __table_args__ = (
        CheckConstraint("contact_every_weeks BETWEEN 1 AND 52", name="contact_every_weeks_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_people.id"), index=True)
    left_on: Mapped[date] = mapped_column(Date, index=True)
    exit_status: Mapped[ExitStatus] = mapped_column(enum_column(ExitStatus, "leaver_exit_status"))
    keeper_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    contact_channel: Mapped[ContactChannel] = mapped_column(enum_column(ContactChannel, "contact_channel"))
    contact_every_weeks: Mapped[int] = mapped_column(Integer, default=4)

    keeper: Mapped[Person | None] = relationship()
    moments: Mapped[list[ContactMoment]] = relationship(
        back_populates="leaver", order_by="ContactMoment.due_on", cascade="all, delete-orphan"
    )


class ContactMoment(Tracked, Base):
    """A contact some months after leaving school: what is the young person doing, and how good is the job."""

    __tablename__ = "contact_moments"
    __table_args__ = (  # the overview counts the moments due in a period from the index alone (0016)
        Index(
            "ix_contact_moments_due_counts",
            "due_on",
            "months_after_leaving",
            "status",
            "job_permanent",
            "job_below_level",
            "job_outside_field",
            "leaver_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    leaver_id: Mapped[int] = mapped_column(ForeignKey("school_leavers.id"), index=True)
    months_after_leaving: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    answered_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[LeaverStatus | None] = mapped_column(enum_column(LeaverStatus, "leaver_status"))
    job_permanent: Mapped[bool | None] = mapped_column(Boolean, default=None)
    job_below_level: Mapped[bool | None] = mapped_column(Boolean, default=None)
    job_outside_field: Mapped[bool | None] = mapped_column(Boolean, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    leaver: Mapped[SchoolLeaver] = relationship(back_populates="moments")
