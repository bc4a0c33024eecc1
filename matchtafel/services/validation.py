"""Field checks shared by the registers; each adds a FieldProblem that says how to fix the value."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields, is_dataclass, replace
from datetime import date
from functools import cache
from typing import Any, TypeVar

from matchtafel.domain.dates import add_months
from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# What a field holds at most: an agreement is one line of who does what; a case's notes a few pages. The
# entry fields show the count; the minutes lay out any length anyway.
AGREEMENT_LIMIT = 500
NOTES_LIMIT = 20_000
CREBO = re.compile(r"^\d{5}$")


def check_required(value: str, field: str, problems: list[FieldProblem]) -> None:
    if not value.strip():
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP("errors", "Fill this in.")))


def check_email(value: str, field: str, problems: list[FieldProblem]) -> None:
    if value and not EMAIL.match(value):
        problems.append(
            FieldProblem(field, QT_TRANSLATE_NOOP("errors", "Write an e-mail address like name@school.nl."))
        )


def check_crebo(value: str, field: str, problems: list[FieldProblem]) -> None:
    if value and not CREBO.match(value):
        problems.append(
            FieldProblem(field, QT_TRANSLATE_NOOP("errors", "A crebo code has exactly 5 digits, e.g. 25180."))
        )


def check_hours(value: int | None, field: str, problems: list[FieldProblem]) -> None:
    if value is not None and not 0 <= value <= 60:
        problems.append(
            FieldProblem(field, QT_TRANSLATE_NOOP("errors", "Hours per week lie between 0 and 60."))
        )


def check_hours_range(low: int | None, high: int | None, field: str, problems: list[FieldProblem]) -> None:
    check_hours(low, field, problems)
    check_hours(high, field, problems)
    if low is not None and high is not None and low > high:
        problems.append(
            FieldProblem(
                field,
                QT_TRANSLATE_NOOP("errors", "The minimum hours ({low}) exceed the maximum ({high})."),
                (("low", low), ("high", high)),
            )
        )


def check_plausible_date(value: date | None, field: str, today: date, problems: list[FieldProblem]) -> None:
    """A typing slip in the year (2062 for 2026, 1926) is caught; the date itself is the person's call."""
    if value is not None and not date(2000, 1, 1) <= value <= add_months(today, 60):
        problems.append(
            FieldProblem(
                field,
                QT_TRANSLATE_NOOP("errors", "{value} is far off; check the year."),
                (("value", value.strftime("%d-%m-%Y")),),
            )
        )


def check_year(value: int | None, field: str, today: date, problems: list[FieldProblem]) -> None:
    if value is not None and not today.year - 30 <= value <= today.year - 12:
        problems.append(
            FieldProblem(
                field,
                QT_TRANSLATE_NOOP(
                    "errors", "A birth year between {low} and {high}; leave it empty if unknown."
                ),
                (("low", today.year - 30), ("high", today.year - 12)),
            )
        )


def check_list_items(values: list[str], field: str, problems: list[FieldProblem]) -> None:
    """List fields are stored as ``a|b``: an item may not be empty or hold a ``|``."""
    if any(not value.strip() or "|" in value for value in values):
        problems.append(
            FieldProblem(field, QT_TRANSLATE_NOOP("errors", "Leave out empty entries and the character |."))
        )


T = TypeVar("T")
_KEEP = {"\n", "\t"}


def clean_text(text: str) -> str:
    """Drop invisible control characters (NUL, escape codes from a paste); keep line breaks and tabs.

    PostgreSQL refuses NUL in text and no person means to type one: removing them loses nothing."""
    if text.isprintable():
        return text
    return "".join(ch for ch in text if ch in _KEEP or unicodedata.category(ch) != "Cc")


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def clean_input(data: T) -> T:
    """The same input with every text (and every text in a list) cleaned; the input itself when all is clean
    (the common case, kept cheap: an import calls this for every row)."""
    if not is_dataclass(data) or isinstance(data, type):
        return data
    changes: dict[str, Any] = {}
    for name in _field_names(type(data)):
        value = getattr(data, name)
        if type(value) is str:
            if value.isprintable():
                continue
            cleaned: Any = clean_text(value)
        elif type(value) is list and value and all(type(v) is str for v in value):
            if all(v.isprintable() for v in value):
                continue
            cleaned = [clean_text(v) for v in value]
        elif name == "extra" and value:  # the spec-only fields' values (services/spec_values.py)
            if all(type(v) is not str or v.isprintable() for v in value.values()):
                continue
            cleaned = {k: clean_text(v) if type(v) is str else v for k, v in value.items()}
        else:
            continue
        if cleaned != value:
            changes[name] = cleaned
    return replace(data, **changes) if changes else data
