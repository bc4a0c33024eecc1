from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import Level
from matchtafel.io.export import neutralise, write_table

DANGEROUS = ["=1+1", "+31 6 1234", "-2", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_formulas_are_neutralised(value: str) -> None:
    assert neutralise(value) == "'" + value


def test_plain_values_stay() -> None:
    assert neutralise("Zoë") == "Zoë" and neutralise(3) == 3 and neutralise(None) is None


def test_csv_for_dutch_excel(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    write_table(
        path, ["naam", "datum", "niveau", "ja"], [["=HYPERLINK(1)", date(2026, 11, 20), Level.MBO2, True]]
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows == [["naam", "datum", "niveau", "ja"], ["'=HYPERLINK(1)", "20-11-2026", "Niveau 2", "ja"]]


def test_xlsx_cells_are_neutralised_and_dates_stay_dates(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    write_table(path, ["naam", "datum"], [["@cmd", date(2026, 11, 20)], ["Zoë", None]])
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A2"].value == "'@cmd" and sheet["B2"].value.date() == date(2026, 11, 20)
    assert sheet["A3"].value == "Zoë"


def test_unknown_extension_and_unwritable_place(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"Export to a \.csv or \.xlsx file"):
        write_table(tmp_path / "x.pdf", ["a"], [])
    with pytest.raises(UserError, match="cannot be written"):
        write_table(tmp_path / "missing" / "x.csv", ["a"], [])
