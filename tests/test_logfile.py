"""The log file: start, commands, the database, migrations and errors; never a young person's name or note."""

from __future__ import annotations

import logging
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from matchtafel import __version__
from matchtafel.__main__ import main
from matchtafel.logfile import describe_exception, last_lines, log_path, log_uncaught, redact, stop_logging


@pytest.fixture(autouse=True)
def fresh_log() -> Iterator[None]:
    yield
    stop_logging()  # the next test's folder gets its own file


def _private_words(db: Path) -> set[str]:
    """Every demo young person's given and family name, and every word of the notes, as typed."""
    connection = sqlite3.connect(db)
    try:
        names = connection.execute("SELECT given_name, family_name FROM young_people").fetchall()
        notes = connection.execute("SELECT notes FROM cases WHERE notes != ''").fetchall()
    finally:
        connection.close()
    words = {part for row in names for value in row for part in value.split() if len(part) > 3}
    words |= {w.strip(".,;:") for (note,) in notes for w in note.split() if len(w.strip(".,;:")) > 7}
    return words


def test_a_typical_day_on_the_command_line_leaves_a_log_without_names_or_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "regio.sqlite3"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["sessions", "--db", str(db)]) == 0
    assert (
        main(["minutes", "latest", "--db", str(db), "--out", str(tmp_path / "v.pdf"), "--names", "full"]) == 0
    )
    assert main(["export", "jongeren", "--db", str(db), "--out", str(tmp_path / "j.csv")]) == 0
    connection = sqlite3.connect(db)
    try:
        code = connection.execute("SELECT code FROM young_people LIMIT 1").fetchone()[0]
    finally:
        connection.close()  # Python 3.13 warns about an unclosed one
    assert (
        main(["inzage", code, "--db", str(db), "--out", str(tmp_path / "i.json"), "--reason", "verzoek"]) == 0
    )
    assert main(["minutes", "1999-01-01", "--db", str(db), "--out", str(tmp_path / "x.pdf")]) == 1
    capsys.readouterr()
    text = log_path().read_text(encoding="utf-8")
    assert f"Matchtafel {__version__} starts" in text
    for verb in ("demo", "sessions", "minutes", "export", "inzage"):
        assert f"command: {verb}" in text
    assert "upgrading the schema from an empty file to" in text
    assert "Running upgrade  -> 0001_initial" in text  # Alembic's own lines: the migrations
    assert f"database opened: {db} (sqlite)" in text
    assert "finished with exit code 1" in text
    private = _private_words(db)
    assert len(private) > 100  # the scan has something to find
    leaked = sorted(word for word in private if re.search(rf"\b{re.escape(word)}\b", text))
    assert leaked == []


def test_an_exception_is_logged_with_its_traceback_and_without_quoted_values() -> None:
    from matchtafel.logfile import start_logging

    start_logging()
    name, note = "Zoë Jansen", "heeft het moeilijk thuis"  # the traceback shows this line, not the values
    try:
        raise ValueError(f"'{name}' has a note \"{note}\"")
    except ValueError:
        log_uncaught(sys.exc_info(), where="a test")  # type: ignore[arg-type]
    text = "\n".join(last_lines(20))
    assert "unexpected error in a test" in text
    assert "Traceback (most recent call last):" in text
    assert "test_logfile.py" in text and "builtins.ValueError: '…' has a note '…'" in text
    assert "Zoë" not in text and "moeilijk" not in text


def test_sqlalchemy_parameters_are_cut_out() -> None:
    message = "(sqlite3.IntegrityError) UNIQUE failed\n[SQL: INSERT INTO x VALUES (?, ?)]\n[parameters: ('Zoë', 'Jansen')]"
    assert redact(message) == (
        "(sqlite3.IntegrityError) UNIQUE failed\n[SQL: INSERT INTO x VALUES (?, ?)]\n[parameters hidden]"
    )
    family = "Jansen"
    try:
        raise RuntimeError("outer") from KeyError(f"'{family}'")
    except RuntimeError:
        described = describe_exception(sys.exc_info())  # type: ignore[arg-type]
    assert "caused by KeyError" in described and "Jansen'" not in described


def test_the_log_rotates_and_a_read_only_folder_is_no_reason_to_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matchtafel import logfile

    monkeypatch.setattr(logfile, "MAX_BYTES", 2_000)
    assert logfile.start_logging() == log_path()
    for n in range(200):
        logging.getLogger("matchtafel.test").info("line %d of a long day", n)
    assert log_path().with_name("matchtafel.log.1").is_file()
    files = sorted(log_path().parent.glob("matchtafel.log*"))
    assert len(files) == 1 + logfile.BACKUPS  # 16 kB written: the oldest rotated away
    assert all(file.stat().st_size <= 2_000 for file in files)
    newest_backup = log_path().with_name("matchtafel.log.1").read_text(encoding="utf-8")
    assert "line 199 " in log_path().read_text(encoding="utf-8") and "line 199 " not in newest_backup
    stop_logging()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("MATCHTAFEL_LOG_DIR", str(blocked / "log"))
    assert logfile.start_logging() is None


def test_version_names_what_matchtafel_runs_on(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"matchtafel {__version__}\n")
    for what in ("Python: 3.", "Qt: 6.", "SQLite: 3.", "SQLCipher: 4."):
        assert what in out
