from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matchtafel.domain.dates import DateParseError, format_date, parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("20-11-2026", date(2026, 11, 20)),
        ("1-2-2027", date(2027, 2, 1)),
        ("20/11/2026", date(2026, 11, 20)),
        ("2026-11-20", date(2026, 11, 20)),
        (" 20.11.2026 ", date(2026, 11, 20)),
        ("", None),
        ("  ", None),
    ],
)
def test_parse(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31-02-2026", "20-13-2026", "morgen", "20-11-26", "2026/11/20x"])
def test_rejects(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_round_trip(value: date) -> None:
    assert parse_date(format_date(value)) == value
