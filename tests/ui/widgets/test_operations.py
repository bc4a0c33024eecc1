"""The operation runner: work off the UI thread, a busy sign only when it takes long, errors shown one way."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError
from matchtafel.ui.widgets.operations import operations_running, run_operation
from tests.ui.prompts import FakePrompts


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    return window


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


def warnings(prompts: FakePrompts) -> list[tuple[str, str]]:
    """The errors shown, as (title, text): through the screen's prompts, never a box of their own."""
    return [(asked.title, asked.text) for asked in prompts.asked if asked.kind == "warn"]


def test_long_work_shows_a_busy_sign_until_it_is_done(window: QMainWindow, qtbot: QtBot) -> None:
    release = threading.Event()
    results: list[int] = []

    def work() -> int:
        release.wait()  # no timeout: waits with a timeout do not return under faketime
        return 42

    run_operation(window.centralWidget(), "Export", work, results.append, busy_text="Exporting 20,000 rows…")
    assert operations_running() == 1 and QApplication.overrideCursor() is None  # not at once: no flicker
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=5_000)
    assert window.statusBar().currentMessage() == "Exporting 20,000 rows…"
    release.set()
    qtbot.waitUntil(lambda: results == [42], timeout=5_000)
    assert operations_running() == 0 and QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_quick_work_shows_no_busy_sign(window: QMainWindow, qtbot: QtBot) -> None:
    results: list[str] = []
    run_operation(window.centralWidget(), "Save", lambda: "done", results.append)
    qtbot.waitUntil(lambda: results == ["done"], timeout=5_000)
    qtbot.wait(300)  # past the moment the sign would have come
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""


def test_a_users_error_is_shown_titled_with_the_action(
    window: QMainWindow, qtbot: QtBot, prompts: FakePrompts
) -> None:
    def work() -> None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The disk is full; nothing was saved."))

    run_operation(
        window.centralWidget(), "Save the DPIA", work, lambda _: pytest.fail("no success"), prompts=prompts
    )
    qtbot.waitUntil(lambda: bool(prompts.asked), timeout=5_000)
    assert warnings(prompts) == [("Save the DPIA", "The disk is full; nothing was saved.")]
    assert operations_running() == 0


def test_a_bug_is_one_calm_line_that_points_to_the_log(
    window: QMainWindow, qtbot: QtBot, prompts: FakePrompts
) -> None:
    def work() -> None:
        raise ValueError("a bug")

    run_operation(window.centralWidget(), "Export", work, lambda _: pytest.fail("no success"), prompts=prompts)
    qtbot.waitUntil(lambda: bool(prompts.asked), timeout=5_000)
    shown = warnings(prompts)
    assert shown[0][0] == "Export" and "the details are in the log file" in shown[0][1]
    assert "a bug" not in shown[0][1]


def test_a_screen_closed_meanwhile_gets_no_result(qtbot: QtBot) -> None:
    release = threading.Event()
    results: list[int] = []
    owner = QWidget()
    run_operation(owner, "Export", lambda: release.wait() and 1, results.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: operations_running() == 0, timeout=5_000)
    assert results == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
