"""Suggestions of supporters (mentors, coaches) for a young person, and of young people for a supporter.

The same design as the vacancies (``criteria.py``, ``scorer.py``): each criterion scores both sides as numpy
columns, so one supporter is held against 20,000 young people at once, and says why in a sentence with its
figures; hard filters exclude with a stated reason; the weights come from the caller. Advisory only: a person
decides. ``Seeker`` and ``Helper`` hold exactly what the criteria use: age, support notes and the
doelgroepregister are not in them, so they cannot sway a score (DOMAIN.md, privacy rule 7).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.vocabulary import SupportWish
from matchtafel.matching.criteria import Criterion, _select
from matchtafel.matching.features import NONE, Vocabulary
from matchtafel.matching.places import distance_km, gazetteer
from matchtafel.matching.scorer import Match, Reason

Side = dict[str, Any]
Array = np.ndarray[Any, Any]
WISH_BIT = {wish.value: 1 << number for number, wish in enumerate(SupportWish)}
_BITS = np.array([bin(n).count("1") for n in range(1 << len(SupportWish))])
SECTOR_SLOTS = 4


@dataclass(frozen=True)
class Seeker:
    """A young person as the supporter matcher sees them."""

    id: int
    wanted_sectors: tuple[str, ...] = ()
    home_place: str = ""
    travels_independently: bool | None = None
    wishes: tuple[str, ...] = ()  # SupportWish values


@dataclass(frozen=True)
class Helper:
    """A supporter as the matcher sees them: ``taken`` is how many young people they support now."""

    id: int
    sectors: tuple[str, ...] = ()
    place: str = ""
    capacity: int | None = None
    taken: int = 0
    wishes: tuple[str, ...] = ()
    available: bool = True


def sector(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: a mentor from the sector the young person wants opens the right doors and knows the work."""
    known = (y["sector1"] >= 0) & (v["sector1"] >= 0)
    slots = [v[f"sector{i}"] for i in range(1, SECTOR_SLOTS + 1)]
    main = (y["sector1"] >= 0) & np.any([y["sector1"] == s for s in slots], axis=0)
    other = np.zeros_like(main)
    for wanted in ("sector2", "sector3"):
        other = other | ((y[wanted] >= 0) & np.any([y[wanted] == s for s in slots], axis=0))
    return _select([~known, main, other], [15, 30, 20], 0, 3)


def travel(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: a mentor meets the young person every week or two; far away, meetings stop. Someone who does not
    travel independently needs the supporter nearby. Straight-line km between the places."""
    lat1, lon1, lat2, lon2 = (np.radians(x) for x in (y["lat"], y["lon"], v["lat"], v["lon"]))
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    km = 2 * 6371.0 * np.arcsin(np.sqrt(h))
    alone = y["independent"] != 0
    with np.errstate(invalid="ignore"):
        return _select(
            [
                np.isnan(km),
                alone & (km <= 10),
                alone & (km <= 25),
                alone & (km <= 40),
                alone,
                km <= 5,
                km <= 15,
            ],
            [10, 20, 14, 6, 0, 20, 10],
            0,
            7,
        )


def capacity(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: a supporter with room left has time for one more; the last free place is still a fair try.
    A full supporter is excluded (below), unknown capacity counts half."""
    free = v["capacity"] - v["taken"]
    with np.errstate(invalid="ignore"):
        return _select([np.isnan(free), free >= 2, free >= 1], [10, 20, 14], 0, 3)


def wishes(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: the link lasts when the supporter gives the help the young person asks for (both sides' wishes)."""
    asked, offered = np.asarray(y["wishes"]).astype(int), np.asarray(v["wishes"]).astype(int)
    shape = np.broadcast(asked, offered).shape
    asked, offered = np.broadcast_to(asked, shape), np.broadcast_to(offered, shape)
    met = _BITS[asked & offered]
    return _select([(asked == 0) | (offered == 0), met == _BITS[asked], met > 0], [15, 30, 18], 0, 3)


SUPPORT_CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "sector",
        QT_TRANSLATE_NOOP("matching", "Sector"),
        30,
        sector,
        (
            QT_TRANSLATE_NOOP("matching", "Sector unknown"),
            QT_TRANSLATE_NOOP("matching", "Knows the sector the young person wants most ({sector})"),
            QT_TRANSLATE_NOOP("matching", "Knows a sector the young person wants ({sectors})"),
            QT_TRANSLATE_NOOP("matching", "Works outside the wanted sectors ({sectors})"),
        ),
    ),
    Criterion(
        "travel",
        QT_TRANSLATE_NOOP("matching", "Travel"),
        20,
        travel,
        (
            QT_TRANSLATE_NOOP("matching", "Distance unknown (place not known)"),
            QT_TRANSLATE_NOOP("matching", "{km} km apart: close by"),
            QT_TRANSLATE_NOOP("matching", "{km} km apart: reachable"),
            QT_TRANSLATE_NOOP("matching", "{km} km apart: a long way to meet"),
            QT_TRANSLATE_NOOP("matching", "{km} km apart: too far to meet often"),
            QT_TRANSLATE_NOOP("matching", "{km} km apart, does not travel independently: close by"),
            QT_TRANSLATE_NOOP("matching", "{km} km apart, does not travel independently: only with help"),
            QT_TRANSLATE_NOOP("matching", "{km} km apart, does not travel independently: too far"),
        ),
    ),
    Criterion(
        "capacity",
        QT_TRANSLATE_NOOP("matching", "Capacity"),
        20,
        capacity,
        (
            QT_TRANSLATE_NOOP("matching", "Capacity unknown ({taken} young people now)"),
            QT_TRANSLATE_NOOP("matching", "Room for more: {taken} of {capacity} young people"),
            QT_TRANSLATE_NOOP("matching", "Room for one more: {taken} of {capacity} young people"),
            QT_TRANSLATE_NOOP("matching", "No room: {taken} of {capacity} young people"),
        ),
    ),
    Criterion(
        "wishes",
        QT_TRANSLATE_NOOP("matching", "Wishes"),
        30,
        wishes,
        (
            QT_TRANSLATE_NOOP("matching", "Wishes not recorded on both sides"),
            QT_TRANSLATE_NOOP("matching", "Offers all the help asked for: {met}"),
            QT_TRANSLATE_NOOP("matching", "Offers part of the help asked for: {met}; not: {missing}"),
            QT_TRANSLATE_NOOP("matching", "Does not offer the help asked for: {missing}"),
        ),
    ),
)

SUPPORT_EXCLUSIONS = (
    "",
    QT_TRANSLATE_NOOP("matching", "The supporter is archived"),
    QT_TRANSLATE_NOOP("matching", "The supporter has no room: {taken} of {capacity} young people"),
)
DEFAULT_SUPPORT_WEIGHTS: dict[str, float] = {c.key: 1.0 for c in SUPPORT_CRITERIA}


def support_exclusion(y: Side, v: Side) -> Array:
    with np.errstate(invalid="ignore"):
        archived = v["available"] == 0
        full = v["capacity"] - v["taken"] <= 0
    shape = np.broadcast(archived, full, y["wishes"]).shape
    return np.select([np.broadcast_to(c, shape) for c in (archived, full)], [1, 2], default=0).astype(int)


class SupportTable:
    """Columns for many seekers or many helpers; ``row(i)`` gives one of them as scalars."""

    def __init__(self, columns: dict[str, Array], items: Sequence[Seeker | Helper]) -> None:
        self.columns, self.items = columns, list(items)
        self.ids = np.array([item.id for item in items], dtype=np.int64)

    def __len__(self) -> int:
        return len(self.items)

    def row(self, index: int) -> dict[str, Any]:
        return {name: column[index] for name, column in self.columns.items()}

    @classmethod
    def of(cls, items: Sequence[Seeker | Helper], vocabulary: Vocabulary) -> SupportTable:
        places = gazetteer()
        columns: dict[str, list[float]] = {}
        for item in items:
            where = places.lookup(item.home_place if isinstance(item, Seeker) else item.place)
            sectors = item.wanted_sectors if isinstance(item, Seeker) else item.sectors
            numbers = [vocabulary.number(s) for s in sectors][:SECTOR_SLOTS]
            values: dict[str, float] = {
                f"sector{i + 1}": float(n)
                for i, n in enumerate([*numbers, *[NONE] * SECTOR_SLOTS][:SECTOR_SLOTS])
            }
            values["lat"] = where.latitude if where else np.nan
            values["lon"] = where.longitude if where else np.nan
            values["wishes"] = float(sum(WISH_BIT.get(w, 0) for w in set(item.wishes)))
            if isinstance(item, Seeker):
                independent = item.travels_independently
                values["independent"] = np.nan if independent is None else float(independent)
            else:
                values["capacity"] = np.nan if item.capacity is None else float(item.capacity)
                values["taken"] = float(item.taken)
                values["available"] = float(item.available)
            for name, value in values.items():
                columns.setdefault(name, []).append(value)
        return cls({name: np.array(column, dtype=float) for name, column in columns.items()}, items)


class SupportMatcher:
    """Holds the weights; ranks helpers for a seeker or seekers for a helper, every match explained."""

    def __init__(
        self, *, weights: Mapping[str, float] | None = None, vocabulary: Vocabulary | None = None
    ) -> None:
        chosen = {key: value for key, value in (weights or {}).items() if key in DEFAULT_SUPPORT_WEIGHTS}
        self.weights = {**DEFAULT_SUPPORT_WEIGHTS, **chosen}
        self.vocabulary = vocabulary or Vocabulary()

    def table(self, items: Sequence[Seeker | Helper]) -> SupportTable:
        return SupportTable.of(items, self.vocabulary)

    def rank_helpers(
        self, seeker: Seeker, helpers: SupportTable, *, limit: int = 25, include_excluded: bool = False
    ) -> list[Match]:
        one = self.table([seeker])
        return self._rank(one.row(0), helpers.columns, helpers, seeker, True, limit, include_excluded)

    def rank_seekers(
        self, helper: Helper, seekers: SupportTable, *, limit: int = 25, include_excluded: bool = False
    ) -> list[Match]:
        one = self.table([helper])
        return self._rank(seekers.columns, one.row(0), seekers, helper, False, limit, include_excluded)

    def _rank(
        self,
        y: Mapping[str, Any],
        v: Mapping[str, Any],
        table: SupportTable,
        single: Seeker | Helper,
        seeker_side: bool,
        limit: int,
        include_excluded: bool,
    ) -> list[Match]:
        n = len(table)
        if not n:
            return []
        total_max = sum(c.maximum * self.weights[c.key] for c in SUPPORT_CRITERIA) or 1.0
        total: Any = 0.0
        scored = []
        for criterion in SUPPORT_CRITERIA:
            points, codes = criterion.score(dict(y), dict(v))
            total = total + points * self.weights[criterion.key]
            scored.append((np.broadcast_to(points, (n,)), np.broadcast_to(codes, (n,))))
        totals = np.broadcast_to(np.round(np.asarray(total) * 100.0 / total_max, 1), (n,))
        excluded = np.broadcast_to(support_exclusion(dict(y), dict(v)), (n,))
        order = np.lexsort((table.ids, -totals, excluded > 0))
        if not include_excluded:
            order = order[excluded[order] == 0]
        matches = []
        for index in order[:limit]:
            other = table.items[int(index)]
            seeker, helper = (single, other) if seeker_side else (other, single)
            assert isinstance(seeker, Seeker) and isinstance(helper, Helper)
            params = _figures(seeker, helper)

            def used(template: str, params: dict[str, str] = params) -> tuple[tuple[str, str], ...]:
                return tuple((k, value) for k, value in params.items() if "{" + k + "}" in template)

            reasons = tuple(
                Reason(
                    c.key,
                    c.title,
                    float(points[index]),
                    c.maximum,
                    c.reasons[int(codes[index])],
                    used(c.reasons[int(codes[index])]),
                )
                for c, (points, codes) in zip(SUPPORT_CRITERIA, scored, strict=True)
            )
            template = SUPPORT_EXCLUSIONS[int(excluded[index])]
            matches.append(
                Match(seeker.id, helper.id, float(totals[index]), reasons, template, used(template))
            )
        return matches


def _figures(seeker: Seeker, helper: Helper) -> dict[str, str]:
    """The figures a reason names; wishes as codes joined by "|" (the interface shows them in words)."""
    places = gazetteer()
    home, there = places.lookup(seeker.home_place), places.lookup(helper.place)
    asked, offered = set(seeker.wishes), set(helper.wishes)
    in_order = [w.value for w in SupportWish]
    main = seeker.wanted_sectors[0] if seeker.wanted_sectors else "?"
    return {
        "sector": main,
        "sectors": ", ".join(helper.sectors) or "?",
        "km": f"{distance_km(home, there):.0f}" if home and there else "?",
        "taken": str(helper.taken),
        "capacity": "?" if helper.capacity is None else str(helper.capacity),
        "met": "|".join(w for w in in_order if w in asked & offered),
        "missing": "|".join(w for w in in_order if w in asked - offered),
    }
