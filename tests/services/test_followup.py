"""Nazorg calls, putting a young person back on the agenda, reminders at start, and the calendar file."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import update

from matchtafel.domain.errors import UserError, ValidationError
from matchtafel.domain.vocabulary import CheckpointAnswer, ContractType, ProposalStatus
from matchtafel.io.calendar import calendar_ics
from matchtafel.models import Placement, Proposal
from matchtafel.services import Actor, Services
from matchtafel.services.meetings import MeetingInput
from matchtafel.services.organisations import OrganisationInput, PersonInput
from matchtafel.services.pipeline import PlacementInput
from matchtafel.storage.db import Database
from tests.conftest import NOW, TODAY
from tests.services.helpers import Basics, kind_id, make_basics, make_vacancy, make_young_person

P = ProposalStatus


@pytest.fixture
def basics(services: Services) -> Basics:
    return make_basics(services)


def placed(services: Services, basics: Basics, start: date, given: str = "Zoë", **vacancy: object) -> int:
    """A young person placed on ``start``; returns the young person's id."""
    young = make_young_person(services, basics, given)
    proposal = services.proposals.propose(young.id, make_vacancy(services, basics, **vacancy))
    version = proposal.version
    for target in (P.CONTACT_MADE, P.INTERVIEW_PLANNED):
        version = services.pipeline.step(proposal.id, version, target).version
    services.pipeline.step(
        proposal.id,
        version,
        P.PLACED,
        placement=PlacementInput(start, ContractType.TEMPORARY),
        nazorg_months=(3, 6),
        today=start,
    )
    return young.id


def test_due_and_overdue_calls_are_listed_and_answered_once(services: Services, basics: Basics) -> None:
    overdue = placed(services, basics, TODAY - timedelta(days=100))  # 3-month call is ~8 days late
    due_soon = placed(
        services, basics, TODAY - timedelta(days=88), "Daan"
    )  # due within the week, or just late
    later = placed(services, basics, TODAY - timedelta(days=30), "Mila")  # not due for two months
    rows = services.followup.checkpoints(TODAY)
    assert [r.young_person_id for r in rows] == [overdue, due_soon]
    assert rows[0].overdue(TODAY) and rows[0].months_after_start == 3
    assert rows[0].caller_name == "Fenna Jansen" and rows[0].caller_organisation == "Achterhoek College"
    assert rows[0].employer == "Bakkerij Ter Horst"
    result = services.followup.answer(
        rows[0].id, rows[0].version, CheckpointAnswer.STILL_EMPLOYED, "Gaat goed"
    )
    assert not result.offer_agenda
    with pytest.raises(UserError, match="answered this checkpoint meanwhile"):
        services.followup.answer(rows[0].id, rows[0].version, CheckpointAnswer.UNKNOWN)
    with pytest.raises(ValidationError, match="between the start of the job and today"):
        services.followup.answer(
            rows[1].id, rows[1].version, CheckpointAnswer.UNKNOWN, answered_on=date(2000, 1, 1)
        )
    assert [r.young_person_id for r in services.followup.checkpoints(TODAY)] == [due_soon]
    assert [r.young_person_id for r in services.followup.checkpoints(TODAY, days_ahead=70)] == [
        due_soon,
        later,
    ]


def test_out_of_work_ends_the_job_and_puts_the_young_person_on_the_next_agenda(
    services: Services, basics: Basics, db: Database
) -> None:
    young = placed(services, basics, TODAY - timedelta(days=95))
    (row,) = services.followup.checkpoints(TODAY)
    with pytest.raises(UserError, match="No session is planned"):
        services.followup.put_on_next_agenda(young)
    result = services.followup.answer(
        row.id, row.version, CheckpointAnswer.OUT_OF_WORK, "Contract niet verlengd"
    )
    assert result.offer_agenda and result.young_person_id == young
    with db.sessions() as s:
        assert s.query(Placement).one().ended_on == TODAY
    services.meetings.create(MeetingInput(starts_at=NOW - timedelta(days=1)))  # past, not it
    later = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=40))).id
    sooner = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=12))).id
    assert services.followup.next_session() is not None and services.followup.next_session()[0] == sooner
    place = services.followup.put_on_next_agenda(young)
    assert place.meeting_id == sooner and place.meeting_id != later
    assert [c.young_person_id for c in services.session_view.view(sooner).cases] == [young]
    with pytest.raises(ValidationError, match="already on the agenda"):
        services.followup.put_on_next_agenda(young)


def test_reminders_show_the_work_of_my_own_organisation(
    services: Services, basics: Basics, db: Database
) -> None:
    wsp_org = services.organisations.create(
        OrganisationInput(name="WSP Achterhoek", kind_id=kind_id(services, "wsp"))
    )
    wsp = services.people.create(PersonInput(name="Sanne Wolters", organisation_id=wsp_org.id)).id
    meeting = services.meetings.create(MeetingInput(starts_at=NOW - timedelta(days=30))).id
    young = make_young_person(services, basics)
    case = services.agenda.add_case(meeting, young.id)
    late = services.agenda.add_agreement(
        meeting,
        action="Cv opsturen",
        owner_id=basics.coach.id,
        deadline=TODAY - timedelta(days=2),
        case_id=case,
    )
    services.agenda.add_agreement(
        meeting, action="Werkgever bellen", owner_id=wsp, deadline=TODAY - timedelta(days=2)
    )
    services.agenda.add_agreement(
        meeting, action="Later", owner_id=basics.coach.id, deadline=TODAY + timedelta(days=3)
    )
    expiring = make_vacancy(
        services, basics, title="Bijna weg", wsp_contact_id=wsp, open_until=TODAY + timedelta(days=14)
    )
    make_vacancy(
        services, basics, title="Nog lang", wsp_contact_id=wsp, open_until=TODAY + timedelta(days=15)
    )
    stale = services.proposals.propose(young.id, expiring).id
    fresh_young = make_young_person(services, basics, "Daan")
    services.proposals.propose(fresh_young.id, expiring)
    with db.sessions.begin() as s:
        s.execute(update(Proposal).where(Proposal.id == stale).values(last_step_at=NOW - timedelta(days=22)))
    placed(services, basics, TODAY - timedelta(days=95), "Mila")  # its 3-month call is a few days late

    school = services.reminders.reminders(TODAY)  # the actor works at "Testschool": not in the register
    assert school.scope == ""
    assert len(school.overdue_agreements) == 2
    coach = Services.create(
        db.sessions, Actor("Fenna Jansen", "achterhoek college"), clock=services.clock
    ).reminders.reminders(TODAY)
    assert coach.scope == "Achterhoek College"
    assert [r.record_id for r in coach.overdue_agreements] == [late]
    assert (coach.overdue_agreements[0].subject, coach.overdue_agreements[0].text) == (
        young.code,
        "Cv opsturen",
    )
    assert coach.checkpoints_due[0].months == 3
    assert len(coach.checkpoints_due) == 1 and coach.checkpoints_due[0].person == "Fenna Jansen"
    assert coach.expiring_vacancies == [] and coach.stale_proposals == []
    account = Services.create(
        db.sessions, Actor("Sanne Wolters", "WSP Achterhoek"), clock=services.clock
    ).reminders.reminders(TODAY)
    assert [r.text for r in account.overdue_agreements] == ["Werkgever bellen"]
    assert [r.record_id for r in account.expiring_vacancies] == [expiring]
    assert [r.record_id for r in account.stale_proposals] == [stale]
    assert account.checkpoints_due == []
    assert account.count == 3


def test_the_calendar_file_holds_open_deadlines_and_sessions(services: Services, basics: Basics) -> None:
    start = datetime.combine(TODAY + timedelta(days=25), time(13, 30))
    meeting = services.meetings.create(
        MeetingInput(starts_at=start, place="Gemeentehuis; zaal 2", duration_minutes=120)
    ).id
    young = make_young_person(services, basics)
    case = services.agenda.add_case(meeting, young.id)
    mine = services.agenda.add_agreement(
        meeting,
        action="Zoë's cv, brief & <b>",
        owner_id=basics.coach.id,
        deadline=TODAY + timedelta(days=11),
        case_id=case,
    )
    other_person = services.people.create(PersonInput(name="Piet", organisation_id=basics.school.id)).id
    services.agenda.add_agreement(
        meeting, action="Iets", owner_id=other_person, deadline=TODAY + timedelta(days=12)
    )
    services.agenda.add_agreement(meeting, action="Geen datum", owner_id=basics.coach.id, deadline=None)
    events = services.calendar.events(person="fenna jansen")
    data = calendar_ics(events, name="Matchtafel", now=NOW)
    parsed = Calendar.from_ical(data)
    found = {str(e["uid"]): e for e in parsed.walk("VEVENT")}
    assert set(found) == {f"agreement-{mine}@matchtafel", f"session-{meeting}@matchtafel"}
    deadline = found[f"agreement-{mine}@matchtafel"]
    assert str(deadline["summary"]) == f"{young.code} · Zoë's cv, brief & <b>"
    assert deadline.decoded("dtstart") == TODAY + timedelta(days=11)
    session = found[f"session-{meeting}@matchtafel"]
    assert session.decoded("dtstart").replace(tzinfo=None) == start
    assert str(session.decoded("dtstart").tzinfo) == "Europe/Amsterdam"
    assert session.decoded("dtend") - session.decoded("dtstart") == timedelta(minutes=120)
    assert str(session["location"]) == "Gemeentehuis; zaal 2"
    assert b"VTIMEZONE" in data and b"van der Berg" not in data
    assert len(services.calendar.events(organisation="Achterhoek College")) == 3
    with pytest.raises(UserError, match="No person is called"):
        services.calendar.events(person="Niemand")


def test_reminders_list_only_what_is_due_now_and_count_the_older(services: Services, basics: Basics) -> None:
    meeting = services.meetings.create(MeetingInput(starts_at=NOW - timedelta(days=120))).id
    recent = services.agenda.add_agreement(
        meeting, action="Recent", owner_id=basics.coach.id, deadline=TODAY - timedelta(days=3)
    )
    services.agenda.add_agreement(
        meeting, action="Long ago", owner_id=basics.coach.id, deadline=TODAY - timedelta(days=60)
    )
    placed(services, basics, TODAY - timedelta(days=95), "Mila")  # 3-month call a few days late: due now
    placed(services, basics, TODAY - timedelta(days=200), "Noor")  # its 3- and 6-month calls: months late
    reminders = services.reminders.reminders(TODAY)
    assert [r.record_id for r in reminders.overdue_agreements] == [recent]
    assert reminders.older_agreements == 1
    assert [(r.months, r.on >= TODAY - timedelta(days=14)) for r in reminders.checkpoints_due] == [(3, True)]
    assert reminders.older_checkpoints == 2
