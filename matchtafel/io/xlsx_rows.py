"""The values of an XLSX sheet, row by row, read straight from the sheet's XML (issue 20).

openpyxl opens the workbook (its shared strings, date formats and the sheet's dimensions) and this module reads
the cells: the same values that ``iter_rows(values_only=True)`` of a read-only workbook with ``data_only=True``
gives — numbers as int or float, dates (a number in a date format) as datetime, booleans, shared and inline
strings, a formula's last value, an error as its code — but without building an object per cell, which made
openpyxl take ~1.5 s for a sheet of 10,000 rows of 11 columns. Rows missing from the file come as empty rows,
every row as wide as the sheet's dimensions say (as openpyxl pads and cuts them). ``tests/io`` compares both
readers on the same files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, cast

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse  # defusedxml's when openpyxl uses it

_ROW = f"{{{SHEET_MAIN_NS}}}row"
_CELL = f"{{{SHEET_MAIN_NS}}}c"
_VALUE = f"{{{SHEET_MAIN_NS}}}v"
_INLINE = f"{{{SHEET_MAIN_NS}}}is"
_TEXT = f"{{{SHEET_MAIN_NS}}}t"
_RUN = f"{{{SHEET_MAIN_NS}}}r"
_DIGITS = "0123456789"
_DIMENSION = f"{{{SHEET_MAIN_NS}}}dimension"
_SHEET_DATA = f"{{{SHEET_MAIN_NS}}}sheetData"


class FirstSheet:
    """The first worksheet of an XLSX file, opened as openpyxl's ``load_workbook(read_only=True,
    data_only=True)`` opens a workbook (the same parts read, the same errors raised for a damaged file) but
    without sizing every sheet on opening: for a sheet without ``<dimension>`` (as openpyxl itself and many
    exports write them) that meant parsing the whole sheet once more before reading it."""

    def __init__(self, source: Any) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        reader = ExcelReader(source, read_only=True, data_only=True)
        try:
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            reader.read_properties()
            reader.read_custom()
            reader.read_theme()
            apply_stylesheet(reader.archive, reader.wb)
            self.path: str | None = next(
                (
                    rel.target
                    for _sheet, rel in reader.parser.find_sheets()
                    if rel.target in reader.valid_files and "chartsheet" not in rel.Type
                ),
                None,
            )
        except BaseException:
            reader.archive.close()
            raise
        self._reader = reader

    def values(self) -> Iterator[tuple[Any, ...]]:
        """Each row's values, from row 1 to the sheet's last row (``iter_rows(values_only=True)``)."""
        assert self.path is not None
        book = self._reader.wb
        return _sheet_values(
            lambda: self._reader.archive.open(self.path),
            _Cells(self._reader.shared_strings, book.epoch, book._date_formats, book._timedelta_formats),
        )

    def close(self) -> None:
        self._reader.archive.close()


def _dimensions(open_source: Callable[[], Any]) -> tuple[Any, Any, Any, Any] | None:
    """The sheet's ``<dimension>`` (min column, min row, max column, max row), which comes before its cells;
    None without one, as openpyxl's read-only worksheet sizes it."""
    with open_source() as source:
        for _event, element in iterparse(source, events=("start",)):
            if element.tag == _DIMENSION:
                return cast("tuple[Any, Any, Any, Any]", SheetDimension.from_tree(element).boundaries)
            if element.tag == _SHEET_DATA:
                return None
    return None


def sheet_values(sheet: Any) -> Iterator[tuple[Any, ...]]:
    """Each row's values of a read-only openpyxl worksheet (sized by openpyxl), from row 1 to its last row."""
    book = sheet.parent
    return _sheet_values(
        sheet._get_source,
        _Cells(sheet._shared_strings, book.epoch, book._date_formats, book._timedelta_formats),
        (sheet.min_column, sheet.min_row, sheet.max_column, sheet.max_row),
    )


def _sheet_values(
    open_source: Callable[[], Any], cells: _Cells, size: tuple[Any, Any, Any, Any] | None = None
) -> Iterator[tuple[Any, ...]]:
    if size is None:
        size = _dimensions(open_source) or (None, None, None, None)
    _min_col, _min_row, max_col, max_row = size
    empty_row: tuple[Any, ...] = (None,) * max_col if max_col is not None else ()
    counter = 1
    number = 0
    with open_source() as source:
        for number, row in cells.rows(source):
            if max_row is not None and number > max_row:
                break
            while counter < number:  # rows missing from the file
                counter += 1
                yield empty_row
            if counter <= number:
                counter += 1
                yield _padded(row, max_col)
    if max_row is not None and max_row < number:
        for _ in range(counter, max_row + 1):
            yield empty_row


def _padded(row: list[tuple[int, Any]], max_col: int | None) -> tuple[Any, ...]:
    if not row and not max_col:
        return ()
    width = max_col or row[-1][0]
    values: list[Any] = [None] * width
    for column, value in row:
        if 1 <= column <= width:
            values[column - 1] = value
    return tuple(values)


class _Cells:
    def __init__(
        self, shared: list[Any], epoch: Any, date_formats: set[int], timedelta_formats: set[int]
    ) -> None:
        self.shared = shared
        self.epoch = epoch
        self.date_formats = date_formats
        self.timedelta_formats = timedelta_formats

    def rows(self, source: Any) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
        """(row number, [(column, value)]) per row element, numbered as openpyxl numbers them."""
        counter = 0
        for _event, element in iterparse(source):
            if element.tag != _ROW:
                continue
            attribute = element.get("r")
            if attribute is not None:
                try:
                    counter = int(attribute)
                except ValueError:
                    whole = float(attribute)
                    if not whole.is_integer():
                        raise ValueError(f"{attribute} is not a valid row number") from None
                    counter = int(whole)
            else:
                counter += 1
            column = 0
            cells = []
            for cell in element:
                reference = cell.get("r")
                column = column_index_from_string(reference.rstrip(_DIGITS)) if reference else column + 1
                cells.append((column, self.value(cell, reference)))
            element.clear()
            yield counter, cells

    def value(self, cell: Any, reference: str | None) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            return _inline(cell.find(_INLINE))
        value = cell.findtext(_VALUE, None) or None
        if value is None:
            return None
        if kind == "n":
            number: Any = float(value) if ("." in value or "E" in value or "e" in value) else int(value)
            style = cell.get("s", 0)
            style = int(style) if style else 0
            if style in self.date_formats:
                try:
                    return from_excel(number, self.epoch, timedelta=style in self.timedelta_formats)
                except (OverflowError, ValueError):
                    return "#VALUE!"  # a serial outside the dates' range, as openpyxl reads it
            return number
        if kind == "s":
            return self.shared[int(value)]
        if kind == "b":
            return bool(int(value))
        if kind == "d":
            return from_ISO8601(value)
        return value  # "str" (a formula's text), "e" (an error's code)


def _inline(element: Any) -> str | None:
    """An inline string's text: its plain text and the text of its runs, formatting left out."""
    if element is None:
        return None
    plain = None
    runs = []
    for child in element:
        if child.tag == _TEXT:
            plain = child.text
        elif child.tag == _RUN:
            text = child.find(_TEXT)
            if text is not None and text.text is not None:
                runs.append(text.text)
    return "".join([plain, *runs] if plain is not None else runs)
