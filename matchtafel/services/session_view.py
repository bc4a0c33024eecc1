"""What the run screen of a session shows, read in one transaction (fetch, then build)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from matchtafel.errors import NotFound
from matchtafel.models import (
    Agreement,
    Attendance,
    Case,
    Meeting,
    Organisation,
    Person,
    YoungPerson,
)
from matchtafel.models.meeting import agenda_cases
from matchtafel.reports.model import VacancyLine
from matchtafel.services.meeting_base import MeetingServiceBase
from matchtafel.services.review import ReviewItem, review_items
from matchtafel.vocabulary import AgreementStatus, AttendanceStatus, CaseStatus, MeetingStatus


@dataclass(frozen=True)
class CaseView:
    id: int
    young_person_id: int
    code: str
    initials: str
    programme_name: str
    level: str
    situation: str
    status: CaseStatus
    notes: str
    time_budget_minutes: int


@dataclass(frozen=True)
class AgreementView:
    id: int
    case_id: int | None
    action: str
    owner_name: str
    deadline: date | None
    status: AgreementStatus


@dataclass(frozen=True)
class SessionView:
    """Everything the run screen shows, fetched in one go (fetch, then build)."""

    meeting_id: int
    title: str
    starts_at: datetime
    place: str
    status: MeetingStatus
    cases: list[CaseView]
    agreements: list[AgreementView]
    people: list[tuple[int, str, bool]]  # id, "name (organisation)", invited to this session
    next_session: date | None
    attendance: dict[int, AttendanceStatus] = field(default_factory=dict)
    review: list[ReviewItem] = field(default_factory=list)
    new_vacancies: list[VacancyLine] = field(default_factory=list)


class SessionViewService(MeetingServiceBase):
    def view(self, meeting_id: int) -> SessionView:
        with self._transaction() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound.of("meeting", meeting_id)
            # The agenda from its view: on a shared server row-level security hides another school's case and
            # young person, and such a case shows as code and initials only (no notes, no programme).
            on_agenda = agenda_cases.c
            cases = [
                CaseView(
                    case_id,
                    young_person_id,
                    code,
                    initials,
                    programme or "",
                    level.value if level else "",
                    situation.value if situation else "",
                    CaseStatus(status),
                    notes or "",
                    budget,
                )
                for case_id, young_person_id, code, initials, status, budget, notes, programme, level, situation in s.execute(
                    select(
                        on_agenda.id,
                        on_agenda.young_person_id,
                        on_agenda.code,
                        on_agenda.initials,
                        on_agenda.status,
                        on_agenda.time_budget_minutes,
                        Case.notes,
                        YoungPerson.programme_name,
                        YoungPerson.level,
                        YoungPerson.situation,
                    )
                    .select_from(agenda_cases)
                    .outerjoin(Case, Case.id == on_agenda.id)
                    .outerjoin(YoungPerson, YoungPerson.id == on_agenda.young_person_id)
                    .where(on_agenda.meeting_id == meeting_id)
                    .order_by(on_agenda.position, on_agenda.id)
                )
            ]
            owner = aliased(Person)
            agreements = [
                AgreementView(agreement_id, case_id, action, name or "", deadline, status)
                for agreement_id, case_id, action, deadline, status, name in s.execute(
                    select(
                        Agreement.id,
                        Agreement.case_id,
                        Agreement.action,
                        Agreement.deadline,
                        Agreement.status,
                        owner.name,
                    )
                    .outerjoin(owner, Agreement.owner_id == owner.id)
                    .where(Agreement.meeting_id == meeting_id)
                    .order_by(Agreement.id)
                )
            ]
            # A Result has .keys(): dict() would take it for a mapping, so build the dict from its rows.
            attendance = {
                person_id: status
                for person_id, status in s.execute(
                    select(Attendance.person_id, Attendance.status).where(Attendance.meeting_id == meeting_id)
                )
            }
            invited = set(attendance)
            people = [
                (p.id, f"{p.name} ({o.name})", p.id in invited)
                for p, o in s.execute(
                    select(Person, Organisation)
                    .join(Organisation, Person.organisation_id == Organisation.id)
                    .where(Person.archived_at.is_(None))
                    .order_by(Person.name)
                )
            ]
            people.sort(key=lambda p: (not p[2], p[1]))  # attendees first
            next_start = self._next_start(s, meeting)
            return SessionView(
                meeting.id,
                meeting.title,
                meeting.starts_at,
                meeting.place,
                meeting.status,
                cases,
                agreements,
                people,
                next_start.date() if next_start else None,
                attendance,
                review_items(s, meeting),
                self._new_vacancies(s, meeting),
            )
