"""The free-text guard finds BSNs, dates of birth and health words, and leaves ordinary notes alone."""

from __future__ import annotations

from datetime import date

import pytest

from matchtafel.domain.text_guard import BIRTH_DATE, BSN, HEALTH, check_text, is_bsn

TODAY = date(2026, 11, 23)


def test_the_eleven_test() -> None:
    assert is_bsn("111222333") and is_bsn("123456782")
    assert not is_bsn("123456789") and not is_bsn("000000000") and not is_bsn("12345678")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("BSN 123456782 staat in het dossier", [BSN]),
        ("bsn: 1234.56.782", [BSN]),
        ("telefoon 0314-123456789", []),  # not a BSN: fails the eleven test
        ("Geboren op 12-03-2009 in Doetinchem", [BIRTH_DATE]),
        ("geb. 1/2/1990", [BIRTH_DATE]),  # any date right after "geboren"
        ("Verjaardag 12-03-2008", [BIRTH_DATE]),  # a young person's birth year
        ("Start op 01-12-2026, gesprek 15-11-2026", []),  # ordinary appointments
        ("Heeft ADHD en gebruikt Ritalin", [HEALTH, HEALTH]),
        ("Diagnose: autisme (ASS)", [HEALTH, HEALTH, HEALTH]),
        ("Wil graag in de zorg werken; heeft nog geen rijbewijs.", []),
        ("Haalde zijn diploma, gaat naar de BBL", []),
    ],
)
def test_what_the_guard_finds(text: str, kinds: list[str]) -> None:
    assert [f.kind for f in check_text(text, TODAY)] == kinds


def test_the_finding_points_at_the_text() -> None:
    (finding,) = check_text("Jongere met Depressie, gaat beter", TODAY)
    assert (finding.kind, finding.text) == (HEALTH, "depressie")
