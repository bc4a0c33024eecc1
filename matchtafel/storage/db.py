"""Opening a database: a path (SQLite, the default) or a URL (PostgreSQL), checked and migrated.

Everything that can go wrong here is the environment's, so it becomes a DatabaseError with a message
that says what to do, and nothing on disk is overwritten. An up-to-date SQLite file is opened, locked and
checked with Python's sqlite3 module alone: SQLAlchemy is loaded when the engine is first asked for (the
app shows its first screen before that), Alembic only when the schema is not current.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from matchtafel.clock import SYSTEM_CLOCK, Clock
from matchtafel.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseError,
)
from matchtafel.first_use import FIRST_USE
from matchtafel.storage.filelock import FileLock
from matchtafel.storage.schema import SCHEMA_HEAD, alembic_config, current_revision, migrate

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session, sessionmaker

__all__ = [
    "SCHEMA_HEAD",
    "Database",
    "alembic_config",
    "current_revision",
    "migrate",
    "open_database",
    "to_url",
]

log = logging.getLogger(__name__)


SQLITE_HEADER = b"SQLite format 3\x00"
CONNECT_TIMEOUT_SECONDS = 4  # "a clear message within 5 seconds"
BUSY_TIMEOUT_MS = 5000


class Database:
    """An open database: the engine, the one sessionmaker, and the lock that keeps others out.

    The engine and the sessionmaker are made on first use (thread-safe), so that opening a file does not
    import SQLAlchemy or the ORM; ``path`` is the SQLite file (None on a server)."""

    def __init__(
        self,
        *,
        description: str,
        backend: str,
        path: Path | None = None,
        url: URL | None = None,
        engine: Engine | None = None,
        lock: FileLock | None = None,
    ) -> None:
        self.description = description
        self.backend = backend
        self.path = path
        self._url = url
        self._engine = engine
        self._lock = lock
        self._sessions: sessionmaker[Session] | None = None
        self._making = FIRST_USE  # SQLAlchemy is imported under it (matchtafel.first_use)
        self.integrity_checked = False  # PRAGMA quick_check ran while opening (else: check_integrity())

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def url(self) -> URL:
        with self._making:
            if self._url is None:
                from sqlalchemy.engine import URL

                self._url = URL.create("sqlite", database=str(self.path))
            return self._url

    def schema_revision(self) -> str | None:
        """The migration the database stands at (for "Over Matchtafel")."""
        with self.engine.connect() as conn:
            return current_revision(conn)

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made (and SQLAlchemy imported) the first time it is needed."""
        with self._making:
            if self._engine is None:
                from matchtafel.storage.db_sqlite import sqlite_engine

                self._engine = sqlite_engine(self.url)
            return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        """Created on first use, so that opening a database does not import the ORM."""
        engine = self.engine
        with self._making:
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                from matchtafel.models import install_stamping

                self._sessions = sessionmaker(engine, expire_on_commit=False)
                install_stamping(self._sessions)
            return self._sessions

    @property
    def raw_readable(self) -> bool:
        """A plain (unencrypted) SQLite file, which ``connect_raw`` can read."""
        return (
            self.is_sqlite
            and self.path is not None
            and (self._url is None or self._url.drivername == "sqlite")
        )

    def connect_raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection to the file, for reading before SQLAlchemy is loaded (the first
        screen). Plain, unencrypted SQLite files only."""
        assert self.raw_readable and self.path is not None
        from matchtafel.storage.db_sqlite import raw_sqlite

        return raw_sqlite(self.path)

    def check_integrity(self) -> str | None:
        """SQLite's ``PRAGMA quick_check`` on its own connection: None when the file is sound, else what is
        wrong. Safe beside the app's work (WAL: it reads a snapshot); takes some milliseconds per MiB."""
        if not self.is_sqlite:
            return None  # a server checks its own storage
        from sqlalchemy.exc import DatabaseError as SADatabaseError

        try:
            result = self._quick_check()
        except sqlite3.DatabaseError as exc:  # too damaged to be checked at all
            return str(exc)
        except SADatabaseError as exc:
            return driver_message(exc)
        return None if result == "ok" else result

    def _quick_check(self) -> str:
        """``PRAGMA quick_check``'s first line ("ok"); the driver's error when the file cannot be read."""
        if self._url is not None and self._url.drivername != "sqlite":  # SQLCipher: through its driver
            with self.engine.connect() as conn:
                return str(conn.exec_driver_sql("PRAGMA quick_check").scalar())
        raw = self.connect_raw()
        try:
            return str(raw.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            raw.close()

    def backup(self, reason: str, *, now: datetime, keep_months: int | None = None) -> Path | None:
        """A consistent copy of an SQLite file in its ``backups`` folder (``matchtafel.storage.backups``), before a
        bulk change or on the schedule; older copies are pruned. Raises BackupFailed when none can be made.

        PostgreSQL servers are backed up by their administrators (pg_dump); there this returns None."""
        from matchtafel.storage.backups import backup_engine

        return backup_engine(self.engine, reason, now=now, keep_months=keep_months)

    def backup_if_due(
        self, reason: str, *, now: datetime, after: timedelta = timedelta(0), keep_months: int | None = None
    ) -> Path | None:
        """A backup when the data changed since the last one and that one is ``after`` old (at start: any
        age; while working: 30 minutes); old ones are pruned either way. None when none was due."""
        from matchtafel.storage.backups import fingerprint, is_due, prune

        path = self.path
        if path is None:
            return None
        raw = self.engine.raw_connection()
        try:
            current = fingerprint(raw.driver_connection)
        finally:
            raw.close()
        if not is_due(path, current, now=now, after=after):
            prune(path, now=now, keep_months=keep_months)
            return None
        return self.backup(reason, now=now, keep_months=keep_months)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def to_url(target: str | os.PathLike[str]) -> URL:
    """A path becomes an SQLite URL; ``postgresql://`` gets the psycopg 3 driver."""
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    text_target = os.fspath(target)
    if "://" not in text_target:
        return URL.create("sqlite", database=str(Path(text_target).expanduser().absolute()))
    try:
        url = make_url(text_target)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "'{target}' is neither a file path nor a database URL."),
            target=text_target,
        ) from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "Matchtafel works with SQLite files and PostgreSQL, not '{backend}'."
            ),
            backend=url.get_backend_name(),
        )
    return url


def open_database(
    target: str | os.PathLike[str],
    *,
    exclusive: bool = True,
    passphrase: str | None = None,
    clock: Clock | None = SYSTEM_CLOCK,
    check: str = "always",
) -> Database:
    """Open, check and migrate. ``exclusive`` keeps other Matchtafel processes off an SQLite file.

    With a ``passphrase`` the SQLite file is encrypted (SQLCipher): a new file is created encrypted, an
    encrypted one is opened with it. The passphrase lives in memory only, never in a file. A new file is
    created readable by its owner only (0600); an upgrade of an existing file is preceded by a backup
    (``clock`` names it; None makes none: a restore upgrades its own fresh copy).

    ``check``: ``always`` runs SQLite's integrity check before anything else; ``after_crash`` runs it
    only when the last Matchtafel that had the file did not close it (its lock file still names it), and
    leaves it to the caller otherwise: the app runs ``check_integrity()`` in the background once the first
    screen shows (``Database.integrity_checked`` says which happened)."""
    text_target = os.fspath(target)
    if "://" not in text_target and not passphrase:  # a plain file: no SQLAlchemy needed to open it
        path = Path(text_target).expanduser().absolute()
        from matchtafel.storage.db_sqlite import open_sqlite_file

        db = open_sqlite_file(path, exclusive=exclusive, clock=clock, check=check)
        log.info("database opened: %s (sqlite)", db.description)
        return db
    url = to_url(target)
    if url.get_backend_name() == "sqlite":
        if passphrase:
            url = url.set(drivername="sqlite+pysqlcipher", password=passphrase)
        from matchtafel.storage.db_sqlite import open_sqlite

        db = open_sqlite(url, exclusive=exclusive, clock=clock, check=check)
    else:
        from matchtafel.storage.db_postgresql import open_postgresql

        db = open_postgresql(url)
    log.info("database opened: %s (%s)", db.description, url.get_backend_name())
    return db


def driver_message(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
