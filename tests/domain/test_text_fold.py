from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matchtafel.domain.text_fold import fold, fold_words


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Zoë", "zoe"),
        ("ZOË", "zoe"),
        ("Coördinatie", "coordinatie"),
        ("Ĳsselmonde", "ijsselmonde"),
        ("Søren Łukasz", "soren lukasz"),
        ("'s-Heerenberg", "'s-heerenberg"),
        ("Straße", "strasse"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_words_splits_the_query() -> None:
    assert fold_words("  Zoë  VAN der ") == ["zoe", "van", "der"]


@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
