"""What the run screen of a session shows, read in one transaction (fetch, then build)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import NotFound
from matchtafel.domain.vocabulary import (
    AgreementStatus,
    AttendanceStatus,
    CaseStatus,
    MeetingStatus,
    ProposalStatus,
)
from matchtafel.models import (
    Agreement,
    Attendance,
    Case,
    Employer,
    Meeting,
    Organisation,
    Person,
    Proposal,
    Supporter,
    Vacancy,
    YoungPerson,
)
from matchtafel.models.meeting import agenda_cases
from matchtafel.reports.events import EventLine
from matchtafel.reports.model import VacancyLine
from matchtafel.services.event_outcome import UPCOMING_DAYS, upcoming_events
from matchtafel.services.meeting_base import MeetingServiceBase
from matchtafel.services.owners import AgreementOwner
from matchtafel.services.review import ReviewItem, review_items

LOOK_AHEAD = timedelta(days=UPCOMING_DAYS)


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
    situation_summary: str = ""  # the case's situation in a line, for the table screen
    visible: bool = True  # False: another school's young person on a shared server (code and initials only)


@dataclass(frozen=True)
class AgreementView:
    id: int
    case_id: int | None
    action: str
    owner_name: str
    deadline: date | None
    status: AgreementStatus


@dataclass(frozen=True)
class ProposalView:
    """A proposal made for a case of this session, listed beside its agreements."""

    id: int
    case_id: int
    vacancy_title: str
    employer_name: str
    status: ProposalStatus


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
    proposals: list[ProposalView] = field(default_factory=list)
    locked_at: datetime | None = None
    locked_by: str = ""
    supporters: list[tuple[int, str, str]] = field(default_factory=list)  # id, name, SupporterKind value
    upcoming_events: list[EventLine] = field(
        default_factory=list
    )  # matching events from now to past the next


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
                    summary or "",
                    seen,
                )
                for (
                    case_id,
                    young_person_id,
                    code,
                    initials,
                    status,
                    budget,
                    notes,
                    summary,
                    programme,
                    level,
                    situation,
                    seen,
                ) in s.execute(
                    select(
                        on_agenda.id,
                        on_agenda.young_person_id,
                        on_agenda.code,
                        on_agenda.initials,
                        on_agenda.status,
                        on_agenda.time_budget_minutes,
                        Case.notes,
                        Case.situation_summary,
                        YoungPerson.programme_name,
                        YoungPerson.level,
                        YoungPerson.situation,
                        YoungPerson.id.is_not(None),
                    )
                    .select_from(agenda_cases)
                    .outerjoin(Case, Case.id == on_agenda.id)
                    .outerjoin(YoungPerson, YoungPerson.id == on_agenda.young_person_id)
                    .where(on_agenda.meeting_id == meeting_id)
                    .order_by(on_agenda.position, on_agenda.id)
                )
            ]
            owner = AgreementOwner()
            agreements = [
                AgreementView(agreement_id, case_id, action, name or "", deadline, status)
                for agreement_id, case_id, action, deadline, status, name in s.execute(
                    owner.join(
                        select(
                            Agreement.id,
                            Agreement.case_id,
                            Agreement.action,
                            Agreement.deadline,
                            Agreement.status,
                            owner.name,
                        )
                    )
                    .where(Agreement.meeting_id == meeting_id)
                    .order_by(Agreement.id)
                )
            ]
            proposals = [
                ProposalView(p.id, p.case_id, title, employer, p.status)
                for p, title, employer in s.execute(
                    select(Proposal, Vacancy.title, Employer.name)
                    .join(Vacancy, Proposal.vacancy_id == Vacancy.id)
                    .join(Employer, Vacancy.employer_id == Employer.id)
                    .join(Case, Proposal.case_id == Case.id)
                    .where(Case.meeting_id == meeting_id)
                    .order_by(Proposal.id)
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
                proposals,
                meeting.locked_at,
                meeting.locked_by,
                supporters_to_own(s),
                upcoming_events(
                    s, meeting.starts_at, max(next_start or meeting.starts_at, meeting.starts_at + LOOK_AHEAD)
                ),
            )


def supporters_to_own(s: Session) -> list[tuple[int, str, str]]:
    """The supporters an agreement may be given to (run mode's owner field completes them too)."""
    return [
        (supporter_id, name, kind.value)
        for supporter_id, name, kind in s.execute(
            select(Supporter.id, Supporter.name, Supporter.kind)
            .where(Supporter.archived_at.is_(None))
            .order_by(Supporter.name)
        )
    ]
