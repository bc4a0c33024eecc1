"""An unexpected error: logged, a calm dialog with "Kopieer details", and the app goes on."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from matchtafel import __version__
from matchtafel.logfile import log_path, start_logging, stop_logging
from matchtafel.ui.crash_dialog import CrashDialog, ExceptionHooks, problem_details


@pytest.fixture
def hooks() -> Iterator[tuple[ExceptionHooks, list[str]]]:
    start_logging()
    shown: list[str] = []
    installed = ExceptionHooks(show=shown.append)
    installed.install()
    yield installed, shown
    installed.uninstall()
    stop_logging()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_shown_and_the_app_goes_on(
    qtbot: QtBot, hooks: tuple[ExceptionHooks, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    _installed, shown = hooks
    after: list[str] = []
    name = "Zoë Jansen"

    def broken() -> None:
        raise KeyError(f"'{name}'")

    QTimer.singleShot(0, broken)
    QTimer.singleShot(20, lambda: after.append("still running"))
    qtbot.waitUntil(lambda: bool(shown) and bool(after), timeout=5_000)
    [details] = shown
    assert f"Matchtafel: {__version__}" in details and "Qt: 6." in details and "Python: 3." in details
    assert "Error: KeyError at test_crash_dialog.py:" in details
    assert "unexpected error in the window" in details  # the log's last lines
    assert "Zoë" not in details
    log = log_path().read_text(encoding="utf-8")
    assert "Traceback (most recent call last):" in log and "in broken" in log and "Zoë" not in log
    capsys.readouterr()  # the traceback also went to stderr, for a developer's terminal


def test_an_error_in_a_thread_is_shown_on_the_ui_thread(
    qtbot: QtBot, hooks: tuple[ExceptionHooks, list[str]]
) -> None:
    _installed, shown = hooks

    def work() -> None:
        raise RuntimeError("worker broke")

    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert "Error: RuntimeError" in shown[0]
    assert "unexpected error in thread worker" in log_path().read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_second_error_while_the_dialog_is_open_is_only_logged(qtbot: QtBot) -> None:
    start_logging()
    shown: list[str] = []

    def show(details: str) -> None:  # a dialog that is open while the next error arrives
        shown.append(details)
        QTimer.singleShot(0, lambda: (_ for _ in ()).throw(ValueError("second")))
        qtbot.wait(50)

    installed = ExceptionHooks(show=show)
    installed.install()
    try:
        QTimer.singleShot(0, lambda: (_ for _ in ()).throw(ValueError("first")))
        qtbot.waitUntil(lambda: log_path().read_text(encoding="utf-8").count("unexpected error") == 2)
    finally:
        installed.uninstall()
        stop_logging()
    assert len(shown) == 1


def test_the_dialog_copies_the_details_and_is_reachable_by_keyboard(qtbot: QtBot) -> None:
    start_logging()
    try:
        details = problem_details(None)
    finally:
        stop_logging()
    dialog = CrashDialog(details=details)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    assert dialog.copy_button.text() == "Copied"
    assert dialog.close_button.isDefault()
    for button in (dialog.folder_button, dialog.close_button):
        assert "&" in button.text()  # a mnemonic: Alt+letter


@pytest.mark.qt_no_exception_capture
def test_without_anyone_to_click_an_error_ends_the_app_with_exit_code_1(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtWidgets import QApplication

    from matchtafel.ui.crash_dialog import install_exception_hooks

    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    start_logging()
    installed = install_exception_hooks(lambda: None, interactive=False)
    try:
        QTimer.singleShot(0, lambda: (_ for _ in ()).throw(ValueError("nobody here")))
        qtbot.waitUntil(lambda: exits == [1], timeout=5_000)
    finally:
        installed.uninstall()
        stop_logging()
    assert "Error: ValueError" in capsys.readouterr().err
