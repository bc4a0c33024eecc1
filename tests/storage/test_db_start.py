"""Opening at start: SQLite without SQLAlchemy, and the integrity check before opening only after a crash."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from matchtafel.domain.errors import DatabaseError
from matchtafel.storage.db import open_database
from matchtafel.storage.filelock import FileLock


def test_a_lock_let_go_properly_is_clean_and_one_left_by_a_crash_is_not(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3.lock"
    first = FileLock(path)
    first.acquire()
    assert not first.unclean  # a new file
    first.release()
    assert path.read_text() == ""  # emptied when let go
    second = FileLock(path)
    second.acquire()
    assert not second.unclean
    second.release()
    # A process that takes the lock and dies without letting it go (kill -9 or a power cut).
    code = (
        "import os; from pathlib import Path; from matchtafel.storage.filelock import FileLock; "
        f"FileLock(Path({str(path)!r})).acquire(); os._exit(9)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 9
    third = FileLock(path)
    third.acquire()  # the operating system let the dead process's lock go
    assert third.unclean
    third.release()


def crash_holding(path: Path) -> None:
    """A Matchtafel that opened ``path`` and was killed (its lock file still names it)."""
    code = f"import os; from matchtafel.storage.db import open_database; open_database({str(path)!r}); os._exit(9)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 9


def test_the_integrity_check_runs_before_opening_only_after_an_unclean_shutdown(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    open_database(path).close()
    db = open_database(path, check="after_crash")
    assert not db.integrity_checked  # closed properly last time: left to the background
    assert db.check_integrity() is None
    db.close()
    crash_holding(path)
    db = open_database(path, check="after_crash")
    assert db.integrity_checked  # the last run did not close the file: checked before anything is read
    db.close()
    db = open_database(path)
    assert db.integrity_checked  # the command line checks every time
    db.close()


def damage_a_table(path: Path) -> None:
    """Scribble over the last pages of the file: the schema (page 1) stays readable, a table does not."""
    raw = bytearray(path.read_bytes())
    page = 4096
    for offset in range(len(raw) - 3 * page, len(raw), page):
        raw[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))


def fill(path: Path) -> None:
    db = open_database(path)
    with db.engine.begin() as conn:
        for number in range(400):
            conn.execute(
                text(
                    "INSERT INTO organisations (name, kind_id, place, created_at, created_by, updated_at, "
                    "updated_by, version) VALUES (:n, 1, 'Doetinchem', '2026-01-01', 't', '2026-01-01', 't', 1)"
                ),
                {"n": f"Organisatie {number:04d} " + "x" * 150},
            )
    db.close()  # the last connection going writes the log into the file


def test_damage_found_in_the_background_is_reported_and_after_a_crash_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    fill(path)
    damage_a_table(path)
    db = open_database(path, check="after_crash")  # opens: only the schema's pages were read
    problem = db.check_integrity()
    assert problem is not None and problem != "ok"
    db.close()
    crash_holding_damaged = (
        "import os, sqlite3; from pathlib import Path; from matchtafel.storage.filelock import FileLock; "
        f"FileLock(Path({str(path)!r} + '.lock')).acquire(); os._exit(9)"
    )
    subprocess.run([sys.executable, "-c", crash_holding_damaged], check=False)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path, check="after_crash")
    assert "damaged" in caught.value.message or "cannot be used" in caught.value.message
    assert path.read_bytes() == before  # nothing written to a damaged file


def test_an_up_to_date_file_opens_and_shows_its_first_screen_without_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    open_database(path).close()
    code = (
        "import sys; from matchtafel.storage.db import open_database; "
        "from matchtafel.services import Actor, Services; "
        "from matchtafel.services.first_screen import first_screen; "
        f"db = open_database({str(path)!r}, check='after_crash'); "
        "services = Services.deferred(lambda: db.sessions, Actor('Anna')); "
        "screen = first_screen(services, db.connect_raw); "
        "print(screen.counts.young_people, len(screen.sessions), "
        "'sqlalchemy' in sys.modules, 'alembic' in sys.modules); db.close()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0", "False", "False"]


def test_a_long_read_takes_no_write_lock_and_a_service_call_does(tmp_path: Path) -> None:
    from matchtafel.services import Actor, Services

    path = tmp_path / "m.sqlite3"
    db = open_database(path)
    services = Services.create(db.sessions, Actor("Anna"))
    other = sqlite3.connect(path, timeout=0.2, isolation_level=None)

    def someone_writes() -> None:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE app_meta SET value = value WHERE 0")
        other.execute("COMMIT")

    with services.young_people._reading() as s:
        s.execute(text("SELECT count(*) FROM young_people")).scalar()
        someone_writes()  # not kept waiting by the read
    with services.young_people._transaction() as s, pytest.raises(sqlite3.OperationalError, match="locked"):
        s.execute(text("SELECT count(*) FROM young_people")).scalar()
        someone_writes()  # a transaction that may write holds the lock from its start
    other.close()
    db.close()
