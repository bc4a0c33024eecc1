"""What an overview counts, as SQL conditions: the period (on a date or a moment) and the selection (a school
for young people; an employer, sector or kind for places). ``None`` is "no condition", so the overview of
everything runs the very queries it always ran.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, true

from matchtafel.models import Vacancy
from matchtafel.models import YoungPerson as YP
from matchtafel.reports.period import Period, Selection


@dataclass(frozen=True)
class Scope:
    period: Period
    selection: Selection

    def on_day(self, column: Any) -> ColumnElement[bool]:
        """A date column within the period."""
        start, end = self.period.start, self.period.end
        if start is None or end is None:
            return true()
        return and_(column >= start, column <= end)

    def at_moment(self, column: Any) -> ColumnElement[bool]:
        """A date-and-time column within the period's days."""
        start, end = self.period.start, self.period.end
        if start is None or end is None:
            return true()
        return and_(
            column >= datetime.combine(start, time.min),
            column < datetime.combine(end + timedelta(days=1), time.min),
        )

    def young(self) -> ColumnElement[bool]:
        """Young people of the chosen school (``YoungPerson`` joined)."""
        school = self.selection.school_id
        return true() if school is None else YP.school_id == school

    def place(self) -> ColumnElement[bool]:
        """Places of the chosen employer, sector and kind (``Vacancy`` joined)."""
        chosen = self.selection
        conditions: list[ColumnElement[bool]] = []
        if chosen.employer_id is not None:
            conditions.append(Vacancy.employer_id == chosen.employer_id)
        if chosen.sector:
            conditions.append(Vacancy.sector == chosen.sector)
        if chosen.kind is not None:
            conditions.append(Vacancy.kind == chosen.kind)
        return and_(true(), *conditions)

    def placed(self, stmt: Select[Any], vacancy_id: Any, young_person_id: Any) -> Select[Any]:
        """Narrow a statement about placed young people (or their proposals) by school and place."""
        if self.selection.school_id is not None:
            stmt = stmt.join(YP, YP.id == young_person_id).where(self.young())
        if self.selection.narrows_places:
            stmt = stmt.join(Vacancy, Vacancy.id == vacancy_id).where(self.place())
        return stmt
