"""Opening a SQLite file: locked against a second Matchtafel, created readable by its owner only, checked
(integrity, a foreign or damaged file, encryption), migrated with a backup first; then the engine with the
connection settings every connection gets (foreign keys, busy timeout, no write lock for reading)."""

from __future__ import annotations

import logging
import os
import sqlite3
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
from matchtafel.storage.db import BUSY_TIMEOUT_MS, SQLITE_HEADER, Database, driver_message
from matchtafel.storage.encryption import is_encrypted_file
from matchtafel.storage.file_checks import check_foreign_file
from matchtafel.storage.filelock import FileLock, LockHeldError, LockUnavailable
from matchtafel.storage.schema import SCHEMA_HEAD, bring_to_head, migrate

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine


log = logging.getLogger("matchtafel.storage.db")


def lock_file(path: Path, *, exclusive: bool) -> FileLock | None:
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


def open_sqlite_file(path: Path, *, exclusive: bool, clock: Clock | None, check: str) -> Database:
    """A plain SQLite file: checked, locked and (only when its schema is behind) migrated, with the sqlite3
    module; SQLAlchemy's engine is made when first used."""
    _check_sqlite_file(path)
    recorded = check_foreign_file(
        path
    )  # read-only, before a lock file or a write-ahead log is made beside it
    lock = lock_file(path, exclusive=exclusive)
    _create_if_missing(path, lock)
    db = Database(description=str(path), backend="sqlite", path=path, lock=lock)
    try:
        _check_integrity_if_due(db, path, lock, check)
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
    return _hand_over(db, lock, exclusive=exclusive)


def _check_integrity_if_due(db: Database, path: Path, lock: FileLock | None, check: str) -> None:
    """``check``: ``always``, or only after an unclean shutdown (``after_crash``; see ``open_database``)."""
    if check == "always" or (lock is not None and lock.unclean):
        result = db._quick_check()
        db.integrity_checked = True
        if result != "ok":
            raise _damaged(path, result)


def _hand_over(db: Database, lock: FileLock | None, *, exclusive: bool) -> Database:
    """A reader beside the running app keeps no lock once the file is open and checked."""
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


def raw_sqlite(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def _sqlite_revision(path: Path) -> str | None:
    """The schema revision Alembic recorded in the file (None: none recorded)."""
    raw = raw_sqlite(path)
    try:
        if raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone():
            found = raw.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(found[0]) if found else None
        return None
    finally:
        raw.close()


def sqlite_engine(url: URL) -> Engine:
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


def open_sqlite(
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
    lock = lock_file(path, exclusive=exclusive)
    _create_if_missing(path, lock)
    description = f"{path} (SQLCipher)" if encrypted else str(path)
    db = Database(
        description=description, backend="sqlite", path=path, url=url, engine=sqlite_engine(url), lock=lock
    )
    try:
        _check_integrity_if_due(db, path, lock, check)
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
    return _hand_over(db, lock, exclusive=exclusive)


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
