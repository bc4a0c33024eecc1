"""What a session is to the lists and forms: its input and its row (plain data, no SQLAlchemy).

Apart from ``meetings`` so that the first screen (the sessions list) is shown before the ORM is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from matchtafel.domain.vocabulary import MeetingStatus


@dataclass(frozen=True, kw_only=True)
class MeetingFields:
    starts_at: datetime
    title: str = "Matchtafel"
    duration_minutes: int = 90
    place: str = ""
    chair_id: int | None = None
    minute_taker_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class MeetingInput(MeetingFields):
    # The people invited (attendance starts from them); None leaves the invitees as they are.
    invitee_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, kw_only=True)
class Invitable:
    """A person who may be invited, with their organisation (the form groups people by it)."""

    id: int
    name: str
    organisation_id: int
    organisation_name: str


@dataclass(frozen=True, kw_only=True)
class MeetingRow(MeetingFields):
    id: int
    version: int
    status: MeetingStatus
    chair_name: str | None
    minute_taker_name: str | None
    case_count: int
