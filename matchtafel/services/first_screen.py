"""What the window shows first: the counts in the status bar and the sessions list.

On an SQLite file both are read with the sqlite3 module directly, so that the first screen appears before
SQLAlchemy and the ORM are loaded (they follow in the background); the statements give exactly what
``OverviewService.counts`` and ``MeetingsService.rows`` give (a test compares them). On a server, those
services answer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from matchtafel.domain.vocabulary import MeetingStatus, VacancyStatus
from matchtafel.services.meeting_rows import MeetingRow

if TYPE_CHECKING:
    from matchtafel.services import Services


@dataclass(frozen=True)
class Counts:
    young_people: int
    open_vacancies: int
    employers: int
    upcoming_sessions: int


@dataclass(frozen=True)
class FirstScreen:
    counts: Counts
    sessions: list[MeetingRow]


COUNTS_SQL = """
SELECT
  (SELECT count(*) FROM young_people WHERE archived_at IS NULL),
  (SELECT count(*) FROM vacancies WHERE status = ? AND archived_at IS NULL),
  (SELECT count(*) FROM employers WHERE archived_at IS NULL),
  (SELECT count(*) FROM meetings WHERE starts_at >= ? AND status = ?)
"""

SESSIONS_SQL = """
SELECT m.id, m.version, m.status, m.starts_at, m.title, m.duration_minutes, m.place, m.chair_id,
       m.minute_taker_id, chair.name, taker.name, coalesce(cases.n, 0)
FROM meetings AS m
LEFT OUTER JOIN people AS chair ON m.chair_id = chair.id
LEFT OUTER JOIN people AS taker ON m.minute_taker_id = taker.id
LEFT OUTER JOIN (SELECT meeting_id, count(*) AS n FROM cases GROUP BY meeting_id) AS cases
  ON cases.meeting_id = m.id
ORDER BY m.starts_at, m.id
"""


def _stored(moment: datetime) -> str:
    """A moment as SQLAlchemy's DateTime stores it in SQLite, so that text comparison orders it right."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def read_first_screen(connect: Callable[[], sqlite3.Connection], now: datetime) -> FirstScreen:
    """Counts and sessions from an SQLite file, in one read transaction."""
    connection = connect()
    try:
        connection.execute("BEGIN")
        young, vacancies, employers, upcoming = connection.execute(
            COUNTS_SQL, (VacancyStatus.OPEN.value, _stored(now), MeetingStatus.PLANNED.value)
        ).fetchone()
        sessions = [
            MeetingRow(
                id=row[0],
                version=row[1],
                status=MeetingStatus(row[2]),
                starts_at=datetime.fromisoformat(row[3]),
                title=row[4],
                duration_minutes=row[5],
                place=row[6],
                chair_id=row[7],
                minute_taker_id=row[8],
                chair_name=row[9],
                minute_taker_name=row[10],
                case_count=row[11],
            )
            for row in connection.execute(SESSIONS_SQL)
        ]
        connection.execute("COMMIT")
    finally:
        connection.close()
    return FirstScreen(Counts(young, vacancies, employers, upcoming), sessions)


def first_screen(services: Services, connect: Callable[[], sqlite3.Connection] | None) -> FirstScreen:
    """``connect``: a plain SQLite file's connection (the fast way), or None: through the services."""
    if connect is not None:
        return read_first_screen(connect, services.clock.now())
    return FirstScreen(services.overview.counts(), services.meetings.rows())
