"""The overview per period and per partner equals counts made by hand on a small set, built day by day with
the clock moved to each action (so proposals, vacancies and answers carry the dates below).

School year 2025-2026 (SY) = 1 Aug 2025 - 31 Jul 2026; calendar year 2026 (CY).
Schools: A (Achterhoek College, mbo) with Y1, Y2, Y4; B (PrO Winterswijk) with Y3, Y5.
Employers: E1 bakery (V1 job, 3 places, open from 1 Jun 2025), E2 garage (V2 BPV, 2 places, from 1 Jun 2025),
E3 care (V3 job, from 1 Sep 2025, open until 1 Mar 2026), E4 gardener (V4 job, open until 15 Jul 2025),
E5 shop (V5 job, from 1 May 2026 until 30 Sep 2026).
- M0 2 Jun 2025 discusses Y1, Y2, Y3; M1 15 Sep 2025 discusses Y1, Y4; M2 10 Sep 2026 discusses Y5.
- P1 10 Jun 2025 Y1->V1 placed from 1 Jul 2025 (temporary); calls: 6 months (1 Jan 2026) still employed,
  12 months (1 Jul 2026) changed job.
- P2 16 Sep 2025 Y2->V2 (BPV) placed from 1 Oct 2025 until 1 Feb 2026: check 1 Dec 2025, still there.
- P3 20 Sep 2025 Y4->V1 contact made, rejected.
- P4 1 Nov 2025 Y3->V2 (BPV) placed from 15 Nov 2025, no end: check 27 Dec 2025, out of work.
- P5 1 Feb 2026 Y4->V3 placed from 1 Mar 2026, permanent, below level; 6 months (1 Sep 2026) still employed.
- P6 10 Sep 2026 Y5->V1, only proposed.
- Y5 left school 10 Jul 2025 (praktijkverklaring): 3 months looking; 6 months working, temporary, below level,
  outside the field; 12 months working, permanent, at level, in the field.
- Y3 left 15 Jan 2026 without diploma: 3 months learning; 6 months no contact; 12 months (2027) not yet.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time

from sqlalchemy import select

from matchtafel.clock import FixedClock
from matchtafel.domain.vocabulary import (
    CheckpointAnswer,
    ContactChannel,
    ContractType,
    ExitStatus,
    LeaverStatus,
    Level,
    ProposalStatus,
    RejectionReason,
    VacancyKind,
)
from matchtafel.models import NazorgCheckpoint, Placement
from matchtafel.reports.outcomes import Engagement, FirstJobs, Moment
from matchtafel.reports.overview import figures_csv
from matchtafel.reports.period import Period, Selection
from matchtafel.services import Services
from matchtafel.services.employers import EmployerInput
from matchtafel.services.leavers import LeavingInput, MomentAnswer
from matchtafel.services.meetings import MeetingInput
from matchtafel.services.organisations import OrganisationInput
from matchtafel.services.pipeline import PlacementInput
from matchtafel.services.vacancies import VacancyInput
from matchtafel.services.young_people import YoungPersonInput
from matchtafel.storage.db import Database
from tests.conftest import ACTOR
from tests.services.helpers import give_consent, kind_id

P = ProposalStatus
A = CheckpointAnswer
S = LeaverStatus
SY = Period.school_year(2025)
CY = Period.calendar_year(2026)
TODAY = date(2026, 11, 23)


class World:
    def __init__(self, db: Database) -> None:
        self.clock = FixedClock(datetime(2025, 5, 1, 10, 0))
        self.services = Services.create(db.sessions, ACTOR, clock=self.clock)
        self.db = db

    def on(self, day: date) -> Services:
        self.clock.set(datetime.combine(day, time(10, 0)))
        return self.services


def build(db: Database) -> tuple[Services, dict[str, int]]:
    world = World(db)
    sv = world.on(date(2025, 5, 1))
    ids: dict[str, int] = {}
    ids["A"] = sv.organisations.create(
        OrganisationInput(name="Achterhoek College", kind_id=kind_id(sv, "mbo"))
    ).id
    ids["B"] = sv.organisations.create(
        OrganisationInput(name="PrO Winterswijk", kind_id=kind_id(sv, "pro"))
    ).id
    for key, name, sector in (
        ("E1", "Bakkerij Ter Horst", "Voedingsindustrie"),
        ("E2", "Garage Jansen", "Autotechniek"),
        ("E3", "Zorg De Linde", "Zorg en welzijn"),
        ("E4", "Hoveniers Groen", "Groen en dier"),
        ("E5", "Winkel Kok", "Detailhandel"),
    ):
        ids[key] = sv.employers.create(EmployerInput(name=name, sector=sector)).id
    for key, school, level in (
        ("Y1", "A", Level.MBO2),
        ("Y2", "A", Level.MBO3),
        ("Y3", "B", Level.PRO),
        ("Y4", "A", Level.MBO2),
        ("Y5", "B", Level.PRO),
    ):
        ids[key] = sv.young_people.create(
            YoungPersonInput(given_name="Anna", family_name="Smit", school_id=ids[school], level=level)
        ).id
        give_consent(sv, ids[key])

    def vacancy(key: str, employer: str, kind: VacancyKind, created: date, **fields: object) -> None:
        sector = {"E1": "Voedingsindustrie", "E2": "Autotechniek", "E3": "Zorg en welzijn"}.get(employer, "")
        ids[key] = (
            world.on(created)
            .vacancies.create(
                VacancyInput(employer_id=ids[employer], title=key, kind=kind, sector=sector, **fields)  # type: ignore[arg-type]
            )
            .id
        )

    vacancy("V1", "E1", VacancyKind.JOB, date(2025, 6, 1), positions=3)
    vacancy("V2", "E2", VacancyKind.BPV, date(2025, 6, 1), positions=2)
    vacancy("V4", "E4", VacancyKind.JOB, date(2025, 6, 1), open_until=date(2025, 7, 15))
    vacancy("V3", "E3", VacancyKind.JOB, date(2025, 9, 1), open_until=date(2026, 3, 1))
    vacancy("V5", "E5", VacancyKind.JOB, date(2026, 5, 1), open_until=date(2026, 9, 30))

    def meeting(day: date, *people: str) -> None:
        sv = world.on(day)
        meeting_id = sv.meetings.create(MeetingInput(starts_at=datetime.combine(day, time(13, 30)))).id
        for person in people:
            sv.agenda.add_case(meeting_id, ids[person])

    def walk(young: str, vacancy: str, day: date, *steps: P, placement: PlacementInput | None = None) -> None:
        sv = world.on(day)
        proposal = sv.proposals.propose(ids[young], ids[vacancy])
        version = proposal.version
        for target in steps:
            version = sv.pipeline.step(
                proposal.id,
                version,
                target,
                reason=RejectionReason.EMPLOYER_DECLINED if target == P.REJECTED else None,
                placement=placement if target == P.PLACED else None,
            ).version

    def leave(young: str, day: date, status: ExitStatus) -> None:
        world.on(day).leavers.record(ids[young], LeavingInput(day, status, None, ContactChannel.PHONE))

    pipeline = (P.CONTACT_MADE, P.INTERVIEW_PLANNED, P.PLACED)
    meeting(date(2025, 6, 2), "Y1", "Y2", "Y3")
    walk(
        "Y1",
        "V1",
        date(2025, 6, 10),
        *pipeline,
        placement=PlacementInput(date(2025, 7, 1), ContractType.TEMPORARY),
    )
    leave("Y5", date(2025, 7, 10), ExitStatus.PRAKTIJKVERKLARING)
    meeting(date(2025, 9, 15), "Y1", "Y4")
    walk(
        "Y2",
        "V2",
        date(2025, 9, 16),
        *pipeline,
        placement=PlacementInput(date(2025, 10, 1), ContractType.INTERNSHIP, planned_end=date(2026, 2, 1)),
    )
    walk("Y4", "V1", date(2025, 9, 20), P.CONTACT_MADE, P.REJECTED)
    walk(
        "Y3",
        "V2",
        date(2025, 11, 1),
        *pipeline,
        placement=PlacementInput(date(2025, 11, 15), ContractType.INTERNSHIP),
    )
    leave("Y3", date(2026, 1, 15), ExitStatus.LEFT_WITHOUT_DIPLOMA)
    walk(
        "Y4",
        "V3",
        date(2026, 2, 1),
        *pipeline,
        placement=PlacementInput(date(2026, 3, 1), ContractType.PERMANENT, below_level=True),
    )
    meeting(date(2026, 9, 10), "Y5")
    walk("Y5", "V1", date(2026, 9, 10))

    answers = {("Y1", 6): A.STILL_EMPLOYED, ("Y1", 12): A.CHANGED_JOB, ("Y2", 0): A.STILL_EMPLOYED}
    answers |= {("Y3", 0): A.OUT_OF_WORK, ("Y4", 6): A.STILL_EMPLOYED}
    young_key = {ids[k]: k for k in ("Y1", "Y2", "Y3", "Y4", "Y5")}
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
    assert {(young_key[y], m, due) for _, _, due, y, m in calls} >= {
        ("Y2", 0, date(2025, 12, 1)),  # halfway the BPV period
        ("Y3", 0, date(2025, 12, 27)),  # six weeks in: no end given
    }
    for checkpoint, version, due, young, months in calls:
        answer = answers.get((young_key[young], months))
        if answer is not None:
            world.on(due).followup.answer(checkpoint, version, answer, answered_on=due)
    moments = {
        ("Y5", 3): MomentAnswer(S.LOOKING),
        ("Y5", 6): MomentAnswer(S.WORKING, job_permanent=False, job_below_level=True, job_outside_field=True),
        ("Y5", 12): MomentAnswer(
            S.WORKING, job_permanent=True, job_below_level=False, job_outside_field=False
        ),
        ("Y3", 3): MomentAnswer(S.LEARNING),
        ("Y3", 6): MomentAnswer(S.NO_CONTACT),
    }
    for moment in world.on(TODAY).leavers.moments(TODAY, days_ahead=400):
        given = moments.get((young_key[moment.young_person_id], moment.months_after_leaving))
        if given is not None:
            world.on(moment.due_on).leavers.answer(moment.id, moment.version, given)
    return world.on(TODAY), ids


def test_the_school_year_equals_the_counts_made_by_hand(db: Database) -> None:
    services, _ids = build(db)
    figures = services.monitoring.figures(TODAY, period=SY, engagement_target=0.5)
    assert figures.funnel == ((P.PROPOSED, 4), (P.CONTACT_MADE, 4), (P.INTERVIEW_PLANNED, 3), (P.PLACED, 3))
    assert {k: v for k, v in figures.statuses if v} == {P.PLACED: 3, P.REJECTED: 1}
    months = dict(figures.placements_per_month)
    assert min(months) == date(2025, 8, 1) and max(months) == date(2026, 7, 1) and len(months) == 12
    assert {k: v for k, v in months.items() if v} == {
        date(2025, 10, 1): 1,
        date(2025, 11, 1): 1,
        date(2026, 3, 1): 1,
    }
    six, twelve = figures.durable
    assert (six.answered, six.in_work, twelve.answered, twelve.in_work) == (1, 1, 1, 1)  # Y1's calls
    assert figures.bpv == Moment(found=2, checked=2, kept=1)
    assert figures.jobs == Moment(found=1, checked=1, kept=1)
    assert figures.first_jobs == FirstJobs(
        count=2, permanent=1, temporary=1, at_level=0, below_level=2, in_field=1, outside_field=1
    )
    leavers = figures.leavers
    assert (leavers.left, leavers.without_diploma) == (1, 1)
    three, six_months, twelve_months = leavers.moments
    assert dict(three.statuses) == {S.LOOKING: 1, S.LEARNING: 1} and three.worrying == 1
    assert dict(six_months.statuses) == {S.WORKING: 1, S.NO_CONTACT: 1} and six_months.worrying == 2
    assert dict(twelve_months.statuses) == {S.WORKING: 1} and (
        twelve_months.worrying,
        twelve_months.not_yet,
    ) == (0, 0)
    assert figures.engagement == Engagement(employers=5, as_employer=2, as_partner=2, target=0.5)
    assert figures.engagement.share == 0.8 and figures.engagement.meets_target
    schools = {g.name: (g.discussed, g.placed, g.answered_6, g.in_work_6) for g in figures.by_school}
    assert schools == {"Achterhoek College": (2, 2, 1, 1), "PrO Winterswijk": (0, 1, 0, 0)}
    assert figures.days_to_placement == (121, 166, 167)


def test_the_calendar_year_counts_other_records(db: Database) -> None:
    services, _ids = build(db)
    figures = services.monitoring.figures(TODAY, period=CY)
    assert figures.funnel[0] == (P.PROPOSED, 2)  # P5 (February) and P6 (September)
    assert figures.bpv == Moment(0, 0, 0)
    assert figures.jobs == Moment(found=1, checked=2, kept=2)  # Y4 started; Y1's and Y4's 6-month calls
    three, six, twelve = figures.leavers.moments
    assert dict(three.statuses) == {S.LEARNING: 1}
    assert dict(six.statuses) == {S.WORKING: 1, S.NO_CONTACT: 1} and dict(twelve.statuses) == {S.WORKING: 1}
    assert twelve.not_yet == 0  # Y3's 12-month moment is due in 2027
    assert figures.engagement == Engagement(employers=5, as_employer=1, as_partner=3, target=0.5)
    assert len(figures.placements_per_month) == 12 and min(dict(figures.placements_per_month)) == date(
        2026, 1, 1
    )


def test_a_school_an_employer_and_a_kind_narrow_the_figures(db: Database) -> None:
    services, ids = build(db)
    school_b = services.monitoring.figures(
        TODAY, period=SY, selection=Selection(school_id=ids["B"], school="B")
    )
    assert school_b.funnel[0] == (P.PROPOSED, 1) and school_b.funnel[-1] == (P.PLACED, 1)  # P4
    assert school_b.bpv == Moment(1, 1, 0) and school_b.jobs == Moment(0, 0, 0)
    assert school_b.leavers.left == 1 and school_b.first_jobs.count == 1  # Y5's job from a contact moment
    school_a = services.monitoring.figures(
        TODAY, period=SY, selection=Selection(school_id=ids["A"], school="A")
    )
    assert school_a.leavers.left == 0 and sum(m.due for m in school_a.leavers.moments) == 0
    garage = services.monitoring.figures(
        TODAY, period=SY, selection=Selection(employer_id=ids["E2"], employer="Garage Jansen")
    )
    assert garage.funnel[0] == (P.PROPOSED, 2) and garage.bpv == Moment(2, 2, 1)
    assert garage.engagement == Engagement(employers=1, as_employer=1, as_partner=0, target=0.5)
    assert garage.first_jobs.count == 0  # leavers' jobs have no employer: left out when narrowed to one
    jobs_only = services.monitoring.figures(TODAY, period=SY, selection=Selection(kind=VacancyKind.JOB))
    assert jobs_only.bpv.found == 0 and jobs_only.jobs.found == 1
    assert jobs_only.funnel[0] == (P.PROPOSED, 2)  # P3 and P5
    care = services.monitoring.figures(TODAY, period=SY, selection=Selection(sector="Zorg en welzijn"))
    assert care.engagement == Engagement(employers=1, as_employer=1, as_partner=0, target=0.5)


def test_the_csv_names_the_period_and_holds_the_new_figures(db: Database) -> None:
    services, ids = build(db)
    figures = services.monitoring.figures(
        TODAY, period=SY, selection=Selection(school_id=ids["B"], school="PrO Winterswijk")
    )
    rows = list(csv.reader(io.StringIO(figures_csv(figures, language="nl")), delimiter=";"))
    table = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
    assert table[("Periode", "schooljaar 2025-2026", "van")] == "2025-08-01"
    assert table[("Periode", "schooljaar 2025-2026", "tot en met")] == "2026-07-31"
    assert ("Selectie", "", "school: PrO Winterswijk", "") in {tuple(r) for r in rows}
    assert table[("BPV en baan", "BPV-plaats", "gevonden")] == "1"
    assert table[("BPV en baan", "BPV-plaats", "behouden")] == "0"
    assert table[("Schoolverlaters", "", "zonder diploma")] == "1"
    assert table[("Contactmoment na 6 maanden", "", "zorgelijk")] == "2"
    assert table[("Eerste banen", "", "buiten het vak")] == "1"
    assert table[("Werkgevers", "", "doel")] == "50%"
    assert "Anna" not in "".join(",".join(r) for r in rows)
