"""What the services of a running session share: finding the meeting and its cases, and recording a change.

After the chair locked the minutes a change is still possible but becomes an amendment: recorded with who and
when, and shown in the minutes.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from matchtafel.domain.access import may_arrange_agenda
from matchtafel.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from matchtafel.domain.vocabulary import MeetingStatus, VacancyStatus
from matchtafel.models import Agreement, Amendment, Case, Employer, Meeting, Vacancy, YoungPerson
from matchtafel.models.meeting import agenda_cases
from matchtafel.reports.model import VacancyLine
from matchtafel.services.base import ServiceBase, login_account, not_allowed


class MeetingServiceBase(ServiceBase):
    def _meeting(self, s: Session, meeting_id: int) -> Meeting:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound.of("meeting", meeting_id)
        return meeting

    def _case(self, s: Session, case_id: int) -> Case:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound.of("case", case_id)
        return case

    def _insert_case(self, s: Session, meeting: Meeting, young_person_id: int, budget_minutes: int) -> Case:
        if s.scalar(
            select(Case.id).where(Case.meeting_id == meeting.id, Case.young_person_id == young_person_id)
        ):
            raise ValidationError.one(
                "young_person_id",
                QT_TRANSLATE_NOOP("errors", "This young person is already on the agenda."),
            )
        young = s.get(YoungPerson, young_person_id)
        if young is None:
            raise NotFound.of("young_person", young_person_id)
        # The whole agenda counts, also the cases row-level security hides (agenda_cases shows them all).
        position = s.scalar(
            select(func.coalesce(func.max(agenda_cases.c.position) + 1, 0)).where(
                agenda_cases.c.meeting_id == meeting.id
            )
        )
        case = Case(
            meeting_id=meeting.id,
            young_person_id=young_person_id,
            position=position,
            time_budget_minutes=budget_minutes,
            holder_id=young.case_holder_id,
        )
        s.add(case)
        s.flush()
        return case

    def _previous_start(self, s: Session, meeting: Meeting) -> datetime:
        """When the session before this one began (four weeks back for the first session)."""
        previous = s.scalar(select(func.max(Meeting.starts_at)).where(Meeting.starts_at < meeting.starts_at))
        return previous or meeting.starts_at - timedelta(days=28)

    def _is_new_vacancy(self, s: Session, meeting: Meeting) -> ColumnElement[bool]:
        """Open vacancies registered since the last session, up to the end of this one: their own list."""
        condition = and_(
            Vacancy.created_at >= self._previous_start(s, meeting),
            Vacancy.archived_at.is_(None),
            Vacancy.status == VacancyStatus.OPEN,
        )
        if meeting.closed_at is not None:
            condition = and_(condition, Vacancy.created_at <= meeting.closed_at)
        return condition

    def _next_start(self, s: Session, meeting: Meeting) -> datetime | None:
        return s.scalar(select(func.min(Meeting.starts_at)).where(Meeting.starts_at > meeting.starts_at))

    def _new_vacancies(self, s: Session, meeting: Meeting) -> list[VacancyLine]:
        """The new vacancies since the last session, as run mode and the minutes list them."""
        return [
            VacancyLine(
                v.title, employer, v.place, v.required_level.value if v.required_level else "", v.open_until
            )
            for v, employer in s.execute(
                select(Vacancy, Employer.name)
                .join(Employer, Vacancy.employer_id == Employer.id)
                .where(self._is_new_vacancy(s, meeting))
                .order_by(Vacancy.created_at, Vacancy.id)
            )
        ]

    def _arranges(self, s: Session, meeting: Meeting) -> bool:
        """May this user put the agenda in order? Who sees every case of it (a school sees its own only,
        and renumbering the ones it sees would scramble the others)."""
        account = login_account(s)
        if account is None:
            return True
        staff = account.person_id is not None and account.person_id in (
            meeting.chair_id,
            meeting.minute_taker_id,
        )
        return may_arrange_agenda(account.role, is_staff=staff)

    def _require_arranges(self, s: Session, meeting: Meeting) -> None:
        if not self._arranges(s, meeting):
            raise not_allowed()

    def _renumber(self, s: Session, meeting_id: int) -> None:
        for number, case in enumerate(
            s.scalars(select(Case).where(Case.meeting_id == meeting_id).order_by(Case.position, Case.id))
        ):
            case.position = number

    def _record(
        self,
        s: Session,
        meeting: Meeting,
        action: str,
        entity: str,
        entity_id: int | None,
        detail: str = "",
        *,
        young_person_id: int | None = None,
        subject: str = "",
    ) -> None:
        """The audit event; after locking also an amendment, so the minutes show the change. ``young_person_id``
        and ``subject`` (an agreement's words, an attendee's name) let the minutes say it as a sentence."""
        self._audit(s, action, entity, entity_id, detail, young_person_id=young_person_id)
        if meeting.status == MeetingStatus.LOCKED:
            description = f"{entity} {entity_id}: {action}" + (f" ({detail})" if detail else "")
            s.add(
                Amendment(
                    meeting_id=meeting.id,
                    at=self._clock.utcnow(),
                    by=self._actor.label,
                    description=description,
                    action=action,
                    entity=entity,
                    young_person_id=young_person_id,
                    subject=subject[:400],
                    detail=detail[:100],
                )
            )

    def _record_case(self, s: Session, case: Case, action: str, detail: str = "") -> None:
        self._record(s, case.meeting, action, "case", case.id, detail, young_person_id=case.young_person_id)

    def _record_agreement(
        self, s: Session, meeting: Meeting, agreement: Agreement, action: str, detail: str = ""
    ) -> None:
        young_person_id = s.scalar(select(Case.young_person_id).where(Case.id == agreement.case_id))
        self._record(
            s,
            meeting,
            action,
            "agreement",
            agreement.id,
            detail,
            young_person_id=young_person_id,
            subject=agreement.action,
        )
