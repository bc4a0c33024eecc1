"""Run mode from the keyboard: notes that save themselves, one-line agreements, next case, close, lock."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from matchtafel.domain.vocabulary import AttendanceStatus, CaseStatus, MeetingStatus
from matchtafel.models import AuditEvent
from matchtafel.services import Services
from matchtafel.storage.db import Database
from matchtafel.ui.sections.run.run_session import AUTOSAVE_MS
from tests.conftest import TODAY
from tests.ui.keys import type_text
from tests.ui.prompts import FakePrompts
from tests.ui.run_helpers import open_upcoming, settled


def test_notes_reach_the_database_within_a_second_without_saving(
    session_demo: Services, qtbot: QtBot
) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    case = screen.current_case()
    screen.notes.setFocus()
    type_text(screen.notes, "Zoë wil graag in de zorg werken; begint €-neutraal")
    qtbot.wait(AUTOSAVE_MS + 300)  # nobody pressed save; the app could be killed now
    fresh = session_demo.session_view.view(screen.meeting_id)
    assert (
        next(c for c in fresh.cases if c.id == case.id).notes
        == "Zoë wil graag in de zorg werken; begint €-neutraal"
    )


def test_an_agreement_on_one_line_with_few_keystrokes(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    attendee = next(name for _, name, invited in screen.view.people if invited)
    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.action.hasFocus()
    qtbot.keyClicks(screen.action, "Cv bijwerken met de jongere")
    extra = 0
    for widget, keys in ((screen.action, [Qt.Key.Key_Tab]),):
        for key in keys:
            qtbot.keyClick(widget, key)
            extra += 1
    letters = attendee.split()[0][:3]
    qtbot.keyClicks(screen.owner, letters)
    extra += len(letters)
    qtbot.keyClick(screen.owner, Qt.Key.Key_Tab)
    extra += 1
    qtbot.keyClicks(screen.deadline, "vr")
    extra += 2
    qtbot.keyClick(screen.deadline, Qt.Key.Key_Return)
    extra += 1
    assert extra <= 25, extra
    assert screen.entry_status.text() == "Agreement saved."
    saved = [
        a
        for a in session_demo.session_view.view(screen.meeting_id).agreements
        if a.action == "Cv bijwerken met de jongere"
    ]
    assert len(saved) == 1
    today = TODAY
    friday = today + timedelta(days=(4 - today.weekday() - 1) % 7 + 1)
    assert saved[0].deadline == friday and saved[0].owner_name == attendee.split(" (")[0]
    assert screen.action.hasFocus() and screen.action.text() == ""


def test_a_wrong_deadline_or_owner_keeps_the_typed_line(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    screen.action.setText("Bellen met werkgever")
    screen.deadline.setText("morgenochtend")
    screen.add_agreement()
    assert screen.entry_status.text() == "'morgenochtend' is not a deadline; try 12-12, 12 dec, vr or +2w."
    assert screen.action.text() == "Bellen met werkgever" and screen.deadline.hasFocus()
    screen.deadline.setText("+2w")
    screen.owner.setText("Xyzzy")
    screen.add_agreement()
    assert screen.entry_status.text() == "Nobody called 'Xyzzy'; type a few letters of a name."
    assert screen.action.text() == "Bellen met werkgever"


def test_discussed_moves_on_and_endings_ask_first_and_lock_takes_undo_away(
    session_demo: Services, qtbot: QtBot
) -> None:
    page, screen = open_upcoming(session_demo, qtbot)
    first = screen.current_case().id
    screen.agenda.setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # discussed, next case
    second = screen.current_case().id
    assert second != first and screen.notes.hasFocus()
    qtbot.keyClick(
        screen, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    statuses = {c.id: c.status for c in session_demo.session_view.view(screen.meeting_id).cases}
    assert statuses[first] == CaseStatus.DISCUSSED and statuses[second] == CaseStatus.POSTPONED
    assert screen.current == 2
    settled(screen, qtbot)

    prompts = screen.prompts
    assert isinstance(prompts, FakePrompts)
    asked = prompts.texts  # the endings' questions, so far
    prompts.answer("go_ahead", False)
    screen.close_button.click()  # cancelled: nothing happens, and it said what is undecided
    assert session_demo.session_view.view(screen.meeting_id).status == MeetingStatus.PLANNED
    undecided = len(screen.view.review)
    waiting = len(screen.view.cases) - 2
    assert f"{undecided} of {undecided} agreements in the review are undecided" in asked("go_ahead")[0]
    assert f"{waiting} of {len(screen.view.cases)} cases are not marked discussed" in asked("go_ahead")[0]
    assert prompts.asked[0].title == "Close the session?"
    prompts.always("go_ahead", True)
    screen.action.setText("Bellen met de werkgever")
    screen.deadline.setText("geen termijn")
    screen.add_agreement()
    assert screen.header.undo_action.isEnabled()
    screen.close_button.click()
    assert session_demo.session_view.view(screen.meeting_id).status == MeetingStatus.CLOSED
    settled(screen, qtbot).lock_button.click()
    assert "After locking, undo is gone" in asked("go_ahead")[-1]
    assert session_demo.session_view.view(screen.meeting_id).status == MeetingStatus.LOCKED
    settled(screen, qtbot)
    assert screen.undo_stack.count() == 0 and not screen.header.undo_action.isEnabled()
    assert not screen.header.undo_button.isVisibleTo(screen) and screen.amend_button.isVisibleTo(screen)
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing to undo any more
    assert [a.action for a in screen.view.agreements] == ["Bellen met de werkgever"]
    # a locked session changes only after an explicit "Amend…", and every change is an amendment
    assert screen.notes.isReadOnly()
    screen.action.setText("Nog iets")
    screen.deadline.setText("vr")
    screen.add_agreement()
    assert screen.entry_status.text() == "The minutes are locked: choose Amend… to record a change."
    screen.amend_button.click()
    assert not screen.notes.isReadOnly()
    screen.notes.setPlainText("Aanvulling na vaststelling")
    screen.save_notes()
    screen.add_agreement()
    assert screen.entry_status.text() == "Recorded as an amendment to the locked minutes."
    descriptions = [d for _, _, d in session_demo.agenda.amendments(screen.meeting_id)]
    assert descriptions[0] == f"case {screen.current_case().id}: update (notes)"
    assert descriptions[1].startswith("agreement ") and descriptions[1].endswith(": create")
    assert screen.undo_stack.count() == 0
    qtbot.keyClick(screen, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.currentIndex() == 0 and page.run_screen is None


def test_attendance_one_key_per_person_moves_on_and_one_key_for_everyone(
    session_demo: Services, db: Database, qtbot: QtBot
) -> None:
    def events() -> int:
        with db.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)

    _, screen = open_upcoming(session_demo, qtbot)
    panel = screen.attendance
    invited = panel.people.count()
    assert invited >= 8
    panel.people.setFocus()
    panel.people.setCurrentRow(0)
    ids = [int(panel.people.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(invited)]
    qtbot.keyClick(panel.people, Qt.Key.Key_P)  # present, and on to the next person: no arrow key
    assert panel.people.currentRow() == 1
    qtbot.keyClick(panel.people, Qt.Key.Key_E)
    qtbot.keyClick(panel.people, Qt.Key.Key_A)
    assert panel.people.currentRow() == 3
    logged = events()
    panel.people.setCurrentRow(0)
    qtbot.keyClick(panel.people, Qt.Key.Key_P)  # the same key again: nothing changes, nothing is logged
    assert events() == logged
    qtbot.keyClick(panel.people, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)  # everyone else here
    settled(screen, qtbot)
    view = session_demo.session_view.view(screen.meeting_id)
    assert view.attendance[ids[0]] == AttendanceStatus.PRESENT
    assert view.attendance[ids[1]] == AttendanceStatus.EXCUSED
    assert view.attendance[ids[2]] == AttendanceStatus.ABSENT
    assert all(view.attendance[i] == AttendanceStatus.PRESENT for i in ids[3:])
    assert screen.entry_status.text() == f"{invited - 3} marked present."
    # the row and the legend use the same word for "excused"
    assert panel.people.item(1).text().startswith("Excused · ")
    walk_in_id, walk_in = next((pid, name) for pid, name, invited in screen.view.people if not invited)
    assert isinstance(screen.prompts, FakePrompts)
    screen.prompts.answer("pick", walk_in_id)
    qtbot.keyClick(panel.people, Qt.Key.Key_Plus)
    settled(screen, qtbot)
    view = session_demo.session_view.view(screen.meeting_id)
    assert view.attendance[walk_in_id] == AttendanceStatus.PRESENT and panel.people.count() == invited + 1
    assert any(walk_in in panel.people.item(r).text() for r in range(panel.people.count()))


def test_agenda_insert_delete_and_move_with_the_keyboard(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    before = [c.id for c in screen.view.cases]
    assert isinstance(screen.prompts, FakePrompts)
    screen.prompts.always("pick", lambda options: options[0].value)
    screen.agenda.setFocus()
    qtbot.keyClick(screen.agenda, Qt.Key.Key_Insert)  # who may be added is read off the UI thread
    qtbot.waitUntil(lambda: len(screen.view.cases) == len(before) + 1)
    after_add = [c.id for c in screen.view.cases]
    assert len(after_add) == len(before) + 1
    screen.agenda.setCurrentRow(len(after_add) - 1)
    qtbot.keyClick(
        screen.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    moved = [c.id for c in screen.view.cases]
    assert moved[-2] == after_add[-1] and moved[-1] == after_add[-2]
    screen.agenda.setCurrentRow(len(moved) - 2)
    qtbot.keyClick(screen.agenda, Qt.Key.Key_Delete)
    assert [c.id for c in settled(screen, qtbot).view.cases] == before
    # a case with agreements is not removed; the screen says why
    screen.agenda.setCurrentRow(0)
    screen.action.setText("Bellen")
    screen.deadline.setText("vr")
    screen.add_agreement()
    screen.agenda.setCurrentRow(0)
    screen.agenda.setFocus()
    qtbot.keyClick(screen.agenda, Qt.Key.Key_Delete)
    assert screen.entry_status.text() == "This case has agreements; mark it postponed instead of removing it."
    assert [c.id for c in screen.view.cases] == before


def test_notes_an_earlier_run_could_not_write_are_written_when_the_session_opens(
    session_demo: Services, qtbot: QtBot
) -> None:
    from matchtafel.settings import data_dir
    from matchtafel.storage.journal import NotesJournal

    upcoming = next(m for m in session_demo.meetings.rows() if m.status == MeetingStatus.PLANNED)
    case = session_demo.session_view.view(upcoming.id).cases[0]
    NotesJournal(data_dir(), session_demo.database_key()).keep(case.id, "Getypt toen de server weg was")
    _page, screen = open_upcoming(session_demo, qtbot)
    assert session_demo.session_view.view(upcoming.id).cases[0].notes == "Getypt toen de server weg was"
    assert screen.saver.journal.pending() == {} and not screen.saver.banner.isVisibleTo(screen)
