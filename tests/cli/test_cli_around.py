"""The command line around the table: the Kempen demo, the overview per period and selection, 'Mijn
afspraken', and contact moments in the calendar file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY, Cli

YEAR = TODAY.year - 1  # a school year and a half year whose data the demo (built around TODAY) holds


@pytest.fixture
def kempen(tmp_path: Path, capsys: pytest.CaptureFixture[str], cli: Cli) -> Path:
    path = tmp_path / "kempen.sqlite3"
    assert cli(["demo", "--db", str(path), "--seed", "3", "--region", "kempen"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Demo database (kempen, small, seed 3)") and "school leavers kept in view" in out
    return path


def test_the_overview_for_a_school_year_and_a_school(
    kempen: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli: Cli
) -> None:
    out = tmp_path / "overzicht.csv"
    argv = ["overview", "--db", str(kempen), "--out", str(out), "--school-year", str(YEAR), "--lang", "nl"]
    assert cli([*argv, "--school", "campus de kempen", "--kind", "job", "--target", "50"]) == 0
    assert "voordrachten) geschreven naar" in capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert ["Periode", f"schooljaar {YEAR}-{YEAR + 1}", "van", f"{YEAR}-08-01"] in rows
    assert ["Selectie", "", "school: Campus De Kempen", ""] in rows
    assert ["Selectie", "", "soort plaats: baan", ""] in rows
    assert ["Werkgevers", "", "doel", "50%"] in rows
    pdf = tmp_path / "overzicht.pdf"
    half_year = ["--from", f"{YEAR}-01-01", "--to", f"{YEAR}-06-30", "--lang", "nl"]
    assert cli(["overview", "--db", str(kempen), "--out", str(pdf), *half_year]) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert f"Periode: 01-01-{YEAR} t/m 30-06-{YEAR}." in text and "Werkgevers betrokken (doel 50%)" in text


def test_overview_mistakes_are_one_line(
    kempen: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli: Cli
) -> None:
    out = str(tmp_path / "o.csv")
    assert cli(["overview", "--db", str(kempen), "--out", out, "--school", "Nergens College"]) == 1
    assert capsys.readouterr().err == "matchtafel: No school is called 'Nergens College'.\n"
    assert (
        cli(
            [
                "overview",
                "--db",
                str(kempen),
                "--out",
                out,
                "--from",
                f"{YEAR}-03-01",
                "--to",
                f"{YEAR}-01-01",
            ]
        )
        == 1
    )
    assert "last day not before the first" in capsys.readouterr().err
    assert cli(["overview", "--db", str(kempen), "--out", out, "--target", "0"]) == 1
    with pytest.raises(SystemExit):
        cli(["overview", "--db", str(kempen), "--out", out, "--year", str(YEAR), "--school-year", str(YEAR)])


def test_my_agreements_and_the_calendar(
    kempen: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli: Cli
) -> None:
    pdf = tmp_path / "mijn.pdf"
    code = f"J-{TODAY.year}-0001"
    assert cli(["mijn-afspraken", code, "--db", str(kempen), "--out", str(pdf), "--lang", "nl"]) == 0
    assert "vastgelegd als afdruk" in capsys.readouterr().out
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and "Mijn afspraken" in reader.pages[0].extract_text()
    assert cli(["mijn-afspraken", "J-1999-0001", "--db", str(kempen), "--out", str(pdf)]) == 1
    ics = tmp_path / "agenda.ics"
    assert cli(["calendar", "--db", str(kempen), "--out", str(ics), "--lang", "en"]) == 0
    assert "months after school" in ics.read_text(encoding="utf-8")
