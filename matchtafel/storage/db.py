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
from typing import TYPE_CHECKING, Any

from matchtafel.clock import SYSTEM_CLOCK, Clock
from matchtafel.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseBusy,
    DatabaseError,
    PassphraseNeeded,
    WrongPassphrase,
)
from matchtafel.first_use import FIRST_USE
from matchtafel.storage.encryption import is_encrypted_file
from matchtafel.storage.file_checks import check_foreign_file
from matchtafel.storage.filelock import FileLock, LockHeldError, LockUnavailable
from matchtafel.storage.schema import SCHEMA_HEAD, alembic_config, bring_to_head, current_revision, migrate

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine
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
                self._engine = _sqlite_engine(self.url)
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
        return _raw_sqlite(self.path)

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
        db = _open_sqlite_file(path, exclusive=exclusive, clock=clock, check=check)
        log.info("database opened: %s (sqlite)", db.description)
        return db
    url = to_url(target)
    if url.get_backend_name() == "sqlite":
        if passphrase:
            url = url.set(drivername="sqlite+pysqlcipher", password=passphrase)
        db = _open_sqlite(url, exclusive=exclusive, clock=clock, check=check)
    else:
        from matchtafel.storage.db_postgresql import open_postgresql

        db = open_postgresql(url)
    log.info("database opened: %s (%s)", db.description, url.get_backend_name())
    return db


def _lock_file(path: Path, *, exclusive: bool) -> FileLock | None:
    """The lock next to the file; None for a reader beside the running app (allowed, but it may not
    migrate)."""
    lock = FileLock(path.with_name(path.name + ".lock"))
    try:
        lock.acquire()
    except LockUnavailable as exc:
        if not exclusive:
            return None  # a reader needs no lock of its own (but may not migrate)
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The lock file {path} cannot be opened ({reason}). Nothing was changed; check that the folder "
                "may be written, or remove the lock file if no Matchtafel has the database open.",
            ),
            path=lock.path,
            reason=exc.reason,
        ) from exc
    except LockHeldError as exc:
        if exclusive:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} is already open in another Matchtafel (process {pid}). Close it there first.",
                ),
                path=path,
                pid=exc.holder or "?",
            ) from exc
        return None  # a reader beside the running app: allowed, but it may not migrate
    return lock


def _create_if_missing(path: Path, lock: FileLock | None) -> None:
    from matchtafel.storage.backups import create_private_file

    if path.exists():
        return
    try:
        create_private_file(path)  # SQLite fills an empty file; its -wal and -shm get the same mode
    except OSError as exc:
        if lock is not None:
            lock.release()
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} cannot be created ({reason})."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc


def _damaged(path: Path, detail: str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "errors", "{path} is damaged ({detail}). Nothing was changed; restore a backup copy."
        ),
        path=path,
        detail=detail,
    )


def _refusal(path: Path, detail: str) -> DatabaseError:
    """What the driver's error means for the person: a full disk, another program's lock, or a bad file."""
    lowered = detail.lower()
    if any(sign in lowered for sign in ("disk is full", "disk i/o error", "readonly database")):
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} cannot be opened: the disk refused to write ({detail}). Make room and try again; "
                "nothing was changed.",
            ),
            path=path,
            detail=detail,
        )
    if "database is locked" in lowered or "database is busy" in lowered:
        return DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database is busy: another program holds it ({detail}). Nothing was changed; close that "
                "program and try again.",
            ),
            detail=detail,
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP("errors", "{path} cannot be used as a database ({detail}). Nothing was changed."),
        path=path,
        detail=detail,
    )


def _open_sqlite_file(path: Path, *, exclusive: bool, clock: Clock | None, check: str) -> Database:
    """A plain SQLite file: checked, locked and (only when its schema is behind) migrated, with the sqlite3
    module; SQLAlchemy's engine is made when first used."""
    _check_sqlite_file(path)
    recorded = check_foreign_file(
        path
    )  # read-only, before a lock file or a write-ahead log is made beside it
    lock = _lock_file(path, exclusive=exclusive)
    _create_if_missing(path, lock)
    db = Database(description=str(path), backend="sqlite", path=path, lock=lock)
    try:
        if check == "always" or (lock is not None and lock.unclean):
            result = db._quick_check()
            db.integrity_checked = True
            if result != "ok":
                raise _damaged(path, result)
        # After a clean close the write-ahead log is in the file, whose own record then settles it; after a
        # crash (or without the lock) the log may hold a newer one: read it through a normal connection.
        settled = recorded == SCHEMA_HEAD and lock is not None and not lock.unclean
        if not settled and _sqlite_revision(path) != SCHEMA_HEAD:
            _migrate_or_refuse(db, path, may_upgrade=lock is not None, clock=clock)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _refusal(
            path, str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        ) from exc
    except BaseException:
        db.close()
        raise
    if not exclusive and lock is not None:
        lock.release()
        db._lock = None
    return db


def _migrate_or_refuse(db: Database, path: Path, *, may_upgrade: bool, clock: Clock | None) -> None:
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    try:
        bring_to_head(db, may_upgrade=may_upgrade, now=clock.now() if clock is not None else None)
    except SADatabaseError as exc:
        raise _refusal(path, driver_message(exc)) from exc


def _raw_sqlite(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def _sqlite_revision(path: Path) -> str | None:
    """The schema revision Alembic recorded in the file (None: none recorded)."""
    raw = _raw_sqlite(path)
    try:
        if raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone():
            found = raw.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(found[0]) if found else None
        return None
    finally:
        raw.close()


def _sqlite_engine(url: URL) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_on_connect)
    # IMMEDIATE: a transaction takes the write lock when it starts, so a read-then-write service call
    # can never fail half-way because another connection wrote in between (SQLITE_BUSY_SNAPSHOT). A
    # transaction that only reads (``read_only`` execution option: a long list, the suggestions' tables)
    # takes no lock: it reads a snapshot, and a note saved meanwhile does not wait for it.
    event.listen(engine, "begin", _begin)
    return engine


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("read_only") else "BEGIN IMMEDIATE")


def _open_sqlite(
    url: URL, *, exclusive: bool, clock: Clock | None = SYSTEM_CLOCK, check: str = "always"
) -> Database:
    """An SQLite URL or an encrypted file (SQLCipher): through SQLAlchemy from the start."""
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    path = Path(url.database or "")
    encrypted = url.drivername == "sqlite+pysqlcipher"
    if encrypted:
        from matchtafel.storage.encryption import quiet_sqlcipher

        quiet_sqlcipher()
    _check_sqlite_file(path, encrypted=encrypted)
    if not encrypted:
        check_foreign_file(path)  # read-only, before a lock file or a write-ahead log is made beside it
    lock = _lock_file(path, exclusive=exclusive)
    _create_if_missing(path, lock)
    description = f"{path} (SQLCipher)" if encrypted else str(path)
    db = Database(
        description=description, backend="sqlite", path=path, url=url, engine=_sqlite_engine(url), lock=lock
    )
    try:
        if check == "always" or (lock is not None and lock.unclean):
            result = db._quick_check()
            db.integrity_checked = True
            if result != "ok":
                raise _damaged(path, result)
        migrate(db, may_upgrade=lock is not None, now=clock.now() if clock is not None else None)
    except SADatabaseError as exc:
        db.close()
        if encrypted and "file is not a database" in str(exc):
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("errors", "The passphrase does not open {path}. Nothing was changed."),
                path=path,
            ) from exc
        raise _refusal(path, driver_message(exc)) from exc
    except BaseException:
        db.close()
        raise
    if not exclusive and lock is not None:
        lock.release()
        db._lock = None
    return db


def _check_sqlite_file(path: Path, *, encrypted: bool = False) -> None:
    if path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file."), path=path
        )
    if not path.parent.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=path.parent
        )
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} cannot be written (no permission). Choose another place or ask for write access.",
            ),
            path=path,
        )
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header != SQLITE_HEADER and not encrypted:
            if is_encrypted_file(path):
                raise PassphraseNeeded(
                    QT_TRANSLATE_NOOP("errors", "{path} is encrypted: give its passphrase."), path=path
                )
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "{path} is not a Matchtafel database. Nothing was changed."),
                path=path,
            )


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver; SQLAlchemy's "begin" hook emits BEGIN itself, so that reads and
    # writes of one service call share one transaction (SQLAlchemy docs, "pysqlite: serializable").
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")  # a live meeting's notes survive a power cut
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA secure_delete = ON")  # an erased name is overwritten, not left in a free page
    cursor.close()


def driver_message(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
