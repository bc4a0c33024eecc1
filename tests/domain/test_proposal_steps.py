"""The pipeline's rules, pair by pair, and when the nazorg calls fall."""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest

from matchtafel.domain.proposal_steps import (
    FINAL,
    OPEN,
    STEP_KEYS,
    allowed_steps,
    checkpoint_dates,
    is_allowed,
)
from matchtafel.domain.vocabulary import ProposalStatus as P

EXPECTED = {
    (P.PROPOSED, P.CONTACT_MADE),
    (P.PROPOSED, P.REJECTED),
    (P.PROPOSED, P.WITHDRAWN),
    (P.CONTACT_MADE, P.INTERVIEW_PLANNED),
    (P.CONTACT_MADE, P.REJECTED),
    (P.CONTACT_MADE, P.WITHDRAWN),
    (P.INTERVIEW_PLANNED, P.PLACED),
    (P.INTERVIEW_PLANNED, P.TRIAL_PLACEMENT),
    (P.INTERVIEW_PLANNED, P.REJECTED),
    (P.INTERVIEW_PLANNED, P.WITHDRAWN),
    (P.TRIAL_PLACEMENT, P.PLACED),
    (P.TRIAL_PLACEMENT, P.REJECTED),
    (P.TRIAL_PLACEMENT, P.WITHDRAWN),
}


@pytest.mark.parametrize(("current", "target"), list(product(P, P)))
def test_every_pair_of_statuses_is_allowed_exactly_when_the_pipeline_says(current: P, target: P) -> None:
    assert is_allowed(current, target) == ((current, target) in EXPECTED)
    assert (target in allowed_steps(current)) == ((current, target) in EXPECTED)


def test_final_statuses_and_keys() -> None:
    assert {P.PLACED, P.REJECTED, P.WITHDRAWN} == FINAL
    assert set(P) - FINAL == OPEN
    assert [key for key, _ in STEP_KEYS] == ["1", "2", "3", "4", "5", "6"]
    assert {status for _, status in STEP_KEYS} == set(P) - {P.PROPOSED}  # nobody steps back to "proposed"


def test_checkpoints_fall_on_the_same_day_months_later_or_on_the_months_last_day() -> None:
    assert checkpoint_dates(date(2026, 3, 15), (3, 6, 12)) == [
        (3, date(2026, 6, 15)),
        (6, date(2026, 9, 15)),
        (12, date(2027, 3, 15)),
    ]
    assert checkpoint_dates(date(2026, 8, 31), (12, 6, 6)) == [
        (6, date(2027, 2, 28)),
        (12, date(2027, 8, 31)),
    ]
    assert checkpoint_dates(date(2027, 8, 31), (6,)) == [(6, date(2028, 2, 29))]  # a leap year
