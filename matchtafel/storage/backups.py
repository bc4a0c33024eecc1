"""Backups like a trusted app: consistent copies of an SQLite database in a ``backups`` folder beside it, made
at start (when something changed since the last one), every 30 minutes while changes are made, and before
every schema upgrade, import, erasure, purge, encryption and restore; pruned on a schedule like Anki's.

- Made with SQLite's online backup API (a consistent snapshot, also while the app writes and with a
  write-ahead log beside the file); an encrypted database is copied with ``sqlcipher_export`` under the same
  passphrase, so a backup of an encrypted database is encrypted too.
- Files are created 0600 and the folder 0700 (where the platform has such modes); a copy is written to a
  ``.part`` file, flushed to disk and then renamed, so a crash never leaves half a backup under a real name.
- Kept: every backup of today, then one per day for 12 days, one per week for 10 weeks and one per month for
  9 months (each the newest of its day, week or month), and never one older than the retention period of
  personal data (``keep_months``; the last one given is remembered in the state file).
- ``<stem>.state.json`` in the folder remembers the last backup's moment and the database's fingerprint then
  (its schema and the newest audit event: every change is audited), so an unchanged database is not copied
  again.

PostgreSQL servers are backed up by their administrators (pg_dump); nothing here runs for them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from matchtafel.domain.dates import add_months
from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError

FOLDER = "backups"
PERIOD = timedelta(minutes=30)
SUFFIX = ".sqlite3"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})-(?P<reason>[a-z][a-z-]*?)(?:-(?P<n>\d+))?"
    + re.escape(SUFFIX)
    + "$"
)


@dataclass(frozen=True)
class Limits:
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


LIMITS = Limits()


class BackupFailed(UserError):
    """A backup copy could not be made: the step it was to protect does not run."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str
    size: int


def folder_of(database: Path) -> Path:
    return database.parent / FOLDER


def make_private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def create_private_file(path: Path) -> None:
    """An empty file only its owner may read (0600), for SQLite to fill; SQLite gives its -wal and -shm files
    the same mode."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(handle)


# -- making one ---------------------------------------------------------------------------------------------


def backup_engine(engine: Any, reason: str, *, now: datetime, keep_months: int | None = None) -> Path | None:
    """A backup of the SQLite database behind a SQLAlchemy engine (None for PostgreSQL), then pruning."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    raw = engine.raw_connection()
    try:
        return make_backup(
            raw.driver_connection,
            Path(url.database),
            reason,
            now=now,
            passphrase=url.password if url.drivername == "sqlite+pysqlcipher" else None,
            keep_months=keep_months,
        )
    finally:
        raw.close()


def backup_sessions(sessions: Any, reason: str, *, now: datetime) -> Path | None:
    """The same, for a service that only has its sessionmaker (before an erasure or a purge)."""
    bind = sessions.kw.get("bind")
    return backup_engine(bind, reason, now=now) if bind is not None else None


def make_backup(
    connection: Any,
    database: Path,
    reason: str,
    *,
    now: datetime,
    passphrase: str | None = None,
    keep_months: int | None = None,
) -> Path:
    """Copy what ``connection`` (an open sqlite3 or sqlcipher3 connection to ``database``) sees into the
    backups folder. Raises BackupFailed (a full disk, a folder that cannot be made) and leaves nothing
    half-written behind."""
    folder = folder_of(database)
    part: Path | None = None
    try:
        make_private_folder(folder)
        target = _free_name(folder, database.stem, reason, now)
        part = target.with_name(target.name + ".part")
        part.unlink(missing_ok=True)
        create_private_file(part)
        if passphrase:
            connection.execute("ATTACH DATABASE ? AS backup KEY ?", (str(part), passphrase))
            try:
                connection.execute("SELECT sqlcipher_export('backup')")
            finally:
                connection.execute("DETACH DATABASE backup")
        else:
            copy = sqlite3.connect(part)
            try:
                connection.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                copy.close()
        flush_to_disk(part)
        os.replace(part, target)
        flush_to_disk(folder)
    except (OSError, sqlite3.Error, _driver_errors()) as exc:
        if part is not None:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "No backup copy could be made in {folder} ({reason}); nothing was changed. "
                "Make room on the disk or check the folder.",
            ),
            folder=folder,
            reason=_reason(exc),
        ) from exc
    remember(database, now=now, fingerprint=fingerprint(connection), keep_months=keep_months)
    prune(database, now=now, keep_months=keep_months)
    return target


def _driver_errors() -> type[Exception]:
    try:
        import sqlcipher3

        return sqlcipher3.Error  # type: ignore[no-any-return]
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return sqlite3.Error


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def new_name(database: Path, reason: str, now: datetime) -> Path:
    """Where a backup of ``database`` made now for ``reason`` goes (a free name in its backups folder)."""
    return _free_name(folder_of(database), database.stem, reason, now)


def _free_name(folder: Path, stem: str, reason: str, now: datetime) -> Path:
    base = f"{stem}-{now:%Y-%m-%d-%H%M%S}-{reason}"
    target = folder / f"{base}{SUFFIX}"
    number = 2
    while target.exists():
        target = folder / f"{base}-{number}{SUFFIX}"
        number += 1
    return target


def flush_to_disk(path: Path) -> None:
    """Data and name on disk before anyone relies on them (a folder can be flushed on POSIX only)."""
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # Windows cannot flush a folder; the rename is still atomic
    finally:
        os.close(handle)


# -- the erasure ledger beside the backups --------------------------------------------------------------------


@dataclass(frozen=True)
class ErasureEntry:
    """One erased young person: their id and the moment their record was made (never a name)."""

    young_person_id: int
    registered_at: datetime
    erased_at: datetime
    kind: str


def _ledger_path(database: Path) -> Path:
    return folder_of(database) / f"{database.stem}.erasures.jsonl"


def remember_erasures(database: Path, entries: Iterable[ErasureEntry]) -> None:
    """Append to the backups folder's ledger (the database has its own: this one outlives a damaged file)."""
    lines = "".join(
        json.dumps(
            {
                "id": e.young_person_id,
                "registered_at": e.registered_at.isoformat(),
                "erased_at": e.erased_at.isoformat(),
                "kind": e.kind,
            }
        )
        + "\n"
        for e in entries
    )
    if not lines:
        return
    path = _ledger_path(database)
    with contextlib.suppress(OSError):  # the database's ledger has them anyway
        make_private_folder(path.parent)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(handle, lines.encode("utf-8"))
            os.fsync(handle)
        finally:
            os.close(handle)


def remembered_erasures(database: Path) -> list[ErasureEntry]:
    found = []
    try:
        lines = _ledger_path(database).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for line in lines:
        try:
            raw = json.loads(line)
            found.append(
                ErasureEntry(
                    int(raw["id"]),
                    datetime.fromisoformat(raw["registered_at"]),
                    datetime.fromisoformat(raw["erased_at"]),
                    str(raw.get("kind", "erase")),
                )
            )
        except (ValueError, KeyError, TypeError):
            continue  # a line cut off by a crash
    return found


# -- whether one is due -------------------------------------------------------------------------------------


def fingerprint(connection: Any) -> str:
    """What changes whenever the data changes: the schema and the newest audit event (every change writes one)."""
    try:
        schema = connection.execute("PRAGMA schema_version").fetchone()[0]
        newest = connection.execute("SELECT max(id) FROM audit_events").fetchone()[0]
    except Exception:  # an empty or foreign file: never equal to a real one
        return ""
    return f"{schema}:{newest}"


def _state_path(database: Path) -> Path:
    return folder_of(database) / f"{database.stem}.state.json"


def _state(database: Path) -> dict[str, Any]:
    try:
        state = json.loads(_state_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def remember(database: Path, *, now: datetime, fingerprint: str, keep_months: int | None) -> None:
    state = _state(database)
    state.update({"at": now.isoformat(timespec="seconds"), "fingerprint": fingerprint})
    if keep_months:
        state["keep_months"] = keep_months
    with contextlib.suppress(OSError):  # only a help: without it, the next backup is simply made
        path = _state_path(database)
        part = path.with_name(path.name + ".part")
        part.unlink(missing_ok=True)
        create_private_file(part)
        part.write_text(json.dumps(state), encoding="utf-8")
        os.replace(part, path)


def is_due(database: Path, current: str, *, now: datetime, after: timedelta) -> bool:
    """Changed since the last backup, and that one is at least ``after`` old."""
    state = _state(database)
    if not current or state.get("fingerprint") != current:
        try:
            last = datetime.fromisoformat(str(state["at"]))
        except (KeyError, ValueError):
            return True
        return now - last >= after or now < last
    return False


# -- what is there, and what may go -------------------------------------------------------------------------


def list_backups(database: Path) -> list[BackupFile]:
    """This database's backups, newest first."""
    found = []
    folder = folder_of(database)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != database.stem or not path.is_file():
            continue
        try:
            made_at = datetime.strptime(match["stamp"], "%Y-%m-%d-%H%M%S")
            facts = path.stat()
        except (ValueError, OSError):
            continue
        found.append((made_at, facts.st_mtime_ns, BackupFile(path, made_at, match["reason"], facts.st_size)))
    return [backup for *_, backup in sorted(found, key=lambda f: (f[0], f[1]), reverse=True)]


def obsolete(made: Iterable[datetime], *, now: datetime, limits: Limits = LIMITS) -> set[datetime]:
    """Anki's schedule: every backup of today; then, newest first, one per day while daily ones are left,
    else one per week, else one per month; the rest may go."""
    daily, weekly, monthly = limits.daily, limits.weekly, limits.monthly
    last_day: date | None = None
    last_week: tuple[int, int] | None = None
    last_month: tuple[int, int] | None = None
    gone = set()
    for moment in sorted(set(made), reverse=True):
        day = moment.date()
        week = tuple(day.isocalendar())[:2]
        month = (day.year, day.month)
        if day >= now.date():
            continue
        keep = False
        if daily > 0 and day != last_day:
            daily, keep = daily - 1, True
        elif weekly > 0 and week != last_week:
            weekly, keep = weekly - 1, True
        elif monthly > 0 and month != last_month:
            monthly, keep = monthly - 1, True
        if keep:
            last_day, last_week, last_month = day, week, month  # type: ignore[assignment]
        else:
            gone.add(moment)
    return gone


def prune(
    database: Path, *, now: datetime, keep_months: int | None = None, limits: Limits = LIMITS
) -> list[Path]:
    """Remove the backups the schedule no longer keeps, and every one older than the retention period."""
    keep_months = keep_months or _state(database).get("keep_months")
    backups = list_backups(database)
    gone_moments = obsolete((b.made_at for b in backups), now=now, limits=limits)
    oldest = (
        datetime.combine(add_months(now.date(), -int(keep_months)), now.time())
        if isinstance(keep_months, int) and keep_months > 0
        else None
    )
    removed = []
    for backup in backups:
        if backup.made_at in gone_moments or (oldest is not None and backup.made_at < oldest):
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed
