"""Deadlines as a minute taker types them while people talk: ``12-12``, ``12 dec``, ``vr`` (next Friday),
``+2w``, ``volgende sessie``. Pure: text, today and the next session's date in; a date out.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from matchtafel.domain.dates import DateParseError, add_months, parse_date
from matchtafel.domain.text_fold import fold

MONTHS = {
    "jan": 1,
    "januari": 1,
    "january": 1,
    "feb": 2,
    "februari": 2,
    "february": 2,
    "mrt": 3,
    "maart": 3,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "mei": 5,
    "may": 5,
    "jun": 6,
    "juni": 6,
    "june": 6,
    "jul": 7,
    "juli": 7,
    "july": 7,
    "aug": 8,
    "augustus": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
WEEKDAYS = {
    "ma": 0,
    "maandag": 0,
    "mon": 0,
    "monday": 0,
    "di": 1,
    "dinsdag": 1,
    "tue": 1,
    "tuesday": 1,
    "wo": 2,
    "woensdag": 2,
    "wed": 2,
    "wednesday": 2,
    "do": 3,
    "donderdag": 3,
    "thu": 3,
    "thursday": 3,
    "vr": 4,
    "vrijdag": 4,
    "fri": 4,
    "friday": 4,
    "za": 5,
    "zaterdag": 5,
    "sat": 5,
    "saturday": 5,
    "zo": 6,
    "zondag": 6,
    "sun": 6,
    "sunday": 6,
}
NEXT_SESSION = {"volgende sessie", "vs", "next session", "volgende matchtafel", "volgende keer"}
# said, not forgotten: run mode asks for a deadline when none is typed
NO_DEADLINE = {"geen termijn", "geen", "gt", "zonder termijn", "no deadline", "none", "-"}
UNITS = {"d": 1, "w": 7}


class NoNextSession(DateParseError):
    """ "volgende sessie" was typed but no next session is planned."""


def parse_deadline(text: str, *, today: date, next_session: date | None = None) -> date | None:
    """Empty text is no deadline; anything else must name a day, or DateParseError says it does not."""
    value = fold(text.strip()).rstrip(".")
    if not value or value in NO_DEADLINE:
        return None
    if value in NEXT_SESSION:
        if next_session is None:
            raise NoNextSession(text)
        return next_session
    if value in WEEKDAYS:  # the coming one, never today: "vr" on a Friday is next week's
        ahead = (WEEKDAYS[value] - today.weekday() - 1) % 7 + 1
        return today + timedelta(days=ahead)
    if match := re.fullmatch(r"\+\s*(\d{1,3})\s*([dwm])", value):
        number, unit = int(match.group(1)), match.group(2)
        if unit == "m":
            return add_months(today, number)
        return today + timedelta(days=number * UNITS[unit])
    if match := re.fullmatch(r"(\d{1,2})\s*[-/. ]\s*(\d{1,2}|[a-z]+)", value):
        day, month_text = int(match.group(1)), match.group(2)
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text)
        if month is None:
            raise DateParseError(text)
        return _coming(day, month, today, text)
    return parse_date(text)


def _coming(day: int, month: int, today: date, text: str) -> date:
    """A day and month without a year: this year, or next year when it has passed."""
    for year in (today.year, today.year + 1):
        try:
            found = date(year, month, day)
        except ValueError as exc:
            raise DateParseError(text) from exc
        if found >= today:
            return found
    raise DateParseError(text)  # pragma: no cover - next year's date is always ahead
