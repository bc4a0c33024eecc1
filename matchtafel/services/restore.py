"""Restoring a backup: check the chosen file, keep the current database aside (as a backup of its own), put
a fresh copy of the chosen one in its place, upgrade it to this version's schema, and erase again everyone
erased since that backup was made, so a restore never brings an erased young person back.

The erasures come from the current database's ledger and from the ledger in the backups folder (which
outlives a damaged database). The copy is made with SQLite's backup API from the chosen file (with its
write-ahead log, if one lies beside it), so a leftover ``-wal`` of the old database can never be mixed with
the restored file: both are moved away before the copy takes the database's name.

The database must not be open in a Matchtafel meanwhile (its lock file is held throughout).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from matchtafel.clock import Clock
from matchtafel.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseError,
    PassphraseNeeded,
    UserError,
    WrongPassphrase,
)
from matchtafel.storage.backups import (
    ErasureEntry,
    create_private_file,
    flush_to_disk,
    make_backup,
    make_private_folder,
    new_name,
    prune,
    remembered_erasures,
)
from matchtafel.storage.encryption import SQLITE_HEADER, is_encrypted_file
from matchtafel.storage.file_checks import known_revision
from matchtafel.storage.filelock import FileLock, LockHeldError, LockUnavailable


@dataclass(frozen=True)
class BackupCheck:
    """What the chosen file holds, for the person to recognise it before restoring."""

    path: Path
    revision: str
    young_people: int
    sessions: int
    last_change: datetime | None
    encrypted: bool


@dataclass(frozen=True)
class RestoreResult:
    check: BackupCheck
    kept_aside: Path | None
    erasures_reapplied: int


def check_backup(path: Path, *, passphrase: str | None = None) -> BackupCheck:
    """Open the file read-only and check it whole; raises UserError saying what is wrong with it."""
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is not a file."), path=path)
    encrypted = is_encrypted_file(path)
    if encrypted and not passphrase:
        raise PassphraseNeeded(
            QT_TRANSLATE_NOOP("errors", "{path} is encrypted: give its passphrase."), path=path
        )
    if not encrypted:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "{path} is not a Matchtafel backup. Nothing was changed."),
                    path=path,
                )
    connection = _connect(path, passphrase if encrypted else None, read_only=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "{path} is damaged ({detail}); choose another backup."),
                path=path,
                detail=result,
            )
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables or "young_people" not in tables:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "{path} is not a Matchtafel backup. Nothing was changed."),
                path=path,
            )
        revision = str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
        young = connection.execute("SELECT count(*) FROM young_people").fetchone()[0]
        sessions = connection.execute("SELECT count(*) FROM meetings").fetchone()[0]
        last = connection.execute("SELECT max(at) FROM audit_events").fetchone()[0]
    except _errors() as exc:
        if encrypted and "not a database" in str(exc):
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("errors", "The passphrase does not open {path}. Nothing was changed."),
                path=path,
            ) from exc
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "{path} cannot be read as a backup ({detail}). Nothing was changed."),
            path=path,
            detail=str(exc),
        ) from exc
    finally:
        connection.close()
    if not known_revision(revision):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was made by a newer Matchtafel (schema {revision}); update Matchtafel first.",
            ),
            path=path,
            revision=revision,
        )
    last_change = datetime.fromisoformat(str(last)) if last else None
    return BackupCheck(path, revision, int(young), int(sessions), last_change, encrypted)


def restore_backup(
    database: Path, backup: Path, *, clock: Clock, passphrase: str | None = None
) -> RestoreResult:
    """Put ``backup`` in the place of ``database`` (see the module's description)."""
    check = check_backup(backup, passphrase=passphrase)
    if backup.resolve() == database.resolve():
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "{path} is the database itself; choose a backup."), path=backup
        )
    lock = FileLock(database.with_name(database.name + ".lock"))
    try:
        lock.acquire()
    except (LockHeldError, LockUnavailable) as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is open in a Matchtafel (or its lock file cannot be opened). Close it first.",
            ),
            path=database,
        ) from exc
    now = clock.now()
    try:
        entries = remembered_erasures(database)
        kept_aside = None
        if database.exists() and database.stat().st_size > 0:
            current, kept_aside = _keep_aside(database, passphrase, now)
            entries += current
        restoring = database.with_name(f"{database.stem}.restoring{database.suffix}")
        try:
            reapplied = _fresh_copy(backup, restoring, check, passphrase, clock, entries)
        except BaseException:
            for leftover in (restoring, Path(f"{restoring}-wal"), Path(f"{restoring}-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
            raise
        for suffix in ("-wal", "-shm"):  # the old file's log must never meet the restored file
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.replace(restoring, database)
        flush_to_disk(database.parent)
    finally:
        lock.release()
    prune(database, now=now)
    return RestoreResult(check, kept_aside, reapplied)


def _keep_aside(database: Path, passphrase: str | None, now: datetime) -> tuple[list[ErasureEntry], Path]:
    """The current database as a backup of its own, and its erasure ledger; a damaged one is copied as it
    is (with its write-ahead log) and its ledger read as far as it can be."""
    entries: list[ErasureEntry] = []
    encrypted = is_encrypted_file(database)
    try:
        connection = _connect(database, passphrase if encrypted else None, read_only=False)
    except _errors():
        connection = None
    if connection is not None:
        try:
            with contextlib.suppress(*_errors()):
                entries = [
                    ErasureEntry(int(i), _moment(r), _moment(e), str(k))
                    for i, r, e, k in connection.execute(
                        "SELECT young_person_id, registered_at, erased_at, kind FROM erasures"
                    )
                ]
            try:
                return entries, make_backup(
                    connection,
                    database,
                    "before-restore",
                    now=now,
                    passphrase=passphrase if encrypted else None,
                )
            except UserError:
                pass  # damaged beyond a backup: copied as it is below
        finally:
            connection.close()
    make_private_folder(database.parent / "backups")
    target = new_name(database, "before-restore", now)
    try:
        shutil.copyfile(database, target)
        os.chmod(target, 0o600)
        wal = Path(f"{database}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "The current database cannot be kept aside ({reason}); nothing was restored."
            ),
            reason=exc.strerror or exc,
        ) from exc
    return entries, target


def _fresh_copy(
    backup: Path,
    restoring: Path,
    check: BackupCheck,
    passphrase: str | None,
    clock: Clock,
    entries: list[ErasureEntry],
) -> int:
    """The backup copied to ``restoring``, upgraded, with the erasures re-applied; how many were."""
    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database

    for leftover in (restoring, Path(f"{restoring}-wal"), Path(f"{restoring}-shm")):
        leftover.unlink(missing_ok=True)
    create_private_file(restoring)
    key = passphrase if check.encrypted else None
    source = _connect(backup, key, read_only=True)
    try:
        if key:
            source.execute("ATTACH DATABASE ? AS restoring KEY ?", (str(restoring), key))
            source.execute("SELECT sqlcipher_export('restoring')")
            source.execute("DETACH DATABASE restoring")
        else:
            copy = sqlite3.connect(restoring)
            try:
                source.backup(copy)
            finally:
                copy.close()
    finally:
        source.close()
    db = open_database(restoring, passphrase=key, clock=None)  # upgraded to this version's schema
    try:
        services = Services.create(db.sessions, Actor("Matchtafel (restore)"), clock=clock)
        return services.retention.reapply_erasures(entries, source=backup.name)
    finally:
        db.close()
        Path(f"{restoring}.lock").unlink(missing_ok=True)


def _connect(path: Path, passphrase: str | None, *, read_only: bool) -> Any:
    if passphrase:
        import sqlcipher3

        connection = sqlcipher3.connect(str(path))
        connection.execute(f"PRAGMA key = '{passphrase.replace(chr(39), chr(39) * 2)}'")
        return connection
    if read_only:
        try:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return connection
        except sqlite3.Error:  # a write-ahead log without its index, in a folder we may not write
            return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    return sqlite3.connect(path)


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _errors() -> tuple[type[Exception], ...]:
    try:
        import sqlcipher3

        return (sqlite3.Error, sqlcipher3.Error)
    except ImportError:  # pragma: no cover
        return (sqlite3.Error,)
