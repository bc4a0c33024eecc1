"""Run mode from the keyboard: notes that save themselves, one-line agreements, next case, close, lock."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matchtafel.services import Services
from matchtafel.ui.run_session import AUTOSAVE_MS
from matchtafel.vocabulary import AttendanceStatus, CaseStatus, MeetingStatus
from tests.conftest import TODAY

from .keys import type_text
from .run_helpers import open_upcoming


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


def test_next_case_discussed_close_lock_and_an_amendment(session_demo: Services, qtbot: QtBot) -> None:
    page, screen = open_upcoming(session_demo, qtbot)
    first = screen.current_case().id
    screen.agenda.setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert screen.current_case().id != first
    qtbot.keyClick(
        screen, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    statuses = {c.id: c.status for c in session_demo.session_view.view(screen.meeting_id).cases}
    assert (
        statuses[first] == CaseStatus.DISCUSSED and statuses[screen.current_case().id] == CaseStatus.POSTPONED
    )
    screen.close_button.click()
    assert session_demo.session_view.view(screen.meeting_id).status == MeetingStatus.CLOSED
    screen.lock_button.click()
    assert session_demo.session_view.view(screen.meeting_id).status == MeetingStatus.LOCKED
    screen.notes.setPlainText("Aanvulling na vaststelling")
    screen.save_notes()
    assert [d for _, _, d in session_demo.agenda.amendments(screen.meeting_id)] == [
        f"case {screen.current_case().id}: update (notes)"
    ]
    qtbot.keyClick(screen, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.currentIndex() == 0 and page.run_screen is None


def test_attendance_one_key_per_person_and_a_walk_in(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    panel = screen.attendance
    invited = panel.people.count()
    assert invited > 0
    panel.people.setFocus()
    panel.people.setCurrentRow(0)
    first = int(panel.people.item(0).data(Qt.ItemDataRole.UserRole))
    qtbot.keyClick(panel.people, Qt.Key.Key_P)
    qtbot.keyClick(panel.people, Qt.Key.Key_Down)
    second = int(panel.people.currentItem().data(Qt.ItemDataRole.UserRole))
    qtbot.keyClick(panel.people, Qt.Key.Key_E)
    walk_in = next(name for _, name, invited in screen.view.people if not invited)
    panel.ask_person = lambda names: walk_in  # type: ignore[method-assign]
    qtbot.keyClick(panel.people, Qt.Key.Key_Plus)
    view = session_demo.session_view.view(screen.meeting_id)
    assert view.attendance[first] == AttendanceStatus.PRESENT
    assert view.attendance[second] == AttendanceStatus.EXCUSED
    assert panel.people.count() == invited + 1
    assert sum(1 for s in view.attendance.values() if s == AttendanceStatus.PRESENT) == 2


def test_agenda_insert_delete_and_move_with_the_keyboard(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    before = [c.id for c in screen.view.cases]
    screen.agenda_keys.ask = lambda options: options[0]  # type: ignore[method-assign]
    screen.agenda.setFocus()
    qtbot.keyClick(screen.agenda, Qt.Key.Key_Insert)
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
    assert [c.id for c in screen.view.cases] == before
    # a case with agreements is not removed; the screen says why
    screen.agenda.setCurrentRow(0)
    screen.action.setText("Bellen")
    screen.add_agreement()
    screen.agenda.setCurrentRow(0)
    screen.agenda.setFocus()
    qtbot.keyClick(screen.agenda, Qt.Key.Key_Delete)
    assert screen.entry_status.text() == "This case has agreements; mark it postponed instead of removing it."
    assert [c.id for c in screen.view.cases] == before


def test_notes_an_earlier_run_could_not_write_are_written_when_the_session_opens(
    session_demo: Services, qtbot: QtBot
) -> None:
    from matchtafel.journal import NotesJournal
    from matchtafel.settings import data_dir

    upcoming = next(m for m in session_demo.meetings.rows() if m.status == MeetingStatus.PLANNED)
    case = session_demo.session_view.view(upcoming.id).cases[0]
    NotesJournal(data_dir(), session_demo.database_key()).keep(case.id, "Getypt toen de server weg was")
    _page, screen = open_upcoming(session_demo, qtbot)
    assert session_demo.session_view.view(upcoming.id).cases[0].notes == "Getypt toen de server weg was"
    assert screen.saver.journal.pending() == {} and not screen.saver.banner.isVisibleTo(screen)
