"""Opening a file that is not ours, or one whose lock file cannot be opened: a clear message, and nothing on
disk changed (no switch to a write-ahead log, no files left beside it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from matchtafel.cli.main import run
from matchtafel.domain.errors import DatabaseError
from matchtafel.storage.db import open_database


def test_another_programs_sqlite_file_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "recepten.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute("INSERT INTO recipes VALUES ('stamppot')")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(
        DatabaseError, match=r"holds other tables but no Matchtafel data. Nothing was changed"
    ):
        open_database(path)
    assert path.read_bytes() == before  # still in its own journal mode: no switch to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recepten.sqlite3"]  # no -wal, -shm or .lock


def test_a_newer_matchtafel_file_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    (tmp_path / "m.sqlite3.lock").unlink()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"newer Matchtafel \(schema 0099_future\)"):
        open_database(path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["m.sqlite3"]


def test_a_lock_file_that_cannot_be_opened_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.sqlite3"
    open_database(path).close()
    lock = tmp_path / "m.sqlite3.lock"
    lock.unlink()
    lock.mkdir()  # a name taken by a folder: open() fails, as it does without permission
    with pytest.raises(DatabaseError, match=r"The lock file .* cannot be opened"):
        open_database(path)
    assert run(["sessions", "--db", str(path)]) == 0  # a reader does not need the lock
    capsys.readouterr()
    assert run(["backup", "now", "--db", str(path)]) == 0
    assert run(["erase", "J-0000-0000", "--reason", "test", "--yes", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("matchtafel: The lock file") and "Traceback" not in err and err.count("\n") == 1
