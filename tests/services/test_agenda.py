"""A session through the services: agenda, attendance, review, agreements, close, lock, amendments."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise
from statistics import median

import pytest
from sqlalchemy import select

from matchtafel.demo.region import generate_demo
from matchtafel.domain.deadline import parse_deadline
from matchtafel.domain.errors import ValidationError
from matchtafel.domain.vocabulary import (
    AgreementStatus,
    AttendanceStatus,
    CaseStatus,
    MeetingStatus,
    ReviewDecision,
)
from matchtafel.models import Agreement, Attendance, Case
from matchtafel.services import Services
from matchtafel.services.meetings import MeetingInput
from matchtafel.storage.db import Database
from tests.conftest import TODAY
from tests.services.helpers import may_be_proposed


def friday_after(day: date) -> date:
    return day + timedelta(days=(4 - day.weekday()) % 7)


@pytest.fixture
def demo(db: Database, services: Services) -> Services:
    generate_demo(db.sessions, size="small", seed=13, today=TODAY)
    return services


def upcoming(services: Services) -> int:
    return next(m.id for m in services.meetings.rows() if m.status == MeetingStatus.PLANNED)


def test_the_proposed_agenda_names_why_each_young_person_is_on_it(demo: Services) -> None:
    proposal = demo.agenda.propose(upcoming(demo))
    assert proposal.cases
    reasons = {r for c in proposal.cases for r in c.reasons}
    assert "an agreement is past its deadline" in reasons
    assert "marked as a concern, not discussed in the last 90 days" in reasons
    counts = [len(c.reasons) for c in proposal.cases]
    assert counts == sorted(counts, reverse=True)
    meeting = upcoming(demo)
    chosen = proposal.cases[0].young_person_id
    demo.agenda.add_case(meeting, chosen)
    assert chosen not in {c.young_person_id for c in demo.agenda.propose(meeting).cases}  # on the agenda now
    with pytest.raises(ValidationError, match="already on the agenda"):
        demo.agenda.add_case(meeting, chosen)


def test_a_whole_session_from_plan_to_amendment(demo: Services, db: Database) -> None:
    start = datetime.combine(friday_after(TODAY + timedelta(days=28)), time(13, 30))
    day = start.date()
    meeting_id = demo.meetings.create(MeetingInput(starts_at=start, place="Gemeentehuis Doetinchem")).id
    people = demo.people.rows()
    young = [y for y in demo.young_people.rows() if may_be_proposed(demo, [y.id])][:3]
    case_ids = [demo.agenda.add_case(meeting_id, y.id) for y in young]
    demo.agenda.move_case(case_ids[2], 0)
    for person, status in zip(
        people[:3],
        (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.PRESENT),
        strict=True,
    ):
        demo.agenda.set_attendance(meeting_id, person.id, status)

    review = [item.agreement_id for item in demo.review.items(meeting_id)]
    assert len(review) >= 4
    demo.review.decide(meeting_id, review[0], ReviewDecision.DONE)
    demo.review.decide(
        meeting_id, review[1], ReviewDecision.NEW_DEADLINE, new_deadline=day + timedelta(days=21)
    )
    demo.review.decide(meeting_id, review[2], ReviewDecision.CANCELLED)
    demo.review.decide(meeting_id, review[3], ReviewDecision.KEEP)
    decided = {item.agreement_id: item for item in demo.review.items(meeting_id)}
    assert set(decided) == set(review)  # decided items stay in this session's review, with their decision
    assert decided[review[0]].status == AgreementStatus.DONE
    assert decided[review[1]].deadline == day + timedelta(days=21)
    assert decided[review[1]].previous_deadline != day + timedelta(days=21)
    assert decided[review[3]].decision == ReviewDecision.KEEP and decided[review[3]].decided_by

    today = day
    for case_id in case_ids:
        for text in ("vr", "volgende sessie"):
            deadline = parse_deadline(text, today=today, next_session=day + timedelta(days=28))
            demo.agenda.add_agreement(
                meeting_id, action=f"Actie {text}", owner_id=people[0].id, deadline=deadline, case_id=case_id
            )
        demo.agenda.save_case_notes(case_id, "Besproken; werkgever belt maandag.")
        demo.agenda.set_case_status(case_id, CaseStatus.DISCUSSED)
    suggestion = demo.matching.for_young_person(young[0].id, today=today)[0]
    demo.proposals.propose(young[0].id, suggestion.vacancy_id, case_id=case_ids[0])

    demo.agenda.close(meeting_id)
    demo.agenda.lock(meeting_id)
    assert demo.agenda.amendments(meeting_id) == []
    demo.agenda.save_case_notes(case_ids[1], "Aanvulling: contract is getekend.")
    amendments = demo.agenda.amendments(meeting_id)
    assert [(by, what) for _, by, what in amendments] == [
        ("Test Gebruiker (Testschool)", f"case {case_ids[1]}: update (notes)")
    ]

    with db.sessions() as s:
        cases = s.scalars(select(Case).where(Case.meeting_id == meeting_id).order_by(Case.position)).all()
        assert [c.id for c in cases] == [case_ids[2], case_ids[0], case_ids[1]]
        assert all(c.status == CaseStatus.DISCUSSED for c in cases)
        assert cases[2].notes == "Aanvulling: contract is getekend."
        agreements = s.scalars(select(Agreement).where(Agreement.meeting_id == meeting_id)).all()
        assert len(agreements) == 6
        assert {a.deadline for a in agreements} == {
            day + timedelta(days=7),
            day + timedelta(days=28),
        }  # vr: the next Friday
        assert {a.status for a in agreements} == {AgreementStatus.OPEN}
        attendance = {
            a.person_id: a.status
            for a in s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
        }
        assert attendance[people[1].id] == AttendanceStatus.EXCUSED
    meeting = demo.meetings.get(meeting_id)
    assert meeting.status == MeetingStatus.LOCKED


def test_locking_needs_a_closed_session_and_cases_with_agreements_are_not_removed(demo: Services) -> None:
    meeting_id = demo.meetings.create(
        MeetingInput(starts_at=datetime.combine(TODAY + timedelta(days=56), time(13, 30)))
    ).id
    with pytest.raises(ValidationError, match="Close the session"):
        demo.agenda.lock(meeting_id)
    young = demo.young_people.rows()[5]
    case_id = demo.agenda.add_case(meeting_id, young.id)
    demo.agenda.add_agreement(meeting_id, action="Bellen", owner_id=None, deadline=None, case_id=case_id)
    with pytest.raises(ValidationError, match="postponed"):
        demo.agenda.remove_case(case_id)
    other = demo.agenda.add_case(meeting_id, demo.young_people.rows()[6].id)
    demo.agenda.remove_case(other)
    with pytest.raises(ValidationError, match="Fill this in"):
        demo.agenda.add_agreement(meeting_id, action="  ", owner_id=None, deadline=None)


def test_deciding_again_replaces_the_earlier_decision_and_kept_agreements_carry_over(demo: Services) -> None:
    meeting_id = upcoming(demo)
    first = demo.review.items(meeting_id)[0]
    demo.review.decide(
        meeting_id, first.agreement_id, ReviewDecision.NEW_DEADLINE, new_deadline=TODAY + timedelta(days=73)
    )
    demo.review.decide(meeting_id, first.agreement_id, ReviewDecision.DONE)
    item = next(i for i in demo.review.items(meeting_id) if i.agreement_id == first.agreement_id)
    assert (item.status, item.deadline, item.decision) == (
        AgreementStatus.DONE,
        first.deadline,
        ReviewDecision.DONE,
    )
    demo.review.decide(meeting_id, first.agreement_id, ReviewDecision.KEEP)
    with pytest.raises(ValidationError, match="new deadline"):
        demo.review.decide(meeting_id, first.agreement_id, ReviewDecision.NEW_DEADLINE)

    later = demo.meetings.plan_next(meeting_id)
    carried = {i.agreement_id: i for i in demo.review.items(later.id)}
    assert first.agreement_id in carried and carried[first.agreement_id].decision is None
    assert carried[first.agreement_id].status == AgreementStatus.OPEN


def test_plan_next_copies_place_people_and_the_usual_interval(demo: Services) -> None:
    meeting_id = upcoming(demo)
    source = demo.meetings.get(meeting_id)
    invited = set(demo.session_view.view(meeting_id).attendance)
    assert invited
    planned = demo.meetings.plan_next(meeting_id)
    earlier = sorted(m.starts_at for m in demo.meetings.rows() if m.starts_at <= source.starts_at)[-7:]
    gaps = [(b - a).days for a, b in pairwise(earlier)]
    assert len(gaps) >= 2
    assert (planned.starts_at - source.starts_at).days == round(median(gaps))
    assert planned.starts_at.time() == source.starts_at.time()
    assert (planned.place, planned.chair_id, planned.minute_taker_id, planned.title) == (
        source.place,
        source.chair_id,
        source.minute_taker_id,
        source.title,
    )
    assert planned.status == MeetingStatus.PLANNED
    after = demo.session_view.view(planned.id)
    assert set(after.attendance) == invited
    assert set(after.attendance.values()) == {AttendanceStatus.INVITED}


def test_what_undo_needs_puts_cases_agreements_and_proposals_back(demo: Services) -> None:
    meeting_id = upcoming(demo)
    before = [(c.id, c.young_person_id) for c in demo.session_view.view(meeting_id).cases]
    second = before[1][0]
    demo.agenda.save_case_notes(second, "Wil graag buiten werken.")
    demo.agenda.set_case_budget(second, 8)
    removed = demo.agenda.remove_case(second)
    assert [c.id for c in demo.session_view.view(meeting_id).cases] == [i for i, _ in before if i != second]
    restored = demo.agenda.restore_case(removed)
    cases = demo.session_view.view(meeting_id).cases
    assert [c.young_person_id for c in cases] == [y for _, y in before]
    assert (cases[1].id, cases[1].notes, cases[1].time_budget_minutes) == (
        restored,
        "Wil graag buiten werken.",
        8,
    )
    assert demo.agenda.move_case(restored, 4) == 1
    assert demo.session_view.view(meeting_id).cases[4].id == restored
    with pytest.raises(ValidationError, match="between 1 and 60"):
        demo.agenda.set_case_budget(restored, 0)

    agreement = demo.agenda.add_agreement(meeting_id, action="Bellen", owner_id=None, deadline=None)
    demo.agenda.delete_agreement(agreement)
    assert agreement not in {a.id for a in demo.session_view.view(meeting_id).agreements}

    case = next(c for c in cases if may_be_proposed(demo, [c.young_person_id]))
    young = case.young_person_id
    proposed = {r.vacancy_id for r in demo.pipeline.proposals() if r.young_person_id == young}
    vacancy = next(
        m.vacancy_id
        for m in demo.matching.for_young_person(young, today=TODAY)
        if m.vacancy_id not in proposed
    )
    proposal = demo.proposals.propose(young, vacancy, case_id=case.id)
    demo.proposals.retract(proposal.id)
    demo.proposals.propose(young, vacancy, case_id=case.id)  # possible again: the first one is gone
