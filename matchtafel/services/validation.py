"""Field checks shared by the registers; each adds a FieldProblem that says how to fix the value."""

from __future__ import annotations

import re
from datetime import date

from matchtafel.errors import QT_TRANSLATE_NOOP, FieldProblem

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
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


def check_date_order(first: date | None, then: date | None, field: str, problems: list[FieldProblem]) -> None:
    if first is not None and then is not None and then < first:
        problems.append(
            FieldProblem(
                field,
                QT_TRANSLATE_NOOP("errors", "This date lies before {first}; pick a later one."),
                (("first", first.isoformat()),),
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
