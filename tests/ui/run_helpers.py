"""Opening the demo's upcoming session in run mode, the way a person does: the sessions list, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matchtafel.domain.vocabulary import MeetingStatus
from matchtafel.services import Services
from matchtafel.ui.sections.registers import build_register_pages
from matchtafel.ui.sections.run.run_session import RunSessionScreen
from matchtafel.ui.sections.run.sessions_page import SessionsPage
from matchtafel.ui.weights import MatchWeights
from matchtafel.ui.widgets.prompts import Prompts

from .prompts import FakePrompts
from .register_helpers import load


def sessions_page(services: Services, qtbot: QtBot, prompts: Prompts | None = None) -> SessionsPage:
    """The run screen it opens asks its questions of ``page.prompts`` (a ``FakePrompts``)."""
    page = build_register_pages(services, [], MatchWeights(), prompts=prompts or FakePrompts())["sessions"]
    assert isinstance(page, SessionsPage)
    qtbot.addWidget(page)
    load(page.list_page, qtbot)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def open_upcoming(
    services: Services, qtbot: QtBot, prompts: Prompts | None = None
) -> tuple[SessionsPage, RunSessionScreen]:
    """``prompts``: a ``FakePrompts`` unless given (the real ``Prompts()`` for a test that answers the real
    dialogs with keys)."""
    page = sessions_page(services, qtbot, prompts)
    assert page.list_page.select(lambda row: row.status == MeetingStatus.PLANNED)
    page.list_page.table.setFocus()
    qtbot.keyClick(page.list_page.table, Qt.Key.Key_Return)  # Enter runs the session
    qtbot.waitUntil(lambda: page.run_screen is not None)  # read off the UI thread, then shown
    assert page.currentWidget() is page.run_screen
    screen = page.run_screen
    assert screen.reviewing() and screen.review.items.hasFocus()  # a session starts with the review
    qtbot.keyClick(screen.review.items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert not screen.reviewing() and screen.current == 0
    return page, screen


def settled(screen: RunSessionScreen, qtbot: QtBot) -> RunSessionScreen:
    """Wait until the session's view read after the last change has landed (it is read off the UI thread)."""
    qtbot.waitUntil(lambda: not screen.loading())
    return screen
