"""What a report prints, as plain data: the services fill it, the PDF builders only lay it out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Attendee:
    name: str
    organisation: str
    status: str  # AttendanceStatus value: present, absent, excused, invited


@dataclass(frozen=True)
class ReviewLine:
    case: str  # code and initials (or the name, where allowed), "" for a general agreement
    action: str
    owner: str
    agreed_on: date
    deadline: date | None  # the deadline it came into the session with
    decision: str | None  # ReviewDecision value, None when the session did not decide it
    new_deadline: date | None


@dataclass(frozen=True)
class ActionLine:
    action: str
    owner: str
    organisation: str
    deadline: date | None
    case: str  # code and initials, "" for a general agreement
    status: str = "open"


def by_deadline(actions: list[ActionLine]) -> list[ActionLine]:
    """The order of an action list: soonest deadline first, no deadline last."""
    return sorted(actions, key=lambda a: (a.deadline or date.max, a.owner, a.action))


@dataclass(frozen=True)
class ProposalLine:
    vacancy: str
    employer: str
    place: str
    status: str  # ProposalStatus value


@dataclass(frozen=True)
class CaseSection:
    label: str  # code and initials; the full name only when asked for and the consent allows it
    programme: str
    level: str  # Level value
    situation: str  # the situation in a few lines
    notes: str
    status: str  # CaseStatus value
    proposals: list[ProposalLine] = field(default_factory=list)
    agreements: list[ActionLine] = field(default_factory=list)


@dataclass(frozen=True)
class VacancyLine:
    title: str
    employer: str
    place: str
    level: str
    open_until: date | None


@dataclass(frozen=True)
class AmendmentLine:
    """A change after locking. ``action`` and ``entity`` say what was done to what (empty for changes recorded
    before they were kept: then ``description`` is all there is); ``case`` is the young person's code and
    initials, ``subject`` the agreement's words or the attendee's name, ``detail`` the field, status or
    decision."""

    at: datetime  # local time
    by: str
    description: str
    action: str = ""
    entity: str = ""
    case: str = ""
    subject: str = ""
    detail: str = ""


@dataclass(frozen=True)
class Minutes:
    title: str
    starts_at: datetime
    place: str
    chair: str
    minute_taker: str
    status: str  # MeetingStatus value
    locked_at: datetime | None  # local time
    locked_by: str
    author_organisation: str
    attendees: list[Attendee]
    review: list[ReviewLine]
    cases: list[CaseSection]
    new_vacancies: list[VacancyLine]
    next_session: datetime | None
    amendments: list[AmendmentLine]
    full_names: bool = False
    general_agreements: list[ActionLine] = field(default_factory=list)  # agreements not tied to a case

    def actions(self) -> list[ActionLine]:
        """The closing action list: every agreement of this session, by deadline."""
        return by_deadline([a for case in self.cases for a in case.agreements] + self.general_agreements)


@dataclass(frozen=True)
class MinutesOptions:
    review: bool = True
    notes: bool = True
    new_vacancies: bool = True
    actions: bool = True
    language: str = "nl"
    list_undecided: bool = False  # the open agreements the session did not discuss, one by one


@dataclass(frozen=True)
class ActionList:
    """What was agreed at one session, for everyone or for one organisation ("what we agreed to do")."""

    title: str
    starts_at: datetime
    organisation: str  # "" for the whole table
    author_organisation: str
    actions: list[ActionLine]
