"""What retention, erasure and inzage of a young person do with the data around the table: their mentoring
links and steps, the events they were invited to and the contacts made there.

Anonymising empties the free texts (step notes, contact notes) and keeps the rows, so counts stay right; an open
link counts as activity today, so nobody is anonymised while a supporter still helps them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from matchtafel.domain.dates import add_months
from matchtafel.domain.mentoring_steps import OPEN_LINK
from matchtafel.models import (
    Employer,
    EventContact,
    EventInvitation,
    LinkStep,
    MatchingEvent,
    MentoringLink,
    Supporter,
)


def last_support_activity(s: Session, today: date) -> dict[int, date]:
    """Per young person, the last step of a mentoring link (today while one is open) or the last event they
    were invited to."""
    found: dict[int, date] = {}

    def later(young_person_id: int, day: date) -> None:
        if young_person_id not in found or found[young_person_id] < day:
            found[young_person_id] = day

    for young_person_id, at in s.execute(
        select(MentoringLink.young_person_id, func.max(MentoringLink.last_step_at)).group_by(
            MentoringLink.young_person_id
        )
    ):
        later(young_person_id, at.date())
    for (young_person_id,) in s.execute(
        select(MentoringLink.young_person_id).where(MentoringLink.status.in_(OPEN_LINK)).distinct()
    ):
        later(young_person_id, today)
    for young_person_id, at in s.execute(
        select(EventInvitation.young_person_id, func.max(MatchingEvent.starts_at))
        .join(MatchingEvent, MatchingEvent.id == EventInvitation.event_id)
        .where(EventInvitation.young_person_id.is_not(None))
        .group_by(EventInvitation.young_person_id)
    ):
        later(young_person_id, at.date())
    return found


def anonymise_support(s: Session, young_person_id: int) -> None:
    """The free texts about this young person in links and event contacts are emptied."""
    link_ids = (
        select(MentoringLink.id).where(MentoringLink.young_person_id == young_person_id).scalar_subquery()
    )
    s.execute(update(LinkStep).where(LinkStep.link_id.in_(link_ids)).values(note=""))
    s.execute(update(EventContact).where(EventContact.young_person_id == young_person_id).values(note=""))


def support_record(s: Session, young_person_id: int, fields: Any) -> dict[str, Any]:
    """The inzage's part about links and events; ``fields`` turns a row into its own columns."""
    links = s.execute(
        select(MentoringLink, Supporter.name, Supporter.kind)
        .join(Supporter, Supporter.id == MentoringLink.supporter_id)
        .where(MentoringLink.young_person_id == young_person_id)
        .order_by(MentoringLink.id)
    ).all()
    return {
        "mentoring_links": [
            {
                **fields(link, skip={"steps"}),
                "supporter": name,
                "supporter_kind": kind,
                "steps": [fields(step, skip={"link"}) for step in link.steps],
            }
            for link, name, kind in links
        ],
        "events": [
            {"event": title, "starts_at": at, "place": place, "attendance": attendance}
            for title, at, place, attendance in s.execute(
                select(
                    MatchingEvent.title,
                    MatchingEvent.starts_at,
                    MatchingEvent.place,
                    EventInvitation.attendance,
                )
                .join(MatchingEvent, MatchingEvent.id == EventInvitation.event_id)
                .where(EventInvitation.young_person_id == young_person_id)
                .order_by(MatchingEvent.starts_at)
            )
        ],
        "event_contacts": [
            {"event": title, "with": employer or supporter, "note": note}
            for title, employer, supporter, note in s.execute(
                select(MatchingEvent.title, Employer.name, Supporter.name, EventContact.note)
                .join(MatchingEvent, MatchingEvent.id == EventContact.event_id)
                .outerjoin(Employer, Employer.id == EventContact.employer_id)
                .outerjoin(Supporter, Supporter.id == EventContact.supporter_id)
                .where(EventContact.young_person_id == young_person_id)
                .order_by(EventContact.id)
            )
        ],
    }


@dataclass(frozen=True)
class SupporterDue:
    supporter_id: int
    name: str
    last_activity: date
    due_since: date


def supporters_due(s: Session, months: int, today: date) -> list[SupporterDue]:
    """Archived supporters without an open link whose last activity (archiving, a link step, an event) lies
    ``months`` back; erased ones are not listed again."""
    open_links = select(MentoringLink.supporter_id).where(MentoringLink.status.in_(OPEN_LINK))
    last_step = dict(
        s.execute(
            select(MentoringLink.supporter_id, func.max(MentoringLink.last_step_at)).group_by(
                MentoringLink.supporter_id
            )
        )
        .tuples()
        .all()
    )
    last_event = dict(
        s.execute(
            select(EventInvitation.supporter_id, func.max(MatchingEvent.starts_at))
            .join(MatchingEvent, MatchingEvent.id == EventInvitation.event_id)
            .where(EventInvitation.supporter_id.is_not(None))
            .group_by(EventInvitation.supporter_id)
        )
        .tuples()
        .all()
    )
    found = []
    for supporter_id, name, archived_at in s.execute(
        select(Supporter.id, Supporter.name, Supporter.archived_at)
        .where(
            Supporter.archived_at.is_not(None),
            Supporter.anonymised_at.is_(None),
            Supporter.id.not_in(open_links),
        )
        .order_by(Supporter.name)
    ):
        moments = [archived_at, last_step.get(supporter_id), last_event.get(supporter_id)]
        last = max(m for m in moments if m is not None).date()
        due_since = add_months(last, months)
        if due_since <= today:
            found.append(SupporterDue(supporter_id, name, last, due_since))
    return found
