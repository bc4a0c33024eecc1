"""What the matcher reads of a vacancy and a young person, read lean (named tuples straight from the rows, no
ORM objects): the columns, the conversions from what the driver gives, and the matcher's ``Opening`` and
``Candidate`` made from them. Only fields the criteria use: no names, no support notes, no doelgroepregister."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, NamedTuple

from matchtafel.domain.vocabulary import Leerweg, Level, VacancyKind, VacancyStatus
from matchtafel.matching.features import Candidate, Opening
from matchtafel.services.list_rows import as_bool, as_date, as_enum, as_text

CANDIDATE_COLUMNS = (
    "id",
    "level",
    "leerweg",
    "looking_for_leerbaan",
    "crebo",
    "wanted_sectors",
    "home_place",
    "travels_independently",
    "driving_licence",
    "hours_per_week",
    "available_from",
    "needs_job_coach",
)


def candidate_from(values: Mapping[Any, Any]) -> Candidate:
    """The matcher's view of a young person; every other field (age, notes, register) is left out."""
    return Candidate(
        id=values["id"],
        level=values["level"],
        leerweg=values["leerweg"],
        looking_for_leerbaan=bool(values["looking_for_leerbaan"]),
        crebo=values["crebo"] or "",
        wanted_sectors=tuple(values["wanted_sectors"] or ()),
        home_place=values["home_place"] or "",
        travels_independently=values["travels_independently"],
        driving_licence=values["driving_licence"],
        hours_per_week=values["hours_per_week"],
        available_from=values["available_from"],
        needs_job_coach=bool(values["needs_job_coach"]),
        practical_route=values["level"] in (Level.PRO, Level.VSO, Level.BUSO),
    )


def opening_from(values: Mapping[Any, Any]) -> Opening:
    return Opening(
        id=values["id"],
        kind=values["kind"],
        is_open=values["status"] == VacancyStatus.OPEN and not values["archived"],
        open_until=values["open_until"],
        required_level=values["required_level"],
        crebo_codes=tuple(values["crebo_codes"] or ()),
        sector=values["sector"] or "",
        place=values["place"] or "",
        hours_min=values["hours_min"],
        hours_max=values["hours_max"],
        start_date=values["start_date"],
        driving_licence_required=bool(values["driving_licence_required"]),
        coaching_possible=bool(values["coaching_possible"]),
    )


def _codes(value: str | None) -> tuple[str, ...]:
    """A ``StringList`` column as the driver gives it (``a|b``), as a tuple."""
    return tuple(value.split("|")) if value else ()


class VacancyFeatures(NamedTuple):
    """A vacancy as the matcher reads it (the attributes of an ``Opening``, read lean)."""

    id: int
    kind: VacancyKind
    status: VacancyStatus
    archived: bool
    open_until: date | None
    required_level: Level | None
    crebo_codes: tuple[str, ...]
    sector: str
    place: str
    hours_min: int | None
    hours_max: int | None
    start_date: date | None
    driving_licence_required: bool
    coaching_possible: bool

    @property
    def is_open(self) -> bool:
        return self.status == VacancyStatus.OPEN and not self.archived

    def opening(self) -> Opening:
        return Opening(
            id=self.id,
            kind=self.kind,
            is_open=self.is_open,
            open_until=self.open_until,
            required_level=self.required_level,
            crebo_codes=self.crebo_codes,
            sector=self.sector,
            place=self.place,
            hours_min=self.hours_min,
            hours_max=self.hours_max,
            start_date=self.start_date,
            driving_licence_required=self.driving_licence_required,
            coaching_possible=self.coaching_possible,
        )


VACANCY_CONVERT: dict[str, Callable[[Any], Any]] = {
    "kind": as_enum(VacancyKind),
    "status": as_enum(VacancyStatus),
    "archived": bool,
    "open_until": as_date,
    "required_level": as_enum(Level),
    "crebo_codes": _codes,
    "sector": as_text,
    "place": as_text,
    "start_date": as_date,
    "driving_licence_required": bool,
    "coaching_possible": bool,
}


class CandidateFeatures(NamedTuple):
    """A young person as the matcher reads them (the attributes of a ``Candidate``, read lean)."""

    id: int
    level: Level | None
    leerweg: Leerweg | None
    looking_for_leerbaan: bool
    crebo: str
    wanted_sectors: tuple[str, ...]
    home_place: str
    travels_independently: bool | None
    driving_licence: bool | None
    hours_per_week: int | None
    available_from: date | None
    needs_job_coach: bool

    @property
    def practical_route(self) -> bool:
        return self.level in (Level.PRO, Level.VSO, Level.BUSO)  # as candidate_from

    def candidate(self) -> Candidate:
        return Candidate(
            id=self.id,
            level=self.level,
            leerweg=self.leerweg,
            looking_for_leerbaan=self.looking_for_leerbaan,
            crebo=self.crebo,
            wanted_sectors=self.wanted_sectors,
            home_place=self.home_place,
            travels_independently=self.travels_independently,
            driving_licence=self.driving_licence,
            hours_per_week=self.hours_per_week,
            available_from=self.available_from,
            needs_job_coach=self.needs_job_coach,
            practical_route=self.practical_route,
        )


CANDIDATE_CONVERT: dict[str, Callable[[Any], Any]] = {
    "level": as_enum(Level),
    "leerweg": as_enum(Leerweg),
    "looking_for_leerbaan": bool,
    "crebo": as_text,
    "wanted_sectors": _codes,
    "home_place": as_text,
    "travels_independently": as_bool,
    "driving_licence": as_bool,
    "available_from": as_date,
    "needs_job_coach": bool,
}
