"""What 'Mijn afspraken' shows, as plain data: the service fills it, ``reports.my_page`` prints it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from matchtafel.domain.vocabulary import ContactChannel, ProposalStatus


@dataclass(frozen=True)
class ContactPerson:
    name: str
    organisation: str
    phone: str
    email: str
    keeps_contact_after_school: bool = False
    channel: ContactChannel | None = None
    every_weeks: int | None = None


@dataclass(frozen=True)
class AgreedItem:
    action: str
    who: str
    deadline: date | None


@dataclass(frozen=True)
class NextStep:
    """``kind``: proposal (with its status), checkpoint, bpv_check or contact_moment (with who calls)."""

    kind: str
    on: date | None
    title: str = ""
    employer: str = ""
    status: ProposalStatus | None = None
    who: str = ""


@dataclass(frozen=True)
class ComingEvent:
    title: str
    starts_at: datetime
    place: str


@dataclass(frozen=True)
class MyPage:
    young_person_id: int
    code: str
    given_name: str
    made_on: date
    contacts: tuple[ContactPerson, ...]
    agreements: tuple[AgreedItem, ...]
    more_agreements: int
    steps: tuple[NextStep, ...]
    events: tuple[ComingEvent, ...]
