"""Proposals (voordrachten) with their status history, placements and nazorg checkpoints."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matchtafel.domain.vocabulary import (
    CheckpointAnswer,
    CheckpointKind,
    ContractType,
    ProposalStatus,
    RejectionReason,
)
from matchtafel.models.base import Base, Tracked, enum_column, utcnow
from matchtafel.models.vacancy import Vacancy
from matchtafel.models.young_person import YoungPerson


class Proposal(Tracked, Base):
    __tablename__ = "proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_people.id"), index=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("matching_events.id"), index=True
    )  # started there
    status: Mapped[ProposalStatus] = mapped_column(
        enum_column(ProposalStatus, "proposal_status"), default=ProposalStatus.PROPOSED, index=True
    )
    rejection_reason: Mapped[RejectionReason | None] = mapped_column(
        enum_column(RejectionReason, "rejection_reason")
    )
    last_step_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    young_person: Mapped[YoungPerson] = relationship()
    vacancy: Mapped[Vacancy] = relationship()
    steps: Mapped[list[ProposalStep]] = relationship(
        back_populates="proposal", order_by="ProposalStep.at", cascade="all, delete-orphan"
    )


class ProposalStep(Base):
    """One move along the pipeline: who, when, why. Never changed after it is written."""

    __tablename__ = "proposal_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id"), index=True)
    status: Mapped[ProposalStatus] = mapped_column(enum_column(ProposalStatus, "step_status"))
    rejection_reason: Mapped[RejectionReason | None] = mapped_column(
        enum_column(RejectionReason, "step_rejection_reason")
    )
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(200), default="")

    proposal: Mapped[Proposal] = relationship(back_populates="steps")


class Placement(Tracked, Base):
    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    young_person_id: Mapped[int] = mapped_column(ForeignKey("young_people.id"), index=True)
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposals.id"), unique=True)
    vacancy_id: Mapped[int | None] = mapped_column(ForeignKey("vacancies.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    contract: Mapped[ContractType] = mapped_column(enum_column(ContractType, "placement_contract"))
    hours_per_week: Mapped[int | None] = mapped_column(Integer, default=None)
    below_level: Mapped[bool] = mapped_column(Boolean, default=False)
    outside_field: Mapped[bool] = mapped_column(Boolean, default=False)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    planned_end: Mapped[date | None] = mapped_column(Date, default=None)  # the end of a BPV period

    checkpoints: Mapped[list[NazorgCheckpoint]] = relationship(
        back_populates="placement", order_by="NazorgCheckpoint.due_on"
    )


class NazorgCheckpoint(Tracked, Base):
    """A follow-up call some months after a placement (is the young person still at work?), or, for a BPV
    place, the check during the BPV period (is the place kept?)."""

    __tablename__ = "nazorg_checkpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id"), index=True)
    kind: Mapped[CheckpointKind] = mapped_column(
        enum_column(CheckpointKind, "checkpoint_kind"), default=CheckpointKind.JOB
    )
    months_after_start: Mapped[int] = mapped_column(Integer)  # 0 for a BPV check
    due_on: Mapped[date] = mapped_column(Date, index=True)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    answered_on: Mapped[date | None] = mapped_column(Date, default=None)
    answer: Mapped[CheckpointAnswer | None] = mapped_column(
        enum_column(CheckpointAnswer, "checkpoint_answer")
    )
    note: Mapped[str] = mapped_column(Text, default="")

    placement: Mapped[Placement] = relationship(back_populates="checkpoints")
