"""Suggestions: the matcher run over the database (what it reads: match_features), with the feature tables kept
between calls.

The tables are rebuilt only when the vacancies or young people changed (a cheap count/max check), so
a suggestions pane re-ranks in milliseconds. Only fields the criteria use are read: no names, no
support notes, no doelgroepregister status.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from matchtafel.domain.vocabulary import VacancyStatus
from matchtafel.matching.features import Candidate, FeatureTable, Vocabulary
from matchtafel.matching.scorer import Match, Matcher
from matchtafel.models import Employer, Vacancy, YoungPerson
from matchtafel.services.base import ServiceBase
from matchtafel.services.list_rows import fetch_list
from matchtafel.services.match_features import (
    CANDIDATE_COLUMNS,
    CANDIDATE_CONVERT,
    VACANCY_CONVERT,
    CandidateFeatures,
    VacancyFeatures,
    candidate_from,
    opening_from,
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
        with self._reading() as s:
            # Without the excluded ones asked for, only the vacancies open today are read at all.
            table = self._opening_table(s, None if include_excluded else matcher.today)
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
                    candidate_from(row),
                    table,
                    limit=limit,
                    include_excluded=include_excluded,
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
        with self._reading() as s:
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
            matches = matcher.rank_candidates(
                opening,
                table,
                limit=limit,
                include_excluded=include_excluded,
                look_up=lambda ids: self._candidates_by_id(s, ids),
            )
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
        """What changes when a row is added, changed or removed: three index look-ups, no table scan."""
        return tuple(
            s.execute(
                select(
                    select(func.count()).select_from(model).scalar_subquery(),
                    select(func.max(model.updated_at)).scalar_subquery(),
                    select(func.max(model.id)).scalar_subquery(),
                )
            ).one()
        )

    def _opening_table(self, s: Session, open_on: date | None) -> FeatureTable:
        """The vacancies as a feature table: all of them, or (``open_on``) those open on that day, which
        are the only ones a ranking without the excluded ones can return (a region's 50,000 hold ~37,000).
        With its Openings: an agenda's thirty rankings explain 750 of them."""
        key = (self._stamp(s, Vacancy), open_on)
        if self._openings is None or self._openings[0] != key:
            self._openings = None  # let the old table go before the new one is read
            stmt = self._vacancy_select()
            if open_on is not None:
                stmt = stmt.where(
                    Vacancy.status == VacancyStatus.OPEN,
                    Vacancy.archived_at.is_(None),
                    or_(Vacancy.open_until.is_(None), Vacancy.open_until >= open_on),
                )
            openings = [row.opening() for row in fetch_list(s, stmt, VacancyFeatures, VACANCY_CONVERT)]
            self._openings = (key, FeatureTable.of_openings(openings, self._vocabulary))
        return self._openings[1]

    def _candidate_table(self, s: Session) -> FeatureTable:
        """The young people not archived, as numbers only (the few a ranking explains are read by
        ``_candidates_by_id``): ~0.2 KiB each instead of ~0.4 with a Candidate kept for every one."""
        stamp = self._stamp(s, YoungPerson)
        if self._candidates is None or self._candidates[0] != stamp:
            self._candidates = None
            columns = [getattr(YoungPerson, c) for c in CANDIDATE_COLUMNS]
            stmt = select(*columns).where(YoungPerson.archived_at.is_(None))
            rows = fetch_list(s, stmt, CandidateFeatures, CANDIDATE_CONVERT)
            table = FeatureTable.of_candidates(rows, self._vocabulary, keep_items=False)  # type: ignore[arg-type]
            self._candidates = (stamp, table)
        return self._candidates[1]

    @staticmethod
    def _candidates_by_id(s: Session, ids: list[int]) -> dict[int, Candidate]:
        columns = [getattr(YoungPerson, c) for c in CANDIDATE_COLUMNS]
        stmt = select(*columns).where(YoungPerson.id.in_(ids))
        return {r.id: r.candidate() for r in fetch_list(s, stmt, CandidateFeatures, CANDIDATE_CONVERT)}
