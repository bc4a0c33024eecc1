"""What others changed on a shared PostgreSQL server: the NOTIFY ``matchtafel`` that every change of the
shared lists sends (migration 0006), read on a connection of its own. No Qt here; ``ui.change_listener``
runs it on a thread and tells the screens.

PostgreSQL lets every login send any NOTIFY on any channel: a payload is therefore never trusted. It is only a
hint which list to reload (through the login's own rights, like any reload); anything that is not one of the
table names the server's triggers send is dropped, and a flood is cut at ``MAX_PER_WAIT`` per wait."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import URL

CHANNEL = "matchtafel"
# The tables whose triggers notify (migration 0006): the only payloads a client acts on.
KNOWN_TABLES = frozenset(
    ("young_people", "vacancies", "employers", "meetings", "cases", "agreements", "proposals")
)
MAX_PER_WAIT = 100


class ChangeFeed:
    def __init__(self, conninfo: str) -> None:
        import psycopg

        self._conn: Any = psycopg.connect(conninfo, autocommit=True, connect_timeout=4)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> set[str]:
        """The tables changed, waiting at most ``timeout`` seconds for the first; empty when none."""
        return {
            note.payload
            for note in self._conn.notifies(timeout=timeout, stop_after=MAX_PER_WAIT)
            if note.payload in KNOWN_TABLES
        }

    def close(self) -> None:
        self._conn.close()


def conninfo_of(url: URL) -> str:
    """The libpq connection string of a database URL (psycopg's own, without SQLAlchemy's driver name)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)
