"""The overview (monitoring): counts without names, for the screen, the PDF report and the CSV file.

Everything is counted by the database (GROUP BY) in one read transaction; ``reports.figures`` shapes the
counts. No personal field leaves this service.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import Row, Select, case, func, select
from sqlalchemy.orm import Session

from matchtafel.models import Case, Meeting, NazorgCheckpoint, Organisation, Placement, Proposal, ProposalStep
from matchtafel.models import YoungPerson as YP
from matchtafel.reports import figures as F
from matchtafel.services.base import ServiceBase
from matchtafel.vocabulary import CheckpointAnswer


class MonitoringService(ServiceBase):
    def figures(self, today: date | None = None, *, months: int = 12) -> F.Figures:
        today = today or self._clock.today()
        with self._transaction() as s:
            self._audit(s, "view", "overview", None)
            return F.Figures(
                made_on=today,
                funnel=F.funnel(self._furthest_ranks(s)),
                statuses=F.statuses(
                    dict(
                        s.execute(select(Proposal.status, func.count()).group_by(Proposal.status))
                        .tuples()
                        .all()
                    )
                ),
                placements_per_month=F.per_month(
                    s.scalars(select(Placement.start_date).where(Placement.start_date <= today)),
                    today,
                    months,
                ),
                durable=F.durable(
                    s.execute(
                        select(NazorgCheckpoint.months_after_start, NazorgCheckpoint.answer, func.count())
                        .where(NazorgCheckpoint.answer.is_not(None))
                        .group_by(NazorgCheckpoint.months_after_start, NazorgCheckpoint.answer)
                    ).tuples()
                ),
                **self._groups(s),
                days_to_placement=self._days_to_placement(s),
            )

    @staticmethod
    def _furthest_ranks(s: Session) -> dict[int, int]:
        rank = case(
            *((ProposalStep.status == status, number) for status, number in F.STAGE_RANK.items()), else_=-1
        )
        furthest = select(func.max(rank).label("rank")).group_by(ProposalStep.proposal_id).subquery()
        return {
            int(r): int(n)
            for r, n in s.execute(select(furthest.c.rank, func.count()).group_by(furthest.c.rank))
        }

    @staticmethod
    def _groups(s: Session) -> dict[str, tuple[F.Group, ...]]:
        school = func.coalesce(Organisation.name, F.NO_GROUP)
        level = YP.level

        def by_school_and_level(stmt: Select[Any]) -> Select[Any]:
            return stmt.outerjoin(Organisation, Organisation.id == YP.school_id).group_by(school, level)

        discussed = s.execute(
            by_school_and_level(
                select(school, level, func.count(func.distinct(YP.id)))
                .select_from(Case)
                .join(YP, YP.id == Case.young_person_id)
            )
        ).all()
        placed = s.execute(
            by_school_and_level(
                select(school, level, func.count(func.distinct(YP.id)))
                .select_from(Placement)
                .join(YP, YP.id == Placement.young_person_id)
            )
        ).all()
        answers = s.execute(
            by_school_and_level(
                select(school, level, NazorgCheckpoint.answer, func.count())
                .select_from(NazorgCheckpoint)
                .join(Placement, Placement.id == NazorgCheckpoint.placement_id)
                .join(YP, YP.id == Placement.young_person_id)
                .where(NazorgCheckpoint.months_after_start == 6, NazorgCheckpoint.answer.is_not(None))
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
    def _days_to_placement(s: Session) -> tuple[int, ...]:
        """Per young person: from the first session they were discussed at to the start of their first job."""
        first_case = dict(
            s.execute(
                select(Case.young_person_id, func.min(Meeting.starts_at))
                .join(Meeting, Meeting.id == Case.meeting_id)
                .group_by(Case.young_person_id)
            )
            .tuples()
            .all()
        )
        days = []
        for young_person_id, start in s.execute(
            select(Placement.young_person_id, func.min(Placement.start_date)).group_by(
                Placement.young_person_id
            )
        ):
            discussed = first_case.get(young_person_id)
            if discussed is not None and start >= discussed.date():
                days.append((start - discussed.date()).days)
        return tuple(sorted(days))
