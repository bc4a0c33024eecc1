"""The demo's session history: past sessions with what came of them, and one upcoming session."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from matchtafel.domain.dates import add_months
from matchtafel.domain.proposal_steps import bpv_check_date
from matchtafel.domain.vocabulary import (
    AgreementStatus,
    AttendanceStatus,
    CaseStatus,
    CheckpointAnswer,
    CheckpointKind,
    ContractType,
    MeetingStatus,
    ProposalStatus,
    RejectionReason,
    ReviewDecision,
    VacancyKind,
)
from matchtafel.models import (
    Agreement,
    AgreementReview,
    Attendance,
    Case,
    Meeting,
    NazorgCheckpoint,
    Placement,
    Proposal,
    ProposalStep,
    Vacancy,
)

if TYPE_CHECKING:
    from matchtafel.demo.builder import DemoBuilder

PIPELINE = (ProposalStatus.PROPOSED, ProposalStatus.CONTACT_MADE, ProposalStatus.INTERVIEW_PLANNED)
ENDINGS = (
    (ProposalStatus.PLACED, 25),
    (ProposalStatus.TRIAL_PLACEMENT, 10),
    (ProposalStatus.REJECTED, 30),
    (ProposalStatus.WITHDRAWN, 5),
    (ProposalStatus.INTERVIEW_PLANNED, 10),
    (ProposalStatus.CONTACT_MADE, 10),
    (ProposalStatus.PROPOSED, 10),
)
ANSWERS = (
    (CheckpointAnswer.STILL_EMPLOYED, 60),
    (CheckpointAnswer.CHANGED_JOB, 10),
    (CheckpointAnswer.OUT_OF_WORK, 15),
    (CheckpointAnswer.BACK_TO_SCHOOL, 5),
    (CheckpointAnswer.UNKNOWN, 10),
)
NAZORG_MONTHS = (3, 6, 12)
TABLE_SCHOOLS = 3
UPCOMING_CASES = (10, 12)  # a table of 90 minutes discusses 8 to 15 young people


class SessionHistory:
    def __init__(self, builder: DemoBuilder) -> None:
        self.b = builder
        self.rng = builder.rng
        self.today = builder.today
        self.region = builder.region
        self.wsp = builder._people_of(*self.region.wsp_kinds)
        self.proposed: dict[int, set[int]] = {}  # nobody is proposed for the same vacancy twice
        # The table's regulars: a real table seats four to six organisations (the chair's, the minute taker's,
        # the one that brings the vacancies, and up to three schools), one or two people each.
        region = self.region

        def first_of(kinds: tuple[str, ...]) -> list[int]:
            return [org for org, kind in builder.org_kind.items() if kind in kinds][:1]

        chair_org, taker_org, wsp_org = (
            first_of(region.chair_kinds),
            first_of(region.taker_kinds),
            first_of(region.wsp_kinds),
        )
        schools = list(builder.org_programmes)[:TABLE_SCHOOLS]
        self.table_organisations = chair_org + taker_org + wsp_org + schools
        # two from the vacancies' organisation, the minute taker's and the largest school, one from the rest
        two_seats = {*wsp_org, *taker_org, *schools[:1]}
        self.invitees = [
            person
            for org in self.table_organisations
            for person in builder.org_people[org][: 2 if org in two_seats else 1]
        ]
        chairs, takers = (
            set(builder._people_of(*region.chair_kinds)),
            set(builder._people_of(*region.taker_kinds)),
        )
        self.chairs = [p for p in self.invitees if p in chairs] or sorted(chairs)
        self.takers = [p for p in self.invitees if p in takers] or sorted(takers)
        at_table = set(schools)
        self.cases_from = [
            y for y in builder.young_people if y["school_id"] in at_table
        ] or builder.young_people

    def build(self) -> None:
        size = self.b.size
        upcoming = self.today + timedelta(days=self.rng.randint(5, 12))
        interval = timedelta(days=size.session_interval_days)
        last_past = min(upcoming - interval, self.today - timedelta(days=1))  # past sessions lie in the past
        for n in range(size.past_sessions, 0, -1):
            day = last_past - interval * (n - 1)
            status = MeetingStatus.CLOSED if n == 1 else MeetingStatus.LOCKED
            self._session(day, status)
        self._session(upcoming, MeetingStatus.PLANNED)
        self._reviews()

    def _reviews(self) -> None:
        """Each past session reviewed the open agreements of the sessions before it: what was finished by then
        is closed there (done or cancelled), the rest kept open, now and then with a new deadline."""
        b = self.b
        past = sorted(
            (m for m in b.tables[Meeting] if m["status"] != MeetingStatus.PLANNED),
            key=lambda m: m["starts_at"],
        )
        day_of = {m["id"]: m["starts_at"].date() for m in b.tables[Meeting]}
        for agreement in b.tables[Agreement]:
            made = day_of[agreement["meeting_id"]]
            later = [m for m in past if m["starts_at"].date() > made]
            for meeting in later:
                day = meeting["starts_at"].date()
                closes = agreement["status"] != AgreementStatus.OPEN and agreement["deadline"] <= day
                decision = ReviewDecision.KEEP
                if closes:
                    decision = ReviewDecision(agreement["status"].value)
                    agreement["closed_on"] = day
                review = {
                    "meeting_id": meeting["id"],
                    "agreement_id": agreement["id"],
                    "decision": decision.value,
                    "previous_deadline": agreement["deadline"],
                    "new_deadline": None,
                    "at": meeting["starts_at"] + timedelta(minutes=10),
                    "by": "Demo",
                }
                if not closes and agreement["deadline"] < day and self.rng.random() < 0.5:
                    agreement["deadline"] = day + timedelta(days=14)
                    review.update(
                        decision=ReviewDecision.NEW_DEADLINE.value, new_deadline=agreement["deadline"]
                    )
                b._add(AgreementReview, review)
                if closes:
                    break

    def _session(self, day: date, status: MeetingStatus) -> None:
        rng, b = self.rng, self.b
        starts_at = datetime.combine(day, time(13, 30))
        past = status != MeetingStatus.PLANNED
        meeting_id = b._add(
            Meeting,
            {
                "title": self.region.title,
                "starts_at": starts_at,
                "duration_minutes": 90,
                "place": rng.choice(self.region.places_to_meet),
                "chair_id": rng.choice(self.chairs),
                "minute_taker_id": rng.choice(self.takers),
                "status": status,
                "closed_at": starts_at + timedelta(minutes=95) if past else None,
                "locked_at": starts_at + timedelta(days=2) if status == MeetingStatus.LOCKED else None,
                "locked_by": "",
                "notes": "",
            },
        )
        present = []
        for person_id in self.invitees:
            attendance = AttendanceStatus.INVITED
            if past:
                attendance = rng.choices(
                    (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT), (80, 15, 5)
                )[0]
            if attendance in (AttendanceStatus.PRESENT, AttendanceStatus.INVITED):
                present.append(person_id)
            b._add(Attendance, {"meeting_id": meeting_id, "person_id": person_id, "status": attendance})
        low, high = b.size.cases_per_session if past else UPCOMING_CASES
        count = min(rng.randint(low, high), len(self.cases_from))
        for position, young in enumerate(rng.sample(self.cases_from, count)):
            self._case(meeting_id, position, young, day, past, present or self.invitees)

    def _case(
        self, meeting_id: int, position: int, young: dict[str, Any], day: date, past: bool, owners: list[int]
    ) -> None:
        rng, b = self.rng, self.b
        case_id = b._add(
            Case,
            {
                "meeting_id": meeting_id,
                "young_person_id": young["id"],
                "position": position,
                "status": (CaseStatus.DISCUSSED if rng.random() < 0.9 else CaseStatus.POSTPONED)
                if past
                else CaseStatus.PLANNED,
                "time_budget_minutes": 5,
                "holder_id": young["case_holder_id"],
                "situation_summary": rng.choice(self.region.case_situations),
                "notes": "Besproken aan tafel; zie afspraken." if past else "",
            },
        )
        if not past:
            return
        for _ in range(rng.randint(1, 2)):
            # a quarter "by the next session" (the usual rhythm), the rest within one to four weeks
            next_session = day + timedelta(days=b.size.session_interval_days)
            deadline = next_session if rng.random() < 0.25 else day + timedelta(days=rng.randint(7, 28))
            status = AgreementStatus.OPEN
            if deadline < self.today:
                # Agreements get done: most by their deadline, nearly all within a month or two after it,
                # so the review at the next session stays a short list (10 to 20), as at a real table.
                long_ago = deadline < self.today - timedelta(days=35)
                status = rng.choices(
                    (AgreementStatus.DONE, AgreementStatus.CANCELLED, AgreementStatus.OPEN),
                    (90, 9, 1) if long_ago else (75, 10, 15),
                )[0]
            b._add(
                Agreement,
                {
                    "meeting_id": meeting_id,
                    "case_id": case_id,
                    "action": rng.choice(self.region.agreement_actions),
                    "owner_id": rng.choice(owners),
                    "deadline": deadline,
                    "status": status,
                    "closed_on": deadline if status != AgreementStatus.OPEN else None,
                },
            )
        for _ in range(rng.choices((0, 1, 2), (30, 50, 20))[0]):
            self._proposal(case_id, young, day)

    def _proposal(self, case_id: int, young: dict[str, Any], day: date) -> None:
        rng, b = self.rng, self.b
        if young["id"] not in b.may_propose:
            return
        candidates = [
            v for sector in young["wanted_sectors"] for v in b.open_vacancies_by_sector.get(sector, [])
        ]
        if not candidates:
            return
        vacancy_id = rng.choice(candidates)
        ending = b._weighted(ENDINGS)
        path = list(PIPELINE[: PIPELINE.index(ending) + 1]) if ending in PIPELINE else [*PIPELINE, ending]
        at = datetime.combine(day, time(15, 0))
        steps = []
        for step in path:
            if at.date() > self.today:
                break
            steps.append((step, at))
            at += timedelta(days=rng.randint(3, 12), hours=rng.randint(0, 5))
        final, final_at = steps[-1]
        reason = rng.choice(list(RejectionReason)) if final == ProposalStatus.REJECTED else None
        owner = rng.choice(self.wsp)
        proposal_id = b._add(
            Proposal,
            {
                "young_person_id": young["id"],
                "vacancy_id": vacancy_id,
                "case_id": case_id,
                "owner_id": owner,
                "status": final,
                "rejection_reason": reason,
                "last_step_at": final_at,
            },
        )
        by = b.person_label[owner]
        for step, step_at in steps:
            b._add(
                ProposalStep,
                {
                    "proposal_id": proposal_id,
                    "status": step,
                    "rejection_reason": reason if step == ProposalStatus.REJECTED else None,
                    "note": "",
                    "at": step_at,
                    "by": by,
                },
            )
        if final in (ProposalStatus.PLACED, ProposalStatus.TRIAL_PLACEMENT):
            self._placement(
                proposal_id, vacancy_id, young, final_at.date(), trial=final == ProposalStatus.TRIAL_PLACEMENT
            )

    def _placement(
        self, proposal_id: int, vacancy_id: int, young: dict[str, Any], placed_on: date, *, trial: bool
    ) -> None:
        rng, b = self.rng, self.b
        start = placed_on + timedelta(days=rng.randint(7, 21))
        bpv = b.tables[Vacancy][vacancy_id - 1]["kind"] == VacancyKind.BPV
        planned_end = start + timedelta(weeks=10 + vacancy_id % 11) if bpv else None  # no draw: same data
        contract = (
            ContractType.TRIAL
            if trial
            else rng.choice((ContractType.TEMPORARY, ContractType.PERMANENT, ContractType.BBL))
        )
        placement_id = b._add(
            Placement,
            {
                "young_person_id": young["id"],
                "proposal_id": proposal_id,
                "vacancy_id": vacancy_id,
                "start_date": start,
                "contract": ContractType.INTERNSHIP if bpv and not trial else contract,
                "hours_per_week": young["hours_per_week"],
                "below_level": rng.random() < 0.25,
                "outside_field": rng.random() < 0.3,
                "ended_on": None,
                "planned_end": planned_end,
            },
        )
        plan = [(CheckpointKind.BPV, 0, bpv_check_date(start, planned_end))] if bpv else []
        plan += [(CheckpointKind.JOB, m, add_months(start, m)) for m in NAZORG_MONTHS if not bpv]
        for kind, months, due in plan:
            answered = due < self.today and rng.random() < 0.85
            b._add(
                NazorgCheckpoint,
                {
                    "placement_id": placement_id,
                    "kind": kind,
                    "months_after_start": months,
                    "due_on": due,
                    "assigned_to_id": young["case_holder_id"],
                    "answered_on": due + timedelta(days=rng.randint(0, 10)) if answered else None,
                    "answer": b._weighted(ANSWERS) if answered else None,
                    "note": "",
                },
            )
