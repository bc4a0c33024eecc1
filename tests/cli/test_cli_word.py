"""The command line keeps its word: options before or after the verb, readers that never create a database,
the interface language in messages and exports, output files where they were asked for, one clean line for a
wrong passphrase."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from matchtafel.settings import default_database
from tests.conftest import Cli


@pytest.fixture
def demo_db(tmp_path: Path, cli: Cli, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert cli(["demo", "--db", str(path), "--seed", "3"]) == 0
    capsys.readouterr()
    return path


def test_db_and_lang_count_before_and_after_the_verb(
    demo_db: Path, cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--db", str(demo_db), "sessions"]) == 0
    before = capsys.readouterr().out
    assert cli(["sessions", "--db", str(demo_db)]) == 0
    assert capsys.readouterr().out == before and len(before.splitlines()) == 16
    assert not default_database().exists()  # the database given was used, no empty one was made
    assert cli(["--lang", "nl", "--db", str(demo_db), "sessions"]) == 0
    assert "Gepland" in capsys.readouterr().out
    assert cli(["sessions", "--lang", "nl", "--db", str(demo_db), "--db", str(demo_db)]) == 0  # same: fine
    assert "Gepland" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "a.sqlite3", "sessions", "--db", "b.sqlite3"],
        ["sessions", "--db", "a.sqlite3", "--db", "b.sqlite3"],
        ["--lang", "en", "sessions", "--lang", "nl"],
        ["--db", "a.sqlite3", "--db", "b.sqlite3", "sessions"],
    ],
)
def test_an_option_given_twice_differently_is_an_error(
    argv: list[str], cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli(argv)
    assert caught.value.code == 2
    assert "given twice" in capsys.readouterr().err


def test_a_reading_verb_never_creates_a_database(
    tmp_path: Path, cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.sqlite3"
    for argv in (
        ["sessions", "--db", str(missing)],
        ["minutes", "latest", "--out", str(tmp_path / "v.pdf"), "--db", str(missing)],
        ["export", "jongeren", "--out", str(tmp_path / "j.csv"), "--db", str(missing)],
        ["sessions"],  # the default database in the data folder
    ):
        assert cli(argv) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "There is no database at" in err, argv
    assert f"There is no database at {default_database()}" in err
    assert not missing.exists() and not default_database().exists()
    assert not list(tmp_path.glob("typo*"))


def test_messages_statuses_and_exports_follow_the_interface_language(
    demo_db: Path,
    tmp_path: Path,
    cli: Cli,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dutch, english = tmp_path / "afspraken.csv", tmp_path / "agreements.csv"
    assert cli(["export", "afspraken", "--out", str(dutch), "--db", str(demo_db), "--lang", "nl"]) == 0
    assert cli(["export", "afspraken", "--out", str(english), "--db", str(demo_db), "--lang", "en"]) == 0
    assert "Exported " in capsys.readouterr().out

    def statuses(path: Path) -> set[str]:
        rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
        return {row[rows[0].index("status")] for row in rows[1:]}

    assert statuses(dutch) == {"Open", "Afgerond", "Vervallen"}
    assert statuses(english) == {"Open", "Completed", "Cancelled"}
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")  # a Dutch system, no --lang
    assert cli(["export", "afspraken", "--out", str(tmp_path / "x.csv"), "--db", str(demo_db)]) == 0
    assert "geëxporteerd naar" in capsys.readouterr().out
    assert statuses(tmp_path / "x.csv") == {"Open", "Afgerond", "Vervallen"}
    assert cli(["sessions", "--db", str(tmp_path / "nergens.sqlite3")]) == 1
    assert "Er is geen database op" in capsys.readouterr().err
    notes = tmp_path / "notities.txt"
    notes.write_text("hallo", encoding="utf-8")
    assert cli(["sessions", "--db", str(notes)]) == 1
    assert "is geen Matchtafel-database" in capsys.readouterr().err
    assert cli(["minutes", "latest", "--out", str(tmp_path / "v.pdf"), "--db", str(demo_db)]) == 0
    assert capsys.readouterr().out.startswith("Verslag van ")
    assert "Verslag Matchtafel" in PdfReader(tmp_path / "v.pdf").pages[0].extract_text()


def test_output_files_land_where_they_were_asked_for(
    demo_db: Path, tmp_path: Path, cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["minutes", "latest", "--out", str(tmp_path / "verslag"), "--db", str(demo_db)]) == 0
    assert (tmp_path / "verslag.pdf").is_file() and not (tmp_path / "verslag").exists()
    nested = tmp_path / "nieuw" / "map" / "acties.pdf"
    assert cli(["actions", "latest", "--out", str(nested), "--db", str(demo_db)]) == 0
    assert nested.is_file()
    assert cli(["calendar", "--out", str(tmp_path / "agenda"), "--db", str(demo_db)]) == 0
    assert (tmp_path / "agenda.ics").is_file()
    capsys.readouterr()
    assert cli(["export", "jongeren", "--out", str(tmp_path / "jongeren.txt"), "--db", str(demo_db)]) == 1
    assert "Save it as a .csv or .xlsx file, not 'jongeren.txt'." in capsys.readouterr().err


def test_the_minutes_of_a_planned_session_need_force(
    demo_db: Path, tmp_path: Path, cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["sessions", "--db", str(demo_db)]) == 0
    planned = capsys.readouterr().out.splitlines()[-1].split()
    assert planned[3] == "Planned"
    for verb in ("minutes", "actions"):
        out = tmp_path / f"{verb}.pdf"
        assert cli([verb, planned[0], "--out", str(out), "--db", str(demo_db)]) == 1
        err = capsys.readouterr().err
        assert "has not been held yet (status: Planned)" in err and "Add --force" in err
        assert not out.exists()
        assert cli([verb, planned[0], "--out", str(out), "--db", str(demo_db), "--force"]) == 0
        assert out.is_file()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "minutes.pdf").pages)
    assert (
        "Young people on the agenda" in text and "Young people discussed" not in text
    )  # not held: not discussed


def test_purge_refuses_zero_months(demo_db: Path, cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["purge", "--months", "0", "--yes", "--db", str(demo_db)]) == 1
    assert "at least 1 month, not 0" in capsys.readouterr().err
    assert cli(["purge", "--months", "-3", "--db", str(demo_db)]) == 1


def test_a_wrong_passphrase_is_one_clean_line(demo_db: Path) -> None:
    """SQLCipher's own error lines ("hmac check failed") are written by the C library: a child process shows
    what a person would see on the terminal."""
    environment = {**os.environ, "MATCHTAFEL_PASSPHRASE": "Matchtafel-Achterhoek-2026"}
    subprocess.run(
        [sys.executable, "-m", "matchtafel", "encrypt", "--db", str(demo_db)],
        env=environment,
        capture_output=True,
        check=True,
    )
    environment["MATCHTAFEL_PASSPHRASE"] = "niet het goede wachtwoord"
    done = subprocess.run(
        [sys.executable, "-m", "matchtafel", "sessions", "--db", str(demo_db)],
        env=environment,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 1
    assert done.stderr == f"matchtafel: The passphrase does not open {demo_db}. Nothing was changed.\n"


def test_import_of_a_schools_own_export_takes_school(
    demo_db: Path, tmp_path: Path, cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "leerlingen.csv"
    export.write_text("Leerlingnummer;Roepnaam;Achternaam;Niveau\n99001;Ilse;Wolters;2\n", encoding="utf-8")
    assert cli(["import", "jongeren", str(export), "--db", str(demo_db)]) == 1
    assert "Choose a column for: School" in capsys.readouterr().err
    argv = ["import", "jongeren", str(export), "--db", str(demo_db), "--school", "Achterhoek College"]
    assert cli(argv) == 0
    assert "1 new, 0 updated" in capsys.readouterr().out
    assert cli(["import", "jongeren", str(export), "--db", str(demo_db), "--school", "Nergens"]) == 1
    assert "'Nergens' is not a known school" in capsys.readouterr().err
