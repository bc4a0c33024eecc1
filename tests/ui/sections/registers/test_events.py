"""Matching events on screen: planned in the register, invitations and attendance by key, contacts and a
proposal from the event, the pseudonymous invitation list; upcoming events in run mode's review; a supporter
as the owner of an agreement typed in run mode."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from matchtafel.clock import SYSTEM_CLOCK
from matchtafel.domain.vocabulary import AttendanceStatus, EventKind
from matchtafel.services import Services
from matchtafel.ui.sections.follow_up.supporters_page import SupportersSection
from matchtafel.ui.sections.registers.event_panel import EventPanel
from matchtafel.ui.sections.run.agreement_entry import AgreementEntry, Owner
from matchtafel.ui.sections.run.review_panel import ReviewPanel
from matchtafel.ui.widgets.record_form import RecordForm
from tests.conftest import NOW
from tests.services.helpers import make_basics, make_vacancy, make_young_person
from tests.services.support_helpers import make_event, make_supporter
from tests.ui.keys import type_text
from tests.ui.prompts import Asked, FakePrompts
from tests.ui.register_helpers import drive_form, load, save_and_wait, shown_rows


def events_page(services: Services, qtbot: QtBot) -> SupportersSection:
    page = SupportersSection(services, services.overview.sectors(), prompts=FakePrompts())
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.setCurrentWidget(page.events)
    page.show()
    load(page.events, qtbot)
    return page


def test_an_event_is_planned_in_the_register(
    services: Services, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = events_page(services, qtbot).events
    day = NOW.date() + timedelta(days=12)

    def fill(form: RecordForm) -> None:
        form.editors["title"].set_value("Week van het Talent")
        form.editors["kind"].set_value(EventKind.WEEK_OF_TALENT)
        form.editors["day"].widget.setFocus()
        type_text(form.editors["day"].widget, f"{day:%d-%m-%Y}")
        form.editors["start_time"].set_value("9.30")
        form.editors["place"].set_value("Doetinchem")
        assert save_and_wait(form, qtbot)

    drive_form(page, qtbot, fill)
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        page.create_new()
    [event] = services.events.rows()
    assert (event.title, event.kind, event.starts_at.date(), f"{event.starts_at:%H:%M}") == (
        "Week van het Talent",
        EventKind.WEEK_OF_TALENT,
        day,
        "09:30",
    )
    assert shown_rows(page, 1) == ["Week van het Talent"]
    qtmodeltester.check(page.model)
    assert page.register.highlight(page.model.row_at(page.model.index(0, 0)))  # within two weeks: marked


def test_a_wrong_time_is_refused_by_field(services: Services, qtbot: QtBot) -> None:
    page = events_page(services, qtbot).events
    forms = drive_form(page, qtbot, lambda form: None)
    page.create_new()
    form = forms[0]
    form.editors["title"].set_value("Open dag")
    form.editors["kind"].set_value(EventKind.OPEN_DAY)
    form.editors["day"].set_value(NOW.date())
    form.editors["start_time"].set_value("half tien")
    assert save_and_wait(form, qtbot) is False
    assert form.errors["start_time"].text() == "Write the time like 14:00."
    form.mark_clean()
    form.reject()
    assert services.events.rows() == []


def test_invitations_attendance_contacts_proposal_and_list(
    services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    make_supporter(services)
    make_vacancy(services, basics)
    event = make_event(services)
    prompts = FakePrompts().answer("text", young.code, None).always("item", lambda options: options[0])
    panel = EventPanel(services, event.id, event.title, prompts=prompts)
    qtbot.addWidget(panel)
    panel.show()
    panel.invite_young_person()
    panel.invite_supporter()
    panel.invite_employer()
    assert [panel.invited.item(i).text() for i in range(panel.invited.count())] == [
        f"{young.code} Z.B. · young person · Invited",
        "Henk Wolters · supporter · Invited",
        "Bakkerij Ter Horst · employer · Invited",
    ]
    panel.invited.setFocus()
    panel.invited.setCurrentRow(0)
    qtbot.keyClick(panel.invited, Qt.Key.Key_P)
    assert panel.invited.item(0).text().endswith("· Present")
    panel.invited.setCurrentRow(1)
    qtbot.keyClick(panel.invited, Qt.Key.Key_E)
    assert services.events.invitations(event.id)[1].attendance == AttendanceStatus.EXCUSED
    panel.add_contact()  # young person and the first one met (the supporter), no note
    panel.propose()
    assert panel.status.text() == "Proposed; it is followed up under Follow-up."
    assert panel.outcome.text() == (
        "Came: 1 of 1 young people, 0 of 1 supporters, 0 of 1 employers · 1 contacts · 1 proposals "
        "(0 placed) · 0 links"
    )
    prompts.answer("save_path", tmp_path / "uitnodigingen")  # the suffix is added
    panel.print_list()
    assert panel.saved == tmp_path / "uitnodigingen.pdf"
    text = "".join(page.extract_text() for page in PdfReader(panel.saved).pages)
    assert f"{young.code} Z.B." in text and "Zoë" not in text and "Henk Wolters" in text
    panel.invited.setCurrentRow(2)
    qtbot.keyClick(panel.invited, Qt.Key.Key_Delete)
    assert panel.invited.count() == 2


def test_an_unknown_code_is_said_and_nothing_is_invited(services: Services, qtbot: QtBot) -> None:
    event = make_event(services)
    prompts = FakePrompts().answer("text", " J-1999-9999 ")  # what is typed is trimmed
    panel = EventPanel(services, event.id, event.title, prompts=prompts)
    qtbot.addWidget(panel)
    panel.invite_young_person()
    assert panel.status.text() == "No young person has the code 'J-1999-9999'."
    assert panel.invited.count() == 0
    assert prompts.asked == [Asked("text", "Invite", "Code of the young person:")]


def test_upcoming_events_are_listed_in_the_review(services: Services, qtbot: QtBot) -> None:
    from matchtafel.services.meetings import MeetingInput

    meeting = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=1), place="Doetinchem"))
    make_event(services, "Week van het Talent", in_days=9)
    panel = ReviewPanel(services=services, meeting_id=meeting.id, on_change=lambda: None)
    qtbot.addWidget(panel)
    panel.show_view(services.session_view.view(meeting.id))
    assert panel.events_label.text() == "<b>Matching events coming up</b> (1)"
    line = panel.events.item(0).text()
    assert "Week van het Talent · Speed date · Doetinchem · 0 invited" in line


def test_run_modes_owner_field_finds_a_supporter_after_the_people(qtbot: QtBot) -> None:
    saved: list[tuple[str, Owner | None, date | None]] = []
    entry = AgreementEntry(save=lambda *args: saved.append(args), clock=SYSTEM_CLOCK, prompts=FakePrompts())  # type: ignore[arg-type]
    qtbot.addWidget(entry)
    entry.set_people([(7, "Henk de Vries (Gemeente)", True)], None, [(3, "Henk Wolters", "business_mentor")])
    assert entry.supporters == [(3, "Henk Wolters (Business mentor)")]
    assert entry.owner_of("henk") == Owner(person_id=7)  # people at the table first
    assert entry.owner_of("wolt") == Owner(supporter_id=3)
    type_text(entry.action, "Bedrijfsbezoek regelen")
    type_text(entry.owner, "Wolters")
    type_text(entry.deadline, "geen termijn")
    entry.submit()
    assert saved == [("Bedrijfsbezoek regelen", Owner(supporter_id=3), None)]


def test_an_agreement_typed_for_a_supporter_in_run_mode_is_theirs(
    session_demo: Services, qtbot: QtBot
) -> None:
    from tests.ui.run_helpers import open_upcoming

    _page, screen = open_upcoming(session_demo, qtbot)
    supporter_id, name, _kind = screen.view.supporters[0]
    screen.next_case()
    type_text(screen.action, "Meelopen bij de bakker plannen")
    type_text(screen.owner, name.split()[-1])  # a few letters of the family name
    type_text(screen.deadline, "geen termijn")
    screen.entry.submit()
    qtbot.waitUntil(lambda: any(a.action == "Meelopen bij de bakker plannen" for a in screen.view.agreements))
    [made] = [a for a in screen.view.agreements if a.action == "Meelopen bij de bakker plannen"]
    assert made.owner_name == name
    made_for = [a.action for a in session_demo.supporters.agreements(supporter_id)]
    assert "Meelopen bij de bakker plannen" in made_for


def test_an_invitation_another_organisation_made_says_who_changes_it(
    services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a shared server the service marks invitations this login may not change (``may_change``); the list
    says who may, and a key on one shows the service's refusal instead of changing it."""
    from dataclasses import replace

    event = make_event(services)
    supporter = make_supporter(services)
    services.events.invite(event.id, "supporter", supporter.id)
    read = services.events.invitations
    monkeypatch.setattr(
        services.events,
        "invitations",
        lambda event_id: [replace(row, may_change=False, owner="WSP Achterhoek") for row in read(event_id)],
    )
    panel = EventPanel(services, event.id, event.title)
    qtbot.addWidget(panel)
    item = panel.invited.item(0)
    assert item.toolTip() == (
        "Invited by WSP Achterhoek: only WSP Achterhoek, the event's organiser and the coordinator change this "
        "invitation."
    )
