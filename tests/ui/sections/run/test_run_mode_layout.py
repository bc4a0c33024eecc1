"""Run mode holds still: a whole session at 1366×768 (and 1920×1080), driven by key events, never makes the
window grow past the screen; the confirmation dialogs are answered with keys too; every region keeps its width.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from matchtafel.domain.vocabulary import CaseStatus, MeetingStatus
from matchtafel.services import Services
from matchtafel.ui.main_window import MainWindow
from matchtafel.ui.sections.registers import build_register_pages
from matchtafel.ui.sections.run.run_session import RunSessionScreen
from matchtafel.ui.sections.run.sessions_page import SessionsPage
from matchtafel.ui.weights import MatchWeights
from tests.ui.keys import type_text
from tests.ui.register_helpers import load
from tests.ui.sections.run.test_run_session_flow import proposable_case

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
LONG = "Contact opnemen met de werkgever in 's-Heerenberg over een proefplaatsing met begeleiding door een jobcoach"

pytestmark = pytest.mark.real_dialogs  # the endings' questions are answered with keys


def answer_next_dialog(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = ALT) -> None:
    """Press ``key`` in the next modal dialog once it is open (the way a person answers it)."""
    tries = [250]  # five seconds at most: a timer never outlives its test

    def press() -> None:
        tries[0] -= 1
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            dialog.activateWindow()  # offscreen Qt does not activate a new window by itself; shortcuts need it
        if dialog is None or not dialog.isVisible() or not dialog.isActiveWindow():
            if tries[0] > 0:
                QTimer.singleShot(20, press)
            return
        qtbot.keyClick(dialog, key, modifier)

    QTimer.singleShot(0, press)


def back_to(window: QWidget, qtbot: QtBot) -> None:
    """After a dialog, offscreen Qt leaves no window active; a real window manager gives it back."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_run_mode(
    services: Services, qtbot: QtBot, size: tuple[int, int]
) -> tuple[MainWindow, RunSessionScreen]:
    window = MainWindow()
    qtbot.addWidget(window)
    pages = build_register_pages(services, [], MatchWeights())
    window.install_pages(pages)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    sessions = pages["sessions"]
    assert isinstance(sessions, SessionsPage)
    load(sessions.list_page, qtbot)
    assert sessions.list_page.select(lambda row: row.status == MeetingStatus.PLANNED)
    sessions.list_page.table.setFocus()
    qtbot.keyClick(sessions.list_page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sessions.run_screen is not None)  # read off the UI thread, then shown
    return window, sessions.run_screen


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_whole_session_holds_still_on_the_screen(
    session_demo: Services, qtbot: QtBot, size: tuple[int, int]
) -> None:
    window, screen = open_run_mode(session_demo, qtbot, size)
    regions = [screen.splitter.widget(i) for i in range(3)]

    def holds_still(step: str) -> None:
        QApplication.processEvents()
        assert (window.width(), window.height()) == size, step
        hint = window.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1], (step, hint)
        assert screen.header.height() < 2.5 * screen.header.fontMetrics().height(), step  # one line
        assert screen.header.geometry().right() <= screen.width(), step
        widths = [r.width() for r in regions]
        assert widths == first_widths, (step, widths, first_widths)

    QApplication.processEvents()
    first_widths = [r.width() for r in regions]
    holds_still("opened")
    items = screen.review.items
    for _ in range(3):
        qtbot.keyClick(items, Qt.Key.Key_D)
    holds_still("review")
    qtbot.keyClick(screen, Qt.Key.Key_2, ALT)
    qtbot.keyClick(screen.attendance.people, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    holds_still("attendance")
    qtbot.keyClick(screen, Qt.Key.Key_3, ALT)
    screen.agenda.setCurrentRow(proposable_case(session_demo, screen))
    for number in range(3):
        case = screen.current_case()
        screen.notes.setFocus()
        type_text(screen.notes, f"Casus {number + 1}. " + LONG)
        for text in (LONG, f"{LONG} (tweede afspraak {number + 1})"):
            qtbot.keyClick(screen.notes, Qt.Key.Key_Return, CTRL)
            type_text(screen.action, text)
            qtbot.keyClick(screen.action, Qt.Key.Key_Tab)
            qtbot.keyClick(screen.owner, Qt.Key.Key_Tab)  # nobody named: allowed
            type_text(screen.deadline, "+2w")
            qtbot.keyClick(screen.deadline, Qt.Key.Key_Return)
            assert screen.entry_status.text() == "Agreement saved."
            back_to(window, qtbot)  # the owner's completer popup took the activation
            holds_still(f"agreement on case {number + 1}")
        qtbot.waitUntil(lambda: screen.suggestions.current() is not None)
        qtbot.keyClick(screen.action, Qt.Key.Key_P, CTRL)
        holds_still(f"proposal on case {number + 1}")
        if number == 0:
            for keys in (
                Qt.Key.Key_Z,
                Qt.Key.Key_Z,
                Qt.Key.Key_Y,
            ):  # undo the proposal and an agreement, redo
                qtbot.keyClick(screen.agenda, keys, CTRL)
                holds_still("undo/redo")
            assert screen.header.redo_action.toolTip().startswith("Redo proposal for ")  # whole text: tooltip
            assert screen.header.undo_action.toolTip().startswith(f"Undo agreement '{LONG[:20]}")
            assert screen.header.undo_button.text() == ""  # an icon: the button does not grow with it
            qtbot.keyClick(screen.agenda, Qt.Key.Key_Y, CTRL)
            holds_still("redo")
        qtbot.keyClick(screen.action, Qt.Key.Key_D, CTRL)
        assert session_demo.session_view.view(screen.meeting_id).cases[screen.current - 1].id == case.id
        holds_still(f"discussed {number + 1}")
    answer_next_dialog(qtbot, Qt.Key.Key_C)
    qtbot.keyClick(screen, Qt.Key.Key_C, ALT)  # "Close session": asks, answered with Alt+C
    qtbot.waitUntil(lambda: screen.view.status == MeetingStatus.CLOSED)
    holds_still("closed")
    back_to(window, qtbot)
    answer_next_dialog(qtbot, Qt.Key.Key_L)
    qtbot.keyClick(screen, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: screen.view.status == MeetingStatus.LOCKED)
    holds_still("locked")
    statuses = [c.status for c in screen.view.cases]
    assert statuses.count(CaseStatus.DISCUSSED) == 3


def test_closing_is_cancelled_by_enter_alone(session_demo: Services, qtbot: QtBot) -> None:
    """Cancel is the default button: Enter by accident keeps the session open."""
    _window, screen = open_run_mode(session_demo, qtbot, (1366, 768))
    seen: list[str] = []

    def read_then(key: Qt.Key) -> Callable[[], None]:
        def press() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox) or not box.isVisible():
                QTimer.singleShot(20, press)
                return
            seen.append(box.text())
            qtbot.keyClick(box, key)

        return press

    QTimer.singleShot(0, read_then(Qt.Key.Key_Return))
    screen.close_button.click()
    assert screen.view.status == MeetingStatus.PLANNED
    assert "agreements in the review are undecided" in seen[0] and "cases are not marked" in seen[0]


def test_the_reviewed_widgets_have_names_and_fit(session_demo: Services, qtbot: QtBot) -> None:
    _window, screen = open_run_mode(session_demo, qtbot, (1366, 768))
    focusable = [
        w
        for w in screen.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(screen)
    ]
    nameless = [
        w
        for w in focusable
        if not w.accessibleName()
        and w.metaObject().className() not in {"QStackedWidget", "QScrollBar", "QSplitterHandle", "QWidget"}
        and not (hasattr(w, "text") and w.text())  # a button says what it is
    ]
    assert nameless == []
