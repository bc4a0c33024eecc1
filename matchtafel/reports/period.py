"""The period and the selection an overview is made for: pure, shared by the service, the screen, the PDF,
the CSV and the command line.

A school year runs from 1 August to 31 July (named by both years: 2025-2026), a calendar year from 1 January
to 31 December; a custom period has any first and last day (both included). "Everything" is the overview as
it always was: all records, the placements of the last twelve months per month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from matchtafel.domain.vocabulary import VacancyKind

ALL = "all"
SCHOOL_YEAR = "school_year"
CALENDAR_YEAR = "calendar_year"
CUSTOM = "custom"
KINDS = (SCHOOL_YEAR, CALENDAR_YEAR, CUSTOM, ALL)
SCHOOL_YEAR_START_MONTH = 8
MAX_MONTHS_SHOWN = 36


@dataclass(frozen=True)
class Period:
    kind: str = ALL
    start: date | None = None  # the first day, included
    end: date | None = None  # the last day, included

    @classmethod
    def everything(cls) -> Period:
        return cls()

    @classmethod
    def school_year(cls, first_year: int) -> Period:
        """The school year that starts on 1 August of ``first_year``."""
        return cls(SCHOOL_YEAR, date(first_year, SCHOOL_YEAR_START_MONTH, 1), date(first_year + 1, 7, 31))

    @classmethod
    def school_year_of(cls, day: date) -> Period:
        return cls.school_year(day.year if day.month >= SCHOOL_YEAR_START_MONTH else day.year - 1)

    @classmethod
    def calendar_year(cls, year: int) -> Period:
        return cls(CALENDAR_YEAR, date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        if end < start:
            raise ValueError("a period ends on or after its first day")
        return cls(CUSTOM, start, end)

    @property
    def is_everything(self) -> bool:
        return self.start is None or self.end is None

    def contains(self, day: date | None) -> bool:
        if day is None:
            return False
        if self.start is None or self.end is None:
            return True
        return self.start <= day <= self.end

    def months(self, today: date, count: int = 12) -> list[date]:
        """The first days of the months a per-month chart shows: the period's months (at most the last 36),
        or for everything the last ``count`` months up to this one."""
        if self.start is None or self.end is None:
            last, number = date(today.year, today.month, 1), count
        else:
            last = date(self.end.year, self.end.month, 1)
            number = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
            number = min(number, MAX_MONTHS_SHOWN)
        firsts = []
        year, month = last.year, last.month
        for _ in range(number):
            firsts.append(date(year, month, 1))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return list(reversed(firsts))


@dataclass(frozen=True)
class Selection:
    """Which young people and places an overview counts: a school, an employer, a sector, a kind of place.

    The school narrows every figure about young people. Employer, sector and kind are about places: they
    narrow proposals, placements, nazorg calls and the employers counted; the young people discussed and the
    school leavers' contact moments have no place and are not narrowed by them.
    """

    school_id: int | None = None
    school: str = ""
    employer_id: int | None = None
    employer: str = ""
    sector: str = ""
    kind: VacancyKind | None = None

    @property
    def narrows_places(self) -> bool:
        return self.employer_id is not None or bool(self.sector) or self.kind is not None

    @property
    def is_everyone(self) -> bool:
        return self.school_id is None and not self.narrows_places
