"""Nazorg: the calls some months after a placement, and putting a young person back on the agenda.

"Out of work" or "unknown" is the moment to bring the young person back to the table: ``answer`` says so,
and ``put_on_next_agenda`` does it in one action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, NotFound, UserError, ValidationError
from matchtafel.domain.vocabulary import CheckpointAnswer, CheckpointKind, MeetingStatus
from matchtafel.models import (
    Employer,
    Meeting,
    NazorgCheckpoint,
    Organisation,
    Person,
    Placement,
    Vacancy,
    YoungPerson,
)
from matchtafel.services.meeting_base import MeetingServiceBase
from matchtafel.services.validation import clean_text

BACK_TO_THE_TABLE = frozenset({CheckpointAnswer.OUT_OF_WORK, CheckpointAnswer.UNKNOWN})


@dataclass(frozen=True)
class CheckpointRow:
    id: int
    version: int
    young_person_id: int
    young_code: str
    young_initials: str
    employer: str
    vacancy_title: str
    start_date: date
    months_after_start: int
    due_on: date
    caller_id: int | None
    caller_name: str
    caller_organisation: str
    kind: CheckpointKind = CheckpointKind.JOB  # a nazorg call after a job, or the check during a BPV

    def overdue(self, today: date) -> bool:
        return self.due_on < today


@dataclass(frozen=True)
class AnswerResult:
    checkpoint_id: int
    young_person_id: int
    offer_agenda: bool


@dataclass(frozen=True)
class AgendaPlace:
    meeting_id: int
    starts_at: datetime
    case_id: int


class FollowUpService(MeetingServiceBase):
    def checkpoints(self, today: date | None = None, *, days_ahead: int = 7) -> list[CheckpointRow]:
        """Unanswered calls that are overdue or due within ``days_ahead`` days, the oldest first."""
        today = today or self._clock.today()
        caller = aliased(Person)
        caller_org = aliased(Organisation)
        stmt = (
            select(
                NazorgCheckpoint.id,
                NazorgCheckpoint.version,
                Placement.young_person_id,
                YoungPerson.code,
                YoungPerson.initials,
                func.coalesce(Employer.name, ""),
                func.coalesce(Vacancy.title, ""),
                Placement.start_date,
                NazorgCheckpoint.months_after_start,
                NazorgCheckpoint.due_on,
                NazorgCheckpoint.assigned_to_id,
                func.coalesce(caller.name, ""),
                func.coalesce(caller_org.name, ""),
                NazorgCheckpoint.kind,
            )
            .join(Placement, Placement.id == NazorgCheckpoint.placement_id)
            .join(YoungPerson, YoungPerson.id == Placement.young_person_id)
            .outerjoin(Vacancy, Vacancy.id == Placement.vacancy_id)
            .outerjoin(Employer, Employer.id == Vacancy.employer_id)
            .outerjoin(caller, caller.id == NazorgCheckpoint.assigned_to_id)
            .outerjoin(caller_org, caller_org.id == caller.organisation_id)
            .where(
                NazorgCheckpoint.answered_on.is_(None),
                NazorgCheckpoint.due_on <= today + timedelta(days=days_ahead),
            )
            .order_by(NazorgCheckpoint.due_on, NazorgCheckpoint.id)
        )
        with self._transaction() as s:
            return [CheckpointRow(*row) for row in s.execute(stmt)]

    def answer(
        self,
        checkpoint_id: int,
        expected_version: int,
        answer: CheckpointAnswer,
        note: str = "",
        *,
        answered_on: date | None = None,
    ) -> AnswerResult:
        answered_on = answered_on or self._clock.today()
        with self._transaction() as s:
            checkpoint = s.get(NazorgCheckpoint, checkpoint_id)
            if checkpoint is None:
                raise NotFound.of("checkpoint", checkpoint_id)
            if checkpoint.version != expected_version or checkpoint.answered_on is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Someone else answered this checkpoint meanwhile; the list is refreshed."
                    )
                )
            placement = checkpoint.placement
            if answered_on < placement.start_date or answered_on > self._clock.today() + timedelta(days=1):
                raise ValidationError.one(
                    "answered_on",
                    QT_TRANSLATE_NOOP(
                        "errors", "The call date must lie between the start of the job and today."
                    ),
                )
            checkpoint.answer = answer
            checkpoint.answered_on = answered_on
            checkpoint.note = clean_text(note)
            if answer == CheckpointAnswer.OUT_OF_WORK and placement.ended_on is None:
                placement.ended_on = answered_on
            self._audit(
                s,
                "answer",
                "checkpoint",
                checkpoint_id,
                str(answer),
                young_person_id=placement.young_person_id,
            )
            return AnswerResult(checkpoint_id, placement.young_person_id, answer in BACK_TO_THE_TABLE)

    def next_session(self, now: datetime | None = None) -> tuple[int, datetime] | None:
        now = now or self._clock.now()
        with self._transaction() as s:
            row = s.execute(self._next_planned(now)).first()
            return (row[0], row[1]) if row else None

    def put_on_next_agenda(self, young_person_id: int, now: datetime | None = None) -> AgendaPlace:
        """One action: the young person becomes a case at the next planned session."""
        now = now or self._clock.now()
        with self._transaction() as s:
            row = s.execute(self._next_planned(now)).first()
            if row is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "No session is planned yet; plan the next session first.")
                )
            if s.get(YoungPerson, young_person_id) is None:
                raise NotFound.of("young_person", young_person_id)
            meeting = self._meeting(s, row[0])
            case = self._insert_case(s, meeting, young_person_id, 5)
            self._record_case(s, case, "create", "nazorg")
            return AgendaPlace(meeting.id, meeting.starts_at, case.id)

    @staticmethod
    def _next_planned(now: datetime) -> Select[tuple[int, datetime]]:
        return (
            select(Meeting.id, Meeting.starts_at)
            .where(Meeting.status == MeetingStatus.PLANNED, Meeting.starts_at >= now)
            .order_by(Meeting.starts_at)
            .limit(1)
        )
