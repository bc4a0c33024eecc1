"""The shortcuts that make ranking fast at a region's scale give exactly the order of sorting every pair."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest

from matchtafel.domain.vocabulary import SECTORS, Leerweg, Level, VacancyKind
from matchtafel.matching.features import Candidate, FeatureTable, Opening
from matchtafel.matching.scorer import Match, Matcher

TODAY = date(2026, 11, 22)
PLACES = ("Doetinchem", "Winterswijk", "Zutphen", "Aalten", "Lochem", "Nergenshuizen")


def candidates(rng: random.Random, n: int) -> list[Candidate]:
    return [
        Candidate(
            id=i,
            level=rng.choice([*Level, None]),
            leerweg=rng.choice([*Leerweg, None]),
            looking_for_leerbaan=rng.random() < 0.2,
            crebo=rng.choice(["", "25410", "25498"]),
            wanted_sectors=tuple(rng.sample(SECTORS, rng.randint(0, 2))),
            home_place=rng.choice(PLACES),
            travels_independently=rng.choice([True, False, None]),
            driving_licence=rng.choice([True, False, None]),
            hours_per_week=rng.choice([None, 16, 24, 32, 38]),
            available_from=TODAY + timedelta(days=rng.randint(-30, 60)),
            needs_job_coach=rng.random() < 0.3,
        )
        for i in range(1, n + 1)
    ]


def openings(rng: random.Random, n: int) -> list[Opening]:
    return [
        Opening(
            id=i,
            kind=rng.choice(list(VacancyKind)),
            is_open=rng.random() < 0.85,
            open_until=TODAY + timedelta(days=rng.randint(-20, 60)),
            required_level=rng.choice([*Level, None]),
            crebo_codes=tuple(rng.sample(["25410", "25498", "23089"], rng.randint(0, 2))),
            sector=rng.choice([*SECTORS, ""]),
            place=rng.choice(PLACES),
            hours_min=rng.choice([None, 8, 16, 24]),
            hours_max=rng.choice([None, 24, 32, 40]),
            start_date=TODAY + timedelta(days=rng.randint(-10, 40)),
            driving_licence_required=rng.random() < 0.15,
            coaching_possible=rng.random() < 0.4,
        )
        for i in range(1, n + 1)
    ]


def sorted_every_pair(found: list[Match], limit: int) -> list[Match]:
    """The reference: every pair ranked (excluded ones last), then the excluded ones dropped."""
    return [m for m in found if not m.excluded][:limit]


@pytest.mark.parametrize("limit", [1, 5, 25, 400])
def test_ranking_without_the_excluded_equals_sorting_every_pair(limit: int) -> None:
    rng = random.Random(limit)
    people, places = candidates(rng, 60), openings(rng, 300)
    matcher = Matcher(today=TODAY)
    table, people_table = matcher.openings_table(places), matcher.candidates_table(people)
    for person in people:
        everything = matcher.rank_openings(person, table, limit=len(places), include_excluded=True)
        assert matcher.rank_openings(person, table, limit=limit) == sorted_every_pair(everything, limit)
    for place in places[:40]:
        everything = matcher.rank_candidates(place, people_table, limit=len(people), include_excluded=True)
        assert matcher.rank_candidates(place, people_table, limit=limit) == sorted_every_pair(
            everything, limit
        )


def test_ties_at_the_last_place_are_broken_by_distance_then_id() -> None:
    """Many vacancies with the very same score: the first places go by distance, then by the lower id."""
    base = openings(random.Random(1), 1)[0]
    same = [replace(base, id=i, is_open=True, open_until=None, place=PLACES[i % 3]) for i in range(1, 60)]
    person = candidates(random.Random(2), 1)[0]
    matcher = Matcher(today=TODAY)
    table = matcher.openings_table(same)
    everything = matcher.rank_openings(person, table, limit=len(same), include_excluded=True)
    assert matcher.rank_openings(person, table, limit=7) == sorted_every_pair(everything, 7)


def test_a_table_of_numbers_only_explains_through_a_look_up_and_32_bits_change_nothing() -> None:
    rng = random.Random(9)
    people, places = candidates(rng, 200), openings(rng, 20)
    matcher = Matcher(today=TODAY)
    with_items = matcher.candidates_table(people)
    numbers_only = FeatureTable.of_candidates(people, matcher.vocabulary, keep_items=False)
    assert numbers_only.items is None
    assert with_items.columns["level"].dtype == np.float32 and with_items.columns["lat"].dtype == np.float64
    in_64_bits = FeatureTable(
        {name: column.astype(np.float64) for name, column in with_items.columns.items()},
        with_items.ids,
        with_items.items,
    )
    by_id = {person.id: person for person in people}
    asked: list[list[int]] = []

    def look_up(ids: list[int]) -> dict[int, Candidate]:
        asked.append(ids)
        return {i: by_id[i] for i in ids}

    for place in places:
        expected = matcher.rank_candidates(place, in_64_bits, limit=10)
        assert matcher.rank_candidates(place, with_items, limit=10) == expected
        assert matcher.rank_candidates(place, numbers_only, limit=10, look_up=look_up) == expected
    assert asked and all(len(ids) <= 10 for ids in asked)  # only the ones explained are looked up
