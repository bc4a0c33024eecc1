"""Reading spreadsheets as Dutch offices save them: CSV (UTF-8 with or without BOM, or cp1252 from Dutch
Excel; ``;``, ``,`` or tab) and XLSX. Pure: bytes or a path in, a ``Table`` of raw cells out.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matchtafel.errors import QT_TRANSLATE_NOOP, UserError

DELIMITERS = (";", ",", "\t")
ENCODINGS = ("utf-8-sig", "utf-8", "cp1252")


@dataclass
class Table:
    """Header names and rows of raw cells; ``row_numbers`` are the rows as the spreadsheet counts them."""

    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    encoding: str = ""
    delimiter: str = ""
    notes: list[str] = field(default_factory=list)


def detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"  # what Dutch Excel writes for "CSV (puntkomma-gescheiden)"
    return "utf-8"


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of fields (quotes respected)."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ";", (-1, 0)
    for delimiter in DELIMITERS:
        counts = [_count_outside_quotes(line, delimiter) for line in lines]
        if not counts or max(counts) == 0:
            continue
        consistent = sum(1 for c in counts if c == counts[0])
        score = (consistent, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def read_csv(data: bytes, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("import", "The file cannot be read as {encoding}; choose another encoding."),
            encoding=encoding,
        ) from exc
    delimiter = delimiter or detect_delimiter(text)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    table = _table([[cell.strip() for cell in record] for record in records])
    table.encoding, table.delimiter = encoding, delimiter
    return table


def read_xlsx(source: Path | bytes) -> Table:
    """The first sheet, read-only (fast, little memory). Merged header cells arrive as empty cells."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        handle = io.BytesIO(source) if isinstance(source, bytes) else source
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("import", "This is not an Excel (.xlsx) file that can be read.")
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        records = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _table(
        [[cell.strip() if isinstance(cell, str) else cell for cell in record] for record in records]
    )


def read_file(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("import", "{path} cannot be read: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(data)
    return read_csv(data, encoding=encoding, delimiter=delimiter)


def _empty(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _table(records: list[list[Any]]) -> Table:
    """Find the header row (skipping title rows above it), name merged header cells, drop empty rows and
    trailing empty columns."""
    numbered = [
        (number, record) for number, record in enumerate(records, start=1) if not all(map(_empty, record))
    ]
    if not numbered:
        raise UserError(QT_TRANSLATE_NOOP("import", "The file holds no rows."))
    header_at = 0
    for position, (_, record) in enumerate(numbered[:10]):
        if sum(not _empty(c) for c in record) >= 2:
            header_at = position
            break
    header_record = numbered[header_at][1]
    width = max(len(r) for _, r in numbered[header_at:])
    last_used = max(
        (i for _, r in numbered[header_at:] for i, c in enumerate(r) if not _empty(c)), default=-1
    )
    width = min(width, last_used + 1)
    headers: list[str] = []
    for i in range(width):
        cell = header_record[i] if i < len(header_record) else None
        if _empty(cell):
            previous = headers[-1] if headers else ""
            headers.append(
                f"{previous.split(' (')[0]} ({i + 1})" if previous else f"({i + 1})"
            )  # merged cell
        else:
            headers.append(str(cell).strip())
    rows, numbers = [], []
    for number, record in numbered[header_at + 1 :]:
        padded = (list(record) + [None] * width)[:width]
        rows.append(padded)
        numbers.append(number)
    return Table(headers=headers, rows=rows, row_numbers=numbers)
