"""What needs doing, shown at start in a panel that does not block: the work of the user's own organisation.

Each reminder belongs to the person responsible for it (the agreement's owner, the checkpoint's caller, the
vacancy's WSP contact, the proposal's owner); the user sees those of people in their own organisation, or all
of them when their organisation is not in the register.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from matchtafel.domain.proposal_steps import OPEN
from matchtafel.domain.vocabulary import AgreementStatus, VacancyStatus
from matchtafel.models import (
    Agreement,
    Case,
    ContactMoment,
    Employer,
    NazorgCheckpoint,
    Organisation,
    Person,
    Placement,
    Proposal,
    SchoolLeaver,
    Vacancy,
    YoungPerson,
)
from matchtafel.services.base import ServiceBase, ids_named

PersonColumn = InstrumentedAttribute[int | None]
EXPIRING_WITHIN_DAYS = 14
STALE_AFTER_DAYS = 21
RECENTLY_OVERDUE_DAYS = (
    14  # overdue for longer: the session review's or the Nazorg screen's, not a reminder's
)


@dataclass(frozen=True)
class Reminder:
    """One line of the panel: what kind, which record, a short text without full names, and its date."""

    kind: str  # "agreement", "checkpoint", "vacancy", "proposal", "contact_moment"
    record_id: int
    subject: str  # the young person's code, or the vacancy's employer
    text: str  # the agreement's action, the vacancy's or proposal's title; empty for a call
    person: str
    on: date
    # Which nazorg call or contact moment: months after the start or after leaving school; 0 for the check
    # during a BPV period.
    months: int = 0


@dataclass(frozen=True)
class Reminders:
    scope: str  # the organisation whose work this is, or "" for everyone's
    overdue_agreements: list[Reminder]
    checkpoints_due: list[Reminder]
    expiring_vacancies: list[Reminder]
    stale_proposals: list[Reminder]
    contact_moments_due: list[Reminder] = field(default_factory=list)  # school leavers, due now
    older_agreements: int = 0  # overdue for longer than two weeks: counted, not listed
    older_checkpoints: int = 0  # calls overdue for longer than two weeks: the Nazorg screen lists them

    @property
    def count(self) -> int:
        return sum(
            len(x)
            for x in (
                self.overdue_agreements,
                self.checkpoints_due,
                self.expiring_vacancies,
                self.stale_proposals,
                self.contact_moments_due,
            )
        )


class RemindersService(ServiceBase):
    def reminders(self, today: date | None = None) -> Reminders:
        today = today or self._clock.today()
        week_end = today + timedelta(days=6 - today.weekday())  # up to and including Sunday
        recent = today - timedelta(
            days=RECENTLY_OVERDUE_DAYS
        )  # "due now": what fell due in the last two weeks
        with self._transaction() as s:
            organisation_id = self._own_organisation(s)
            in_scope = self._in_scope(organisation_id)
            agreements = s.execute(
                select(Agreement.id, Agreement.action, Person.name, Agreement.deadline, YoungPerson.code)
                .join(Person, Person.id == Agreement.owner_id)
                .outerjoin(Case, Case.id == Agreement.case_id)
                .outerjoin(YoungPerson, YoungPerson.id == Case.young_person_id)
                .where(
                    Agreement.status == AgreementStatus.OPEN,
                    Agreement.deadline < today,
                    in_scope(Agreement.owner_id),
                )
                .order_by(Agreement.deadline, Agreement.id)
            )
            overdue = [
                Reminder("agreement", i, code or "", action, who, on)
                for i, action, who, on, code in agreements
                if on >= recent
            ]
            older_agreements = self._count(
                s,
                Agreement.id,
                Agreement.status == AgreementStatus.OPEN,
                Agreement.deadline < recent,
                Agreement.owner_id.is_not(None),
                in_scope(Agreement.owner_id),
            )
            checkpoints = s.execute(
                select(
                    NazorgCheckpoint.id,
                    YoungPerson.code,
                    NazorgCheckpoint.months_after_start,
                    func.coalesce(Person.name, ""),
                    NazorgCheckpoint.due_on,
                )
                .join(Placement, Placement.id == NazorgCheckpoint.placement_id)
                .join(YoungPerson, YoungPerson.id == Placement.young_person_id)
                .outerjoin(Person, Person.id == NazorgCheckpoint.assigned_to_id)
                .where(
                    NazorgCheckpoint.answered_on.is_(None),
                    NazorgCheckpoint.due_on >= recent,
                    NazorgCheckpoint.due_on <= week_end,
                    in_scope(NazorgCheckpoint.assigned_to_id),
                )
                .order_by(NazorgCheckpoint.due_on, NazorgCheckpoint.id)
            )
            due = [Reminder("checkpoint", i, code, "", who, on, m) for i, code, m, who, on in checkpoints]
            older_checkpoints = self._count(
                s,
                NazorgCheckpoint.id,
                NazorgCheckpoint.answered_on.is_(None),
                NazorgCheckpoint.due_on < recent,
                in_scope(NazorgCheckpoint.assigned_to_id),
            )
            moments = s.execute(
                select(
                    ContactMoment.id,
                    YoungPerson.code,
                    ContactMoment.months_after_leaving,
                    func.coalesce(Person.name, ""),
                    ContactMoment.due_on,
                )
                .join(SchoolLeaver, SchoolLeaver.id == ContactMoment.leaver_id)
                .join(YoungPerson, YoungPerson.id == SchoolLeaver.young_person_id)
                .outerjoin(Person, Person.id == ContactMoment.assigned_to_id)
                .where(
                    ContactMoment.answered_on.is_(None),
                    ContactMoment.due_on >= recent,
                    ContactMoment.due_on <= week_end,
                    in_scope(ContactMoment.assigned_to_id),
                )
                .order_by(ContactMoment.due_on, ContactMoment.id)
            )
            contacts = [
                Reminder("contact_moment", i, code, "", who, on, m) for i, code, m, who, on in moments
            ]
            vacancies = s.execute(
                select(
                    Vacancy.id,
                    Vacancy.title,
                    Employer.name,
                    func.coalesce(Person.name, ""),
                    Vacancy.open_until,
                )
                .join(Employer, Employer.id == Vacancy.employer_id)
                .outerjoin(Person, Person.id == Vacancy.wsp_contact_id)
                .where(
                    Vacancy.status == VacancyStatus.OPEN,
                    Vacancy.archived_at.is_(None),
                    Vacancy.open_until >= today,
                    Vacancy.open_until <= today + timedelta(days=EXPIRING_WITHIN_DAYS),
                    in_scope(Vacancy.wsp_contact_id),
                )
                .order_by(Vacancy.open_until, Vacancy.id)
            )
            expiring = [
                Reminder("vacancy", i, employer, title, who, on) for i, title, employer, who, on in vacancies
            ]
            proposals = s.execute(
                select(
                    Proposal.id,
                    YoungPerson.code,
                    Vacancy.title,
                    func.coalesce(Person.name, ""),
                    Proposal.last_step_at,
                )
                .join(YoungPerson, YoungPerson.id == Proposal.young_person_id)
                .join(Vacancy, Vacancy.id == Proposal.vacancy_id)
                .outerjoin(Person, Person.id == Proposal.owner_id)
                .where(
                    Proposal.status.in_(OPEN),
                    Proposal.last_step_at
                    < datetime.combine(today - timedelta(days=STALE_AFTER_DAYS), time.min),
                    in_scope(Proposal.owner_id),
                )
                .order_by(Proposal.last_step_at, Proposal.id)
            )
            stale = [
                Reminder("proposal", i, code, title, who, at.date()) for i, code, title, who, at in proposals
            ]
            organisation = s.get(Organisation, organisation_id) if organisation_id else None
            scope = organisation.name if organisation else ""
            return Reminders(
                scope, overdue, due, expiring, stale, contacts, older_agreements, older_checkpoints
            )

    @staticmethod
    def _count(s: Session, column: Any, *conditions: ColumnElement[bool]) -> int:
        return int(s.scalar(select(func.count(column)).where(*conditions)) or 0)

    def _own_organisation(self, s: Session) -> int | None:
        if not self._actor.organisation.strip():
            return None
        found = ids_named(s, Organisation.id, Organisation.name, self._actor.organisation)
        return found[0] if found else None

    @staticmethod
    def _in_scope(organisation_id: int | None) -> Callable[[PersonColumn], ColumnElement[bool]]:
        def condition(person_column: PersonColumn) -> ColumnElement[bool]:
            if organisation_id is None:
                return true()
            return person_column.in_(select(Person.id).where(Person.organisation_id == organisation_id))

        return condition
