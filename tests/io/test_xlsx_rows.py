"""The fast sheet reader gives exactly what openpyxl's read-only ``iter_rows(values_only=True)`` gives."""

from __future__ import annotations

import io
import warnings
from datetime import date, datetime, time

from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from matchtafel.io.xlsx_rows import FirstSheet, sheet_values


def _both(data: bytes) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """openpyxl's rows, after checking that both ways of reading this file give them."""
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        expected = list(sheet.iter_rows(values_only=True))
        assert list(sheet_values(sheet)) == expected  # sized by openpyxl
    finally:
        book.close()
    first = FirstSheet(io.BytesIO(data))
    try:
        return expected, list(first.values())  # sized from <dimension> alone
    finally:
        first.close()


def _saved(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_every_kind_of_cell_as_openpyxl_reads_it() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Naam", "Geboren", "Uren", "Rijbewijs", "Som", "Tijd", "Leeg"])
    sheet.append(["Zoë", date(2008, 2, 29), 32, True, "=C2*2", time(9, 30), None])
    sheet.append(["  spaties  ", datetime(2027, 3, 1, 8, 15), 12.5, False, "=1/0", None, ""])
    sheet["A6"] = "na twee lege rijen"
    sheet["J6"] = 1e-7
    sheet["B7"] = CellRichText(["vet ", TextBlock(InlineFont(b=True), "en"), " gewoon"])
    sheet["C7"] = "#N/A"
    expected, found = _both(_saved(book))
    assert found == expected
    assert found[1][:4] == ("Zoë", datetime(2008, 2, 29), 32, True)
    assert found[3] == (None,) * 10 and found[4] == (None,) * 10  # rows missing from the file
    assert found[6][1] == "vet en gewoon"


def test_a_write_only_sheet_without_dimensions_and_inline_strings() -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Studentnummer", "Naam"])
    sheet.append(["123456", "Jo"])
    sheet.append([])
    sheet.append(["654321", "Ada", 3, 4.25])
    expected, found = _both(_saved(book))
    assert found == expected
    assert found[0] == ("Studentnummer", "Naam") and found[3] == ("654321", "Ada", 3, 4.25)


def test_a_date_past_the_range_of_dates_reads_as_openpyxl_reads_it() -> None:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = 10**9  # a serial past the dates' range, in a date format
    sheet["A1"].number_format = "dd-mm-yyyy"
    sheet["B1"] = 45000
    sheet["B1"].number_format = "dd-mm-yyyy"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # openpyxl warns; the import says it per row
        expected, found = _both(_saved(book))
    assert found == expected
    assert found[0] == ("#VALUE!", datetime(2023, 3, 15))
