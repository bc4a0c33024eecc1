"""The figures around the table: BPV places and jobs as two moments, the quality of first jobs, school leavers
kept in view, and the employers engaged against the region's target. Pure, like ``figures``: the service
hands in plain rows, these functions count them.

Two moments (DOMAIN.md): finding and keeping a BPV place, and finding and keeping a job at leaving.
- found: placements that started in the period (a BPV place; a job: a job, a leerbaan, or a trial placement
  that became a job; a work-experience place is neither);
- kept: answered checks due in the period that found the young person still there or at another place
  (the check during the BPV period; for jobs the 6-month nazorg call).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from matchtafel.domain.leaving import CONTACT_MONTHS
from matchtafel.domain.vocabulary import CheckpointAnswer, ContractType, LeaverStatus, VacancyKind
from matchtafel.reports.period import Period

BPV = "bpv"
JOB = "job"
KEPT = frozenset({CheckpointAnswer.STILL_EMPLOYED, CheckpointAnswer.CHANGED_JOB})
JOB_CONTRACTS = frozenset({ContractType.TEMPORARY, ContractType.PERMANENT, ContractType.BBL})


def moment_of(kind: VacancyKind | None, contract: ContractType | None) -> str | None:
    """Which of the two moments a placement is: a BPV place, a job, or neither (a trial still running, a
    work-experience place)."""
    if kind == VacancyKind.BPV or contract == ContractType.INTERNSHIP:
        return BPV
    if kind == VacancyKind.WORK_EXPERIENCE or contract not in JOB_CONTRACTS:
        return None
    return JOB


@dataclass(frozen=True)
class Moment:
    found: int = 0
    checked: int = 0
    kept: int = 0

    @property
    def share_kept(self) -> float | None:
        return self.kept / self.checked if self.checked else None


def two_moments(
    placements: Iterable[tuple[VacancyKind | None, ContractType | None]],
    checks: Iterable[tuple[str, CheckpointAnswer, int]],
) -> tuple[Moment, Moment]:
    """(kind, contract) per placement started in the period; (moment, answer, count) of the answered checks
    due in it -> the BPV moment and the job moment."""
    found = {BPV: 0, JOB: 0}
    for kind, contract in placements:
        moment = moment_of(kind, contract)
        if moment is not None:
            found[moment] += 1
    checked = {BPV: 0, JOB: 0}
    kept = {BPV: 0, JOB: 0}
    for moment, answer, count in checks:
        checked[moment] += count
        if answer in KEPT:
            kept[moment] += count
    return Moment(found[BPV], checked[BPV], kept[BPV]), Moment(found[JOB], checked[JOB], kept[JOB])


@dataclass(frozen=True)
class FirstJobs:
    """The three questions about each first job that started in the period; the rest is "not known"."""

    count: int = 0
    permanent: int = 0
    temporary: int = 0
    at_level: int = 0
    below_level: int = 0
    in_field: int = 0
    outside_field: int = 0


# (young person, first day, permanent?, below level?, outside the field?); None is not known.
JobFact = tuple[int, date, bool | None, bool | None, bool | None]


def first_jobs(jobs: Iterable[JobFact], period: Period) -> FirstJobs:
    """Per young person the earliest job known (a job placement's start, or a contact moment that found them
    working), counted when it falls in the period."""
    first: dict[int, JobFact] = {}
    for job in jobs:
        known = first.get(job[0])
        if known is None or job[1] < known[1]:
            first[job[0]] = job
    counted = [job for job in first.values() if period.contains(job[1])]

    def number(position: int, value: bool) -> int:
        return sum(1 for job in counted if job[position] is value)

    return FirstJobs(
        count=len(counted),
        permanent=number(2, True),
        temporary=number(2, False),
        at_level=number(3, False),
        below_level=number(3, True),
        in_field=number(4, False),
        outside_field=number(4, True),
    )


@dataclass(frozen=True)
class LeaverMoments:
    """The contact moments at ``months`` after leaving that were due in the period."""

    months: int
    statuses: Mapping[LeaverStatus, int] = field(default_factory=dict)
    not_yet: int = 0  # due in the period, not made (yet)
    worrying: int = 0

    @property
    def answered(self) -> int:
        return sum(self.statuses.values())

    @property
    def due(self) -> int:
        return self.answered + self.not_yet


def leaver_moments(rows: Iterable[tuple[int, LeaverStatus | None, int, int]]) -> tuple[LeaverMoments, ...]:
    """(months, status or None when not made, how many of them worrying, count) -> one line per 3, 6 and 12
    months."""
    statuses: dict[int, dict[LeaverStatus, int]] = {m: {} for m in CONTACT_MONTHS}
    not_yet = dict.fromkeys(CONTACT_MONTHS, 0)
    worrying = dict.fromkeys(CONTACT_MONTHS, 0)
    for months, status, worrying_count, count in rows:
        if months not in statuses:
            continue
        if status is None:
            not_yet[months] += count
            continue
        statuses[months][status] = statuses[months].get(status, 0) + count
        worrying[months] += worrying_count
    return tuple(LeaverMoments(m, statuses[m], not_yet[m], worrying[m]) for m in CONTACT_MONTHS)


@dataclass(frozen=True)
class Leavers:
    left: int = 0  # left school in the period
    without_diploma: int = 0
    moments: tuple[LeaverMoments, ...] = ()


@dataclass(frozen=True)
class Engagement:
    """Employers engaged in the period: as employer (a young person started with them) or as partner (they
    offered a place, without anyone starting yet), against the region's target share."""

    employers: int = 0
    as_employer: int = 0
    as_partner: int = 0
    target: float = 0.5

    @property
    def engaged(self) -> int:
        return self.as_employer + self.as_partner

    @property
    def share(self) -> float | None:
        return self.engaged / self.employers if self.employers else None

    @property
    def meets_target(self) -> bool:
        return self.share is not None and self.share >= self.target
