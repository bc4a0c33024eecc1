"""School leavers kept in view: who keeps contact, the contact moments at 3, 6 and 12 months, their answers,
and where a worrying answer shows up again (the next agenda, reminders, the calendar)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from matchtafel.clock import FixedClock
from matchtafel.domain.dates import add_months
from matchtafel.domain.errors import UserError, ValidationError
from matchtafel.domain.leaving import is_worrying
from matchtafel.domain.vocabulary import ContactChannel, ExitStatus, LeaverStatus
from matchtafel.io.calendar import calendar_ics
from matchtafel.models import AuditEvent, ContactMoment
from matchtafel.services import Actor, Services
from matchtafel.services.leavers import LeavingInput, MomentAnswer
from matchtafel.services.meetings import MeetingInput
from matchtafel.services.organisations import OrganisationInput, PersonInput
from matchtafel.storage.db import Database
from tests.conftest import NOW, TODAY
from tests.services.helpers import Basics, kind_id, make_basics, make_young_person

S = LeaverStatus


@pytest.fixture
def basics(services: Services) -> Basics:
    return make_basics(services)


@pytest.fixture
def keeper(services: Services) -> int:
    org = services.organisations.create(
        OrganisationInput(name="Doorstroompunt Achterhoek", kind_id=kind_id(services, "doorstroompunt"))
    )
    return services.people.create(
        PersonInput(name="Ruben Gerritsen", organisation_id=org.id, phone="0314-123456")
    ).id


def leave(services: Services, young_id: int, left_on: date, keeper: int | None) -> int:
    return services.leavers.record(
        young_id, LeavingInput(left_on, ExitStatus.DIPLOMA, keeper, ContactChannel.PHONE, 6)
    ).id


def test_leaving_school_makes_three_contact_moments_for_whoever_keeps_contact(
    services: Services, basics: Basics, keeper: int, db: Database
) -> None:
    young = make_young_person(services, basics)
    left_on = TODAY - timedelta(days=20)
    row = services.leavers.record(
        young.id, LeavingInput(left_on, ExitStatus.LEFT_WITHOUT_DIPLOMA, keeper, ContactChannel.IN_PERSON, 4)
    )
    assert [(m.months_after_leaving, m.due_on) for m in row.moments] == [
        (3, add_months(left_on, 3)),
        (6, add_months(left_on, 6)),
        (12, add_months(left_on, 12)),
    ]
    assert {m.caller_name for m in row.moments} == {"Ruben Gerritsen"}
    assert row.keeper_organisation == "Doorstroompunt Achterhoek" and row.contact_every_weeks == 4
    assert services.young_people.get(young.id).exit_status == ExitStatus.LEFT_WITHOUT_DIPLOMA
    assert services.leavers.of_young_person(young.id) == row
    assert row.next_moment() == row.moments[0]
    with db.sessions() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "school_leaver")).one()
        assert event.young_person_id == young.id and event.action == "create"


def test_without_a_keeper_the_case_holder_makes_the_contact_and_bad_input_is_named(
    services: Services, basics: Basics, keeper: int
) -> None:
    young = make_young_person(services, basics)
    row = services.leavers.record(
        young.id, LeavingInput(TODAY, ExitStatus.DIPLOMA, None, ContactChannel.PHONE)
    )
    assert {m.caller_name for m in row.moments} == {"Fenna Jansen"}
    with pytest.raises(ValidationError) as caught:
        services.leavers.record(young.id, LeavingInput(None, ExitStatus.IN_SCHOOL, None, None, 0))
    assert {p.field for p in caught.value.problems} == {
        "left_on",
        "exit_status",
        "contact_channel",
        "contact_every_weeks",
    }
    with pytest.raises(ValidationError, match="within a year ahead or three back"):
        services.leavers.record(
            young.id,
            LeavingInput(TODAY + timedelta(days=400), ExitStatus.DIPLOMA, None, ContactChannel.PHONE),
        )
    changed = services.leavers.change_contact(row.id, row.version, keeper, ContactChannel.MESSAGE, 2)
    assert changed.keeper_name == "Ruben Gerritsen" and changed.contact_channel == ContactChannel.MESSAGE
    assert {m.caller_name for m in changed.moments} == {"Ruben Gerritsen"}
    with pytest.raises(UserError, match="changed this meanwhile"):
        services.leavers.change_contact(row.id, row.version, None, ContactChannel.PHONE, 4)


def test_leaving_again_replaces_the_moments_not_yet_made(
    services: Services, basics: Basics, keeper: int
) -> None:
    young = make_young_person(services, basics)
    first = services.leavers.record(
        young.id, LeavingInput(TODAY - timedelta(days=400), ExitStatus.DIPLOMA, keeper, ContactChannel.PHONE)
    )
    made = first.moments[0]
    services.leavers.answer(made.id, made.version, MomentAnswer(S.LEARNING, answered_on=made.due_on))
    second = services.leavers.record(
        young.id, LeavingInput(TODAY, ExitStatus.DIPLOMA, keeper, ContactChannel.PHONE)
    )
    assert len(second.moments) == 3
    assert services.leavers.of_young_person(young.id) == second
    due = services.leavers.moments(TODAY, days_ahead=400)
    assert [m.leaver_id for m in due] == [second.id] * 3  # the first leaving's open moments are gone


def test_a_contact_moment_records_status_and_the_jobs_quality_and_names_worry(
    services: Services, basics: Basics, keeper: int
) -> None:
    late = make_young_person(services, basics, "Zoë")
    soon = make_young_person(services, basics, "Daan")
    leave(services, late.id, TODAY - timedelta(days=100), keeper)  # 3-month moment some days late
    leave(services, soon.id, TODAY - timedelta(days=88), keeper)
    later = make_young_person(services, basics, "Mila")
    leave(services, later.id, TODAY - timedelta(days=10), keeper)
    rows = services.leavers.moments(TODAY)
    assert [r.young_person_id for r in rows] == [late.id, soon.id]
    assert rows[0].overdue(TODAY) and rows[0].young_code == late.code
    working = MomentAnswer(S.WORKING, job_permanent=False, job_below_level=True, job_outside_field=False)
    result = services.leavers.answer(rows[0].id, rows[0].version, working)
    assert not result.worrying  # temporary and below level: common for a first job, counted, not raised
    with pytest.raises(UserError, match="recorded this contact moment meanwhile"):
        services.leavers.answer(rows[0].id, rows[0].version, working)
    with pytest.raises(ValidationError, match="between leaving school and today"):
        services.leavers.answer(
            rows[1].id, rows[1].version, MomentAnswer(S.LOOKING, answered_on=TODAY - timedelta(days=200))
        )
    learning = MomentAnswer(S.LEARNING, job_permanent=True, note="Weer naar school, bol niveau 2")
    assert not services.leavers.answer(rows[1].id, rows[1].version, learning).worrying
    made = services.leavers.of_young_person(soon.id)
    assert made is not None
    first = made.moments[0]
    assert first.status == S.LEARNING and first.job_permanent is None  # quality only for a job
    assert first.answered_on == TODAY
    assert services.leavers.moments(TODAY) == []


@pytest.mark.parametrize(
    "answer, worrying",
    [
        ((S.LOOKING, None, None, None), True),
        ((S.NO_CONTACT, None, None, None), True),
        ((S.LEARNING, None, None, None), False),
        ((S.WORKING, True, True, True), False),
        ((S.WORKING, False, True, False), False),
        ((S.WORKING, False, True, True), True),
        ((S.WORKING, None, True, True), False),
    ],
)
def test_what_counts_as_worrying(
    answer: tuple[S, bool | None, bool | None, bool | None], worrying: bool
) -> None:
    assert is_worrying(*answer) is worrying


def test_a_worrying_answer_brings_the_leaver_to_the_next_agenda_until_discussed(
    services: Services, basics: Basics, keeper: int
) -> None:
    young = make_young_person(services, basics)
    calm = make_young_person(services, basics, "Daan")
    leave(services, young.id, TODAY - timedelta(days=100), keeper)
    leave(services, calm.id, TODAY - timedelta(days=100), keeper)
    first, second = services.leavers.moments(TODAY)
    next_session = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=14))).id
    reason = "a school leaver's contact moment gave a worrying answer, not discussed since"
    assert not any(reason in c.reasons for c in services.agenda.propose(next_session).cases)
    result = services.leavers.answer(
        first.id, first.version, MomentAnswer(S.NO_CONTACT, note="Niet bereikbaar")
    )
    services.leavers.answer(second.id, second.version, MomentAnswer(S.WORKING, job_permanent=True))
    assert result.worrying and result.young_person_id == young.id
    proposed = {c.young_person_id: c.reasons for c in services.agenda.propose(next_session).cases}
    assert reason in proposed[young.id] and calm.id not in proposed
    # Discussed at a session after the answer: not proposed again for the one after.
    held = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(hours=2))).id
    services.agenda.add_case(held, young.id)
    proposed = {c.young_person_id: c.reasons for c in services.agenda.propose(next_session).cases}
    assert reason not in proposed.get(young.id, ())


def test_reminders_and_the_calendar_hold_the_contact_moments(
    services: Services, basics: Basics, keeper: int, db: Database, clock: FixedClock
) -> None:
    young = make_young_person(services, basics)
    left_on = TODAY - timedelta(days=100)  # the 3-month moment is a few days late, the 6-month one ahead
    leave(services, young.id, left_on, keeper)
    theirs = Services.create(db.sessions, Actor("Ruben Gerritsen", "Doorstroompunt Achterhoek"), clock=clock)
    reminders = theirs.reminders.reminders(TODAY)
    assert [(r.kind, r.subject, r.months, r.on) for r in reminders.contact_moments_due] == [
        ("contact_moment", young.code, 3, add_months(left_on, 3))
    ]
    assert reminders.count == 1
    school = Services.create(db.sessions, Actor("Fenna Jansen", "Achterhoek College"), clock=clock)
    assert school.reminders.reminders(TODAY).contact_moments_due == []  # not the school's work
    events = services.calendar.events(person="Ruben Gerritsen")
    moments = [e for e in events if e.uid.startswith("contact-moment-")]
    assert [e.day for e in moments] == [add_months(left_on, m) for m in (3, 6, 12)]
    assert moments[0].title == f"{young.code} · contactmoment 3 mnd na school"
    assert "Zoë" not in moments[0].title + moments[0].description
    english = services.calendar.events(person="Ruben Gerritsen", language="en")
    assert any(e.title == f"{young.code} · contact moment 6 months after school" for e in english)
    calendar = Calendar.from_ical(calendar_ics(events, name="Matchtafel", now=NOW))
    uids = {str(c.get("uid")) for c in calendar.walk("VEVENT")}
    assert {e.uid for e in moments} <= uids
    assert services.calendar.events(person="Fenna Jansen") == []  # the keeper makes the contact


def test_anonymising_keeps_the_answers_and_empties_what_was_said(
    services: Services, basics: Basics, keeper: int, db: Database
) -> None:
    young = make_young_person(services, basics)
    leave(services, young.id, TODAY - timedelta(days=100), keeper)
    (moment,) = services.leavers.moments(TODAY)
    services.leavers.answer(moment.id, moment.version, MomentAnswer(S.LOOKING, note="Zoekt werk in de zorg"))
    record = services.retention.subject_access(young.id, "verzoek")
    (leaving,) = record["school_leaving"]
    assert leaving["keeper"] == "Ruben Gerritsen" and leaving["exit_status"] == ExitStatus.DIPLOMA
    assert leaving["contact_moments"][0]["note"] == "Zoekt werk in de zorg"
    services.retention.erase(young.id, "verzoek van de jongere")
    with db.sessions() as s:
        notes = s.scalars(select(ContactMoment.note)).all()
        statuses = s.scalars(select(ContactMoment.status).where(ContactMoment.answered_on.is_not(None))).all()
    assert set(notes) == {""} and statuses == [S.LOOKING]


def test_retention_waits_for_the_last_contact_moment(services: Services, basics: Basics, keeper: int) -> None:
    young = make_young_person(services, basics)
    leave(services, young.id, TODAY - timedelta(days=30), keeper)
    last = add_months(TODAY - timedelta(days=30), 12)
    assert young.id not in {c.young_person_id for c in services.retention.preview(1, last)}
    due = {c.young_person_id: c for c in services.retention.preview(1, add_months(last, 1))}
    assert due[young.id].last_activity == last
