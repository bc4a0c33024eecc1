"""The overview's figures equal counts made by hand on a small fixed set of young people and proposals.

The set, written as if today were 23 November 2026 (``on()`` moves every date by the same number of days to
the run's pinned TODAY, so the day counts stay and the months move along):
- M0 on 2 June 2025 discusses YP1 (school A, level 2), YP2 (school A, level 3) and YP3 (school B, PrO);
  M1 on 1 September 2026 discusses YP1 again and YP4 (no school, no level).
- p1 YP1→V1 placed, start 1 July 2025; its calls: 3 months still employed, 6 still employed, 12 changed job.
- p2 YP2→V2 rejected after contact. p3 YP2→V1 trial from 1 August 2025, then placed from 1 October 2025;
  6-month call: out of work.
- p4 YP3→V2 withdrawn. p5 YP4→V3 only proposed. p6 YP4→V4 placed, start 5 October 2026.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time

from sqlalchemy import select

from matchtafel.domain.dates import add_months
from matchtafel.domain.vocabulary import (
    CheckpointAnswer,
    ContractType,
    Level,
    ProposalStatus,
    RejectionReason,
)
from matchtafel.models import NazorgCheckpoint, Placement
from matchtafel.reports.overview import figures_csv
from matchtafel.services import Services
from matchtafel.services.meetings import MeetingInput
from matchtafel.services.organisations import OrganisationInput
from matchtafel.services.pipeline import PlacementInput
from matchtafel.services.young_people import YoungPersonInput
from matchtafel.storage.db import Database
from tests.conftest import TODAY
from tests.services.helpers import give_consent, kind_id, make_basics, make_vacancy

P = ProposalStatus
A = CheckpointAnswer
SHIFT = TODAY - date(2026, 11, 23)


def on(year: int, month: int, day: int) -> date:
    return date(year, month, day) + SHIFT


def build(services: Services, db: Database) -> None:
    basics = make_basics(services)  # school A = Achterhoek College
    school_b = services.organisations.create(
        OrganisationInput(name="PrO Winterswijk", kind_id=kind_id(services, "pro"))
    )

    def young(school: int | None, level: Level | None) -> int:
        young_id = services.young_people.create(
            YoungPersonInput(given_name="Anna", family_name="Smit", school_id=school, level=level)
        ).id
        give_consent(services, young_id)
        return young_id

    yp1, yp2 = young(basics.school.id, Level.MBO2), young(basics.school.id, Level.MBO3)
    yp3, yp4 = young(school_b.id, Level.PRO), young(None, None)
    m0 = services.meetings.create(MeetingInput(starts_at=datetime.combine(on(2025, 6, 2), time(10, 0)))).id
    m1 = services.meetings.create(MeetingInput(starts_at=datetime.combine(on(2026, 9, 1), time(10, 0)))).id
    for meeting, people in ((m0, (yp1, yp2, yp3)), (m1, (yp1, yp4))):
        for person in people:
            services.agenda.add_case(meeting, person)
    v1 = make_vacancy(services, basics, title="V1", positions=2)
    v2, v3 = (
        make_vacancy(services, basics, title="V2"),
        make_vacancy(services, basics, title="V3", positions=2),
    )

    def walk(
        young_id: int, vacancy: int, *steps: P, start: date | None = None, trial_start: date | None = None
    ) -> int:
        proposal = services.proposals.propose(young_id, vacancy)
        version = proposal.version
        for target in steps:
            day = trial_start if target == P.TRIAL_PLACEMENT else start
            version = services.pipeline.step(
                proposal.id,
                version,
                target,
                reason=RejectionReason.EMPLOYER_DECLINED if target == P.REJECTED else None,
                placement=PlacementInput(day, ContractType.TEMPORARY) if day else None,
                today=day or TODAY,
            ).version
        return proposal.id

    pipeline = (P.CONTACT_MADE, P.INTERVIEW_PLANNED)
    walk(yp1, v1, *pipeline, P.PLACED, start=on(2025, 7, 1))
    walk(yp2, v2, P.CONTACT_MADE, P.REJECTED)
    walk(yp2, v1, *pipeline, P.TRIAL_PLACEMENT, P.PLACED, trial_start=on(2025, 8, 1), start=on(2025, 10, 1))
    walk(yp3, v2, P.WITHDRAWN)
    walk(yp4, v3)
    walk(
        yp4,
        make_vacancy(services, basics, title="V4"),
        *pipeline,
        P.PLACED,
        start=on(2026, 10, 5),
    )
    answers = {
        (yp1, 3): A.STILL_EMPLOYED,
        (yp1, 6): A.STILL_EMPLOYED,
        (yp1, 12): A.CHANGED_JOB,
        (yp2, 6): A.OUT_OF_WORK,
    }
    with db.sessions() as s:
        calls = s.execute(
            select(
                NazorgCheckpoint.id,
                NazorgCheckpoint.version,
                NazorgCheckpoint.due_on,
                Placement.young_person_id,
                NazorgCheckpoint.months_after_start,
            ).join(Placement, Placement.id == NazorgCheckpoint.placement_id)
        ).all()
    for checkpoint, version, due, young_id, months in calls:
        if (young_id, months) in answers:
            services.followup.answer(checkpoint, version, answers[(young_id, months)], answered_on=due)


def test_the_figures_equal_the_counts_made_by_hand(services: Services, db: Database) -> None:
    build(services, db)
    figures = services.monitoring.figures(TODAY)
    assert figures.funnel == ((P.PROPOSED, 6), (P.CONTACT_MADE, 4), (P.INTERVIEW_PLANNED, 3), (P.PLACED, 3))
    assert dict(figures.statuses) == {
        P.PROPOSED: 1,
        P.CONTACT_MADE: 0,
        P.INTERVIEW_PLANNED: 0,
        P.PLACED: 3,
        P.TRIAL_PLACEMENT: 0,
        P.REJECTED: 1,
        P.WITHDRAWN: 1,
    }
    months = dict(figures.placements_per_month)
    this_month = TODAY.replace(day=1)
    assert min(months) == add_months(this_month, -11) and max(months) == this_month and len(months) == 12
    # the 2025 starts fall before the last twelve months
    assert {k: v for k, v in months.items() if v} == {on(2026, 10, 5).replace(day=1): 1}
    six, twelve = figures.durable
    assert (six.months, six.answered, six.still_employed, six.in_work) == (6, 2, 1, 1)
    assert (twelve.months, twelve.answered, twelve.still_employed, twelve.in_work) == (12, 1, 0, 1)
    assert six.share_in_work == 0.5
    schools = {g.name: (g.discussed, g.placed, g.answered_6, g.in_work_6) for g in figures.by_school}
    assert schools == {"Achterhoek College": (2, 2, 2, 1), "PrO Winterswijk": (1, 0, 0, 0), "": (1, 1, 0, 0)}
    assert [g.name for g in figures.by_school] == ["Achterhoek College", "PrO Winterswijk", ""]
    levels = {g.name: (g.discussed, g.placed, g.answered_6, g.in_work_6) for g in figures.by_level}
    assert levels == {"2": (1, 1, 1, 1), "3": (1, 1, 1, 0), "pro": (1, 0, 0, 0), "": (1, 1, 0, 0)}
    assert figures.days_to_placement == (29, 34, 121)
    assert figures.median_days_to_placement == 34
    assert figures.quartiles_days_to_placement() == (31.5, 77.5)


def test_the_csv_holds_the_same_figures_and_no_names(services: Services, db: Database) -> None:
    build(services, db)
    figures = services.monitoring.figures(TODAY)
    text = figures_csv(figures, language="en")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["figure", "group", "item", "value"]
    table = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
    assert table[("Proposals reached", "", "Interview planned")] == "3"
    assert table[("Placements per month", "", f"{on(2026, 10, 5):%Y-%m}")] == "1"
    assert table[("In work after 6 months", "", "answered")] == "2"
    assert table[("By school", "Achterhoek College", "placed")] == "2"
    assert table[("By level", "Level 3", "in work after 6 months")] == "0"
    assert table[("Days from first case to placement", "", "median")] == "34"
    assert "Anna" not in text and "Smit" not in text and "A.S." not in text
