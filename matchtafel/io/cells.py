"""Turning spreadsheet cells into values, with a message that says how to fix a cell that cannot be read.

Cells come as Excel gives them (numbers, dates, text) or as CSV text. Excel serial dates and dd-mm-jjjj
text are dates; "24,0" is 24; codes keep their leading zeros.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from matchtafel.domain.dates import DateParseError, parse_date
from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.text_fold import fold
from matchtafel.domain.vocabulary import Leerweg, Level, VacancyKind

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (it counts 1900 as a leap year)


class CellProblem(ValueError):
    """A cell that cannot be read; ``template`` (English source, context "import") says how to fix it."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


def empty(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def text(cell: Any) -> str:
    if empty(cell):
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def code(cell: Any) -> str:
    """Student numbers and references: kept as written (leading zeros stay when the cell is text)."""
    return text(cell)


def crebo(cell: Any) -> str:
    value = text(cell)
    if value and not re.fullmatch(r"\d{5}", value):
        raise CellProblem(
            QT_TRANSLATE_NOOP("import", "'{value}' is not a crebo code; write 5 digits, e.g. 25180"),
            value=value,
        )
    return value


def whole_number(cell: Any, *, low: int = 0, high: int = 60) -> int | None:
    if empty(cell):
        return None
    if isinstance(cell, int | float):
        number = float(cell)
    else:
        raw = str(cell).strip().replace(",", ".")  # decimal comma
        try:
            number = float(raw)
        except ValueError as exc:
            raise CellProblem(QT_TRANSLATE_NOOP("import", "'{value}' is not a number"), value=cell) from exc
    if not number.is_integer() or not low <= number <= high:
        raise CellProblem(
            QT_TRANSLATE_NOOP("import", "'{value}' is not a whole number from {low} to {high}"),
            value=cell,
            low=low,
            high=high,
        )
    return int(number)


def hours(cell: Any) -> int | None:
    return whole_number(cell, low=0, high=60)


def hours_range(cell: Any) -> tuple[int | None, int | None]:
    """ "16-24", "16 tot 24", "24" or a number."""
    if isinstance(cell, str) and (match := re.fullmatch(r"\s*(\d+)\s*(?:-|–|tot|to)\s*(\d+)\s*", cell)):
        return hours(match.group(1)), hours(match.group(2))
    value = hours(cell)
    return value, value


def day(cell: Any) -> date | None:
    if empty(cell):
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, str) and re.fullmatch(r"\s*\d{5}(\.0+)?\s*", cell):
        cell = float(cell)  # a serial day number that went through CSV as text
    if isinstance(cell, int | float) and 20000 < cell < 80000:  # an Excel serial day number
        return EXCEL_EPOCH + timedelta(days=int(cell))
    try:
        return parse_date(str(cell))
    except DateParseError as exc:
        raise CellProblem(
            QT_TRANSLATE_NOOP("import", "'{value}' is not a date; write it like 20-11-2026"), value=cell
        ) from exc


def year_of(cell: Any) -> int | None:
    """A birth year, also from a full date of birth, which is then not kept (a year is enough)."""
    if empty(cell):
        return None
    if isinstance(cell, int | float) and 1900 < cell < 2100:
        return int(cell)
    if isinstance(cell, str) and re.fullmatch(r"\s*(19|20)\d\d\s*", cell):
        return int(cell)
    found = day(cell)
    return found.year if found else None


_TRUE = {"ja", "j", "yes", "y", "x", "1", "waar", "true", "wel"}
_FALSE = {"nee", "n", "no", "0", "onwaar", "false", "niet", "geen"}


def yes_no(cell: Any) -> bool | None:
    if empty(cell):
        return None
    value = fold(text(cell))
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise CellProblem(QT_TRANSLATE_NOOP("import", "'{value}' is not yes or no; write ja or nee"), value=cell)


def listing(cell: Any) -> list[str]:
    return [part.strip() for part in re.split(r"[,;|/]", text(cell)) if part.strip()]


_LEVELS = {
    "entree": Level.ENTREE,
    "niveau 1": Level.MBO1,
    "1": Level.MBO1,
    "mbo 1": Level.MBO1,
    "mbo1": Level.MBO1,
    "2": Level.MBO2,
    "niveau 2": Level.MBO2,
    "mbo 2": Level.MBO2,
    "mbo2": Level.MBO2,
    "3": Level.MBO3,
    "niveau 3": Level.MBO3,
    "mbo 3": Level.MBO3,
    "mbo3": Level.MBO3,
    "4": Level.MBO4,
    "niveau 4": Level.MBO4,
    "level 1": Level.MBO1,  # the English export's words
    "level 2": Level.MBO2,
    "level 3": Level.MBO3,
    "level 4": Level.MBO4,
    "mbo 4": Level.MBO4,
    "mbo4": Level.MBO4,
    "pro": Level.PRO,
    "praktijkonderwijs": Level.PRO,
    "vso": Level.VSO,
    "voortgezet speciaal onderwijs": Level.VSO,
    "buso": Level.BUSO,
    "buitengewoon secundair onderwijs": Level.BUSO,
    "okan": Level.OKAN,
    "onthaalonderwijs": Level.OKAN,
    "bso": Level.BSO,
    "beroepssecundair onderwijs": Level.BSO,
    "anders": Level.OTHER,
    "other": Level.OTHER,
}


def level(cell: Any) -> Level | None:
    if empty(cell):
        return None
    found = _LEVELS.get(fold(text(cell)))
    if found is None:
        raise CellProblem(
            QT_TRANSLATE_NOOP(
                "import", "'{value}' is not a level; choose Entree, 1, 2, 3, 4, PrO, VSO, BuSO, OKAN or BSO"
            ),
            value=cell,
        )
    return found


def leerweg(cell: Any) -> Leerweg | None:
    if empty(cell):
        return None
    value = fold(text(cell))
    if value in ("bol", "bbl", "duaal"):
        return Leerweg(value)
    if value == "duaal leren":
        return Leerweg.DUAAL
    raise CellProblem(
        QT_TRANSLATE_NOOP("import", "'{value}' is not a leerweg; write BOL, BBL or duaal"), value=cell
    )


_KINDS = {
    "baan": VacancyKind.JOB,
    "job": VacancyKind.JOB,
    "vacature": VacancyKind.JOB,
    "leerbaan": VacancyKind.LEERBAAN,
    "leerbaan (bbl)": VacancyKind.LEERBAAN,  # the export's words
    "bbl": VacancyKind.LEERBAAN,
    "leerwerkplek": VacancyKind.LEERBAAN,
    "bpv": VacancyKind.BPV,
    "stage": VacancyKind.BPV,
    "bpv-stage": VacancyKind.BPV,
    "internship": VacancyKind.BPV,
    "bpv internship": VacancyKind.BPV,
    "werkervaringsplaats": VacancyKind.WORK_EXPERIENCE,
    "werkervaring": VacancyKind.WORK_EXPERIENCE,
    "work experience": VacancyKind.WORK_EXPERIENCE,
    "proefplaatsing": VacancyKind.TRIAL_PLACEMENT,
    "trial placement": VacancyKind.TRIAL_PLACEMENT,
}


def vacancy_kind(cell: Any) -> VacancyKind | None:
    if empty(cell):
        return None
    found = _KINDS.get(fold(text(cell)))
    if found is None:
        raise CellProblem(
            QT_TRANSLATE_NOOP(
                "import",
                "'{value}' is not a kind of place; write baan, leerbaan, bpv, werkervaringsplaats or proefplaatsing",
            ),
            value=cell,
        )
    return found
