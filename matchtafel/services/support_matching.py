"""Suggestions of supporters for a young person, and of young people for a supporter (advice, explained).

Reads only what the criteria use (``matching/support.py``): sectors, places, travelling independently,
capacity and wishes; never names, age, support notes or the doelgroepregister. The young people's table is
kept between calls and rebuilt only when the register changed, like the vacancies' suggestions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import NotFound
from matchtafel.domain.mentoring_steps import OPEN_LINK
from matchtafel.domain.vocabulary import SupporterKind
from matchtafel.matching.features import Vocabulary
from matchtafel.matching.scorer import Match
from matchtafel.matching.support import Helper, Seeker, SupportMatcher, SupportTable
from matchtafel.models import MentoringLink, Supporter, YoungPerson
from matchtafel.services.base import ServiceBase
from matchtafel.services.supporters import taken_count


@dataclass(frozen=True)
class SupporterSuggestion:
    match: Match
    supporter_id: int
    name: str
    kind: SupporterKind
    organisation: str
    place: str


@dataclass(frozen=True)
class SeekerSuggestion:
    match: Match
    young_person_id: int
    code: str
    initials: str
    home_place: str


SEEKER_COLUMNS = ("id", "wanted_sectors", "home_place", "travels_independently", "support_wishes")


def seeker_from(values: Mapping[Any, Any]) -> Seeker:
    return Seeker(
        id=values["id"],
        wanted_sectors=tuple(values["wanted_sectors"] or ()),
        home_place=values["home_place"] or "",
        travels_independently=values["travels_independently"],
        wishes=tuple(values["support_wishes"] or ()),
    )


class SupportMatchingService(ServiceBase):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._vocabulary = Vocabulary()
        self._seekers: tuple[tuple[Any, ...], SupportTable] | None = None

    def for_young_person(
        self,
        young_person_id: int,
        *,
        weights: Mapping[str, float] | None = None,
        kind: SupporterKind | None = None,
        limit: int = 25,
        include_excluded: bool = False,
    ) -> list[SupporterSuggestion]:
        """Supporters for this young person, best first; those already linked to them are left out."""
        matcher = SupportMatcher(weights=weights, vocabulary=self._vocabulary)
        with self._transaction() as s:
            row = s.execute(self._seeker_select().where(YoungPerson.id == young_person_id)).mappings().first()
            if row is None:
                raise NotFound.of("young_person", young_person_id)
            linked = select(MentoringLink.supporter_id).where(
                MentoringLink.young_person_id == young_person_id, MentoringLink.status.in_(OPEN_LINK)
            )
            stmt = (
                select(Supporter, taken_count(s))
                .where(Supporter.id.not_in(linked), Supporter.anonymised_at.is_(None))
                .order_by(Supporter.id)
            )
            if not include_excluded:
                stmt = stmt.where(Supporter.archived_at.is_(None))
            if kind is not None:
                stmt = stmt.where(Supporter.kind == kind)
            found = s.execute(stmt).all()
            supporters = {supporter.id: supporter for supporter, _ in found}
            helpers = [helper_from(supporter, taken) for supporter, taken in found]
            matches = matcher.rank_helpers(
                seeker_from(row), matcher.table(helpers), limit=limit, include_excluded=include_excluded
            )
            return [
                SupporterSuggestion(
                    m,
                    m.opening_id,
                    supporters[m.opening_id].name,
                    supporters[m.opening_id].kind,
                    supporters[m.opening_id].organisation,
                    supporters[m.opening_id].place,
                )
                for m in matches
            ]

    def for_supporter(
        self,
        supporter_id: int,
        *,
        weights: Mapping[str, float] | None = None,
        limit: int = 25,
        include_excluded: bool = False,
    ) -> list[SeekerSuggestion]:
        """Young people (code and initials) for this supporter, best first; those linked now are left out."""
        matcher = SupportMatcher(weights=weights, vocabulary=self._vocabulary)
        with self._transaction() as s:
            found = s.execute(select(Supporter, taken_count(s)).where(Supporter.id == supporter_id)).first()
            if found is None:
                raise NotFound.of("supporter", supporter_id)
            helper = helper_from(*found)
            linked = set(
                s.scalars(
                    select(MentoringLink.young_person_id).where(
                        MentoringLink.supporter_id == supporter_id, MentoringLink.status.in_(OPEN_LINK)
                    )
                )
            )
            matches = matcher.rank_seekers(
                helper, self._seeker_table(s), limit=limit + len(linked), include_excluded=include_excluded
            )
            matches = [m for m in matches if m.candidate_id not in linked][:limit]
            shown = {
                r.id: r
                for r in s.execute(
                    select(
                        YoungPerson.id, YoungPerson.code, YoungPerson.initials, YoungPerson.home_place
                    ).where(YoungPerson.id.in_([m.candidate_id for m in matches]))
                )
            }
        return [
            SeekerSuggestion(
                m,
                m.candidate_id,
                shown[m.candidate_id].code,
                shown[m.candidate_id].initials,
                shown[m.candidate_id].home_place,
            )
            for m in matches
        ]

    @staticmethod
    def _seeker_select() -> Any:
        return select(*[getattr(YoungPerson, c) for c in SEEKER_COLUMNS])

    def _seeker_table(self, s: Session) -> SupportTable:
        stamp = tuple(
            s.execute(
                select(func.count(), func.max(YoungPerson.updated_at), func.max(YoungPerson.id)).select_from(
                    YoungPerson
                )
            ).one()
        )
        if self._seekers is None or self._seekers[0] != stamp:
            rows = s.execute(
                self._seeker_select().where(
                    YoungPerson.archived_at.is_(None), YoungPerson.anonymised_at.is_(None)
                )
            ).mappings()
            seekers = [seeker_from(row) for row in rows]
            self._seekers = (stamp, SupportTable.of(seekers, self._vocabulary))
        return self._seekers[1]


def helper_from(supporter: Supporter, taken: int | None) -> Helper:
    return Helper(
        id=supporter.id,
        sectors=tuple(supporter.sectors),
        place=supporter.place,
        capacity=supporter.capacity,
        taken=int(taken or 0),
        wishes=tuple(supporter.wishes),
        available=supporter.archived_at is None,
    )
