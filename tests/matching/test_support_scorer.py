"""The supporter matcher: sector, travel, capacity and wishes, each explained; hard filters with a reason; the
same ranking both ways; and what may never change a score."""

from __future__ import annotations

from dataclasses import replace

import pytest

from matchtafel.matching.support import Helper, Seeker, SupportMatcher

ZOE = Seeker(
    1,
    wanted_sectors=("Zorg en welzijn", "Detailhandel"),
    home_place="Doetinchem",
    travels_independently=True,
    wishes=("network", "applying"),
)
FIT = Helper(
    10, sectors=("Zorg en welzijn",), place="Doetinchem", capacity=3, taken=0, wishes=("network", "applying")
)


def rank(helpers: list[Helper], seeker: Seeker = ZOE, **kwargs: object) -> list:  # type: ignore[type-arg]
    matcher = SupportMatcher()
    return matcher.rank_helpers(seeker, matcher.table(helpers), **kwargs)  # type: ignore[arg-type]


def reasons(match: object) -> dict[str, tuple[float, str]]:
    return {r.key: (r.points, r.text) for r in match.reasons}  # type: ignore[attr-defined]


def test_a_supporter_who_fits_on_every_criterion_scores_100_and_says_why() -> None:
    [match] = rank([FIT])
    assert match.score == 100
    explained = reasons(match)
    assert explained["sector"] == (30, "Knows the sector the young person wants most (Zorg en welzijn)")
    assert explained["travel"] == (20, "0 km apart: close by")
    assert explained["capacity"] == (20, "Room for more: 0 of 3 young people")
    assert explained["wishes"] == (30, "Offers all the help asked for: network|applying")


@pytest.mark.parametrize(
    ("change", "key", "points", "text"),
    [
        (
            {"sectors": ("Detailhandel",)},
            "sector",
            20,
            "Knows a sector the young person wants (Detailhandel)",
        ),
        ({"sectors": ("ICT",)}, "sector", 0, "Works outside the wanted sectors (ICT)"),
        ({"sectors": ()}, "sector", 15, "Sector unknown"),
        ({"place": "Winterswijk"}, "travel", 6, "30 km apart: a long way to meet"),
        ({"place": "Atlantis"}, "travel", 10, "Distance unknown (place not known)"),
        ({"capacity": 2, "taken": 1}, "capacity", 14, "Room for one more: 1 of 2 young people"),
        ({"capacity": None, "taken": 4}, "capacity", 10, "Capacity unknown (4 young people now)"),
        (
            {"wishes": ("network", "workplace")},
            "wishes",
            18,
            "Offers part of the help asked for: network; not: applying",
        ),
        ({"wishes": ("practical",)}, "wishes", 0, "Does not offer the help asked for: network|applying"),
        ({"wishes": ()}, "wishes", 15, "Wishes not recorded on both sides"),
    ],
)
def test_each_criterion_scores_and_explains(
    change: dict[str, object], key: str, points: float, text: str
) -> None:
    [match] = rank([replace(FIT, **change)])  # type: ignore[arg-type]
    assert reasons(match)[key] == (points, text)


def test_someone_who_does_not_travel_independently_needs_the_supporter_close() -> None:
    seeker = replace(ZOE, travels_independently=False)
    [near] = rank([replace(FIT, place="Doetinchem")], seeker)
    [far] = rank([replace(FIT, place="Winterswijk")], seeker)
    assert reasons(near)["travel"][0] == 20
    assert reasons(far)["travel"] == (0, "30 km apart, does not travel independently: too far")


def test_a_full_or_archived_supporter_is_excluded_with_the_reason() -> None:
    full = replace(FIT, id=11, capacity=2, taken=2)
    archived = replace(FIT, id=12, available=False)
    assert [m.opening_id for m in rank([full, archived, FIT])] == [10]
    shown = {m.opening_id: m for m in rank([full, archived, FIT], include_excluded=True)}
    assert shown[11].excluded.format(**dict(shown[11].excluded_params)) == (
        "The supporter has no room: 2 of 2 young people"
    )
    assert shown[12].excluded == "The supporter is archived"
    assert next(iter(shown)) == 10  # the eligible one first, whatever its score


def test_best_first_and_the_same_scores_both_ways() -> None:
    helpers = [replace(FIT, id=20, sectors=("ICT",)), FIT, replace(FIT, id=21, place="Winterswijk")]
    forward = rank(helpers)
    assert [m.opening_id for m in forward] == [10, 21, 20]
    matcher = SupportMatcher()
    seekers = matcher.table([ZOE, replace(ZOE, id=2, wanted_sectors=("ICT",))])
    backward = {m.candidate_id: m.score for m in matcher.rank_seekers(FIT, seekers)}
    assert backward[1] == forward[0].score and backward[1] > backward[2]


def test_weights_change_the_ranking() -> None:
    near_other_sector = replace(FIT, id=30, sectors=("ICT",))
    far_same_sector = replace(FIT, id=31, place="Winterswijk")
    default = [m.opening_id for m in rank([near_other_sector, far_same_sector])]
    matcher = SupportMatcher(weights={"sector": 0.0, "travel": 3.0})
    weighted = matcher.rank_helpers(ZOE, matcher.table([near_other_sector, far_same_sector]))
    assert default == [31, 30] and [m.opening_id for m in weighted] == [30, 31]


def test_what_the_matcher_sees_holds_no_age_support_note_or_register() -> None:
    """Privacy rule 7: these are not fields of a Seeker, so they cannot sway a score."""
    fields = set(Seeker.__dataclass_fields__)
    assert not fields & {
        "birth_year",
        "age",
        "support_note",
        "doelgroepregister",
        "needs_job_coach",
        "gender",
    }
