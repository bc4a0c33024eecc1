"""Writing lists to CSV (UTF-8 with BOM and ``;``, what Dutch Excel opens correctly) and XLSX.

Every text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) is
neutralised with a leading apostrophe (OWASP "CSV injection"). Vocabulary values (a status, a level) and
yes/no are written in the interface's words of ``language`` ("Afgerond", "ja"); the import reads them back.
Pure: headers and rows in, a file out.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError
from matchtafel.domain.words import label
from matchtafel.domain.words import yes_no as yes_no_word

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell_text(value: Any, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no_word(value, language).lower()
    if isinstance(value, StrEnum):
        return label(value, language)
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, list | tuple):
        return ", ".join(_cell_text(v, language) for v in value)
    return str(getattr(value, "value", value))


def write_table(
    path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], *, language: str = "nl"
) -> None:
    """CSV or XLSX by the file's extension; an unwritable place is a clear message, not a traceback."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError(
            QT_TRANSLATE_NOOP("import", "Export to a .csv or .xlsx file, not '{name}'."), name=path.name
        )
    try:
        if suffix == ".csv":
            _write_csv(path, headers, rows, language)
        else:
            _write_xlsx(path, headers, rows, language)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("import", "{path} cannot be written: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc


def _write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], language: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([neutralise(_cell_text(v, language)) for v in row])


def _write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], language: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Matchtafel")
    bold = Font(bold=True)
    from openpyxl.cell import WriteOnlyCell

    header_cells = []
    for title in headers:
        cell = WriteOnlyCell(sheet, value=neutralise(title))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        values = []
        for value in row:
            if isinstance(value, bool | list | tuple) or hasattr(value, "value"):
                value = _cell_text(value, language)
            values.append(neutralise(value))
        sheet.append(values)
    workbook.save(path)
