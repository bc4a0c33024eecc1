"""What an import of young people or vacancies reads: the fields, the header names people use for them
(Dutch and English), and row-by-row parsing with a problem per cell that says how to fix it. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
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


YOUNG_PEOPLE: tuple[ImportField, ...] = (
    ImportField(
        "student_number",
        QT_TRANSLATE_NOOP("import", "Student number"),
        ("studentnummer", "leerlingnummer", "studentnr", "student number", "student id", "deelnemernummer"),
        cells.code,
        required=True,
    ),
    ImportField(
        "school",
        QT_TRANSLATE_NOOP("import", "School"),
        ("school", "instelling", "onderwijsinstelling", "schoolnaam"),
        cells.text,
        required=True,
    ),
    ImportField(
        "given_name",
        QT_TRANSLATE_NOOP("import", "Given name"),
        ("voornaam", "roepnaam", "given name", "first name"),
        cells.text,
    ),
    ImportField(
        "name_prefix",
        QT_TRANSLATE_NOOP("import", "Tussenvoegsel"),
        ("tussenvoegsel", "tussenvoegsels", "tussenv", "prefix"),
        cells.text,
    ),
    ImportField(
        "family_name",
        QT_TRANSLATE_NOOP("import", "Family name"),
        ("achternaam", "familienaam", "family name", "last name", "surname"),
        cells.text,
    ),
    ImportField(
        "birth_year",
        QT_TRANSLATE_NOOP("import", "Birth year"),
        ("geboortejaar", "birth year", "geboortedatum", "date of birth"),
        cells.year_of,
    ),
    ImportField(
        "programme_name",
        QT_TRANSLATE_NOOP("import", "Programme"),
        ("opleiding", "opleidingsnaam", "programme", "program"),
        cells.text,
    ),
    ImportField(
        "crebo", QT_TRANSLATE_NOOP("import", "Crebo"), ("crebo", "crebocode", "crebo code"), cells.crebo
    ),
    ImportField(
        "level", QT_TRANSLATE_NOOP("import", "Level"), ("niveau", "level", "opleidingsniveau"), cells.level
    ),
    ImportField(
        "leerweg", QT_TRANSLATE_NOOP("import", "Leerweg"), ("leerweg", "bol/bbl", "route"), cells.leerweg
    ),
    ImportField(
        "home_place",
        QT_TRANSLATE_NOOP("import", "Home place"),
        ("woonplaats", "plaats", "home place", "place", "city"),
        cells.text,
    ),
    ImportField(
        "available_from",
        QT_TRANSLATE_NOOP("import", "Available from"),
        ("beschikbaar vanaf", "beschikbaar per", "available from"),
        cells.day,
    ),
    ImportField(
        "hours_per_week",
        QT_TRANSLATE_NOOP("import", "Hours per week"),
        ("uren per week", "uren", "hours per week", "hours"),
        cells.hours,
    ),
    ImportField(
        "wanted_sectors",
        QT_TRANSLATE_NOOP("import", "Wanted sectors"),
        ("gewenste sector", "gewenste sectoren", "sector", "sectoren", "wanted sectors"),
        cells.listing,
    ),
    ImportField(
        "driving_licence",
        QT_TRANSLATE_NOOP("import", "Driving licence"),
        ("rijbewijs", "driving licence"),
        cells.yes_no,
    ),
    ImportField(
        "travels_independently",
        QT_TRANSLATE_NOOP("import", "Travels independently"),
        ("reist zelfstandig", "zelfstandig reizen", "travels independently"),
        cells.yes_no,
    ),
    ImportField(
        "needs_job_coach",
        QT_TRANSLATE_NOOP("import", "Needs a job coach"),
        ("jobcoach", "jobcoach nodig", "needs job coach"),
        cells.yes_no,
    ),
)

VACANCIES: tuple[ImportField, ...] = (
    ImportField(
        "reference",
        QT_TRANSLATE_NOOP("import", "Reference"),
        ("vacaturenummer", "referentie", "kenmerk", "reference", "vacature id", "vacancy id"),
        cells.code,
        required=True,
    ),
    ImportField(
        "employer",
        QT_TRANSLATE_NOOP("import", "Employer"),
        ("werkgever", "bedrijf", "bedrijfsnaam", "employer", "company"),
        cells.text,
        required=True,
    ),
    ImportField(
        "title",
        QT_TRANSLATE_NOOP("import", "Title"),
        ("functie", "titel", "vacaturetitel", "functietitel", "title", "job title"),
        cells.text,
        required=True,
    ),
    ImportField(
        "kind",
        QT_TRANSLATE_NOOP("import", "Kind"),
        ("soort", "type", "soort plek", "kind"),
        cells.vacancy_kind,
        required=True,
    ),
    ImportField("sector", QT_TRANSLATE_NOOP("import", "Sector"), ("sector", "branche"), cells.text),
    ImportField(
        "required_level",
        QT_TRANSLATE_NOOP("import", "Level"),
        ("niveau", "gevraagd niveau", "required level", "level"),
        cells.level,
    ),
    ImportField(
        "crebo_codes",
        QT_TRANSLATE_NOOP("import", "Crebo codes"),
        ("crebo", "crebocodes", "crebo codes"),
        cells.listing,
    ),
    ImportField(
        "place",
        QT_TRANSLATE_NOOP("import", "Place"),
        ("plaats", "werkplaats", "standplaats", "place", "location"),
        cells.text,
    ),
    ImportField(
        "hours",
        QT_TRANSLATE_NOOP("import", "Hours per week"),
        ("uren", "uren per week", "hours"),
        cells.hours_range,
    ),
    ImportField(
        "hours_min",
        QT_TRANSLATE_NOOP("import", "Hours, minimum"),
        ("uren min", "min uren", "minimum uren", "uren van", "hours min"),
        cells.hours,
    ),
    ImportField(
        "hours_max",
        QT_TRANSLATE_NOOP("import", "Hours, maximum"),
        ("uren max", "max uren", "maximum uren", "uren tot", "hours max"),
        cells.hours,
    ),
    ImportField(
        "start_date",
        QT_TRANSLATE_NOOP("import", "Start date"),
        ("startdatum", "start", "ingangsdatum", "start date"),
        cells.day,
    ),
    ImportField(
        "open_until",
        QT_TRANSLATE_NOOP("import", "Open until"),
        ("open tot", "sluitingsdatum", "reageren voor", "deadline", "open until"),
        cells.day,
    ),
    ImportField(
        "positions",
        QT_TRANSLATE_NOOP("import", "Places"),
        ("aantal", "aantal plekken", "positions", "places"),
        lambda cell: cells.whole_number(cell, low=1, high=500),
    ),
    ImportField(
        "driving_licence_required",
        QT_TRANSLATE_NOOP("import", "Driving licence required"),
        ("rijbewijs", "rijbewijs vereist", "driving licence"),
        cells.yes_no,
    ),
    ImportField(
        "coaching_possible",
        QT_TRANSLATE_NOOP("import", "Job coaching possible"),
        ("jobcoaching", "jobcoaching mogelijk", "begeleiding"),
        cells.yes_no,
    ),
    ImportField(
        "open_for_banenafspraak",
        QT_TRANSLATE_NOOP("import", "Banenafspraak"),
        ("banenafspraak", "doelgroepbaan"),
        cells.yes_no,
    ),
)

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
