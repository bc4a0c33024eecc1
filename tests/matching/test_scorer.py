"""Each criterion, each hard filter, neutral missing data, ties, and both directions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from matchtafel.domain.vocabulary import Leerweg, Level, VacancyKind
from matchtafel.matching.features import Candidate, Opening
from matchtafel.matching.scorer import Match, Matcher

TODAY = date(2026, 11, 22)
BASE_CANDIDATE = Candidate(
    id=1,
    level=Level.MBO2,
    leerweg=Leerweg.BOL,
    crebo="25410",
    wanted_sectors=("Logistiek en transport", "Metaal"),
    home_place="Doetinchem",
    travels_independently=True,
    driving_licence=False,
    hours_per_week=32,
    available_from=date(2026, 12, 1),
)
BASE_OPENING = Opening(
    id=10,
    kind=VacancyKind.JOB,
    required_level=Level.MBO2,
    crebo_codes=("25410",),
    sector="Logistiek en transport",
    place="Doetinchem",
    hours_min=24,
    hours_max=32,
    start_date=date(2026, 12, 15),
)


def match(candidate: Candidate = BASE_CANDIDATE, opening: Opening = BASE_OPENING, **weights: float) -> Match:
    matcher = Matcher(today=TODAY, weights=weights)
    found = matcher.rank_openings(candidate, matcher.openings_table([opening]), include_excluded=True)
    assert len(found) == 1
    return found[0]


def reason(m: Match, key: str) -> tuple[float, str]:
    r = next(r for r in m.reasons if r.key == key)
    return r.points, r.text


def test_a_perfect_fit_scores_100_with_a_reason_per_criterion() -> None:
    m = match()
    assert m.score == 100.0 and m.excluded == ""
    assert [r.key for r in m.reasons] == ["level", "field", "travel", "hours", "start", "coaching", "kind"]
    assert reason(m, "level") == (25, "Level fits: the vacancy asks 2, the young person has 2")


@pytest.mark.parametrize(
    "held, wanted, points, start",
    [
        (Level.MBO3, Level.MBO2, 18, "One level below"),
        (Level.MBO4, Level.MBO2, 8, "Far below level"),
        (Level.MBO2, Level.MBO3, 12, "One level above"),
        (Level.ENTREE, Level.MBO3, 0, "Too high"),
        (Level.PRO, Level.ENTREE, 12, "One level above"),
        (None, Level.MBO2, 12.5, "Level unknown"),
        (Level.OTHER, Level.MBO2, 12.5, "Level unknown"),
    ],
)
def test_level(held: Level | None, wanted: Level, points: float, start: str) -> None:
    got = reason(
        match(replace(BASE_CANDIDATE, level=held), replace(BASE_OPENING, required_level=wanted)), "level"
    )
    assert got[0] == points and got[1].startswith(start)


@pytest.mark.parametrize(
    "crebos, sector, points, text",
    [
        (("25410",), "Bouw", 30, "Same programme (crebo 25410)"),
        ((), "Logistiek en transport", 22, "The sector the young person wants most (Logistiek en transport)"),
        ((), "metaal", 15, "A sector the young person wants (metaal)"),
        ((), "Horeca en toerisme", 0, "Outside the wanted sectors (Horeca en toerisme)"),
        ((), "", 15, "Field unknown"),
    ],
)
def test_field_prefers_crebo_then_main_sector_then_another(
    crebos: tuple[str, ...], sector: str, points: float, text: str
) -> None:
    assert reason(match(opening=replace(BASE_OPENING, crebo_codes=crebos, sector=sector)), "field") == (
        points,
        text,
    )


@pytest.mark.parametrize(
    "place, independent, points, text",
    [
        ("Doetinchem", True, 15, "0 km from home: close by"),
        ("Zelhem", True, 15, "6 km from home: close by"),
        ("Lochem", True, 11, "23 km from home: reachable"),
        ("Winterswijk", True, 6, "30 km from home: a long journey"),
        ("Zutphen", False, 0, "20 km from home, does not travel independently: too far"),
        ("Ulft", False, 7, "10 km from home, does not travel independently: only with help"),
        ("Wehl", False, 7, "5 km from home, does not travel independently: only with help"),
        ("Winterswijk", None, 6, "30 km from home: a long journey"),
        ("Atlantis", True, 7.5, "Travel distance unknown (place not known)"),
    ],
)
def test_travel_weighs_distance_with_travelling_independently(
    place: str, independent: bool | None, points: float, text: str
) -> None:
    got = reason(
        match(replace(BASE_CANDIDATE, travels_independently=independent), replace(BASE_OPENING, place=place)),
        "travel",
    )
    assert got == (points, text)


@pytest.mark.parametrize(
    "hours, low, high, points",
    [(32, 24, 32, 10), (36, 24, 32, 5), (16, 24, 32, 0), (None, 24, 32, 5), (20, None, None, 5)],
)
def test_hours(hours: int | None, low: int | None, high: int | None, points: float) -> None:
    m = match(
        replace(BASE_CANDIDATE, hours_per_week=hours), replace(BASE_OPENING, hours_min=low, hours_max=high)
    )
    assert reason(m, "hours")[0] == points


@pytest.mark.parametrize(
    "available, points", [(date(2026, 12, 15), 10), (date(2027, 1, 10), 5), (date(2027, 3, 1), 0), (None, 5)]
)
def test_start(available: date | None, points: float) -> None:
    assert reason(match(replace(BASE_CANDIDATE, available_from=available)), "start")[0] == points


@pytest.mark.parametrize("needs, possible, points", [(False, False, 5), (True, True, 5), (True, False, 0)])
def test_coaching_only_costs_when_needed_and_not_offered(needs: bool, possible: bool, points: float) -> None:
    m = match(
        replace(BASE_CANDIDATE, needs_job_coach=needs), replace(BASE_OPENING, coaching_possible=possible)
    )
    assert reason(m, "coaching")[0] == points


@pytest.mark.parametrize(
    "candidate, kind, points",
    [
        (BASE_CANDIDATE, VacancyKind.JOB, 10),
        (replace(BASE_CANDIDATE, practical_route=True), VacancyKind.WORK_EXPERIENCE, 10),
        (replace(BASE_CANDIDATE, practical_route=True), VacancyKind.JOB, 6),
        (replace(BASE_CANDIDATE, leerweg=Leerweg.BBL), VacancyKind.LEERBAAN, 10),
        (replace(BASE_CANDIDATE, looking_for_leerbaan=True), VacancyKind.LEERBAAN, 10),
    ],
)
def test_kind_fits_the_route(candidate: Candidate, kind: VacancyKind, points: float) -> None:
    assert reason(match(candidate, replace(BASE_OPENING, kind=kind)), "kind")[0] == points


@pytest.mark.parametrize(
    "candidate, opening, why",
    [
        (BASE_CANDIDATE, replace(BASE_OPENING, is_open=False), "The vacancy is not open"),
        (BASE_CANDIDATE, replace(BASE_OPENING, open_until=date(2026, 11, 1)), "The vacancy is not open"),
        (
            BASE_CANDIDATE,
            replace(BASE_OPENING, driving_licence_required=True),
            "A driving licence is required and the young person has none",
        ),
        (
            BASE_CANDIDATE,
            replace(BASE_OPENING, kind=VacancyKind.LEERBAAN),
            "A leerbaan (BBL) while the young person is not on the BBL route nor looking for one",
        ),
        (
            replace(BASE_CANDIDATE, hours_per_week=12),
            replace(BASE_OPENING, hours_min=32, hours_max=38),
            "The vacancy needs at least 32 hours a week, the young person can work 12",
        ),
    ],
)
def test_hard_filters_exclude_with_a_reason(candidate: Candidate, opening: Opening, why: str) -> None:
    m = match(candidate, opening)
    assert m.excluded.format(**dict(m.excluded_params)) == why
    matcher = Matcher(today=TODAY)
    assert matcher.rank_openings(candidate, matcher.openings_table([opening])) == []


def test_unknown_licence_does_not_exclude_and_a_held_one_passes() -> None:
    opening = replace(BASE_OPENING, driving_licence_required=True)
    assert match(replace(BASE_CANDIDATE, driving_licence=None), opening).excluded == ""
    assert match(replace(BASE_CANDIDATE, driving_licence=True), opening).excluded == ""


def test_missing_data_is_neutral() -> None:
    empty = Candidate(id=2)
    blank = Opening(id=20, kind=VacancyKind.JOB)
    m = match(empty, blank)
    assert {r.key: r.points / r.maximum for r in m.reasons} == {
        "level": 0.5,
        "field": 0.5,
        "travel": 0.5,
        "hours": 0.5,
        "start": 0.5,
        "coaching": 1.0,
        "kind": 1.0,
    }
    assert all(
        "unknown" in r.text.lower()
        for r in m.reasons
        if r.key in ("level", "field", "travel", "hours", "start")
    )


def test_weights_change_the_ranking_and_zero_weight_removes_a_criterion() -> None:
    near = replace(BASE_OPENING, id=1, place="Doetinchem", sector="Horeca en toerisme", crebo_codes=())
    far = replace(BASE_OPENING, id=2, place="Winterswijk")
    matcher = Matcher(today=TODAY)
    assert [
        m.opening_id for m in matcher.rank_openings(BASE_CANDIDATE, matcher.openings_table([near, far]))
    ] == [2, 1]
    travel_heavy = Matcher(today=TODAY, weights={"travel": 10})
    assert [
        m.opening_id
        for m in travel_heavy.rank_openings(BASE_CANDIDATE, travel_heavy.openings_table([near, far]))
    ] == [1, 2]
    assert match(replace(BASE_CANDIDATE, home_place="Atlantis"), travel=0).score == 100.0


def test_ties_are_broken_by_distance_then_id() -> None:
    openings = [
        replace(BASE_OPENING, id=i, place=place, sector="Horeca en toerisme", crebo_codes=())
        for i, place in ((7, "Zelhem"), (3, "Zelhem"), (5, "Doetinchem"))
    ]
    matcher = Matcher(today=TODAY)
    ranked = matcher.rank_openings(BASE_CANDIDATE, matcher.openings_table(openings))
    assert [m.score for m in ranked] == [ranked[0].score] * 3
    assert [m.opening_id for m in ranked] == [5, 3, 7]


def test_both_directions_give_the_same_score() -> None:
    candidates = [
        replace(BASE_CANDIDATE, id=i, home_place=p, level=lv)
        for i, p, lv in ((1, "Doetinchem", Level.MBO2), (2, "Aalten", Level.MBO4), (3, "Lochem", None))
    ]
    matcher = Matcher(today=TODAY)
    backwards = {
        m.candidate_id: m.score
        for m in matcher.rank_candidates(BASE_OPENING, matcher.candidates_table(candidates))
    }
    forwards = {c.id: match(c).score for c in candidates}
    assert backwards == forwards
    assert list(backwards) == [1, 3, 2]
