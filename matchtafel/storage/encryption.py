"""An encrypted database on request (SQLCipher, through the ``sqlcipher3`` package and SQLAlchemy's
pysqlcipher dialect): telling an encrypted file from a plain one, and converting a plain one.

The passphrase is only ever passed along in memory; nothing here writes it anywhere.
"""

from __future__ import annotations

import os
from datetime import datetime
from functools import cache
from pathlib import Path

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, DatabaseError
from matchtafel.storage.filelock import FileLock, LockHeldError, LockUnavailable

SQLITE_HEADER = b"SQLite format 3\x00"
PASSPHRASE_ENV = "MATCHTAFEL_PASSPHRASE"  # for the command line and scripts; the app asks


@cache
def quiet_sqlcipher() -> None:
    """SQLCipher prints its own error lines on stderr when a passphrase does not fit ("hmac check failed");
    Matchtafel says it in one clear line instead. The log level is the whole process's, so once is enough."""
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()


def is_encrypted_file(path: Path) -> bool:
    """An SQLCipher file starts with random bytes instead of SQLite's header, and is whole pages long."""
    if not path.is_file():
        return False
    size = path.stat().st_size
    if size < 1024 or size % 512:
        return False
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER


def encrypt_file(path: Path, passphrase: str, *, now: datetime) -> Path:
    """Convert a plain Matchtafel file into an encrypted one in place; returns the backup made first.

    The backup (in the ``backups`` folder, 0600) is the plain file as it was: keep it until the encrypted one
    works, then delete it. The older backups in that folder are encrypted with the same passphrase."""
    import sqlcipher3

    from matchtafel.storage.backups import create_private_file, folder_of, make_private_folder, new_name

    if len(passphrase) < 8:
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "Choose a passphrase of at least 8 characters."))
    if is_encrypted_file(path):
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is encrypted already."), path=path)
    lock = FileLock(path.with_name(path.name + ".lock"))
    try:
        lock.acquire()
    except LockUnavailable as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "The lock file {path} cannot be opened ({reason}). Nothing was changed."
            ),
            path=lock.path,
            reason=exc.reason,
        ) from exc
    except LockHeldError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is open in another Matchtafel (process {pid}). Close it there first."
            ),
            path=path,
            pid=exc.holder or "?",
        ) from exc
    try:
        older = _plain_backups(path)
        make_private_folder(folder_of(path))
        backup = new_name(path, "encrypt", now)
        create_private_file(backup)
        plain = sqlcipher3.connect(str(path))  # no key: SQLCipher reads a plain file as it is
        try:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            plain.execute("VACUUM INTO ?", (str(backup),))
            encrypted = path.with_name(path.name + ".encrypting")
            encrypted.unlink(missing_ok=True)
            create_private_file(encrypted)  # the database-to-be: its owner's only
            plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(encrypted), passphrase))
            plain.execute("SELECT sqlcipher_export('encrypted')")
            plain.execute("DETACH DATABASE encrypted")
        finally:
            plain.close()
        os.replace(encrypted, path)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        for old in older:
            _encrypt_copy(old, passphrase)
        return backup
    finally:
        lock.release()


def _plain_backups(path: Path) -> list[Path]:
    from matchtafel.storage.backups import list_backups

    return [b.path for b in list_backups(path) if not is_encrypted_file(b.path)]


def _encrypt_copy(path: Path, passphrase: str) -> None:
    """An older plain backup of a database that is now encrypted: encrypted in place, the same way."""
    import sqlcipher3

    from matchtafel.storage.backups import create_private_file

    encrypted = path.with_name(path.name + ".encrypting")
    encrypted.unlink(missing_ok=True)
    create_private_file(encrypted)
    plain = sqlcipher3.connect(str(path))
    try:
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(encrypted), passphrase))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    os.replace(encrypted, path)
