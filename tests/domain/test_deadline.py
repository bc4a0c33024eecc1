from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matchtafel.domain.dates import DateParseError
from matchtafel.domain.deadline import NoNextSession, parse_deadline

TODAY = date(2026, 11, 20)  # a Friday
NEXT = date(2026, 12, 18)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12-12", date(2026, 12, 12)),
        ("12-1", date(2027, 1, 12)),
        ("20-11", date(2026, 11, 20)),
        ("19-11", date(2027, 11, 19)),
        ("12 dec", date(2026, 12, 12)),
        ("3 januari", date(2027, 1, 3)),
        ("12 Dec.", date(2026, 12, 12)),
        ("vr", date(2026, 11, 27)),
        ("ma", date(2026, 11, 23)),
        ("donderdag", date(2026, 11, 26)),
        ("+2w", date(2026, 12, 4)),
        ("+3d", date(2026, 11, 23)),
        ("+1m", date(2026, 12, 20)),
        ("volgende sessie", NEXT),
        ("VS", NEXT),
        ("15-01-2027", date(2027, 1, 15)),
        ("2027-01-15", date(2027, 1, 15)),
        ("", None),
    ],
)
def test_deadlines_as_typed(text: str, expected: date | None) -> None:
    assert parse_deadline(text, today=TODAY, next_session=NEXT) == expected


@pytest.mark.parametrize("text", ["31-02", "12 smarch", "morgen ofzo", "+2x", "32-12"])
def test_nonsense_is_refused(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_deadline(text, today=TODAY, next_session=NEXT)


def test_next_session_needs_a_planned_session() -> None:
    with pytest.raises(NoNextSession):
        parse_deadline("volgende sessie", today=TODAY, next_session=None)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    st.sampled_from(["ma", "di", "wo", "do", "vr", "za", "zo"]),
)
def test_a_weekday_is_always_within_the_coming_week(today: date, day: str) -> None:
    found = parse_deadline(day, today=today)
    assert found is not None and 1 <= (found - today).days <= 7


@pytest.mark.parametrize("text", ["geen termijn", "Geen", "GT", "no deadline", "-"])
def test_no_deadline_is_said_not_forgotten(text: str) -> None:
    assert parse_deadline(text, today=date(2026, 11, 20)) is None
