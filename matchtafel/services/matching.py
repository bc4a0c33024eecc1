"""Suggestions: the matcher run over the database, with the feature tables kept between calls.

The tables are rebuilt only when the vacancies or young people changed (a cheap count/max check), so
a suggestions pane re-ranks in milliseconds. Only fields the criteria use are read: no names, no
support notes, no doelgroepregister status.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matchtafel.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from matchtafel.matching.features import Candidate, FeatureTable, Opening, Vocabulary
from matchtafel.matching.scorer import Match, Matcher
from matchtafel.models import Employer, Vacancy, YoungPerson
from matchtafel.services.base import ServiceBase
from matchtafel.vocabulary import Level, VacancyStatus

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


@dataclass(frozen=True)
class VacancySuggestion:
    match: Match
    vacancy_id: int
    title: str
    employer_name: str
    place: str
    kind: str


@dataclass(frozen=True)
class CandidateSuggestion:
    match: Match
    young_person_id: int
    code: str
    initials: str
    home_place: str


class MatchingService(ServiceBase):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._vocabulary = Vocabulary()
        self._openings: tuple[tuple[Any, ...], FeatureTable] | None = None
        self._candidates: tuple[tuple[Any, ...], FeatureTable] | None = None

    def for_young_person(
        self,
        young_person_id: int,
        *,
        weights: Mapping[str, float] | None = None,
        limit: int = 25,
        include_excluded: bool = False,
        today: date | None = None,
    ) -> list[VacancySuggestion]:
        return self.for_young_people(
            [young_person_id], weights=weights, limit=limit, include_excluded=include_excluded, today=today
        )[young_person_id]

    def for_young_people(
        self,
        young_person_ids: Sequence[int],
        *,
        weights: Mapping[str, float] | None = None,
        limit: int = 25,
        include_excluded: bool = False,
        today: date | None = None,
    ) -> dict[int, list[VacancySuggestion]]:
        """Suggestions for every case on an agenda in one go (one transaction, one table)."""
        matcher = Matcher(today=today or self._clock.today(), weights=weights, vocabulary=self._vocabulary)
        with self._transaction() as s:
            table = self._opening_table(s)
            rows = (
                s.execute(
                    select(*[getattr(YoungPerson, c) for c in CANDIDATE_COLUMNS]).where(
                        YoungPerson.id.in_(young_person_ids)
                    )
                )
                .mappings()
                .all()
            )
            if len(rows) != len(set(young_person_ids)):
                raise NotFound.of("young_person", young_person_ids)
            found = {
                row["id"]: matcher.rank_openings(
                    candidate_from(row), table, limit=limit, include_excluded=include_excluded
                )
                for row in rows
            }
            wanted = {m.opening_id for matches in found.values() for m in matches}
            shown = {
                r.id: r
                for r in s.execute(
                    select(
                        Vacancy.id,
                        Vacancy.title,
                        Vacancy.place,
                        Vacancy.kind,
                        Employer.name.label("employer"),
                    )
                    .join(Employer, Vacancy.employer_id == Employer.id)
                    .where(Vacancy.id.in_(wanted))
                )
            }
        return {
            person: [
                VacancySuggestion(
                    m,
                    m.opening_id,
                    shown[m.opening_id].title,
                    shown[m.opening_id].employer,
                    shown[m.opening_id].place,
                    shown[m.opening_id].kind.value,
                )
                for m in matches
            ]
            for person, matches in found.items()
        }

    def for_vacancy(
        self,
        vacancy_id: int,
        *,
        weights: Mapping[str, float] | None = None,
        limit: int = 25,
        include_excluded: bool = False,
        today: date | None = None,
    ) -> list[CandidateSuggestion]:
        matcher = Matcher(today=today or self._clock.today(), weights=weights, vocabulary=self._vocabulary)
        with self._transaction() as s:
            table = self._candidate_table(s)
            row = s.execute(self._vacancy_select().where(Vacancy.id == vacancy_id)).mappings().first()
            if row is None:
                raise NotFound.of("vacancy", vacancy_id)
            opening = opening_from(row)
            if not include_excluded and (
                not opening.is_open or (opening.open_until or matcher.today) < matcher.today
            ):
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "This vacancy is not open, so it has no suggestions.")
                )
            matches = matcher.rank_candidates(opening, table, limit=limit, include_excluded=include_excluded)
            shown = {
                r.id: r
                for r in s.execute(
                    select(
                        YoungPerson.id, YoungPerson.code, YoungPerson.initials, YoungPerson.home_place
                    ).where(YoungPerson.id.in_([m.candidate_id for m in matches]))
                )
            }
        return [
            CandidateSuggestion(
                m,
                m.candidate_id,
                shown[m.candidate_id].code,
                shown[m.candidate_id].initials,
                shown[m.candidate_id].home_place,
            )
            for m in matches
        ]

    # -- the cached tables ---------------------------------------------------------------------------

    @staticmethod
    def _vacancy_select() -> Any:
        v = Vacancy
        return select(
            v.id,
            v.kind,
            v.status,
            v.archived_at.is_not(None).label("archived"),
            v.open_until,
            v.required_level,
            v.crebo_codes,
            v.sector,
            v.place,
            v.hours_min,
            v.hours_max,
            v.start_date,
            v.driving_licence_required,
            v.coaching_possible,
        )

    @staticmethod
    def _stamp(s: Session, model: Any) -> tuple[Any, ...]:
        return tuple(
            s.execute(
                select(func.count(), func.max(model.updated_at), func.max(model.id)).select_from(model)
            ).one()
        )

    def _opening_table(self, s: Session) -> FeatureTable:
        stamp = self._stamp(s, Vacancy)
        if self._openings is None or self._openings[0] != stamp:
            openings = [opening_from(row) for row in s.execute(self._vacancy_select()).mappings()]
            self._openings = (stamp, FeatureTable.of_openings(openings, self._vocabulary))
        return self._openings[1]

    def _candidate_table(self, s: Session) -> FeatureTable:
        stamp = self._stamp(s, YoungPerson)
        if self._candidates is None or self._candidates[0] != stamp:
            columns = [getattr(YoungPerson, c) for c in CANDIDATE_COLUMNS]
            rows = s.execute(select(*columns).where(YoungPerson.archived_at.is_(None))).mappings()
            self._candidates = (
                stamp,
                FeatureTable.of_candidates([candidate_from(r) for r in rows], self._vocabulary),
            )
        return self._candidates[1]
