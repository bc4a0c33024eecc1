"""What others changed on a shared PostgreSQL server: the NOTIFY ``matchtafel`` that every change of the
shared lists sends (migration 0006), read on a connection of its own. No Qt here; ``ui.change_listener``
runs it on a thread and tells the screens."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import URL

CHANNEL = "matchtafel"


class ChangeFeed:
    def __init__(self, conninfo: str) -> None:
        import psycopg

        self._conn: Any = psycopg.connect(conninfo, autocommit=True, connect_timeout=4)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> set[str]:
        """The tables changed, waiting at most ``timeout`` seconds for the first; empty when none."""
        return {note.payload for note in self._conn.notifies(timeout=timeout, stop_after=100)}

    def close(self) -> None:
        self._conn.close()


def conninfo_of(url: URL) -> str:
    """The libpq connection string of a database URL (psycopg's own, without SQLAlchemy's driver name)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)
