"""What came of a matching event (attendance, contacts made, proposals and links started there), the events
coming up (the session's review and the agenda read them), and the invitation list as print data.

The invitation list is pseudonymous whatever the consent: young people by code and initials, supporters and
employers by name. Printing it is written to the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import NotFound
from matchtafel.domain.vocabulary import AttendanceStatus, LinkStatus, ProposalStatus
from matchtafel.models import (
    Employer,
    EventContact,
    EventInvitation,
    MatchingEvent,
    MentoringLink,
    Proposal,
    Supporter,
    Vacancy,
    YoungPerson,
)
from matchtafel.reports.events import EventLine, InvitationList
from matchtafel.services.base import ServiceBase
from matchtafel.services.events import EMPLOYER, SUPPORTER, YOUNG, _invitations

UPCOMING_DAYS = 42  # the review looks six weeks ahead: past the next session at the usual four weeks


@dataclass(frozen=True)
class ProposalFromEvent:
    young_label: str
    vacancy_title: str
    employer: str
    status: ProposalStatus


@dataclass(frozen=True)
class LinkFromEvent:
    young_label: str
    supporter_name: str
    status: LinkStatus


@dataclass(frozen=True)
class EventOutcome:
    """Per kind of invitee (young_person, supporter, employer): how many were invited and how many came."""

    invited: dict[str, int]
    present: dict[str, int]
    contacts: int
    proposals: list[ProposalFromEvent]
    links: list[LinkFromEvent]

    @property
    def placed(self) -> int:
        return sum(1 for p in self.proposals if p.status == ProposalStatus.PLACED)


def upcoming_events(s: Session, start: datetime, end: datetime) -> list[EventLine]:
    """Events that start in [start, end), with how many were invited: for the review and the agenda."""
    invited = (
        select(func.count(EventInvitation.id))
        .where(EventInvitation.event_id == MatchingEvent.id)
        .scalar_subquery()
    )
    return [
        EventLine(event_id, title, kind.value, starts_at, place, organiser, count or 0)
        for event_id, title, kind, starts_at, place, organiser, count in s.execute(
            select(
                MatchingEvent.id,
                MatchingEvent.title,
                MatchingEvent.kind,
                MatchingEvent.starts_at,
                MatchingEvent.place,
                MatchingEvent.organiser,
                invited,
            )
            .where(
                MatchingEvent.starts_at >= start,
                MatchingEvent.starts_at < end,
                MatchingEvent.archived_at.is_(None),
            )
            .order_by(MatchingEvent.starts_at, MatchingEvent.id)
        )
    ]


class EventOutcomeService(ServiceBase):
    def outcome(self, event_id: int) -> EventOutcome:
        with self._transaction() as s:
            if s.get(MatchingEvent, event_id) is None:
                raise NotFound.of("matching_event", event_id)
            invitations = _invitations(s, event_id)
            kinds = (YOUNG, SUPPORTER, EMPLOYER)
            invited = {k: sum(1 for i in invitations if i.invitee == k) for k in kinds}
            present = {
                k: sum(1 for i in invitations if i.invitee == k and i.attendance == AttendanceStatus.PRESENT)
                for k in kinds
            }
            contacts = (
                s.scalar(select(func.count(EventContact.id)).where(EventContact.event_id == event_id)) or 0
            )
            proposals = [
                ProposalFromEvent(f"{code} {initials}", title, employer, status)
                for code, initials, title, employer, status in s.execute(
                    select(
                        YoungPerson.code, YoungPerson.initials, Vacancy.title, Employer.name, Proposal.status
                    )
                    .join(YoungPerson, YoungPerson.id == Proposal.young_person_id)
                    .join(Vacancy, Vacancy.id == Proposal.vacancy_id)
                    .join(Employer, Employer.id == Vacancy.employer_id)
                    .where(Proposal.event_id == event_id)
                    .order_by(Proposal.id)
                )
            ]
            links = [
                LinkFromEvent(f"{code} {initials}", name, status)
                for code, initials, name, status in s.execute(
                    select(YoungPerson.code, YoungPerson.initials, Supporter.name, MentoringLink.status)
                    .join(YoungPerson, YoungPerson.id == MentoringLink.young_person_id)
                    .join(Supporter, Supporter.id == MentoringLink.supporter_id)
                    .where(MentoringLink.event_id == event_id)
                    .order_by(MentoringLink.id)
                )
            ]
            return EventOutcome(invited, present, contacts, proposals, links)

    def upcoming(self, *, days: int = UPCOMING_DAYS) -> list[EventLine]:
        now = self._clock.now()
        with self._transaction() as s:
            return upcoming_events(s, now, now + timedelta(days=days))

    def invitation_list(self, event_id: int) -> InvitationList:
        """The invitation list to print: pseudonymous (young people by code and initials), logged."""
        with self._transaction() as s:
            event = s.get(MatchingEvent, event_id)
            if event is None:
                raise NotFound.of("matching_event", event_id)
            invitations = _invitations(s, event_id)
            self._audit(s, "print", "matching_event", event_id, "invitation list, names: codes")
            return InvitationList(
                title=event.title,
                kind=event.kind.value,
                starts_at=event.starts_at,
                minutes=event.duration_minutes,
                place=event.place,
                organiser=event.organiser,
                young_people=[i.label for i in invitations if i.invitee == YOUNG],
                supporters=[i.label for i in invitations if i.invitee == SUPPORTER],
                employers=[i.label for i in invitations if i.invitee == EMPLOYER],
                made_by=self._actor.label,
            )
