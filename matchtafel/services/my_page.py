"""'Mijn afspraken': what one young person needs on one page of their own: who their contact person is, what
was agreed, what happens next and what is coming up. Making it is a print and is written to the audit log.

The page is for the young person, so it greets them by their first name; professionals appear with their
work contact details, which is what those are kept for.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from matchtafel.domain.errors import NotFound
from matchtafel.domain.proposal_steps import OPEN
from matchtafel.domain.vocabulary import AgreementStatus, CheckpointKind
from matchtafel.models import (
    Agreement,
    Case,
    ContactMoment,
    Employer,
    EventInvitation,
    MatchingEvent,
    NazorgCheckpoint,
    Person,
    Placement,
    Proposal,
    SchoolLeaver,
    Vacancy,
    YoungPerson,
)
from matchtafel.reports.my_page_data import AgreedItem, ComingEvent, ContactPerson, MyPage, NextStep
from matchtafel.services.base import ServiceBase

MAX_AGREEMENTS = 8
MAX_STEPS = 6
MAX_EVENTS = 4


class MyPageService(ServiceBase):
    def page(self, young_person_id: int, *, today: date | None = None) -> MyPage:
        today = today or self._clock.today()
        with self._transaction() as s:
            young = s.get(YoungPerson, young_person_id)
            if young is None:
                raise NotFound.of("young_person", young_person_id)
            agreements = _agreements(s, young_person_id)
            page = MyPage(
                young_person_id=young.id,
                code=young.code,
                given_name=young.given_name,
                made_on=today,
                contacts=_contacts(s, young),
                agreements=tuple(agreements[:MAX_AGREEMENTS]),
                more_agreements=max(0, len(agreements) - MAX_AGREEMENTS),
                steps=tuple(_steps(s, young_person_id, today)[:MAX_STEPS]),
                events=tuple(upcoming_events(s, young_person_id, today)[:MAX_EVENTS]),
            )
            self._audit(s, "print", "my_page", young_person_id, "Mijn afspraken", young_person_id=young.id)
            return page


def upcoming_events(s: Session, young_person_id: int, today: date) -> list[ComingEvent]:
    """Matching events the young person is invited to that start from ``today``: "Wat komt eraan"."""
    return [
        ComingEvent(title, starts_at, place)
        for title, starts_at, place in s.execute(
            select(MatchingEvent.title, MatchingEvent.starts_at, MatchingEvent.place)
            .join(EventInvitation, EventInvitation.event_id == MatchingEvent.id)
            .where(
                EventInvitation.young_person_id == young_person_id,
                MatchingEvent.starts_at >= datetime.combine(today, time.min),
                MatchingEvent.archived_at.is_(None),
            )
            .order_by(MatchingEvent.starts_at, MatchingEvent.id)
        )
    ]


def _contacts(s: Session, young: YoungPerson) -> tuple[ContactPerson, ...]:
    found: list[ContactPerson] = []
    holder = young.case_holder
    if holder is not None:
        found.append(ContactPerson(holder.name, holder.organisation.name, holder.phone, holder.email))
    leaver = s.scalars(
        select(SchoolLeaver)
        .where(SchoolLeaver.young_person_id == young.id)
        .order_by(SchoolLeaver.left_on.desc(), SchoolLeaver.id.desc())
        .limit(1)
    ).first()
    if leaver is not None and leaver.keeper is not None:
        keeper = leaver.keeper
        contact = ContactPerson(
            keeper.name,
            keeper.organisation.name,
            keeper.phone,
            keeper.email,
            keeps_contact_after_school=True,
            channel=leaver.contact_channel,
            every_weeks=leaver.contact_every_weeks,
        )
        found = [contact, *(c for c in found if c.name != keeper.name)]
    return tuple(found)


def _agreements(s: Session, young_person_id: int) -> list[AgreedItem]:
    owner = aliased(Person)
    return [
        AgreedItem(action, who or "", deadline)
        for action, who, deadline in s.execute(
            select(Agreement.action, owner.name, Agreement.deadline)
            .join(Case, Case.id == Agreement.case_id)
            .outerjoin(owner, owner.id == Agreement.owner_id)
            .where(Case.young_person_id == young_person_id, Agreement.status == AgreementStatus.OPEN)
            .order_by(Agreement.deadline.is_(None), Agreement.deadline, Agreement.id)
        )
    ]


def _steps(s: Session, young_person_id: int, today: date) -> list[NextStep]:
    steps = [
        NextStep("proposal", None, title, employer, status)
        for title, employer, status in s.execute(
            select(Vacancy.title, Employer.name, Proposal.status)
            .join(Vacancy, Vacancy.id == Proposal.vacancy_id)
            .join(Employer, Employer.id == Vacancy.employer_id)
            .where(Proposal.young_person_id == young_person_id, Proposal.status.in_(sorted(OPEN)))
            .order_by(Proposal.last_step_at.desc())
        )
    ]
    caller = aliased(Person)
    steps += [
        NextStep(
            "bpv_check" if kind == CheckpointKind.BPV else "checkpoint",
            due,
            title or "",
            employer or "",
            who=who or "",
        )
        for kind, due, title, employer, who in s.execute(
            select(NazorgCheckpoint.kind, NazorgCheckpoint.due_on, Vacancy.title, Employer.name, caller.name)
            .join(Placement, Placement.id == NazorgCheckpoint.placement_id)
            .outerjoin(Vacancy, Vacancy.id == Placement.vacancy_id)
            .outerjoin(Employer, Employer.id == Vacancy.employer_id)
            .outerjoin(caller, caller.id == NazorgCheckpoint.assigned_to_id)
            .where(
                Placement.young_person_id == young_person_id,
                NazorgCheckpoint.answered_on.is_(None),
                NazorgCheckpoint.due_on >= today,
            )
            .order_by(NazorgCheckpoint.due_on)
            .limit(1)
        )
    ]
    steps += [
        NextStep("contact_moment", due, who=who or "")
        for due, who in s.execute(
            select(ContactMoment.due_on, caller.name)
            .join(SchoolLeaver, SchoolLeaver.id == ContactMoment.leaver_id)
            .outerjoin(caller, caller.id == ContactMoment.assigned_to_id)
            .where(
                SchoolLeaver.young_person_id == young_person_id,
                ContactMoment.answered_on.is_(None),
                ContactMoment.due_on >= today,
            )
            .order_by(ContactMoment.due_on)
            .limit(1)
        )
    ]
    return steps
