"""Restoring a backup: the file is checked, the current database kept aside, a leftover write-ahead log never
mixed in, and everyone erased since the backup erased again (from the database's ledger, or from the
backups folder's when the database is damaged)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from matchtafel.cli.main import run
from matchtafel.clock import FixedClock
from matchtafel.domain.errors import DatabaseError, UserError
from matchtafel.services import Actor, Services
from matchtafel.services.restore import check_backup, restore_backup
from matchtafel.storage.backups import list_backups
from matchtafel.storage.db import open_database
from tests.conftest import NOW
from tests.services.helpers import make_basics, make_young_person


def codes(path: Path) -> dict[int, str]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute("SELECT id, code FROM young_people").fetchall())
    finally:
        connection.close()


def names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT given_name FROM young_people")}
    finally:
        connection.close()


@pytest.fixture
def history(tmp_path: Path) -> tuple[Path, Path, FixedClock, dict[str, int]]:
    """Zoë and Noor in a backup; then Zoë erased and Mees added. Returns (database, backup, clock, ids)."""
    path = tmp_path / "matchtafel.sqlite3"
    clock = FixedClock(NOW)
    db = open_database(path)
    try:
        services = Services.create(db.sessions, Actor("Test"), clock=clock)
        basics = make_basics(services)
        zoe = make_young_person(services, basics, given="Zoë")
        noor = make_young_person(services, basics, given="Noor")
        backup = db.backup("manual", now=clock.now())
        assert backup is not None
        clock.advance(timedelta(hours=2))
        services.retention.erase(zoe.id, "verzoek van de jongere")
        clock.advance(timedelta(hours=2))
        mees = make_young_person(services, basics, given="Mees")
    finally:
        db.close()
    return path, backup, clock, {"zoe": zoe.id, "noor": noor.id, "mees": mees.id}


def test_a_restore_never_brings_back_an_erased_young_person(
    history: tuple[Path, Path, FixedClock, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, backup, clock, ids = history
    assert "Zoë" in names(backup)  # the backup was made before the erasure
    Path(f"{path}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 4092)  # a stale log left beside it
    assert run(["backup", "restore", str(backup), "--db", str(path)], clock=clock) == 1  # no --yes: a check
    assert "2 young people" in capsys.readouterr().out and "Mees" in names(path)
    assert run(["backup", "restore", str(backup), "--db", str(path), "--yes"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "1 young people erased since that backup were erased again" in out
    assert names(path) == {"", "Noor"}  # Zoë erased again, Mees (added after the backup) not in it
    assert codes(path)[ids["zoe"]] == f"X-{ids['zoe']:06d}"
    db = open_database(path)  # whole, and the current version's schema
    try:
        services = Services.create(db.sessions, Actor("Test"), clock=clock)
        assert [e.young_person_id for e in services.retention.erasures()] == [ids["zoe"]]
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.close()
    aside = next(b for b in list_backups(path) if b.reason == "before-restore")
    assert "Mees" in names(aside.path)  # the database as it was, kept aside


def test_a_damaged_database_is_restored_with_the_erasures_of_the_backups_folder(
    history: tuple[Path, Path, FixedClock, dict[str, int]],
) -> None:
    path, backup, clock, _ids = history
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)  # damaged beyond reading
    result = restore_backup(path, backup, clock=clock)
    assert result.erasures_reapplied == 1 and result.kept_aside is not None
    assert names(path) == {"", "Noor"}


def test_an_erasure_is_matched_on_id_and_registration_never_on_another_person(
    history: tuple[Path, Path, FixedClock, dict[str, int]],
) -> None:
    path, backup, clock, ids = history
    connection = sqlite3.connect(path)
    try:  # the ledger of the database says: someone with Noor's id, registered at another moment
        connection.execute(
            "INSERT INTO erasures (young_person_id, registered_at, erased_at, kind) "
            "VALUES (?, '2001-01-01 00:00:00.000000', '2001-02-01 00:00:00.000000', 'erase')",
            (ids["noor"],),
        )
        connection.commit()
    finally:
        connection.close()
    restore_backup(path, backup, clock=clock)
    assert "Noor" in names(path)


def test_a_file_that_is_no_backup_and_an_open_database_are_refused(
    history: tuple[Path, Path, FixedClock, dict[str, int]], tmp_path: Path
) -> None:
    path, backup, clock, _ids = history
    text_file = tmp_path / "notities.sqlite3"
    text_file.write_text("geen database", encoding="utf-8")
    with pytest.raises(UserError, match="is not a Matchtafel backup"):
        check_backup(text_file)
    other = tmp_path / "recepten.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    with pytest.raises(UserError, match="is not a Matchtafel backup"):
        check_backup(other)
    damaged = tmp_path / "kapot.sqlite3"
    raw = bytearray(backup.read_bytes())
    for offset in range(4096, len(raw) - 4096, 4096):
        raw[offset + 100 : offset + 400] = b"\xff" * 300
    damaged.write_bytes(bytes(raw))
    with pytest.raises(UserError, match=r"damaged|cannot be read"):
        check_backup(damaged)
    newer = tmp_path / "nieuwer.sqlite3"
    newer.write_bytes(backup.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    with pytest.raises(UserError, match="made by a newer Matchtafel"):
        check_backup(newer)
    before = path.read_bytes()
    db = open_database(path)  # the app has it open
    try:
        with pytest.raises(DatabaseError, match="Close it first"):
            restore_backup(path, backup, clock=clock)
    finally:
        db.close()
    assert path.read_bytes() == before
