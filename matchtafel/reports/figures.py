"""The monitoring figures (no names, only counts) and how they are computed from plain counts.

Pure: the service hands in what the database counted; this module shapes it for the charts, the PDF and
the CSV, so the screen and the paper can never disagree.

"In work" at a checkpoint means still employed or changed job: both are a young person with work.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from statistics import median

from matchtafel.domain.vocabulary import CheckpointAnswer, ProposalStatus
from matchtafel.reports.outcomes import Engagement, FirstJobs, Leavers, Moment
from matchtafel.reports.period import Period, Selection

P = ProposalStatus
A = CheckpointAnswer
# A step's place in the funnel; a proposal counts at every stage up to the furthest it reached.
FUNNEL_STAGES: tuple[ProposalStatus, ...] = (P.PROPOSED, P.CONTACT_MADE, P.INTERVIEW_PLANNED, P.PLACED)
STAGE_RANK: dict[ProposalStatus, int] = {
    P.PROPOSED: 0,
    P.CONTACT_MADE: 1,
    P.INTERVIEW_PLANNED: 2,
    P.PLACED: 3,
    P.TRIAL_PLACEMENT: 3,
}
IN_WORK = frozenset({A.STILL_EMPLOYED, A.CHANGED_JOB})
DURABLE_MONTHS = (6, 12)
NO_GROUP = ""  # young people without a school or level


@dataclass(frozen=True)
class Durable:
    """The answers at one checkpoint (6 or 12 months after the start)."""

    months: int
    answers: Mapping[CheckpointAnswer, int]

    @property
    def answered(self) -> int:
        return sum(self.answers.values())

    @property
    def still_employed(self) -> int:
        return self.answers.get(A.STILL_EMPLOYED, 0)

    @property
    def in_work(self) -> int:
        return sum(self.answers.get(a, 0) for a in IN_WORK)

    @property
    def share_in_work(self) -> float | None:
        return self.in_work / self.answered if self.answered else None


@dataclass(frozen=True)
class Group:
    """One school or one level: young people discussed, placed, and in work at 6 months."""

    name: str
    discussed: int = 0
    placed: int = 0
    answered_6: int = 0
    in_work_6: int = 0


@dataclass(frozen=True)
class Figures:
    made_on: date
    funnel: tuple[tuple[ProposalStatus, int], ...]
    statuses: tuple[tuple[ProposalStatus, int], ...]
    placements_per_month: tuple[tuple[date, int], ...]
    durable: tuple[Durable, ...]
    by_school: tuple[Group, ...]
    by_level: tuple[Group, ...]
    days_to_placement: tuple[int, ...] = field(default=())
    period: Period = field(default_factory=Period)
    selection: Selection = field(default_factory=Selection)
    bpv: Moment = field(default_factory=Moment)
    jobs: Moment = field(default_factory=Moment)
    first_jobs: FirstJobs = field(default_factory=FirstJobs)
    leavers: Leavers = field(default_factory=Leavers)
    engagement: Engagement = field(default_factory=Engagement)

    @property
    def proposals(self) -> int:
        return sum(n for _, n in self.statuses)

    @property
    def median_days_to_placement(self) -> float | None:
        return median(self.days_to_placement) if self.days_to_placement else None

    def quartiles_days_to_placement(self) -> tuple[float, float] | None:
        days = self.days_to_placement
        if len(days) < 2:
            return None
        ordered = sorted(days)
        return _percentile(ordered, 0.25), _percentile(ordered, 0.75)


def funnel(furthest_rank_counts: Mapping[int, int]) -> tuple[tuple[ProposalStatus, int], ...]:
    """From "how many proposals got at most this far" to "how many reached each stage"."""
    return tuple(
        (stage, sum(n for rank, n in furthest_rank_counts.items() if rank >= number))
        for number, stage in enumerate(FUNNEL_STAGES)
    )


def statuses(counts: Mapping[ProposalStatus, int]) -> tuple[tuple[ProposalStatus, int], ...]:
    return tuple((status, counts.get(status, 0)) for status in ProposalStatus)


def per_month(
    starts: Iterable[date], today: date, months: int = 12, *, period: Period | None = None
) -> tuple[tuple[date, int], ...]:
    """Placements per calendar month, empty months included: the months of ``period``, or the last ``months``
    months up to this one."""
    firsts = (period or Period()).months(today, months)
    counts = dict.fromkeys(firsts, 0)
    for start in starts:
        key = date(start.year, start.month, 1)
        if key in counts:
            counts[key] += 1
    return tuple(counts.items())


def durable(answers: Iterable[tuple[int, CheckpointAnswer | None, int]]) -> tuple[Durable, ...]:
    """(months, answer, count) rows -> the 6- and 12-month figures."""
    table: dict[int, dict[CheckpointAnswer, int]] = {m: {} for m in DURABLE_MONTHS}
    for months, answer, count in answers:
        if months in table and answer is not None:
            table[months][answer] = table[months].get(answer, 0) + count
    return tuple(Durable(m, table[m]) for m in DURABLE_MONTHS)


def groups(
    discussed: Mapping[str, int],
    placed: Mapping[str, int],
    answers_6: Iterable[tuple[str, CheckpointAnswer, int]],
) -> tuple[Group, ...]:
    """Per school or level; sorted by the number of young people discussed, the unnamed group last."""
    answered: dict[str, int] = {}
    in_work: dict[str, int] = {}
    for name, answer, count in answers_6:
        answered[name] = answered.get(name, 0) + count
        if answer in IN_WORK:
            in_work[name] = in_work.get(name, 0) + count
    names = set(discussed) | set(placed) | set(answered)
    rows = [
        Group(n, discussed.get(n, 0), placed.get(n, 0), answered.get(n, 0), in_work.get(n, 0)) for n in names
    ]
    rows.sort(key=lambda g: (g.name == NO_GROUP, -g.discussed, g.name.casefold()))
    return tuple(rows)


def _percentile(ordered: list[int], fraction: float) -> float:
    """Linear interpolation between the closest ranks (as spreadsheets compute it)."""
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
