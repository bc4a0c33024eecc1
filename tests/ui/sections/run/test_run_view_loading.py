"""Run mode reads its session off the UI thread: typing and moving on go on meanwhile, nothing typed is lost,
the case shown is the one gone to, and a read overtaken by a newer one is never shown."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from matchtafel.domain.vocabulary import CaseStatus, MeetingStatus
from matchtafel.services import Services
from matchtafel.services.session_view import SessionView
from tests.ui.keys import type_text
from tests.ui.prompts import FakePrompts
from tests.ui.run_helpers import open_upcoming, settled

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def pool_room() -> Iterator[None]:
    """Room for a held-back read and the one after it at the same time (two cores give two threads)."""
    pool = QThreadPool.globalInstance()
    was = pool.maxThreadCount()
    pool.setMaxThreadCount(max(was, 4))
    yield
    pool.setMaxThreadCount(was)


def held_reads(
    services: Services, monkeypatch: pytest.MonkeyPatch, *, hold: Callable[[int], bool]
) -> threading.Event:
    """Reads of the session whose number ``hold`` says so wait, after reading, until the event is set."""
    gate = threading.Event()
    real = services.session_view.view
    count = {"reads": 0}

    def view(meeting_id: int) -> SessionView:
        count["reads"] += 1
        number = count["reads"]
        result = real(meeting_id)
        if hold(number):
            assert gate.wait(10), "the test never let the read go"
        return result

    monkeypatch.setattr(services.session_view, "view", view)
    return gate


def test_opening_and_every_change_read_the_session_off_the_ui_thread(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = session_demo.session_view.view

    def view(meeting_id: int) -> SessionView:
        threads.append(threading.current_thread())
        return real(meeting_id)

    monkeypatch.setattr(session_demo.session_view, "view", view)
    _, screen = open_upcoming(session_demo, qtbot)
    qtbot.keyClick(screen, Qt.Key.Key_D, CTRL)  # discussed, on to the next: the session is read again
    settled(screen, qtbot)
    assert screen.view.cases[0].status == CaseStatus.DISCUSSED
    assert len(threads) == 2 and threading.main_thread() not in threads


def test_a_fast_next_next_keeps_the_case_gone_to_and_the_notes_typed_meanwhile(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, pool_room: None
) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    gate = held_reads(session_demo, monkeypatch, hold=lambda _number: True)
    first = screen.current_case()
    screen.focus_notes()
    qtbot.keyClick(screen.notes, Qt.Key.Key_D, CTRL)  # discussed and on: the read after it is held back
    qtbot.keyClick(screen.notes, Qt.Key.Key_Down, ALT)  # and on once more before it lands
    assert screen.loading() and screen.current == 2
    third = screen.current_case()
    assert screen.person.text().startswith(third.code)
    screen.focus_notes()
    type_text(screen.notes, " Belt zelf de werkgever.")
    typed = screen.notes.toPlainText()
    gate.set()
    settled(screen, qtbot)
    assert screen.current == 2 and screen.current_case().id == third.id  # not the case of the late read
    assert screen.person.text().startswith(third.code) and screen.agenda.currentRow() == 2
    assert screen.notes.toPlainText() == typed and screen.notes.hasFocus()  # nothing typed lost, focus kept
    assert screen.view.cases[0].id == first.id and screen.view.cases[0].status == CaseStatus.DISCUSSED
    stored = {c.id: c.notes for c in session_demo.session_view.view(screen.meeting_id).cases}
    assert stored[third.id] == typed


def test_a_read_overtaken_by_a_newer_one_is_dropped(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, pool_room: None
) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    gate = held_reads(session_demo, monkeypatch, hold=lambda number: number == 1)
    case = screen.current_case()
    screen.reload()  # read at once, then held back: it has the case as it is now
    assert screen.loading()
    session_demo.agenda.set_case_status(case.id, CaseStatus.POSTPONED)  # meanwhile someone postpones it
    screen.reload()  # this read has it, and lands first
    qtbot.waitUntil(lambda: screen.current_case().status == CaseStatus.POSTPONED)
    assert screen.loading()  # the first read is still on its way
    gate.set()
    settled(screen, qtbot)
    assert screen.current_case().status == CaseStatus.POSTPONED  # the older read was not shown over it
    assert "Postponed" in screen.agenda.item(screen.current).text()


def test_a_read_that_fails_keeps_what_is_shown_and_says_why(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matchtafel.domain.errors import UserError

    _, screen = open_upcoming(session_demo, qtbot)
    shown = screen.view

    def busy(_meeting_id: int) -> SessionView:
        raise UserError("The database is busy. Try again in a moment.")

    monkeypatch.setattr(session_demo.session_view, "view", busy)
    screen.reload()
    settled(screen, qtbot)
    assert screen.view is shown and screen.entry_status.text() == "The database is busy. Try again in a moment."


def test_after_close_lock_is_offered_at_once_and_after_lock_the_notes_are_shut_at_once(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, pool_room: None
) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    assert isinstance(screen.prompts, FakePrompts)
    screen.prompts.always("go_ahead", True)
    gate = held_reads(session_demo, monkeypatch, hold=lambda _number: True)
    screen.close_button.click()
    assert screen.loading() and screen.lock_button.isEnabled()  # not waiting for the read
    screen.lock_button.click()
    assert screen.loading() and screen.notes.isReadOnly() and screen.amend_button.isVisibleTo(screen)
    gate.set()
    settled(screen, qtbot)
    assert screen.view.status == MeetingStatus.LOCKED and screen.notes.isReadOnly()
