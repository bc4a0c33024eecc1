"""The command line around the table: the Kempen demo, the overview per period and selection, 'Mijn
afspraken', and contact moments in the calendar file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from matchtafel.cli import run

DAY = "2026-11-20"


@pytest.fixture
def kempen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "kempen.sqlite3"
    assert run(["demo", "--db", str(path), "--seed", "3", "--date", DAY, "--region", "kempen"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Demo database (kempen, small, seed 3)") and "school leavers kept in view" in out
    return path


def test_the_overview_for_a_school_year_and_a_school(
    kempen: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "overzicht.csv"
    argv = ["overview", "--db", str(kempen), "--out", str(out), "--school-year", "2025"]
    assert run([*argv, "--school", "campus de kempen", "--kind", "job", "--target", "50"]) == 0
    assert "proposals) written to" in capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert ["Periode", "schooljaar 2025-2026", "van", "2025-08-01"] in rows
    assert ["Selectie", "", "school: Campus De Kempen", ""] in rows
    assert ["Selectie", "", "soort plaats: baan", ""] in rows
    assert ["Werkgevers", "", "doel", "50%"] in rows
    pdf = tmp_path / "overzicht.pdf"
    assert (
        run(
            ["overview", "--db", str(kempen), "--out", str(pdf), "--from", "2026-01-01", "--to", "2026-06-30"]
        )
        == 0
    )
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Periode: 01-01-2026 t/m 30-06-2026." in text and "Werkgevers betrokken (doel 50%)" in text


def test_overview_mistakes_are_one_line(
    kempen: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "o.csv")
    assert run(["overview", "--db", str(kempen), "--out", out, "--school", "Nergens College"]) == 1
    assert capsys.readouterr().err == "matchtafel: No school is called 'Nergens College'.\n"
    assert (
        run(["overview", "--db", str(kempen), "--out", out, "--from", "2026-03-01", "--to", "2026-01-01"])
        == 1
    )
    assert "last day not before the first" in capsys.readouterr().err
    assert run(["overview", "--db", str(kempen), "--out", out, "--target", "0"]) == 1
    with pytest.raises(SystemExit):
        run(["overview", "--db", str(kempen), "--out", out, "--year", "2026", "--school-year", "2025"])


def test_my_agreements_and_the_calendar(
    kempen: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "mijn.pdf"
    assert run(["mijn-afspraken", "J-2026-0001", "--db", str(kempen), "--out", str(pdf)]) == 0
    assert "logged as a print" in capsys.readouterr().out
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and "Mijn afspraken" in reader.pages[0].extract_text()
    assert run(["mijn-afspraken", "J-1999-0001", "--db", str(kempen), "--out", str(pdf)]) == 1
    ics = tmp_path / "agenda.ics"
    assert run(["calendar", "--db", str(kempen), "--out", str(ics), "--lang", "en"]) == 0
    assert "months after school" in ics.read_text(encoding="utf-8")
