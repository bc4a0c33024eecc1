"""The overview's figures around the table, counted for a period and selection: BPV places and jobs found
and kept, the quality of first jobs, school leavers' contact moments, and employers engaged.

Helpers of ``MonitoringService.figures`` inside its transaction; ``reports.outcomes`` says what each figure
means and shapes the counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Row, Select, case, func, select
from sqlalchemy.orm import Session

from matchtafel.domain.text_fold import fold
from matchtafel.domain.vocabulary import (
    AttendanceStatus,
    CheckpointKind,
    ContractType,
    ExitStatus,
    LeaverStatus,
    SupporterKind,
    VacancyKind,
)
from matchtafel.models import (
    ContactMoment,
    Employer,
    EventInvitation,
    LinkStep,
    MatchingEvent,
    MentoringLink,
    NazorgCheckpoint,
    Placement,
    SchoolLeaver,
    Supporter,
    Vacancy,
)
from matchtafel.models import YoungPerson as YP
from matchtafel.reports import outcomes as O
from matchtafel.services.leavers import worrying_condition
from matchtafel.services.monitoring_scope import Scope


def around(s: Session, scope: Scope, target: float) -> dict[str, Any]:
    bpv, jobs = _two_moments(s, scope)
    return {
        "bpv": bpv,
        "jobs": jobs,
        "first_jobs": O.first_jobs(_job_facts(s, scope), scope.period),
        "leavers": _leavers(s, scope),
        "engagement": _engagement(s, scope, target),
    }


def _two_moments(s: Session, scope: Scope) -> tuple[O.Moment, O.Moment]:
    started = (
        select(Vacancy.kind, Placement.contract)
        .select_from(Placement)
        .outerjoin(Vacancy, Vacancy.id == Placement.vacancy_id)
        .where(scope.on_day(Placement.start_date))
    )
    if scope.selection.school_id is not None:
        started = started.join(YP, YP.id == Placement.young_person_id).where(scope.young())
    if scope.selection.narrows_places:
        started = started.where(scope.place())
    checks = (
        select(NazorgCheckpoint.kind, NazorgCheckpoint.answer, func.count())
        .join(Placement, Placement.id == NazorgCheckpoint.placement_id)
        .where(
            NazorgCheckpoint.answer.is_not(None),
            (NazorgCheckpoint.kind == CheckpointKind.BPV) | (NazorgCheckpoint.months_after_start == 6),
            scope.on_day(NazorgCheckpoint.due_on),
        )
        .group_by(NazorgCheckpoint.kind, NazorgCheckpoint.answer)
    )
    checks = scope.placed(checks, Placement.vacancy_id, Placement.young_person_id)
    return O.two_moments(
        s.execute(started).tuples(),
        [
            (O.BPV if kind == CheckpointKind.BPV else O.JOB, answer, n)
            for kind, answer, n in s.execute(checks)
        ],
    )


def _job_facts(s: Session, scope: Scope) -> list[O.JobFact]:
    """Every job known per young person: job placements (of the selection) and contact moments that found a
    school leaver working (those have no place, so an employer, sector or kind leaves them out)."""
    placements = (
        select(
            Placement.young_person_id,
            Placement.start_date,
            Placement.contract,
            Vacancy.kind,
            Placement.below_level,
            Placement.outside_field,
        )
        .select_from(Placement)
        .outerjoin(Vacancy, Vacancy.id == Placement.vacancy_id)
        .where(Placement.contract.in_(sorted(O.JOB_CONTRACTS)))
    )
    if scope.selection.school_id is not None:
        placements = placements.join(YP, YP.id == Placement.young_person_id).where(scope.young())
    if scope.selection.narrows_places:
        placements = placements.where(scope.place())
    facts: list[O.JobFact] = [
        (young, start, contract == ContractType.PERMANENT, below, outside)
        for young, start, contract, kind, below, outside in _rows(s, placements)
        if O.moment_of(kind, contract) == O.JOB
    ]
    if scope.selection.narrows_places:
        return facts
    working = (
        select(
            SchoolLeaver.young_person_id,
            ContactMoment.answered_on,
            ContactMoment.job_permanent,
            ContactMoment.job_below_level,
            ContactMoment.job_outside_field,
        )
        .join(SchoolLeaver, SchoolLeaver.id == ContactMoment.leaver_id)
        .where(ContactMoment.status == LeaverStatus.WORKING)
    )
    if scope.selection.school_id is not None:
        working = working.join(YP, YP.id == SchoolLeaver.young_person_id).where(scope.young())
    facts += [tuple(row) for row in _rows(s, working)]
    return facts


def _leavers(s: Session, scope: Scope) -> O.Leavers:
    left = select(SchoolLeaver.exit_status, func.count()).where(scope.on_day(SchoolLeaver.left_on))
    moments = select(
        ContactMoment.months_after_leaving,
        ContactMoment.status,
        func.sum(case((worrying_condition(), 1), else_=0)),
        func.count(),
    ).where(scope.on_day(ContactMoment.due_on))  # every moment has its leaver: joined only to narrow
    if scope.selection.school_id is not None:
        left = left.join(YP, YP.id == SchoolLeaver.young_person_id).where(scope.young())
        moments = (
            moments.join(SchoolLeaver, SchoolLeaver.id == ContactMoment.leaver_id)
            .join(YP, YP.id == SchoolLeaver.young_person_id)
            .where(scope.young())
        )
    by_status = dict(s.execute(left.group_by(SchoolLeaver.exit_status)).tuples().all())
    rows = s.execute(moments.group_by(ContactMoment.months_after_leaving, ContactMoment.status))
    return O.Leavers(
        left=sum(by_status.values()),
        without_diploma=by_status.get(ExitStatus.LEFT_WITHOUT_DIPLOMA, 0),
        moments=O.leaver_moments((m, status, int(worrying or 0), n) for m, status, worrying, n in rows),
    )


def _engagement(s: Session, scope: Scope, target: float) -> O.Engagement:
    """Employers in the register (of the chosen employer and sector): who took a young person on in the
    period, and who offered a place open during it without anyone starting."""
    employers = select(Employer.id).where(Employer.archived_at.is_(None))
    if scope.selection.employer_id is not None:
        employers = employers.where(Employer.id == scope.selection.employer_id)
    if scope.selection.sector:
        employers = employers.where(Employer.sector == scope.selection.sector)
    kind: VacancyKind | None = scope.selection.kind
    of_kind = Vacancy.kind == kind if kind is not None else Vacancy.id.is_not(None)
    took_on = _ids(
        s,
        select(Vacancy.employer_id)
        .join(Placement, Placement.vacancy_id == Vacancy.id)
        .where(scope.on_day(Placement.start_date), of_kind)
        .distinct(),
    )
    start, end = scope.period.start, scope.period.end
    offered_stmt = select(Vacancy.employer_id).where(of_kind).distinct()
    if start is not None and end is not None:  # open at some time during the period
        offered_stmt = offered_stmt.where(
            Vacancy.created_at < datetime.combine(end + timedelta(days=1), time.min),
            (Vacancy.open_until.is_(None)) | (Vacancy.open_until >= start),
        )
    offered = _ids(s, offered_stmt) | partner_employers(s, scope)
    counted = _ids(s, employers)
    as_employer = counted & took_on
    return O.Engagement(
        employers=len(counted),
        as_employer=len(as_employer),
        as_partner=len((counted & offered) - as_employer),
        target=target,
    )


def partner_employers(s: Session, scope: Scope) -> set[int]:
    """Employers engaged as partner in other ways than offering a place: present at a matching event in the
    period, or providing a business mentor (the mentor's organisation is the employer's name) who took a step
    with a young person in the period."""
    came: set[int] = _ids(
        s,
        select(EventInvitation.employer_id)
        .join(MatchingEvent, MatchingEvent.id == EventInvitation.event_id)
        .where(
            EventInvitation.employer_id.is_not(None),  # so the ids are whole numbers
            EventInvitation.attendance == AttendanceStatus.PRESENT,
            scope.at_moment(MatchingEvent.starts_at),
        )
        .distinct(),
    )
    mentors = {
        fold(name)
        for (name,) in _rows(
            s,
            select(Supporter.organisation)
            .join(MentoringLink, MentoringLink.supporter_id == Supporter.id)
            .join(LinkStep, LinkStep.link_id == MentoringLink.id)
            .where(
                Supporter.kind == SupporterKind.BUSINESS_MENTOR,
                Supporter.organisation != "",
                scope.at_moment(LinkStep.at),
            )
            .distinct(),
        )
    }
    if mentors:
        came |= {i for i, name in _rows(s, select(Employer.id, Employer.name)) if fold(name) in mentors}
    return came


def _rows(s: Session, stmt: Select[Any]) -> Iterable[Row[Any]]:
    """Plain rows of columns through the session's connection (its transaction): without the ORM's
    per-row work, which took most of the time for the thousands of ids and dates counted here."""
    return s.connection().execute(stmt)


def _ids(s: Session, stmt: Select[Any]) -> set[int]:
    return {int(i) for (i,) in _rows(s, stmt)}
