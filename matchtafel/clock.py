"""The one clock: every "now" and "today" the services, reports and command line use comes from here.

A ``Clock`` is injected into the services (``Services.create(..., clock=...)``); the app and the command line
give the ``SystemClock``, tests give a ``FixedClock`` pinned to their own "today". Reading the real clock
anywhere else is refused by ruff (``TID251`` in pyproject.toml), so the suite passes on any date.

Two kinds of time:
- ``now()`` and ``today()`` are local wall-clock time, what a person means by "today" and "at 13:30";
- ``utcnow()`` is naive UTC, what is stored in bookkeeping columns (created_at, audit ``at``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Local wall-clock time, naive."""
        ...

    def utcnow(self) -> datetime:
        """UTC, naive: both SQLite and PostgreSQL store it unchanged (``timestamp without time zone``)."""
        ...

    def today(self) -> date:
        """The local date."""
        ...

    def to_local(self, utc: datetime) -> datetime:
        """A stored naive-UTC moment as local wall-clock time, for printing ("vastgesteld op ...")."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now()

    def utcnow(self) -> datetime:
        return datetime.now(UTC).replace(tzinfo=None)

    def today(self) -> date:
        return date.today()

    def to_local(self, utc: datetime) -> datetime:
        return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock that stands still at ``at`` (local time) until it is moved: for tests and reproducible runs.

    ``utc_offset`` is what ``utcnow()`` lies behind ``now()``: zero unless a test cares about the difference.
    """

    def __init__(self, at: datetime, *, utc_offset: timedelta = timedelta(0)) -> None:
        self._at = at.replace(tzinfo=None)
        self._utc_offset = utc_offset

    def now(self) -> datetime:
        return self._at

    def utcnow(self) -> datetime:
        return self._at - self._utc_offset

    def today(self) -> date:
        return self._at.date()

    def to_local(self, utc: datetime) -> datetime:
        return utc + self._utc_offset

    def set(self, at: datetime) -> None:
        self._at = at.replace(tzinfo=None)

    def advance(self, delta: timedelta) -> None:
        self._at += delta

    def __repr__(self) -> str:
        return f"FixedClock({self._at.isoformat()})"


SYSTEM_CLOCK: Clock = SystemClock()
