"""The criteria of a match, each with its reasons. Every one is documented with why it is there.

A criterion sees two sides, ``y`` (the young person) and ``v`` (the vacancy): dicts of numpy columns or
scalars, so that one side can be a single person and the other 10,000 vacancies (numpy broadcasts).
It returns points and a reason code per pair; ``explain`` turns one pair's code into a sentence with
its figures. Missing data scores half the points and says "unknown": neutral, never a penalty.
Reasons are English source templates; the interface translates them (context "matching").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.vocabulary import VacancyKind
from matchtafel.matching.features import KIND_CODE

Side = dict[str, Any]
Array = np.ndarray[Any, Any]


@dataclass(frozen=True)
class Criterion:
    key: str
    title: str
    maximum: float
    score: Callable[[Side, Side], tuple[Array, Array]]
    reasons: tuple[str, ...]


def _select(
    conditions: list[Array], points: list[float], default_points: float, default_code: int
) -> tuple[Array, Array]:
    """The code of the first condition that holds (else ``default_code``) and its points, per pair."""
    shape = np.broadcast(*conditions).shape
    conditions = [np.broadcast_to(c, shape) for c in conditions]
    codes = np.select(conditions, list(range(len(conditions))), default=default_code).astype(int)
    table = np.full(max(len(points), default_code + 1), float(default_points))
    table[: len(points)] = points
    return table[codes], codes


def level(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: a job far below the young person's level is one of the reasons a first job does not last;
    a job far above it sets them up to fail. One step either way is a fair try."""
    diff = y["level"] - v["level"]
    unknown = np.isnan(diff)
    with np.errstate(invalid="ignore"):
        return _select(
            [unknown, diff == 0, diff == 1, diff >= 2, diff == -1],
            [12.5, 25, 18, 8, 12],
            0,
            5,
        )


def field_of_work(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: staying in the field of the programme keeps the diploma worth something; a sector the young
    person asked for is the next best. Same crebo > the main wanted sector > another wanted sector."""
    crebo = (y["crebo"] >= 0) & (
        (y["crebo"] == v["crebo1"]) | (y["crebo"] == v["crebo2"]) | (y["crebo"] == v["crebo3"])
    )
    sector_known = v["sector"] >= 0
    main = sector_known & (v["sector"] == y["sector1"])
    other = sector_known & ((v["sector"] == y["sector2"]) | (v["sector"] == y["sector3"]))
    unknown = ((y["crebo"] < 0) & (y["sector1"] < 0)) | ((v["sector"] < 0) & (v["crebo1"] < 0))
    return _select([unknown & ~crebo, crebo, main, other], [15, 30, 22, 15], 0, 4)


def distances(y: Side, v: Side) -> Array:
    """Straight-line km between the young person's and the vacancy's places (haversine), per pair."""
    lat1, lon1, lat2, lon2 = (
        np.radians(np.asarray(x, dtype=float)) for x in (y["lat"], y["lon"], v["lat"], v["lon"])
    )
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return np.asarray(2 * 6371.0 * np.arcsin(np.sqrt(h)))


def travel(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: a long or complicated journey is the first reason a placement breaks down; someone who does
    not travel independently needs work much closer to home. Straight-line km between the places
    (``v["km"]`` when the scorer has them already)."""
    km = v["km"] if "km" in v else distances(y, v)
    alone = y["independent"] != 0  # unknown counts as travelling independently: no penalty
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
            [7.5, 15, 11, 6, 0, 15, 7],
            0,
            7,
        )


def hours(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: hours the young person cannot make (school days, support, energy) end a job early."""
    low: Array = np.asarray(np.where(np.isnan(v["hours_min"]), v["hours_max"], v["hours_min"]))
    high: Array = np.asarray(np.where(np.isnan(v["hours_max"]), v["hours_min"], v["hours_max"]))
    wanted = y["hours"]
    with np.errstate(invalid="ignore"):
        inside = (wanted >= low) & (wanted <= high)
        near = (wanted >= low - 4) & (wanted <= high + 4)
    return _select([np.isnan(wanted) | np.isnan(low), inside, near], [5, 10, 5], 0, 3)


def start(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: a place that starts long before the young person is free goes to someone else."""
    late = y["available"] - v["start"]
    with np.errstate(invalid="ignore"):
        return _select([np.isnan(late), late <= 0, late <= 30], [5, 10, 5], 0, 3)


def coaching(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: when a job coach is needed, a workplace that does not allow one rarely works out.
    Not needing a coach never costs points."""
    needs = y["needs_coach"] == 1
    offered = v["coaching"] == 1
    return _select([~needs, needs & offered], [5, 5], 0, 2)


# Rows: regular route, practical route (PrO/VSO/BuSO), work-based route (BBL, duaal leren) or looking for a
# leerbaan.
# Columns: the vacancy kinds in their declaration order (job, leerbaan, BPV, work experience, trial).
KIND_FIT = np.array(
    [
        [10, 6, 6, 6, 8],
        [6, 3, 10, 10, 10],
        [6, 10, 4, 4, 6],
    ],
    dtype=float,
)
assert [*KIND_CODE] == [
    VacancyKind.JOB,
    VacancyKind.LEERBAAN,
    VacancyKind.BPV,
    VacancyKind.WORK_EXPERIENCE,
    VacancyKind.TRIAL_PLACEMENT,
]


def kind_fit(y: Side, v: Side) -> tuple[Array, Array]:
    """Why: the kind of place should fit the route: a BBL student needs a leerbaan, PrO and VSO leavers
    usually start with an internship, work experience or a trial placement, others with a job."""
    route = np.where(y["wants_bbl"] == 1, 2, np.where(y["practical"] == 1, 1, 0)).astype(int)
    kind = np.asarray(v["kind"]).astype(int)
    shape = np.broadcast(route, kind).shape
    route, kind = np.broadcast_to(route, shape), np.broadcast_to(kind, shape)
    return KIND_FIT[route, kind], route


CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "level",
        QT_TRANSLATE_NOOP("matching", "Level"),
        25,
        level,
        (
            QT_TRANSLATE_NOOP("matching", "Level unknown"),
            QT_TRANSLATE_NOOP(
                "matching", "Level fits: the vacancy asks {wanted}, the young person has {held}"
            ),
            QT_TRANSLATE_NOOP(
                "matching", "One level below: the vacancy asks {wanted}, the young person has {held}"
            ),
            QT_TRANSLATE_NOOP(
                "matching",
                "Far below level: the vacancy asks {wanted}, the young person has {held}; a first job below level often does not last",
            ),
            QT_TRANSLATE_NOOP(
                "matching",
                "One level above: the vacancy asks {wanted}, the young person has {held}; possible with support",
            ),
            QT_TRANSLATE_NOOP("matching", "Too high: the vacancy asks {wanted}, the young person has {held}"),
        ),
    ),
    Criterion(
        "field",
        QT_TRANSLATE_NOOP("matching", "Field"),
        30,
        field_of_work,
        (
            QT_TRANSLATE_NOOP("matching", "Field unknown"),
            QT_TRANSLATE_NOOP("matching", "Same programme (crebo {crebo})"),
            QT_TRANSLATE_NOOP("matching", "The sector the young person wants most ({sector})"),
            QT_TRANSLATE_NOOP("matching", "A sector the young person wants ({sector})"),
            QT_TRANSLATE_NOOP("matching", "Outside the wanted sectors ({sector})"),
        ),
    ),
    Criterion(
        "travel",
        QT_TRANSLATE_NOOP("matching", "Travel"),
        15,
        travel,
        (
            QT_TRANSLATE_NOOP("matching", "Travel distance unknown (place not known)"),
            QT_TRANSLATE_NOOP("matching", "{km} km from home: close by"),
            QT_TRANSLATE_NOOP("matching", "{km} km from home: reachable"),
            QT_TRANSLATE_NOOP("matching", "{km} km from home: a long journey"),
            QT_TRANSLATE_NOOP("matching", "{km} km from home: too far"),
            QT_TRANSLATE_NOOP("matching", "{km} km from home, does not travel independently: close by"),
            QT_TRANSLATE_NOOP("matching", "{km} km from home, does not travel independently: only with help"),
            QT_TRANSLATE_NOOP("matching", "{km} km from home, does not travel independently: too far"),
        ),
    ),
    Criterion(
        "hours",
        QT_TRANSLATE_NOOP("matching", "Hours"),
        10,
        hours,
        (
            QT_TRANSLATE_NOOP("matching", "Hours unknown"),
            QT_TRANSLATE_NOOP("matching", "Hours fit: {hours} per week, the vacancy offers {offered}"),
            QT_TRANSLATE_NOOP("matching", "Hours nearly fit: {hours} per week, the vacancy offers {offered}"),
            QT_TRANSLATE_NOOP("matching", "Hours do not fit: {hours} per week, the vacancy offers {offered}"),
        ),
    ),
    Criterion(
        "start",
        QT_TRANSLATE_NOOP("matching", "Start"),
        10,
        start,
        (
            QT_TRANSLATE_NOOP("matching", "Start date unknown"),
            QT_TRANSLATE_NOOP("matching", "Available in time: from {available}, the place starts {start}"),
            QT_TRANSLATE_NOOP(
                "matching", "Available shortly after the start: from {available}, the place starts {start}"
            ),
            QT_TRANSLATE_NOOP("matching", "Available too late: from {available}, the place starts {start}"),
        ),
    ),
    Criterion(
        "coaching",
        QT_TRANSLATE_NOOP("matching", "Job coach"),
        5,
        coaching,
        (
            QT_TRANSLATE_NOOP("matching", "No job coach needed"),
            QT_TRANSLATE_NOOP("matching", "Job coach needed and possible here"),
            QT_TRANSLATE_NOOP("matching", "Job coach needed but not offered here"),
        ),
    ),
    Criterion(
        "kind",
        QT_TRANSLATE_NOOP("matching", "Kind of place"),
        10,
        kind_fit,
        (
            QT_TRANSLATE_NOOP("matching", "{kind} for someone on the regular route"),
            QT_TRANSLATE_NOOP("matching", "{kind} for a PrO, VSO or BuSO leaver"),
            QT_TRANSLATE_NOOP("matching", "{kind} for someone on or looking for the BBL or duaal route"),
        ),
    ),
)

EXCLUSIONS = (
    "",
    QT_TRANSLATE_NOOP("matching", "The vacancy is not open"),
    QT_TRANSLATE_NOOP("matching", "A driving licence is required and the young person has none"),
    QT_TRANSLATE_NOOP(
        "matching", "A leerbaan (BBL) while the young person is not on the BBL route nor looking for one"
    ),
    QT_TRANSLATE_NOOP(
        "matching", "The vacancy needs at least {needed} hours a week, the young person can work {hours}"
    ),
)


def exclusion(y: Side, v: Side, today_ordinal: float) -> Array:
    """Hard filters: a code per pair (0 = eligible), each with a stated reason in EXCLUSIONS."""
    with np.errstate(invalid="ignore"):
        closed = (v["open"] == 0) | (v["open_until"] < today_ordinal)
        licence = (v["licence_required"] == 1) & (y["licence"] == 0)
        leerbaan = (v["kind"] == KIND_CODE[VacancyKind.LEERBAAN]) & (y["wants_bbl"] == 0)
        impossible_hours = v["hours_min"] > y["hours"] + 8
    shape = np.broadcast(closed, licence, leerbaan, impossible_hours).shape
    return np.select(
        [np.broadcast_to(c, shape) for c in (closed, licence, leerbaan, impossible_hours)],
        [1, 2, 3, 4],
        default=0,
    ).astype(int)
