"""Reading spreadsheets as Dutch offices save them: CSV (UTF-8 with or without BOM, or cp1252 from Dutch
Excel; ``;``, ``,`` or tab) and XLSX. Pure: bytes or a path in, a ``Table`` of raw cells out.

A file that cannot be read whole is refused with one message that says where and why, never guessed at:
a damaged or cut-off .xlsx, a UTF-8 file with some other encoding in one row (row and column of the first
byte that is not UTF-8), a CSV cut off in its last row, a cell over 131,072 characters, two columns with the
same name.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError

DELIMITERS = (";", ",", "\t")
ENCODINGS = ("utf-8-sig", "utf-8", "cp1252")
CELL_LIMIT = 131_072  # Python's csv field limit: a longer cell is nearly always a quote never closed
# A character that UTF-8 writes in two, three or four bytes: text with these is UTF-8, not cp1252.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


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
    """UTF-8 (with or without BOM) or cp1252; a file that is UTF-8 but for some bytes is refused (the row
    and column of the first one are named), because reading it as either would change names."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc, "utf-8-sig", mixed=True) from exc
        return "utf-8-sig"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _UTF8_SEQUENCE.search(data):
            raise _undecodable(data, exc, "utf-8", mixed=True) from exc
        return "cp1252"  # what Dutch Excel writes for "CSV (puntkomma-gescheiden)"
    return "utf-8"


def _undecodable(data: bytes, exc: UnicodeDecodeError, encoding: str, *, mixed: bool) -> UserError:
    """Where the first byte that ``encoding`` cannot read is: the row (as the spreadsheet counts) and column."""
    before = data[: exc.start].decode(encoding, errors="replace")
    delimiter = detect_delimiter(before) if before else ";"
    records = list(csv.reader(io.StringIO(before, newline=""), delimiter=delimiter))
    if not records or before.endswith(("\n", "\r")):
        row, column = len(records) + 1, 1
    else:
        row, column = len(records), max(len(records[-1]), 1)
    header = records[0][column - 1].strip() if records and row > 1 and column <= len(records[0]) else ""
    where = f"{column} ({header})" if header else str(column)
    byte = f"0x{data[exc.start]:02X}"
    if mixed:
        return UserError(
            QT_TRANSLATE_NOOP(
                "import",
                "The file mixes encodings: row {row}, column {column} holds byte {byte}, which is not UTF-8 like "
                "the rest of the file. Correct that cell, or save the file again as CSV UTF-8; nothing was "
                "imported.",
            ),
            row=row,
            column=where,
            byte=byte,
        )
    return UserError(
        QT_TRANSLATE_NOOP(
            "import",
            "The file cannot be read as {encoding}: row {row}, column {column} holds byte {byte}. Choose "
            "another encoding or correct that cell.",
        ),
        encoding=encoding,
        row=row,
        column=where,
        byte=byte,
    )


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
    except UnicodeDecodeError as exc:
        raise _undecodable(data, exc, encoding, mixed=False) from exc
    except LookupError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("import", "The file cannot be read as {encoding}; choose another encoding."),
            encoding=encoding,
        ) from exc
    delimiter = delimiter or detect_delimiter(text)
    records = _records(text, delimiter)
    _check_last_row(text, records)
    table = _table([[cell.strip() for cell in record] for record in records])
    table.encoding, table.delimiter = encoding, delimiter
    return table


def _records(text: str, delimiter: str) -> list[list[str]]:
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for record in reader:
            records.append(record)
    except csv.Error as exc:
        row = len(records) + 1
        if "field larger than field limit" in str(exc):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "import",
                    "Row {row} holds a cell of more than {limit} characters (often a quote that is never "
                    "closed); nothing was imported.",
                ),
                row=row,
                limit=f"{CELL_LIMIT:,}",
            ) from exc
        if "unexpected end of data" in str(exc):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "import",
                    "The file is cut off in row {row}: a quoted cell is never closed. Save the whole file "
                    "again; nothing was imported.",
                ),
                row=row,
            ) from exc
        raise UserError(
            QT_TRANSLATE_NOOP("import", "Row {row} cannot be read ({detail}); nothing was imported."),
            row=row,
            detail=str(exc),
        ) from exc
    return records


def _check_last_row(text: str, records: list[list[str]]) -> None:
    """A file that stops in the middle of its last row (a copy cut short) has fewer cells there than the
    header and no line break at its end."""
    used = [r for r in records if any(c.strip() for c in r)]
    if len(used) < 2 or text.endswith(("\n", "\r")):
        return
    header = used[0]
    width = max((i + 1 for i, c in enumerate(header) if c.strip()), default=0)
    if len(used[-1]) < width:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "import",
                "The last row ({row}) is cut off: it has {found} of {expected} columns and the file does not "
                "end with a line break. Save the whole file again; nothing was imported.",
            ),
            row=len(records),
            found=len(used[-1]),
            expected=width,
        )


def read_xlsx(source: Path | bytes) -> Table:
    """The first sheet, read-only (fast, little memory). Merged header cells arrive as empty cells.

    openpyxl reports a damaged file with whatever its zip or XML layer raised; any of them means the same to
    the person: this file is not whole."""
    from zipfile import BadZipFile

    from openpyxl.utils.exceptions import InvalidFileException

    from matchtafel.io.xlsx_rows import FirstSheet

    try:
        handle = io.BytesIO(source) if isinstance(source, bytes) else source
        workbook = FirstSheet(handle)  # opened as load_workbook(read_only=True, data_only=True) opens it
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("import", "This is not an Excel (.xlsx) file that can be read.")
        ) from exc
    except Exception as exc:  # zlib, XML and EOF errors of a damaged archive
        raise _damaged_xlsx(exc) from exc
    try:
        if workbook.path is None:
            raise UserError(QT_TRANSLATE_NOOP("import", "This Excel file holds no sheet."))
        records = [list(row) for row in workbook.values()]
    except UserError:
        raise
    except Exception as exc:  # a sheet cut off half-way (its XML ends), a damaged archive member
        raise _damaged_xlsx(exc) from exc
    finally:
        workbook.close()
    return _table(
        [[cell.strip() if isinstance(cell, str) else cell for cell in record] for record in records]
    )


def _damaged_xlsx(exc: Exception) -> UserError:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return UserError(
        QT_TRANSLATE_NOOP(
            "import",
            "This Excel file is damaged or cut off ({detail}). Save it again from Excel, or as CSV; nothing was "
            "imported.",
        ),
        detail=detail[:200],
    )


def read_file(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    try:
        data = path.read_bytes()
    except PermissionError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "import",
                "{path} cannot be read: it is locked by another program (Excel?) or you may not read it. "
                "Close it there and try again.",
            ),
            path=path,
        ) from exc
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
    _check_headers(headers)
    rows, numbers = [], []
    for number, record in numbered[header_at + 1 :]:
        padded = (list(record) + [None] * width)[:width]
        rows.append(padded)
        numbers.append(number)
    return Table(headers=headers, rows=rows, row_numbers=numbers)


def _check_headers(headers: list[str]) -> None:
    """Two columns with the same name: which one holds the data is a guess, so it is refused."""
    seen: dict[str, list[int]] = {}
    for number, name in enumerate(headers, start=1):
        seen.setdefault(name.casefold(), []).append(number)
    doubled = [
        f"'{headers[numbers[0] - 1]}' in columns {', '.join(str(n) for n in numbers)}"
        for numbers in seen.values()
        if len(numbers) > 1
    ]
    if doubled:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "import",
                "Columns with the same name: {names}. Give every column its own name; nothing was imported.",
            ),
            names="; ".join(doubled),
        )
