"""Backups like a trusted app: in a ``backups`` folder, consistent (SQLite's backup API, also beside a
write-ahead log), 0600, made at start when something changed, every 30 minutes while working, before an
upgrade, import, erasure, purge and encryption; pruned like Anki (today's, 12 daily, 10 weekly, 9 monthly)
and never older than the retention period."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from matchtafel.clock import FixedClock
from matchtafel.services import Actor, Services
from matchtafel.storage.backups import (
    BackupFailed,
    folder_of,
    list_backups,
    obsolete,
    prune,
    remembered_erasures,
)
from matchtafel.storage.datafolder import risky_place
from matchtafel.storage.db import open_database
from matchtafel.storage.journal import NotesJournal
from tests.conftest import NOW
from tests.services.helpers import make_basics, make_young_person


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def rows_in(path: Path, table: str) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_the_schedule_keeps_today_then_12_daily_10_weekly_9_monthly() -> None:
    now = datetime(2027, 6, 15, 14, 0)
    made = [now - timedelta(hours=h) for h in range(0, 24 * 400, 5)]  # every 5 hours for 400 days
    gone = obsolete(made, now=now)
    kept = sorted(set(made) - gone, reverse=True)
    today = [m for m in kept if m.date() == now.date()]
    assert today == [m for m in made if m.date() == now.date()]  # every backup of today stays
    older = [m for m in kept if m.date() < now.date()]
    assert len(older) == 12 + 10 + 9
    days = [m.date() for m in older[:12]]
    assert days == [(now - timedelta(days=d)).date() for d in range(1, 13)]  # the newest of each day
    assert all(m == max(x for x in made if x.date() == m.date()) for m in older)
    # then one a week, and one a month (the newest of each): the oldest is some nine months back
    assert datetime(2026, 9, 1) < older[-1] < datetime(2026, 10, 1)
    assert obsolete([], now=now) == set()


def test_a_backup_is_consistent_private_and_in_its_folder_while_the_log_holds_the_newest_rows(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "matchtafel.sqlite3"
    db = open_database(path)
    try:
        services = Services.create(db.sessions, Actor("Test"), clock=clock)
        make_young_person(services, make_basics(services))
        assert Path(f"{path}-wal").stat().st_size > 0  # the newest rows are still in the write-ahead log
        backup = db.backup("manual", now=clock.now())
    finally:
        db.close()
    assert backup is not None and backup.parent == folder_of(path) == tmp_path / "backups"
    assert backup.name == f"matchtafel-{clock.now():%Y-%m-%d-%H%M%S}-manual.sqlite3"
    assert mode(backup) == 0o600 and mode(backup.parent) == 0o700 and mode(path) == 0o600
    assert rows_in(backup, "young_people") == 1
    assert not Path(f"{backup}-wal").exists()  # one self-contained file
    assert [b.reason for b in list_backups(path)] == ["manual"]


def test_at_start_only_when_changed_and_every_30_minutes_while_working(tmp_path: Path) -> None:
    path = tmp_path / "matchtafel.sqlite3"
    clock = FixedClock(NOW)
    db = open_database(path)
    try:
        services = Services.create(db.sessions, Actor("Test"), clock=clock)
        basics = make_basics(services)
        assert db.backup_if_due("start", now=clock.now()) is not None  # never backed up: made
        clock.advance(timedelta(minutes=1))
        assert db.backup_if_due("start", now=clock.now()) is None  # nothing changed since
        make_young_person(services, basics)
        clock.advance(timedelta(minutes=10))
        assert db.backup_if_due("periodic", now=clock.now(), after=timedelta(minutes=30)) is None
        clock.advance(timedelta(minutes=21))
        assert db.backup_if_due("periodic", now=clock.now(), after=timedelta(minutes=30)) is not None
        assert db.backup_if_due("periodic", now=clock.now(), after=timedelta(minutes=30)) is None
    finally:
        db.close()
    assert [b.reason for b in list_backups(path)] == ["periodic", "start"]


def test_pruning_follows_the_schedule_and_the_retention_period(tmp_path: Path) -> None:
    path = tmp_path / "matchtafel.sqlite3"
    folder = folder_of(path)
    folder.mkdir()
    now = datetime(2027, 6, 15, 14, 0)
    for days in range(0, 400):
        made = now - timedelta(days=days)
        (folder / f"matchtafel-{made:%Y-%m-%d-%H%M%S}-start.sqlite3").write_bytes(b"x")
    (folder / "demo-2020-01-01-000000-start.sqlite3").write_bytes(b"another database's: left alone")
    prune(path, now=now)
    kept = list_backups(path)
    assert len(kept) == 1 + 12 + 10 + 9
    assert kept[0].made_at == now
    prune(path, now=now, keep_months=2)  # personal data may be kept 2 months: so may its copies
    assert min(b.made_at for b in list_backups(path)) >= now - timedelta(days=62)
    assert (folder / "demo-2020-01-01-000000-start.sqlite3").exists()


def test_a_backup_before_an_upgrade_keeps_the_old_schema(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from matchtafel.storage.db import alembic_config

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0007_agenda_view")
    engine.dispose()
    open_database(path, clock=FixedClock(NOW)).close()
    [backup] = list_backups(path)
    assert backup.reason == "upgrade"
    connection = sqlite3.connect(backup.path)
    try:
        assert (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0007_agenda_view"
        )
    finally:
        connection.close()


def test_erasure_and_purge_are_preceded_by_a_backup_and_recorded_in_both_ledgers(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "matchtafel.sqlite3"
    db = open_database(path)
    try:
        services = Services.create(db.sessions, Actor("Test"), clock=clock)
        basics = make_basics(services)
        young = make_young_person(services, basics)
        services.retention.erase(young.id, "verzoek van de jongere")
        assert [b.reason for b in list_backups(path)] == ["erase"]
        assert rows_in(list_backups(path)[0].path, "young_people") == 1
        [entry] = services.retention.erasures()
        assert entry.young_person_id == young.id and entry.kind == "erase"
        assert remembered_erasures(path) == [entry]
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM erasures")).scalar() == 1
        clock.advance(timedelta(days=800))
        other = make_young_person(services, basics, given="Noor")
        clock.advance(timedelta(days=800))
        assert services.retention.purge_due(24) == 1
        assert list_backups(path)[0].reason == "purge"
        assert [e.young_person_id for e in services.retention.erasures()] == [young.id, other.id]
    finally:
        db.close()


def test_a_backup_that_cannot_be_made_stops_the_step_it_protects(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "matchtafel.sqlite3"
    db = open_database(path)
    try:
        services = Services.create(db.sessions, Actor("Test"), clock=clock)
        young = make_young_person(services, make_basics(services))
        folder_of(path).write_text("a file where the backups folder should be", encoding="utf-8")
        with pytest.raises(BackupFailed, match="No backup copy could be made"):
            services.retention.erase(young.id, "verzoek")
        assert services.young_people.get(young.id).code == young.code  # not erased
    finally:
        db.close()


def test_database_journal_lock_and_backups_are_readable_by_their_owner_only(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "matchtafel.sqlite3"
    db = open_database(path)
    try:
        services = Services.create(db.sessions, Actor("Test"), clock=clock)
        make_basics(services)
        backup = db.backup("manual", now=clock.now())
        assert backup is not None
        for made in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock"), backup):
            assert mode(made) == 0o600, made
    finally:
        db.close()
    journal = NotesJournal(tmp_path / "data", "x")
    journal.keep(1, "Zoë")
    assert mode(journal.path) == 0o600


def test_a_network_or_cloud_folder_is_recognised() -> None:
    mounts = "server:/export /mnt/team nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    assert (
        risky_place(Path("/mnt/team/matchtafel/matchtafel.sqlite3"), mounts=mounts) == "network drive (nfs4)"
    )
    assert risky_place(Path("/home/anna/.local/share/matchtafel/m.sqlite3"), mounts=mounts) is None
    assert risky_place(Path("/home/anna/OneDrive - Gemeente Doetinchem/m.sqlite3"), mounts="") == "OneDrive"
    assert risky_place(Path("/Users/anna/Dropbox/matchtafel/m.sqlite3"), mounts="") == "Dropbox"
    assert risky_place(Path("//fileserver/share/m.sqlite3"), mounts="") == "network drive"


def test_encrypting_a_database_encrypts_its_older_backups_too(tmp_path: Path, clock: FixedClock) -> None:
    from matchtafel.storage.encryption import encrypt_file, is_encrypted_file

    path = tmp_path / "matchtafel.sqlite3"
    db = open_database(path)
    try:
        services = Services.create(db.sessions, Actor("Test"), clock=clock)
        make_young_person(services, make_basics(services))
        older = db.backup("manual", now=clock.now())
    finally:
        db.close()
    assert older is not None and not is_encrypted_file(older)
    clock.advance(timedelta(minutes=1))
    made_first = encrypt_file(path, "Matchtafel-Achterhoek-2026", now=clock.now())
    assert made_first.parent == folder_of(path) and mode(made_first) == 0o600
    assert not is_encrypted_file(made_first)  # the plain copy made just before, as the message says
    assert is_encrypted_file(older) and b"van der Berg" not in older.read_bytes()
    assert mode(path) == 0o600
    db = open_database(path, passphrase="Matchtafel-Achterhoek-2026")
    try:
        backup = db.backup("manual", now=clock.now())
        assert backup is not None and is_encrypted_file(backup)
    finally:
        db.close()
