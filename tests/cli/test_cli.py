"""The command line: verbs, exit codes (0 ok, 1 user error in one line, 2 usage)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from matchtafel.cli.main import run
from matchtafel.settings import demo_database
from tests.conftest import TODAY, Cli


def test_demo_then_sessions(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli: Cli) -> None:
    path = tmp_path / "demo.sqlite3"
    assert cli(["demo", "--db", str(path), "--seed", "3"]) == 0
    assert "200 young people, 120 vacancies, 40 employers, 15 sessions" in capsys.readouterr().out
    assert cli(["sessions", "--db", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "date", "status", "cases"]
    assert len(lines) == 16
    assert lines[-1].split()[3] == "Planned" and 8 <= int(lines[-1].split()[4]) <= 15  # a real table
    assert lines[1].split()[3] == "Locked"


def test_demo_without_db_writes_the_demo_file_in_the_data_folder(
    capsys: pytest.CaptureFixture[str], cli: Cli
) -> None:
    assert cli(["demo", "--if-missing"]) == 0
    assert demo_database().exists()
    assert cli(["demo", "--if-missing"]) == 0
    assert "Demo database present" in capsys.readouterr().out


def test_user_errors_are_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cli: Cli
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    assert cli(["sessions", "--db", str(notes)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a Matchtafel database" in err and "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run(["frobnicate"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        run(["demo", "--date", "20-11-2026"])
    assert caught.value.code == 2
    assert "is not a date like 2026-11-20" in capsys.readouterr().err


def test_installed_command_runs_as_a_module(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "matchtafel", "sessions", "--db", str(tmp_path / "nowhere" / "x.sqlite3")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1
    assert out.stderr.strip() == f"matchtafel: The folder {tmp_path / 'nowhere'} does not exist."


def test_large_demo_completes(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli: Cli) -> None:
    assert cli(["demo", "--size", "large", "--db", str(tmp_path / "large.sqlite3")]) == 0
    assert "20000 young people, 10000 vacancies" in capsys.readouterr().out


def test_output_into_a_closed_pipe_is_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Cli
) -> None:
    """`matchtafel sessions | head -n 1`: the reader leaves early; no traceback, exit 0."""
    import os

    path = tmp_path / "demo.sqlite3"
    assert cli(["demo", "--db", str(path)]) == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone: every write fails with EPIPE
    closed = os.fdopen(write_end, "w", buffering=1)
    monkeypatch.setattr(sys, "stdout", closed)
    try:
        assert cli(["sessions", "--db", str(path)]) == 0
    finally:
        monkeypatch.undo()
        closed.close()  # the CLI pointed the descriptor at /dev/null, so closing flushes nowhere


def test_import_and_export_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cli: Cli
) -> None:
    from matchtafel.paths import resources_dir

    db = tmp_path / "demo.sqlite3"
    assert cli(["demo", "--db", str(db)]) == 0
    template = resources_dir() / "templates" / "jongeren.xlsx"
    assert cli(["import", "jongeren", str(template), "--db", str(db), "--dry-run"]) == 0
    assert "Would import jongeren from" in capsys.readouterr().out
    assert cli(["import", "jongeren", str(template), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "1 new, 0 updated" in out and "Backup copy made first" in out
    assert (
        cli(["import", "vacatures", str(resources_dir() / "templates" / "vacatures.xlsx"), "--db", str(db)])
        == 0
    )
    assert "New employers: Bakkerij Ter Horst." in capsys.readouterr().out

    bad = tmp_path / "bad.csv"
    bad.write_bytes("Studentnummer;School;Niveau\n1;Achterhoek College;vijf\n".encode("cp1252"))
    assert cli(["import", "jongeren", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert (
        f"{bad}:2:Niveau: 'vijf' is not a level; choose Entree, 1, 2, 3, 4, PrO, VSO, BuSO, OKAN or BSO"
        in err
    )
    assert "nothing was imported" in err

    out_file = tmp_path / "jongeren.csv"
    assert cli(["export", "jongeren", "--out", str(out_file), "--db", str(db)]) == 0
    data = out_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfcode;initialen;school;studentnummer")
    assert "Zoë" not in data.decode("utf-8-sig")  # pseudonymous: no names in the default export
    assert cli(["export", "vacatures", "--out", str(tmp_path / "v.xlsx"), "--db", str(db)]) == 0
    assert cli(["export", "afspraken", "--out", str(tmp_path / "a.txt"), "--db", str(db)]) == 1


def test_overview_and_calendar_from_the_command_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    cli: Cli,
) -> None:
    from icalendar import Calendar
    from pypdf import PdfReader

    db = tmp_path / "demo.sqlite3"
    assert cli(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    pdf = tmp_path / "overzicht.pdf"
    assert cli(["overview", "--out", str(pdf), "--db", str(db), "--lang", "nl"]) == 0
    assert "Overzicht (" in capsys.readouterr().out  # --lang nl: the message too
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for title in ("Overzicht Matchtafel", "Voordrachten: hoe ver ze kwamen", "Per school", "Vertrouwelijk"):
        assert title in text
    csv_file = tmp_path / "overview.csv"
    assert cli(["overview", "--out", str(csv_file), "--lang", "en", "--db", str(db)]) == 0
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbffigure;group;item;value\r\n")
    assert cli(["overview", "--out", str(tmp_path / "x.xlsx"), "--db", str(db)]) == 1
    assert "as a .pdf or .csv file" in capsys.readouterr().err
    ics = tmp_path / "agenda.ics"
    assert cli(["calendar", "--out", str(ics), "--db", str(db)]) == 0
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert any(str(e["uid"]).startswith("session-") for e in events)
    assert any(str(e["uid"]).startswith("agreement-") for e in events)
    assert cli(["calendar", "--out", str(ics), "--person", "Niemand Bekend", "--db", str(db)]) == 1
    assert capsys.readouterr().err.strip().endswith("No person is called 'Niemand Bekend'.")


def test_privacy_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli: Cli) -> None:
    import json

    from pypdf import PdfReader

    db = tmp_path / "demo.sqlite3"
    assert cli(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    import sqlite3

    with sqlite3.connect(db) as conn:  # a name found nowhere else in the demo, to look for in the file later
        conn.execute(
            "UPDATE young_people SET given_name = 'Quirijntje', family_name = 'Zwanenburgh' "
            f"WHERE code = 'J-{TODAY.year - 1}-0001'"
        )
    conn.close()
    assert (
        cli(
            [
                "inzage",
                f"J-{TODAY.year - 1}-0001",
                "--out",
                str(tmp_path / "i.json"),
                "--reason",
                "verzoek",
                "--db",
                str(db),
            ]
        )
        == 0
    )
    record = json.loads((tmp_path / "i.json").read_text(encoding="utf-8"))
    assert (
        record["young_person"]["code"] == f"J-{TODAY.year - 1}-0001" and record["young_person"]["family_name"]
    )
    name = record["young_person"]["family_name"]
    assert (
        cli(
            [
                "inzage",
                f"J-{TODAY.year - 1}-0001",
                "--out",
                str(tmp_path / "i.pdf"),
                "--reason",
                "verzoek",
                "--db",
                str(db),
            ]
        )
        == 0
    )
    assert name in "".join(p.extract_text() for p in PdfReader(tmp_path / "i.pdf").pages)
    assert (
        cli(["inzage", "J-1999-9999", "--out", str(tmp_path / "x.json"), "--reason", "r", "--db", str(db)])
        == 1
    )
    assert "No young person has the code 'J-1999-9999'." in capsys.readouterr().err
    before = b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())
    assert b"Zwanenburgh" in before  # the scan below can find a name
    assert cli(["erase", f"J-{TODAY.year - 1}-0001", "--reason", "verzoek", "--db", str(db)]) == 1
    assert "--yes" in capsys.readouterr().err
    assert cli(["erase", f"J-{TODAY.year - 1}-0001", "--reason", "verzoek", "--yes", "--db", str(db)]) == 0
    stored = b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())  # the file and its log
    assert name == "Zwanenburgh" and b"Zwanenburgh" not in stored and b"Quirijntje" not in stored
    assert cli(["purge", "--months", "1", "--db", str(db)]) == 0
    assert "would be anonymised (retention 1 months)" in capsys.readouterr().out
    audit = tmp_path / "audit.csv"
    assert cli(["audit", "--out", str(audit), "--action", "erase", "--db", str(db)]) == 0
    lines = audit.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and "erase" in lines[1] and "verzoek" in lines[1]
    dpia = tmp_path / "dpia.pdf"
    assert cli(["dpia", "--out", str(dpia), "--db", str(db), "--lang", "nl"]) == 0
    text = "".join(p.extract_text() for p in PdfReader(dpia).pages)
    for expected in (
        "Gegevensinventaris voor de DPIA",
        "young_people",
        "support_note",
        "gevoelig",
        "24 maanden",
    ):
        assert expected in text


def test_a_command_line_that_starts_the_app_is_read_without_the_verbs() -> None:
    from matchtafel.cli.main import _starts_the_app, build_parser, parse

    for argv in ([], ["--demo"], ["--db", "x.sqlite3", "--lang", "nl"], ["--db=x.sqlite3"]):
        assert _starts_the_app(argv), argv
        quick, full = build_parser(verbs_too=False).parse_args(argv), build_parser().parse_args(argv)
        assert (quick.verb, quick.db_top, quick.demo, quick.lang_top) == (
            full.verb,
            full.db_top,
            full.demo,
            full.lang_top,
        )
        assert (parse(argv).db, parse(argv).lang) == (full.db_top, full.lang_top)
    with pytest.raises(SystemExit) as usage:  # twice differently is an error here too
        parse(["--db", "x.sqlite3", "--db", "y.sqlite3"])
    assert usage.value.code == 2
    for argv in (["sessions"], ["--help"], ["--version"], ["--db", "x", "minutes", "latest"], ["demo"]):
        assert not _starts_the_app(argv), argv


def test_events_and_an_invitation_list_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cli: Cli
) -> None:
    from icalendar import Calendar
    from pypdf import PdfReader

    db = tmp_path / "demo.sqlite3"
    assert cli(["demo", "--db", str(db)]) == 0  # built around the pinned today: the events lie around it
    capsys.readouterr()
    assert cli(["events", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6 and "Week van het Talent" in "\n".join(lines)
    assert "Speed date" in "\n".join(lines) and "speed_date" not in "\n".join(lines)  # words, not codes
    first = int(lines[0].split()[0])
    assert cli(["--lang", "nl", "events", "--db", str(db)]) == 0
    dutch = capsys.readouterr().out
    assert "Speeddate" in dutch and "uitgenodigd" in dutch and "invited" not in dutch
    pdf = tmp_path / "uitnodigingen.pdf"
    assert cli(["invitations", str(first), "--out", str(pdf), "--db", str(db), "--lang", "nl"]) == 0
    assert "Uitnodigingslijst (8 jongeren) geschreven naar" in capsys.readouterr().out
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Uitnodigingslijst" in text and "Jongeren staan op deze lijst met code en initialen." in text
    assert "Speeddate" in text
    assert cli(["invitations", str(first), "--out", str(tmp_path / "lijst"), "--db", str(db)]) == 0
    assert "Invitation list (8 young people)" in capsys.readouterr().out
    english = "".join(page.extract_text() for page in PdfReader(tmp_path / "lijst.pdf").pages)
    assert "Invitation list" in english and "Speed date" in english
    assert cli(["invitations", str(first), "--out", str(tmp_path / "x.csv"), "--db", str(db)]) == 1
    assert "Save it as a .pdf file, not 'x.csv'." in capsys.readouterr().err
    assert not (tmp_path / "x.csv.pdf").exists()
    assert cli(["invitations", "9999", "--out", str(pdf), "--db", str(db)]) == 1
    assert "no longer exists" in capsys.readouterr().err
    assert cli(["events", "--db", str(tmp_path / "missing.sqlite3")]) == 1  # a reader creates nothing
    assert "There is no database at" in capsys.readouterr().err
    assert not (tmp_path / "missing.sqlite3").exists()
    ics = tmp_path / "agenda.ics"
    assert cli(["calendar", "--out", str(ics), "--db", str(db)]) == 0
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert sum(str(e["uid"]).startswith("event-") for e in events) == 6
