"""Ranking: one young person against many vacancies, or one vacancy against many young people.

Advisory only: the scores rank, a person decides (EU AI Act: job matching is high-risk use). Every
match carries its breakdown per criterion with a reason that can be shown to the young person.
Ties are broken deterministically: higher score, then shorter distance, then the lower id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import numpy as np

from matchtafel.domain.vocabulary import Level
from matchtafel.matching.criteria import CRITERIA, EXCLUSIONS, distances, exclusion
from matchtafel.matching.features import Candidate, FeatureTable, Opening, Vocabulary
from matchtafel.matching.places import distance_km, gazetteer

LookUp = Callable[[list[int]], Mapping[int, Any]]  # ids -> the candidates or openings with those ids
DEFAULT_WEIGHTS: dict[str, float] = {criterion.key: 1.0 for criterion in CRITERIA}
LEVEL_SHOWN = {
    Level.PRO: "PrO",
    Level.VSO: "VSO",
    Level.BUSO: "BuSO",
    Level.OKAN: "OKAN",
    Level.ENTREE: "Entree",
    Level.BSO: "BSO",
    Level.OTHER: "?",
}


@dataclass(frozen=True)
class Reason:
    """One criterion's part of a score: points out of a maximum, and why (template + figures)."""

    key: str
    title: str
    points: float
    maximum: float
    template: str
    params: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.params))


@dataclass(frozen=True)
class Scored:
    totals: np.ndarray[Any, Any]
    points: list[np.ndarray[Any, Any]]
    codes: list[np.ndarray[Any, Any]]
    excluded: np.ndarray[Any, Any]


@dataclass(frozen=True)
class Match:
    candidate_id: int
    opening_id: int
    score: float  # 0-100
    reasons: tuple[Reason, ...]
    excluded: str = ""  # a template from EXCLUSIONS when a hard filter applies
    excluded_params: tuple[tuple[str, str], ...] = ()


class Matcher:
    """Holds the weights (from settings) and today's date; stateless otherwise."""

    def __init__(
        self, *, today: date, weights: Mapping[str, float] | None = None, vocabulary: Vocabulary | None = None
    ) -> None:
        self.today = today
        self.weights = {**DEFAULT_WEIGHTS, **(weights or {})}
        self.vocabulary = vocabulary or Vocabulary()  # tables compared with each other must share one

    # -- building the tables (the services keep them between calls) ----------------------------------

    def openings_table(self, openings: list[Opening]) -> FeatureTable:
        return FeatureTable.of_openings(openings, self.vocabulary)

    def candidates_table(self, candidates: list[Candidate]) -> FeatureTable:
        return FeatureTable.of_candidates(candidates, self.vocabulary)

    # -- ranking --------------------------------------------------------------------------------------

    def rank_openings(
        self,
        candidate: Candidate,
        openings: FeatureTable,
        *,
        limit: int = 25,
        include_excluded: bool = False,
        look_up: LookUp | None = None,
    ) -> list[Match]:
        """``look_up``: the openings by id, for a table built without its items."""
        one = self.candidates_table([candidate])
        return self._rank(
            one.row(0),
            openings.columns,
            openings,
            candidate_side=True,
            single=candidate,
            limit=limit,
            include_excluded=include_excluded,
            look_up=look_up,
        )

    def rank_candidates(
        self,
        opening: Opening,
        candidates: FeatureTable,
        *,
        limit: int = 25,
        include_excluded: bool = False,
        look_up: LookUp | None = None,
    ) -> list[Match]:
        """``look_up``: the candidates by id, for a table built without its items."""
        one = self.openings_table([opening])
        return self._rank(
            candidates.columns,
            one.row(0),
            candidates,
            candidate_side=False,
            single=opening,
            limit=limit,
            include_excluded=include_excluded,
            look_up=look_up,
        )

    def scores(self, y: Mapping[str, Any], v: Mapping[str, Any]) -> Scored:
        """Totals (0-100), per-criterion points and codes, and exclusion codes for every pair (broadcast)."""
        totals, points, codes = self._scored(y, v, None)
        excluded = exclusion(dict(y), dict(v), float(self.today.toordinal()))
        return Scored(totals, points, codes, excluded)

    def _scored(
        self, y: Mapping[str, Any], v: Mapping[str, Any], km: np.ndarray[Any, Any] | None
    ) -> tuple[np.ndarray[Any, Any], list[np.ndarray[Any, Any]], list[np.ndarray[Any, Any]]]:
        """``km``: the distances, when already known (the travel criterion then uses them)."""
        total_max = sum(c.maximum * self.weights[c.key] for c in CRITERIA) or 1.0
        total: Any = 0.0
        points, codes = [], []
        v_side = dict(v) if km is None else {**v, "km": km}
        for criterion in CRITERIA:
            criterion_points, code = criterion.score(dict(y), v_side)
            total = total + criterion_points * self.weights[criterion.key]
            points.append(criterion_points)
            codes.append(code)
        return np.round(np.asarray(total) * 100.0 / total_max, 1), points, codes

    def _rank(
        self,
        y: Mapping[str, Any],
        v: Mapping[str, Any],
        table: FeatureTable,
        *,
        candidate_side: bool,
        single: Candidate | Opening,
        limit: int,
        include_excluded: bool,
        look_up: LookUp | None = None,
    ) -> list[Match]:
        """The best ``limit`` pairs: higher score, then shorter distance, then the lower id (excluded last).

        Pairs a hard filter excludes are dropped before any scoring (unless asked for), and only the pairs
        that can still reach the first ``limit`` places are sorted: the same order as sorting them all."""
        n = len(table)
        excluded = np.broadcast_to(exclusion(dict(y), dict(v), float(self.today.toordinal())), (n,))
        if include_excluded:
            rows = np.arange(n)
        else:
            rows = np.flatnonzero(excluded == 0)
            if len(rows) < n:  # score the eligible part of the table only
                if candidate_side:
                    v = {name: column[rows] for name, column in v.items()}
                else:
                    y = {name: column[rows] for name, column in y.items()}
        m = len(rows)
        if m == 0:
            return []
        km = self._distances(y, v, m)
        totals, points, codes = self._scored(y, v, km)
        totals = np.broadcast_to(totals, (m,))
        distance = np.nan_to_num(km, nan=1e9)
        ids = table.ids[rows]
        if include_excluded:
            order = np.lexsort((ids, distance, -totals, excluded > 0))
        else:
            candidates = np.arange(m)
            if m > limit > 0:  # only totals from the limit-th best up can be among the first places
                threshold = np.partition(totals, m - limit)[m - limit]
                candidates = np.flatnonzero(totals >= threshold)
            order = candidates[np.lexsort((ids[candidates], distance[candidates], -totals[candidates]))]
        matches = []
        points = [np.broadcast_to(p, (m,)) for p in points]
        codes = [np.broadcast_to(c, (m,)) for c in codes]
        top = order[:limit]
        if table.items is not None:
            others = [table.items[int(rows[index])] for index in top]
        else:
            assert look_up is not None, "a table without items needs a look-up"
            found = look_up([int(i) for i in ids[top]])
            others = [found[int(i)] for i in ids[top]]
        for index, other in zip(top, others, strict=True):
            candidate, opening = (single, other) if candidate_side else (other, single)
            assert isinstance(candidate, Candidate) and isinstance(opening, Opening)
            per_criterion = [(float(p[index]), int(c[index])) for p, c in zip(points, codes, strict=True)]
            matches.append(
                self._explain(
                    candidate, opening, float(totals[index]), per_criterion, int(excluded[rows[index]])
                )
            )
        return matches

    @staticmethod
    def _distances(y: Mapping[str, Any], v: Mapping[str, Any], n: int) -> np.ndarray[Any, Any]:
        return np.broadcast_to(distances(dict(y), dict(v)), (n,))

    # -- explanation ------------------------------------------------------------------------------------

    def _explain(
        self,
        candidate: Candidate,
        opening: Opening,
        score: float,
        per_criterion: list[tuple[float, int]],
        excluded: int,
    ) -> Match:
        params = _figures(candidate, opening)

        def used(template: str) -> tuple[tuple[str, str], ...]:
            return tuple((k, params[k]) for k in _names_in(template))

        reasons = tuple(
            Reason(
                criterion.key,
                criterion.title,
                points,
                criterion.maximum,
                criterion.reasons[code],
                used(criterion.reasons[code]),
            )
            for criterion, (points, code) in zip(CRITERIA, per_criterion, strict=True)
        )
        template = EXCLUSIONS[excluded]
        return Match(candidate.id, opening.id, score, reasons, template, used(template))


FIGURES = (
    "wanted",
    "held",
    "crebo",
    "sector",
    "km",
    "hours",
    "offered",
    "available",
    "start",
    "kind",
    "needed",
)


@cache
def _names_in(template: str) -> tuple[str, ...]:
    """The figures a reason's template names, in the order of ``FIGURES`` (a few dozen templates)."""
    return tuple(name for name in FIGURES if "{" + name + "}" in template)


def _figures(candidate: Candidate, opening: Opening) -> dict[str, str]:
    places = gazetteer()
    home, work = places.lookup(candidate.home_place), places.lookup(opening.place)
    offered = (
        f"{opening.hours_min}–{opening.hours_max}"
        if opening.hours_min != opening.hours_max
        else f"{opening.hours_min}"
    )
    return {
        "wanted": _level(opening.required_level),
        "held": _level(candidate.level),
        "crebo": candidate.crebo,
        "sector": opening.sector,
        "km": f"{distance_km(home, work):.0f}" if home and work else "?",
        "hours": str(candidate.hours_per_week),
        "offered": offered,
        "available": candidate.available_from.strftime("%d-%m-%Y") if candidate.available_from else "?",
        "start": opening.start_date.strftime("%d-%m-%Y") if opening.start_date else "?",
        "kind": opening.kind.value,
        "needed": str(opening.hours_min),
    }


def _level(level: Level | None) -> str:
    return "?" if level is None else LEVEL_SHOWN.get(level, level.value)
