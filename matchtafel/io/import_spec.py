"""What an import of young people or vacancies reads: the fields and the header names people use for them
(Dutch and English), taken from the field specs (``matchtafel.domain.fields``), and row-by-row parsing with a
problem per cell that says how to fix it. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.fields import Entity
from matchtafel.domain.fields.vacancies import VACANCIES as VACANCIES_FIELDS
from matchtafel.domain.fields.young_people import YOUNG_PEOPLE as YOUNG_PEOPLE_FIELDS
from matchtafel.domain.text_fold import fold
from matchtafel.io import cells
from matchtafel.io.tabular import Table


@dataclass(frozen=True)
class ImportField:
    name: str
    label: str  # English source (context "import")
    aliases: tuple[str, ...]
    parse: Callable[[Any], Any]
    required: bool = False


@dataclass(frozen=True)
class ParsedRow:
    row_number: int
    values: dict[str, Any]


@dataclass(frozen=True)
class RowProblem:
    row_number: int
    column: str
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.params))


# How each kind of cell in the field specs (``Field.cell``) is read.
READERS: dict[str, Callable[[Any], Any]] = {
    "text": cells.text,
    "code": cells.code,
    "year": cells.year_of,
    "crebo": cells.crebo,
    "level": cells.level,
    "leerweg": cells.leerweg,
    "day": cells.day,
    "hours": cells.hours,
    "hours_range": cells.hours_range,
    "listing": cells.listing,
    "yes_no": cells.yes_no,
    "vacancy_kind": cells.vacancy_kind,
    "places": lambda cell: cells.whole_number(cell, low=1, high=500),
}


def import_fields(entity: Entity) -> tuple[ImportField, ...]:
    """What an import of ``entity`` reads, in the wizard's order, from its field specs."""
    return tuple(
        ImportField(f.import_name, f.import_label, f.aliases, READERS[f.cell], required=f.import_required)
        for f in entity.imported()
    )


YOUNG_PEOPLE: tuple[ImportField, ...] = import_fields(YOUNG_PEOPLE_FIELDS)
VACANCIES: tuple[ImportField, ...] = import_fields(VACANCIES_FIELDS)

# Columns that are never read, whatever the file holds (data minimisation, DOMAIN.md).
NEVER_IMPORTED = (
    "bsn",
    "burgerservicenummer",
    "sofinummer",
    "adres",
    "straat",
    "huisnummer",
    "postcode",
    "diagnose",
    "indicatie",
    "e-mail ouders",
    "telefoon ouders",
)


def guess_mapping(headers: Sequence[str], fields: Sequence[ImportField]) -> dict[str, int]:
    """Field name -> column index, from header names (case and accents ignored); each column used once."""
    folded = [fold(h).strip(" :*") for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for field in fields:
        for alias in field.aliases:
            for index, header in enumerate(folded):
                if index not in used and header == alias:
                    mapping[field.name] = index
                    used.add(index)
                    break
            if field.name in mapping:
                break
    return mapping


def ignored_columns(headers: Sequence[str]) -> list[str]:
    return [h for h in headers if any(word in fold(h) for word in NEVER_IMPORTED)]


def parse_rows(
    table: Table, fields: Sequence[ImportField], mapping: dict[str, int]
) -> tuple[list[ParsedRow], list[RowProblem]]:
    rows: list[ParsedRow] = []
    problems: list[RowProblem] = []
    for number, record in zip(table.row_numbers, table.rows, strict=True):
        values: dict[str, Any] = {}
        for field in fields:
            index = mapping.get(field.name)
            if index is None:
                continue
            header = table.headers[index]
            cell = record[index] if index < len(record) else None
            if field.required and cells.empty(cell):
                problems.append(
                    RowProblem(number, header, QT_TRANSLATE_NOOP("import", "empty; this column is required"))
                )
                continue
            try:
                values[field.name] = field.parse(cell)
            except cells.CellProblem as problem:
                problems.append(RowProblem(number, header, problem.template, tuple(problem.params.items())))
        rows.append(ParsedRow(number, values))
    return rows, problems


def missing_required(fields: Sequence[ImportField], mapping: dict[str, int]) -> list[ImportField]:
    return [f for f in fields if f.required and f.name not in mapping]
