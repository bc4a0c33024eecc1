"""The agenda that writes itself: who the table may want to discuss at a session, and why.

Read inside the agenda service's transaction (``AgendaService.propose``): concerns not discussed lately, overdue
agreements, due nazorg checkpoints, failed proposals and ended mentoring links since the last session, invitations
to coming matching events, and school leavers with a worrying answer — then everyone else who may be added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.vocabulary import AgreementStatus, LinkEndReason, LinkStatus, ProposalStatus
from matchtafel.models import (
    Agreement,
    Case,
    ContactMoment,
    EventInvitation,
    Meeting,
    MentoringLink,
    NazorgCheckpoint,
    Organisation,
    Placement,
    Proposal,
    SchoolLeaver,
    YoungPerson,
)
from matchtafel.reports.events import EventLine
from matchtafel.services.consent import scopes_in_force
from matchtafel.services.event_outcome import UPCOMING_DAYS, upcoming_events
from matchtafel.services.leavers import worrying_condition

RECENT_CASE_DAYS = 90


@dataclass(frozen=True)
class AgendaSuggestion:
    """A young person the table may want to discuss, and why (reason codes, shown in words by the UI)."""

    young_person_id: int
    code: str
    initials: str
    reasons: tuple[str, ...]  # empty: not proposed, but may be added all the same
    school: str = ""
    name: str = ""  # only where consent for the table is in force: to find by, never shown


@dataclass(frozen=True)
class AgendaProposal:
    cases: list[AgendaSuggestion]  # the new vacancies are in the session view, as their own list
    others: list[AgendaSuggestion] = field(default_factory=list)  # everyone else who may be added
    events: list[EventLine] = field(
        default_factory=list
    )  # matching events coming up, until past the next session


REASON_CONCERN = QT_TRANSLATE_NOOP("agenda", "marked as a concern, not discussed in the last 90 days")
REASON_OVERDUE = QT_TRANSLATE_NOOP("agenda", "an agreement is past its deadline")
REASON_NAZORG = QT_TRANSLATE_NOOP("agenda", "a nazorg checkpoint is due")
REASON_FAILED = QT_TRANSLATE_NOOP("agenda", "a proposal failed since the last session")
REASON_LINK_ENDED = QT_TRANSLATE_NOOP("agenda", "a mentoring link ended early since the last session")
REASON_EVENT = QT_TRANSLATE_NOOP("agenda", "invited to a matching event coming up")
REASON_LEAVER = QT_TRANSLATE_NOOP(
    "agenda", "a school leaver's contact moment gave a worrying answer, not discussed since"
)


def propose_agenda(
    s: Session, meeting: Meeting, previous: datetime, next_start: datetime | None
) -> AgendaProposal:
    """``previous``/``next_start``: when the sessions before and after this one begin."""
    meeting_id = meeting.id
    day = meeting.starts_at
    on_agenda = set(s.scalars(select(Case.young_person_id).where(Case.meeting_id == meeting_id)))
    reasons: dict[int, list[str]] = {}

    def add(ids: object, reason: str) -> None:
        for young_id in ids:  # type: ignore[attr-defined]
            if young_id not in on_agenda:
                reasons.setdefault(young_id, []).append(reason)

    recent = (
        select(Case.young_person_id)
        .join(Meeting, Case.meeting_id == Meeting.id)
        .where(Meeting.starts_at >= day - timedelta(days=RECENT_CASE_DAYS), Meeting.starts_at < day)
    )
    add(
        s.scalars(
            select(YoungPerson.id).where(
                YoungPerson.is_concern.is_(True),
                YoungPerson.archived_at.is_(None),
                YoungPerson.id.not_in(recent),
            )
        ),
        REASON_CONCERN,
    )
    add(
        s.scalars(
            select(Case.young_person_id)
            .join(Agreement, Agreement.case_id == Case.id)
            .where(Agreement.status == AgreementStatus.OPEN, Agreement.deadline < day.date())
            .distinct()
        ),
        REASON_OVERDUE,
    )
    add(
        s.scalars(
            select(Placement.young_person_id)
            .join(NazorgCheckpoint)
            .where(NazorgCheckpoint.answered_on.is_(None), NazorgCheckpoint.due_on <= day.date())
            .distinct()
        ),
        REASON_NAZORG,
    )
    add(
        s.scalars(
            select(Proposal.young_person_id)
            .where(
                Proposal.status.in_([ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN]),
                Proposal.last_step_at >= previous,
            )
            .distinct()
        ),
        REASON_FAILED,
    )
    add(
        s.scalars(
            select(MentoringLink.young_person_id)
            .where(
                MentoringLink.status == LinkStatus.ENDED,
                MentoringLink.end_reason != LinkEndReason.COMPLETED,
                MentoringLink.last_step_at >= previous,
            )
            .distinct()
        ),
        REASON_LINK_ENDED,
    )
    until = max(next_start or day, day + timedelta(days=UPCOMING_DAYS))
    events = upcoming_events(s, day, until)
    add(
        s.scalars(
            select(EventInvitation.young_person_id)
            .where(
                EventInvitation.event_id.in_([e.event_id for e in events]),
                EventInvitation.young_person_id.is_not(None),
            )
            .distinct()
        ),
        REASON_EVENT,
    )
    discussed_since = (
        select(Case.id)
        .join(Meeting, Meeting.id == Case.meeting_id)
        .where(
            Case.young_person_id == SchoolLeaver.young_person_id,
            Meeting.starts_at >= ContactMoment.answered_on,
            Meeting.starts_at < day,
        )
        .exists()
    )
    add(
        s.scalars(
            select(SchoolLeaver.young_person_id)
            .join(ContactMoment, ContactMoment.leaver_id == SchoolLeaver.id)
            .where(
                ContactMoment.answered_on <= day.date(),
                worrying_condition(),
                ~discussed_since,
            )
            .distinct()
        ),
        REASON_LEAVER,
    )
    return _suggestions(s, meeting, on_agenda, reasons, events)


def _suggestions(
    s: Session,
    meeting: Meeting,
    on_agenda: set[int],
    reasons: dict[int, list[str]],
    events: list[EventLine],
) -> AgendaProposal:
    """The proposed young people with their reasons, then every other active one (found by typing)."""
    rows = s.execute(
        select(
            YoungPerson.id,
            YoungPerson.code,
            YoungPerson.initials,
            Organisation.name,
            YoungPerson.given_name,
            YoungPerson.family_name,
        )
        .outerjoin(Organisation, YoungPerson.school_id == Organisation.id)
        .where(YoungPerson.archived_at.is_(None), YoungPerson.id.not_in(on_agenda))
        .order_by(YoungPerson.code)
    ).all()
    consenting = {
        i
        for i, consent in scopes_in_force(s, [r[0] for r in rows], meeting.starts_at.date()).items()
        if consent.scope_table
    }
    found = {
        i: AgendaSuggestion(
            i,
            code,
            initials,
            tuple(reasons.get(i, ())),
            school or "",
            f"{given} {family}" if i in consenting else "",
        )
        for i, code, initials, school, given, family in rows
    }
    cases = sorted((found[i] for i in reasons if i in found), key=lambda a: (-len(a.reasons), a.code))
    return AgendaProposal(cases, [a for i, a in found.items() if i not in reasons], events)
