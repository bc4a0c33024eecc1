"""The overview (monitoring): counts without names, for the screen, the PDF report and the CSV file.

Everything is counted by the database (GROUP BY) in one read transaction; ``reports.figures`` shapes the
counts. No personal field leaves this service.

For a period: proposals made in it (their first step), sessions held in it, placements that started in it,
nazorg calls and contact moments due in it. The selection narrows by school and by place (``Scope``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, Select, case, func, select
from sqlalchemy.orm import Session

from matchtafel.domain.vocabulary import (
    CheckpointAnswer,
    CheckpointKind,
    OrganisationCategory,
    ProposalStatus,
)
from matchtafel.models import (
    Case,
    Employer,
    Meeting,
    NazorgCheckpoint,
    Organisation,
    OrganisationKind,
    Placement,
    Proposal,
    ProposalStep,
    Vacancy,
)
from matchtafel.models import YoungPerson as YP
from matchtafel.reports import figures as F
from matchtafel.reports.period import Period, Selection
from matchtafel.services.base import ServiceBase
from matchtafel.services.monitoring_around import around
from matchtafel.services.monitoring_scope import Scope


@dataclass(frozen=True)
class Choices:
    """What an overview can be narrowed to: (id, name) of schools and employers, the sectors in use."""

    schools: tuple[tuple[int, str], ...]
    employers: tuple[tuple[int, str], ...]
    sectors: tuple[str, ...]


class MonitoringService(ServiceBase):
    def figures(
        self,
        today: date | None = None,
        *,
        months: int = 12,
        period: Period | None = None,
        selection: Selection | None = None,
        engagement_target: float = 0.5,
    ) -> F.Figures:
        today = today or self._clock.today()
        scope = Scope(period or Period(), selection or Selection())
        with self._transaction() as s:
            self._audit(s, "view", "overview", None, _describe(scope))
            placements = (
                select(Placement.start_date)
                .where(Placement.start_date <= today, scope.on_day(Placement.start_date))
                .select_from(Placement)
            )
            placements = scope.placed(placements, Placement.vacancy_id, Placement.young_person_id)
            groups = self._groups(s, scope)
            return F.Figures(
                made_on=today,
                funnel=F.funnel(self._furthest_ranks(s, scope)),
                statuses=F.statuses(self._statuses(s, scope)),
                placements_per_month=F.per_month(s.scalars(placements), today, months, period=scope.period),
                durable=F.durable(s.execute(self._durable(scope)).tuples()),
                by_school=groups["by_school"],
                by_level=groups["by_level"],
                days_to_placement=self._days_to_placement(s, scope),
                period=scope.period,
                selection=scope.selection,
                **around(s, scope, engagement_target),
            )

    def choices(self) -> Choices:
        """The schools, employers and sectors an overview can be narrowed to, by name."""
        with self._transaction() as s:
            schools = s.execute(
                select(Organisation.id, Organisation.name)
                .join(OrganisationKind, OrganisationKind.id == Organisation.kind_id)
                .where(OrganisationKind.category == OrganisationCategory.SCHOOL)
                .order_by(Organisation.name)
            ).tuples()
            employers = s.execute(
                select(Employer.id, Employer.name)
                .where(Employer.archived_at.is_(None))
                .order_by(Employer.name)
            ).tuples()
            sectors = s.scalars(select(Vacancy.sector).where(Vacancy.sector != "").distinct())
            return Choices(tuple(schools), tuple(employers), tuple(sorted(sectors, key=str.casefold)))

    # -- inside ------------------------------------------------------------------------------------

    @staticmethod
    def _proposals(scope: Scope) -> Select[Any] | None:
        """The proposals counted (made in the period, for the selection); None when all are."""
        if scope.period.is_everything and scope.selection.is_everyone:
            return None
        # Joined from the steps, not ``Proposal.id IN (steps)``: with that IN beside the school's join, SQLite
        # probed each of the school's young people's proposals for every step made in the period (60 ms at
        # 100k young people; joined, 5 ms).
        stmt = (
            select(ProposalStep.proposal_id)
            .join(Proposal, Proposal.id == ProposalStep.proposal_id)
            .where(ProposalStep.status == ProposalStatus.PROPOSED, scope.at_moment(ProposalStep.at))
        )
        return scope.placed(stmt, Proposal.vacancy_id, Proposal.young_person_id)

    def _furthest_ranks(self, s: Session, scope: Scope) -> dict[int, int]:
        rank = case(
            *((ProposalStep.status == status, number) for status, number in F.STAGE_RANK.items()), else_=-1
        )
        furthest = select(func.max(rank).label("rank")).group_by(ProposalStep.proposal_id)
        counted = self._proposals(scope)
        if counted is not None:
            furthest = furthest.where(ProposalStep.proposal_id.in_(counted))
        sub = furthest.subquery()
        return {int(r): int(n) for r, n in s.execute(select(sub.c.rank, func.count()).group_by(sub.c.rank))}

    def _statuses(self, s: Session, scope: Scope) -> dict[ProposalStatus, int]:
        stmt = select(Proposal.status, func.count()).group_by(Proposal.status)
        counted = self._proposals(scope)
        if counted is not None:
            stmt = stmt.where(Proposal.id.in_(counted))
        return dict(s.execute(stmt).tuples().all())

    @staticmethod
    def _durable(scope: Scope) -> Select[Any]:
        stmt = (
            select(NazorgCheckpoint.months_after_start, NazorgCheckpoint.answer, func.count())
            .join(Placement, Placement.id == NazorgCheckpoint.placement_id)
            .where(
                NazorgCheckpoint.answer.is_not(None),
                NazorgCheckpoint.kind == CheckpointKind.JOB,
                scope.on_day(NazorgCheckpoint.due_on),
            )
            .group_by(NazorgCheckpoint.months_after_start, NazorgCheckpoint.answer)
        )
        return scope.placed(stmt, Placement.vacancy_id, Placement.young_person_id)

    @staticmethod
    def _groups(s: Session, scope: Scope) -> dict[str, tuple[F.Group, ...]]:
        school = func.coalesce(Organisation.name, F.NO_GROUP)
        level = YP.level

        def by_school_and_level(stmt: Select[Any], vacancy_id: Any = None) -> Select[Any]:
            stmt = stmt.outerjoin(Organisation, Organisation.id == YP.school_id).where(scope.young())
            if vacancy_id is not None and scope.selection.narrows_places:
                stmt = stmt.join(Vacancy, Vacancy.id == vacancy_id).where(scope.place())
            return stmt.group_by(school, level)

        discussed = s.execute(
            by_school_and_level(
                select(school, level, func.count(func.distinct(YP.id)))
                .select_from(Case)
                .join(YP, YP.id == Case.young_person_id)
                .join(Meeting, Meeting.id == Case.meeting_id)
                .where(scope.at_moment(Meeting.starts_at))
            )
        ).all()
        placed = s.execute(
            by_school_and_level(
                select(school, level, func.count(func.distinct(YP.id)))
                .select_from(Placement)
                .join(YP, YP.id == Placement.young_person_id)
                .where(scope.on_day(Placement.start_date)),
                Placement.vacancy_id,
            )
        ).all()
        answers = s.execute(
            by_school_and_level(
                select(school, level, NazorgCheckpoint.answer, func.count())
                .select_from(NazorgCheckpoint)
                .join(Placement, Placement.id == NazorgCheckpoint.placement_id)
                .join(YP, YP.id == Placement.young_person_id)
                .where(
                    NazorgCheckpoint.kind == CheckpointKind.JOB,
                    NazorgCheckpoint.months_after_start == 6,
                    NazorgCheckpoint.answer.is_not(None),
                    scope.on_day(NazorgCheckpoint.due_on),
                ),
                Placement.vacancy_id,
            ).group_by(NazorgCheckpoint.answer)
        ).all()

        def split(position: int) -> tuple[F.Group, ...]:
            def name(row: Row[Any]) -> str:
                value = row[position]
                return str(value) if value else F.NO_GROUP

            discussed_by: dict[str, int] = defaultdict(int)
            placed_by: dict[str, int] = defaultdict(int)
            for row in discussed:
                discussed_by[name(row)] += row[2]
            for row in placed:
                placed_by[name(row)] += row[2]
            answer_rows: list[tuple[str, CheckpointAnswer, int]] = [
                (name(row), row[2], row[3]) for row in answers
            ]
            return F.groups(discussed_by, placed_by, answer_rows)

        return {"by_school": split(0), "by_level": split(1)}

    @staticmethod
    def _days_to_placement(s: Session, scope: Scope) -> tuple[int, ...]:
        """Per young person whose first job started in the period: from the first session they were discussed
        at to that start."""
        first_case = dict(
            s.execute(
                select(Case.young_person_id, func.min(Meeting.starts_at))
                .join(Meeting, Meeting.id == Case.meeting_id)
                .group_by(Case.young_person_id)
            )
            .tuples()
            .all()
        )
        firsts = scope.placed(
            select(Placement.young_person_id, func.min(Placement.start_date)).select_from(Placement),
            Placement.vacancy_id,
            Placement.young_person_id,
        ).group_by(Placement.young_person_id)
        days = []
        for young_person_id, start in s.execute(firsts):
            discussed = first_case.get(young_person_id)
            if discussed is not None and start >= discussed.date() and scope.period.contains(start):
                days.append((start - discussed.date()).days)
        return tuple(sorted(days))


def _describe(scope: Scope) -> str:
    """For the audit log: which period and selection, without names of people."""
    period, chosen = scope.period, scope.selection
    parts = [period.kind]
    if period.start and period.end:
        parts.append(f"{period.start:%Y-%m-%d}..{period.end:%Y-%m-%d}")
    for key, value in (
        ("school", chosen.school_id),
        ("employer", chosen.employer_id),
        ("sector", chosen.sector),
        ("kind", chosen.kind),
    ):
        if value:
            parts.append(f"{key}={value}")
    return " ".join(parts)
