"""The Follow-up section from the keyboard: proposals moved along with one key each, nazorg calls answered,
the calendar file; and the reminders panel at start."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matchtafel.domain.vocabulary import ContractType, ProposalStatus, RejectionReason
from matchtafel.services import Actor, Services
from matchtafel.services.meetings import MeetingInput
from matchtafel.services.organisations import OrganisationInput, PersonInput
from matchtafel.services.pipeline import PlacementInput
from matchtafel.ui.main_window import MainWindow
from matchtafel.ui.sections.follow_up.follow_up_page import CalendarDialog, FollowUpPage
from matchtafel.ui.sections.follow_up.step_dialogs import PlacementDialog, RejectionDialog
from matchtafel.ui.sections.overview.reminders_panel import fingerprint
from tests.conftest import NOW, TODAY
from tests.services.helpers import Basics, kind_id, make_basics, make_vacancy, make_young_person
from tests.ui.prompts import FakePrompts

P = ProposalStatus


@pytest.fixture
def world(services: Services, db: object) -> tuple[Services, Basics, int]:
    """Two proposals owned by Sanne (WSP), one by nobody; the actor is Sanne."""
    basics = make_basics(services)
    wsp = services.organisations.create(
        OrganisationInput(name="WSP Achterhoek", kind_id=kind_id(services, "wsp"))
    )
    sanne = services.people.create(PersonInput(name="Sanne Wolters", organisation_id=wsp.id)).id
    for given in ("Zoë", "Daan"):
        young = make_young_person(services, basics, given)
        services.proposals.propose(
            young.id, make_vacancy(services, basics, f"Baan {given}", wsp_contact_id=sanne)
        )
    young = make_young_person(services, basics, "Mila")
    services.proposals.propose(young.id, make_vacancy(services, basics, "Baan zonder contact"))
    mine = Services.create(db.sessions, Actor("Sanne Wolters", "WSP Achterhoek"), clock=services.clock)  # type: ignore[attr-defined]
    return mine, basics, sanne


def loaded_page(qtbot: QtBot, services: Services, prompts: FakePrompts | None = None) -> FollowUpPage:
    page = FollowUpPage(services, prompts=prompts or FakePrompts())
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.proposals.loaded, timeout=10_000):
        page.proposals.reload()
    return page


def press(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClick(widget, text)  # type: ignore[arg-type]


def test_proposals_move_along_with_one_key_each(
    qtbot: QtBot, qtmodeltester: object, world: tuple[Services, Basics, int]
) -> None:
    services, _basics, _sanne = world
    prompts = FakePrompts()
    page = loaded_page(qtbot, services, prompts)
    proposals = page.proposals
    qtmodeltester.check(proposals.model)  # type: ignore[attr-defined]
    assert proposals.owner.currentData() == "mine"
    assert proposals.model.rowCount() == 2  # Sanne's two, not the one without an owner
    proposals.owner.setCurrentIndex(proposals.owner.findData("everyone"))
    assert proposals.model.rowCount() == 3
    proposals.owner.setCurrentIndex(proposals.owner.findData("mine"))
    proposals.table.setFocus()
    first = proposals.current()
    assert first is not None and first.status == P.PROPOSED
    with qtbot.waitSignal(proposals.loaded, timeout=10_000):
        press(qtbot, proposals.table, "1")
    assert services.pipeline.proposal(first.id).status == P.CONTACT_MADE
    proposals.select(first.id)
    press(qtbot, proposals.table, "3")  # placed, straight after contact: not allowed
    problems = prompts.texts("warn")
    assert problems and "Interview planned, Rejected, Withdrawn" in problems[-1]
    assert prompts.asked[-1].title == "Not possible"
    assert not proposals.step_buttons[P.PLACED].isEnabled()
    assert proposals.step_buttons[P.INTERVIEW_PLANNED].isEnabled()
    with qtbot.waitSignal(proposals.loaded, timeout=10_000):
        press(qtbot, proposals.table, "2")

    def place(dialog: PlacementDialog) -> bool:
        assert dialog.start.text() == f"{TODAY:%d-%m-%Y}"  # today, unless the person changes it
        dialog.contract.setCurrentIndex(dialog.contract.findData(ContractType.PERMANENT))
        dialog.hours.setValue(32)
        dialog.below_level.setChecked(True)
        assert dialog.placement() == PlacementInput(TODAY, ContractType.PERMANENT, 32, below_level=True)
        return True

    prompts.answer("run", place)
    proposals.select(first.id)
    with qtbot.waitSignal(proposals.loaded, timeout=10_000):
        press(qtbot, proposals.table, "3")
    assert services.pipeline.proposal(first.id).status == P.PLACED
    assert "Follow-up calls planned on" in proposals.message.text()
    assert "marked filled" in proposals.message.text()
    assert proposals.model.rowCount() == 1  # a placed proposal is no longer running
    proposals.status.setCurrentIndex(proposals.status.findData("all"))
    proposals.select(first.id)
    history = [proposals.timeline.item(i).text() for i in range(proposals.timeline.count())]
    assert [h.split(" · ")[1] for h in history] == ["Placed", "Interview planned", "Contact made", "Proposed"]
    assert "Test Gebruiker" not in history[0] and "Sanne Wolters (WSP Achterhoek)" in history[0]

    second = next(r for r in proposals.model.visible_rows() if r.id != first.id)
    proposals.select(second.id)
    prompts.answer("run", lambda dialog: False)  # cancelled: nothing happens
    press(qtbot, proposals.table, "5")
    assert services.pipeline.proposal(second.id).status == P.PROPOSED

    def reject(dialog: RejectionDialog) -> bool:
        dialog.reason.setCurrentIndex(dialog.reason.findData(RejectionReason.NO_RESPONSE))
        dialog.note.setPlainText("Drie keer gebeld")
        return True

    prompts.answer("run", reject)
    with qtbot.waitSignal(proposals.loaded, timeout=10_000):
        press(qtbot, proposals.table, "5")
    steps = services.pipeline.timeline(second.id)
    assert (steps[-1].status, steps[-1].rejection_reason, steps[-1].note) == (
        P.REJECTED,
        RejectionReason.NO_RESPONSE,
        "Drie keer gebeld",
    )
    proposals.age.setCurrentIndex(2)  # no step for 3 weeks: none, all were just moved
    assert proposals.model.rowCount() == 0


def test_nazorg_calls_are_answered_and_the_young_person_goes_back_on_the_agenda(
    qtbot: QtBot, qtmodeltester: object, world: tuple[Services, Basics, int]
) -> None:
    services, basics, _sanne = world
    young = make_young_person(services, basics, "Noor")
    proposal = services.proposals.propose(young.id, make_vacancy(services, basics, "Magazijn"))
    version = proposal.version
    for target in (P.CONTACT_MADE, P.INTERVIEW_PLANNED):
        version = services.pipeline.step(proposal.id, version, target).version
    start = TODAY - timedelta(days=100)
    services.pipeline.step(
        proposal.id, version, P.PLACED, placement=PlacementInput(start, ContractType.TEMPORARY), today=start
    )
    upcoming = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=9))).id
    prompts = FakePrompts().answer("confirm", True)
    page = loaded_page(qtbot, services, prompts)
    calls = page.checkpoints
    qtmodeltester.check(calls.tree.model())  # type: ignore[attr-defined]  # and it keeps watching
    with qtbot.waitSignal(calls.loaded, timeout=10_000):
        calls.reload()
    assert calls.tree.group_texts() == ["Fenna Jansen (Achterhoek College): 1 call, 1 overdue"]
    assert calls.tree.rows_of(0)[0][0] == f"{young.code} {young.initials}"
    assert calls.tree.rows_of(0)[0][4].endswith("overdue")
    assert calls.current() is not None and calls.current().young_person_id == young.id  # type: ignore[union-attr]
    calls.note.setPlainText("Contract niet verlengd")
    calls.tree.setFocus()
    with qtbot.waitSignal(calls.loaded, timeout=10_000):
        press(qtbot, calls.tree, "3")
    when = f"{NOW + timedelta(days=9):%d-%m-%Y}"
    assert prompts.texts("confirm") == [
        f"Put {young.code} {young.initials} on the agenda of the next session ({when})?"
    ]
    assert f"is on the agenda of {when}" in calls.message.text()
    assert [c.young_person_id for c in services.session_view.view(upcoming).cases] == [young.id]
    assert calls.tree.group_texts() == [] and calls.note.toPlainText() == ""
    history = services.history.of_young_person(young.id)
    assert history.proposals  # the proposal stays in the young person's history


def test_the_calendar_file_is_saved_for_my_deadlines(
    qtbot: QtBot, world: tuple[Services, Basics, int], tmp_path: Path
) -> None:
    services, basics, sanne = world
    meeting = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=3), place="Doetinchem")).id
    services.agenda.add_agreement(
        meeting, action="Werkgever bellen", owner_id=sanne, deadline=TODAY + timedelta(days=5)
    )
    services.agenda.add_agreement(meeting, action="Niet van mij", owner_id=basics.coach.id, deadline=TODAY)
    target = tmp_path / "agenda.ics"
    prompts = FakePrompts().answer("save_path", tmp_path / "agenda")  # ".ics" is added
    dialog = CalendarDialog(services, prompts=prompts)
    qtbot.addWidget(dialog)
    assert dialog.whose.currentData() == "person"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):  # read and written off the UI thread
        dialog.save()
    assert dialog.saved == target and dialog.count == 2
    summaries = sorted(str(e["summary"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert summaries == ["Matchtafel", "Werkgever bellen"]
    assert prompts.asked[0].title == "Save the calendar file"



def test_a_calendar_file_that_cannot_be_written_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, world: tuple[Services, Basics, int], tmp_path: Path
) -> None:
    services = world[0]
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    prompts = FakePrompts().answer("save_path", blocker / "agenda.ics")
    dialog = CalendarDialog(services, prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=10_000)
    assert dialog.isVisible() and dialog.saved is None and dialog.buttons.isEnabled()
    assert "agenda.ics" in dialog.problem.text() or "not a folder" in dialog.problem.text()


def test_reminders_appear_below_the_work_and_open_the_proposal(
    qtbot: QtBot, qtmodeltester: object, world: tuple[Services, Basics, int], db: object
) -> None:
    services, _basics, _sanne = world
    from sqlalchemy import update

    from matchtafel.models import Proposal

    with db.sessions.begin() as s:  # type: ignore[attr-defined]
        s.execute(update(Proposal).values(last_step_at=NOW - timedelta(days=30)))
    window = MainWindow()
    qtbot.addWidget(window)
    from matchtafel.ui.sections.registers import build_register_pages

    window.install_pages(build_register_pages(services, []))
    window.show()
    reminders = services.reminders.reminders()
    window.show_reminders(reminders)
    panel = window.reminders
    assert panel is not None and panel.isVisible()
    qtmodeltester.check(panel.tree.model())  # type: ignore[attr-defined]
    assert window.dockWidgetArea(panel) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert panel.windowTitle() == "Reminders (2)" and "WSP Achterhoek" in panel.scope.text()
    assert panel.tree.group_texts() == ["Proposals without a step for 3 weeks (2)"]  # only what there is
    assert panel.maximumHeight() <= 170  # compact: the work keeps the screen
    wanted = reminders.stale_proposals[1].record_id
    page = window.screen_by_key["follow_up"]
    assert isinstance(page, FollowUpPage)
    with qtbot.waitSignal(page.proposals.loaded, timeout=10_000):
        assert panel.tree.select_row(0, 1)
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert window.current_section() == "follow_up"
    assert page.proposals.current() is not None and page.proposals.current().id == wanted  # type: ignore[union-attr]
    closed: list[str] = []
    window.reminders_dismissed.connect(closed.append)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.setFocus()  # Escape from anywhere in the window, not only inside the panel
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert not panel.isVisible() and closed == [fingerprint(reminders)]
    # remembered: at the next start the same reminders stay closed; something new brings them back
    window.show_reminders(reminders, closed[0])
    assert not panel.isVisible()
    window.show_reminders(replace(reminders, stale_proposals=reminders.stale_proposals[:1]), closed[0])
    assert panel.isVisible()
    window.reminders_action.trigger()
    assert panel.isVisible() and closed[-1] == ""
