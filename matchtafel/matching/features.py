"""What the matcher knows of a young person and of a vacancy, and the same as columns of numbers.

``Candidate`` and ``Opening`` are plain data built by the services. They hold exactly the fields the
criteria use: age, support notes and doelgroepregister status are not in them, so they cannot sway a
score (DOMAIN.md, privacy rule 7). A ``FeatureTable`` turns many of them into numpy columns so that one
young person is held against 10,000 vacancies (or the reverse) in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from matchtafel.domain.text_fold import fold
from matchtafel.domain.vocabulary import WORK_BASED_ROUTES, Leerweg, Level, VacancyKind
from matchtafel.matching.places import gazetteer

# Levels as steps of difficulty; PrO, VSO and BuSO leavers are at about the entry level, OKAN (reception
# classes) just below it, BSO (vocational secondary in Flanders) about mbo 2. OTHER is unknown.
LEVEL_STEP: dict[Level, float] = {
    Level.PRO: 0,
    Level.VSO: 0,
    Level.BUSO: 0,
    Level.OKAN: 0,
    Level.ENTREE: 1,
    Level.MBO1: 1,
    Level.MBO2: 2,
    Level.BSO: 2,
    Level.MBO3: 3,
    Level.MBO4: 4,
}
KIND_CODE = {kind: number for number, kind in enumerate(VacancyKind)}
NONE = -1  # "not filled in" in integer columns; NaN in float columns


@dataclass(frozen=True, slots=True)  # slots: a region's 100,000 are held for the suggestions
class Candidate:
    id: int
    level: Level | None = None
    leerweg: Leerweg | None = None
    looking_for_leerbaan: bool = False
    crebo: str = ""
    wanted_sectors: tuple[str, ...] = ()
    home_place: str = ""
    travels_independently: bool | None = None
    driving_licence: bool | None = None
    hours_per_week: int | None = None
    available_from: date | None = None
    needs_job_coach: bool = False
    practical_route: bool = False  # PrO, VSO or BuSO: internships and work experience fit best


@dataclass(frozen=True, slots=True)
class Opening:
    id: int
    kind: VacancyKind
    is_open: bool = True
    open_until: date | None = None
    required_level: Level | None = None
    crebo_codes: tuple[str, ...] = ()
    sector: str = ""
    place: str = ""
    hours_min: int | None = None
    hours_max: int | None = None
    start_date: date | None = None
    driving_licence_required: bool = False
    coaching_possible: bool = False


@dataclass
class Vocabulary:
    """Sectors and crebo codes as small integers, shared by both sides of a comparison."""

    codes: dict[str, int] = field(default_factory=dict)

    def number(self, text: str) -> int:
        key = fold(text.strip())
        if not key:
            return NONE
        return self.codes.setdefault(key, len(self.codes))


def _ordinal(value: date | None) -> float:
    return float(value.toordinal()) if value else np.nan


def _num(value: float | None) -> float:
    return np.nan if value is None else float(value)


def _tristate(value: bool | None) -> float:
    return np.nan if value is None else float(value)


def _padded(values: Sequence[int], width: int) -> list[int]:
    return ([*values, NONE, NONE, NONE])[:width]


class FeatureTable:
    """Columns for many candidates or many openings; ``row(i)`` gives one of them as scalars.

    ``items``: the candidates or openings themselves, for explaining the best matches; None when the
    table is built to hold numbers only (a region's 100,000 young people), and the caller of a ranking
    hands over a look-up of the few that are explained."""

    def __init__(
        self,
        columns: dict[str, np.ndarray[Any, Any]],
        ids: np.ndarray[Any, Any],
        items: Sequence[Any] | None,
    ) -> None:
        self.columns = columns
        self.ids = ids
        self.items = None if items is None else list(items)

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, index: int) -> dict[str, Any]:
        return {name: column[index] for name, column in self.columns.items()}

    @classmethod
    def of_candidates(
        cls, candidates: Sequence[Candidate], vocabulary: Vocabulary, *, keep_items: bool = True
    ) -> FeatureTable:
        """``candidates``: Candidates, or rows with the same attributes (then ``keep_items=False``)."""
        places = gazetteer()
        matrix = np.empty((len(candidates), 16))
        for number, c in enumerate(candidates):
            place = places.lookup(c.home_place)
            sectors = _padded([vocabulary.number(s) for s in c.wanted_sectors], 3)
            matrix[number] = (
                c.id,
                LEVEL_STEP.get(c.level, np.nan) if c.level else np.nan,
                float(c.leerweg in WORK_BASED_ROUTES or c.looking_for_leerbaan),
                vocabulary.number(c.crebo),
                *sectors,
                place.latitude if place else np.nan,
                place.longitude if place else np.nan,
                _tristate(c.travels_independently),
                _tristate(c.driving_licence),
                _num(c.hours_per_week),
                _ordinal(c.available_from),
                float(c.needs_job_coach),
                float(c.practical_route),
                float(c.leerweg in WORK_BASED_ROUTES),
            )
        names = (
            "id",
            "level",
            "wants_bbl",
            "crebo",
            "sector1",
            "sector2",
            "sector3",
            "lat",
            "lon",
            "independent",
            "licence",
            "hours",
            "available",
            "needs_coach",
            "practical",
            "on_bbl",
        )
        return cls._build(names, matrix, candidates if keep_items else None)

    @classmethod
    def of_openings(
        cls, openings: Sequence[Opening], vocabulary: Vocabulary, *, keep_items: bool = True
    ) -> FeatureTable:
        """``openings``: Openings, or rows with the same attributes (then ``keep_items=False``)."""
        places = gazetteer()
        matrix = np.empty((len(openings), 16))
        for number, o in enumerate(openings):
            place = places.lookup(o.place)
            crebos = _padded([vocabulary.number(code) for code in o.crebo_codes], 3)
            matrix[number] = (
                o.id,
                float(KIND_CODE[o.kind]),
                float(o.is_open),
                _ordinal(o.open_until),
                LEVEL_STEP.get(o.required_level, np.nan) if o.required_level else np.nan,
                *crebos,
                vocabulary.number(o.sector),
                place.latitude if place else np.nan,
                place.longitude if place else np.nan,
                _num(o.hours_min),
                _num(o.hours_max),
                _ordinal(o.start_date),
                float(o.driving_licence_required),
                float(o.coaching_possible),
            )
        names = (
            "id",
            "kind",
            "open",
            "open_until",
            "level",
            "crebo1",
            "crebo2",
            "crebo3",
            "sector",
            "lat",
            "lon",
            "hours_min",
            "hours_max",
            "start",
            "licence_required",
            "coaching",
        )
        return cls._build(names, matrix, openings if keep_items else None)

    @classmethod
    def _build(
        cls, names: tuple[str, ...], matrix: np.ndarray[Any, Any], items: Sequence[Any] | None
    ) -> FeatureTable:
        """``matrix``: a row per item, filled in place (a list of tuples first would hold every number as
        a Python object at once: ~0.6 KiB per row)."""
        # Whole numbers (codes, ordinals of dates, hours, flags) are exact in 32 bits; the coordinates keep
        # 64, so that every distance and score is what it was: half the memory for a region's tables.
        columns = {
            name: matrix[:, i].astype(np.float64 if name in ("lat", "lon") else np.float32)
            for i, name in enumerate(names)
        }
        return cls(columns, columns.pop("id").astype(np.int64), items)
