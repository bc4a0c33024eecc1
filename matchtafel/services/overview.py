"""Counts for the status bar and the start screen."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from matchtafel.models import Employer, Meeting, Vacancy, YoungPerson
from matchtafel.services.base import ServiceBase
from matchtafel.services.first_screen import Counts

__all__ = ["Counts", "OverviewService"]
from matchtafel.domain.vocabulary import SECTORS, MeetingStatus, VacancyStatus


class OverviewService(ServiceBase):
    def sectors(self) -> list[str]:
        """The usual sectors and every sector the data already uses, for completion in forms."""
        with self._transaction() as s:
            used = set(s.scalars(select(Employer.sector).distinct())) | set(
                s.scalars(select(Vacancy.sector).distinct())
            )
        return sorted((used | set(SECTORS)) - {""}, key=str.casefold)

    def counts(self, now: datetime | None = None) -> Counts:
        now = now or self._clock.now()
        with self._transaction() as s:

            def count(stmt: object) -> int:
                return int(s.scalar(stmt) or 0)  # type: ignore[call-overload]

            return Counts(
                young_people=count(
                    select(func.count()).select_from(YoungPerson).where(YoungPerson.archived_at.is_(None))
                ),
                open_vacancies=count(
                    select(func.count())
                    .select_from(Vacancy)
                    .where(Vacancy.status == VacancyStatus.OPEN, Vacancy.archived_at.is_(None))
                ),
                employers=count(
                    select(func.count()).select_from(Employer).where(Employer.archived_at.is_(None))
                ),
                upcoming_sessions=count(
                    select(func.count())
                    .select_from(Meeting)
                    .where(Meeting.starts_at >= now, Meeting.status == MeetingStatus.PLANNED)
                ),
            )
