"""The minutes and action lists of a session, gathered in one transaction as plain report data.

Young people are code + initials; a full name only when asked for and when the young person's consent for the
table is in force (given, not withdrawn). Every print is in the audit log, every full name printed apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError
from matchtafel.domain.vocabulary import MeetingStatus, ReviewDecision
from matchtafel.models import (
    Agreement,
    Amendment,
    Attendance,
    Case,
    Employer,
    Meeting,
    Organisation,
    Person,
    Proposal,
    Vacancy,
    YoungPerson,
)
from matchtafel.models.meeting import agenda_cases
from matchtafel.models.young_person import agenda_young_people
from matchtafel.reports.model import (
    ActionLine,
    ActionList,
    AmendmentLine,
    Attendee,
    CaseSection,
    Minutes,
    ProposalLine,
    ReviewLine,
    by_deadline,
)
from matchtafel.services.consent import scopes_in_force
from matchtafel.services.meeting_base import MeetingServiceBase
from matchtafel.services.owners import AgreementOwner
from matchtafel.services.review import review_items

HELD = (MeetingStatus.CLOSED, MeetingStatus.LOCKED)


@dataclass(frozen=True)
class HeldSession:
    """A session that took place (closed or locked): what the minutes can be made of."""

    id: int
    starts_at: datetime
    title: str
    status: MeetingStatus


class SessionNotHeld(UserError):
    """The session is planned or running: its minutes would be empty or half (the command line offers
    ``--force``)."""


class MinutesService(MeetingServiceBase):
    def held(self) -> list[HeldSession]:
        """The sessions that were held, the latest first: the first is what "latest" means everywhere (the
        command line, the sessions screen and the minutes dialog)."""
        with self._transaction() as s:
            return [
                HeldSession(m.id, m.starts_at, m.title, m.status)
                for m in s.scalars(
                    select(Meeting)
                    .where(Meeting.status.in_(HELD))
                    .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
                )
            ]

    def find(self, reference: str) -> int:
        """A session by id, by date (2026-11-20) or ``latest``: the most recent session that was held
        (closed or locked), never a planned or running one, whatever the clock says."""
        with self._transaction() as s:
            text = reference.strip().lower()
            found: int | None = None
            if text == "latest":
                found = s.scalar(
                    select(Meeting.id)
                    .where(Meeting.status.in_(HELD))
                    .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
                )
                if found is None:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "errors", "No session has been held yet: 'latest' is the last closed session."
                        )
                    )
            elif text.isdigit():
                found = s.scalar(select(Meeting.id).where(Meeting.id == int(text)))
            else:
                try:
                    day = date.fromisoformat(text)
                except ValueError:
                    day = None
                if day is not None:
                    found = s.scalar(
                        select(Meeting.id)
                        .where(
                            Meeting.starts_at >= datetime.combine(day, time()),
                            Meeting.starts_at < datetime.combine(day + timedelta(days=1), time()),
                        )
                        .order_by(Meeting.starts_at)
                    )
            if found is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "No session '{reference}'; give its number, its date (2026-11-20) or latest.",
                    ),
                    reference=reference,
                )
            return found

    def minutes(self, meeting_id: int, *, full_names: bool = False, force: bool = False) -> Minutes:
        """The minutes of a session that was held; ``force`` also prints a planned or running one."""
        with self._transaction() as s:
            meeting = self._held_meeting(s, meeting_id, force)
            chair, taker = meeting.chair, meeting.minute_taker
            labels = self._case_labels(s, meeting_id, full_names)
            actions = self._actions(s, meeting_id)
            on_agenda = agenda_cases.c
            cases = [
                CaseSection(
                    labels[young_person_id],
                    programme or "",
                    level.value if level else "",
                    situation or "",
                    notes or "",
                    status,
                    self._proposals(s, case_id),
                    [a for agreed_for, a in actions if agreed_for == case_id],
                )
                # Another school's case (hidden by row-level security on a shared server): code and initials
                # only, without its situation, notes, proposals or agreements.
                for case_id, young_person_id, status, situation, notes, programme, level in s.execute(
                    select(
                        on_agenda.id,
                        on_agenda.young_person_id,
                        on_agenda.status,
                        Case.situation_summary,
                        Case.notes,
                        YoungPerson.programme_name,
                        YoungPerson.level,
                    )
                    .select_from(agenda_cases)
                    .outerjoin(Case, Case.id == on_agenda.id)
                    .outerjoin(YoungPerson, YoungPerson.id == on_agenda.young_person_id)
                    .where(on_agenda.meeting_id == meeting_id)
                    .order_by(on_agenda.position, on_agenda.id)
                )
            ]
            review = [
                ReviewLine(
                    i.case_label,
                    i.action,
                    i.owner_name,
                    i.agreed_on,
                    i.previous_deadline,
                    i.decision.value if i.decision else None,
                    i.deadline if i.decision == ReviewDecision.NEW_DEADLINE else None,
                )
                for i in review_items(s, meeting)
            ]
            self._audit(
                s, "print", "meeting", meeting_id, "minutes, names: " + ("full" if full_names else "codes")
            )
            return Minutes(
                title=meeting.title,
                starts_at=meeting.starts_at,
                place=meeting.place,
                chair=chair.name if chair else "",
                minute_taker=taker.name if taker else "",
                status=meeting.status.value,
                locked_at=self._clock.to_local(meeting.locked_at) if meeting.locked_at else None,
                locked_by=meeting.locked_by,
                author_organisation=self._actor.organisation or "Matchtafel",
                attendees=self._attendees(s, meeting_id),
                review=review,
                cases=cases,
                new_vacancies=self._new_vacancies(s, meeting),
                next_session=self._next_start(s, meeting),
                amendments=self._amendments(s, meeting_id),
                full_names=full_names,
                general_agreements=[a for case_id, a in actions if case_id is None],
            )

    def action_list(self, meeting_id: int, *, organisation: str = "", force: bool = False) -> ActionList:
        """What the session agreed, for the whole table or for one organisation (matched on its name)."""
        with self._transaction() as s:
            meeting = self._held_meeting(s, meeting_id, force)
            actions = [a for _, a in self._actions(s, meeting_id)]
            if organisation:
                wanted = organisation.casefold()
                names = {o.casefold() for o in s.scalars(select(Organisation.name))}
                if wanted not in names:
                    raise UserError(
                        QT_TRANSLATE_NOOP("errors", "No organisation called '{name}'."), name=organisation
                    )
                actions = [a for a in actions if a.organisation.casefold() == wanted]
            self._audit(s, "print", "meeting", meeting_id, f"action list {organisation}".strip())
            return ActionList(
                meeting.title,
                meeting.starts_at,
                organisation,
                self._actor.organisation or "Matchtafel",
                by_deadline(actions),
            )

    # -- parts -----------------------------------------------------------------------------------------

    def _held_meeting(self, s: Session, meeting_id: int, force: bool) -> Meeting:
        meeting = self._meeting(s, meeting_id)
        if meeting.status not in HELD and not force:
            raise SessionNotHeld(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The session of {date} has not been held yet (status: {status}); nothing to print.",
                ),
                date=f"{meeting.starts_at:%d-%m-%Y}",
                status=meeting.status,
            )
        return meeting

    def _amendments(self, s: Session, meeting_id: int) -> list[AmendmentLine]:
        """The changes after locking, with the young person's code and initials as they are now (an erased
        young person's amendments name no one)."""
        rows = s.scalars(
            select(Amendment).where(Amendment.meeting_id == meeting_id).order_by(Amendment.id)
        ).all()
        wanted = {a.young_person_id for a in rows if a.young_person_id is not None}
        codes: dict[int, str] = {}
        if wanted:
            on_agenda = agenda_young_people.c
            codes = {
                i: f"{code} {initials}".strip()
                for i, code, initials in s.execute(
                    select(on_agenda.id, on_agenda.code, on_agenda.initials).where(on_agenda.id.in_(wanted))
                )
            }
        return [
            AmendmentLine(
                self._clock.to_local(a.at),
                a.by,
                a.description,
                a.action,
                a.entity,
                codes.get(a.young_person_id, "") if a.young_person_id is not None else "",
                a.subject,
                a.detail,
            )
            for a in rows
        ]

    def _case_labels(self, s: Session, meeting_id: int, full_names: bool) -> dict[int, str]:
        on_agenda = agenda_cases.c
        labels = {
            young_person_id: f"{code} {initials}"
            for young_person_id, code, initials in s.execute(
                select(on_agenda.young_person_id, on_agenda.code, on_agenda.initials).where(
                    on_agenda.meeting_id == meeting_id
                )
            )
        }
        if not full_names:
            return labels
        people = s.scalars(select(YoungPerson).where(YoungPerson.id.in_(list(labels)))).all()
        consenting = {i for i, consent in scopes_in_force(s, labels).items() if consent.scope_table}
        for y in people:
            if y.id in consenting and (y.given_name or y.family_name):
                labels[y.id] = f"{y.given_name} {y.family_name} ({y.code})".strip()
                self._audit(s, "print_name", "young_person", y.id, f"minutes of session {meeting_id}")
        return labels

    def _actions(self, s: Session, meeting_id: int) -> list[tuple[int | None, ActionLine]]:
        owner = AgreementOwner()
        rows = s.execute(
            owner.join(
                select(
                    Agreement,
                    owner.name,
                    owner.organisation,
                    agenda_cases.c.code,
                    agenda_cases.c.initials,
                ),
                organisation=True,
            )
            .outerjoin(agenda_cases, Agreement.case_id == agenda_cases.c.id)
            .where(Agreement.meeting_id == meeting_id)
            .order_by(Agreement.id)
        )
        return [
            (
                a.case_id,
                ActionLine(
                    a.action,
                    name or "",
                    org or "",
                    a.deadline,
                    f"{code} {initials}" if code else "",
                    a.status.value,
                ),
            )
            for a, name, org, code, initials in rows
        ]

    def _proposals(self, s: Session, case_id: int) -> list[ProposalLine]:
        return [
            ProposalLine(v.title, employer, v.place, p.status.value)
            for p, v, employer in s.execute(
                select(Proposal, Vacancy, Employer.name)
                .join(Vacancy, Proposal.vacancy_id == Vacancy.id)
                .join(Employer, Vacancy.employer_id == Employer.id)
                .where(Proposal.case_id == case_id)
                .order_by(Proposal.id)
            )
        ]

    def _attendees(self, s: Session, meeting_id: int) -> list[Attendee]:
        return [
            Attendee(p.name, o.name, a.status.value)
            for a, p, o in s.execute(
                select(Attendance, Person, Organisation)
                .join(Person, Attendance.person_id == Person.id)
                .join(Organisation, Person.organisation_id == Organisation.id)
                .where(Attendance.meeting_id == meeting_id)
                .order_by(Organisation.name, Person.name)
            )
        ]
