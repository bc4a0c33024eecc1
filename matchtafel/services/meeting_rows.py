"""What a session is to the lists and forms: its input and its row (plain data, no SQLAlchemy).

Apart from ``meetings`` so that the first screen (the sessions list) is shown before the ORM is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from matchtafel.vocabulary import MeetingStatus


@dataclass(frozen=True, kw_only=True)
class MeetingInput:
    starts_at: datetime
    title: str = "Matchtafel"
    duration_minutes: int = 90
    place: str = ""
    chair_id: int | None = None
    minute_taker_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class MeetingRow(MeetingInput):
    id: int
    version: int
    status: MeetingStatus
    chair_name: str | None
    minute_taker_name: str | None
    case_count: int
