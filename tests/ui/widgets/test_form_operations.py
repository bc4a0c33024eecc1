"""A record form saves through the operation runner: a failure keeps what was typed, a slow save shows the busy
sign and cannot be sent twice, and a saved change reaches the other screens that show it through the feed."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError
from matchtafel.ui.change_feed import Area, change_feed
from matchtafel.ui.widgets.fields import FieldSpec
from matchtafel.ui.widgets.operations import operations_running
from matchtafel.ui.widgets.record_form import RecordForm
from tests.ui.prompts import FakePrompts
from tests.ui.register_helpers import save_and_wait

_windows: list[QMainWindow] = []  # a window made here lives until the test's end (its form is its child)


def form_saving_with(save: Any, qtbot: QtBot) -> tuple[RecordForm, QLineEdit]:
    window = QMainWindow()  # the busy sign's status bar
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    _windows.append(window)
    form = RecordForm(
        title="Werkgever",
        specs=[FieldSpec("name", "Name", required=True)],
        row=None,
        values={"name": ""},
        save=save,
        prompts=FakePrompts(),
        parent=window.centralWidget(),
    )
    # Not closed by qtbot at the test's end: closing a form with unsaved text saves it (the product's rule),
    # which would start a save that lands in the next test. It goes with its window.
    name = form.editors["name"].widget
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Bakkerij Jansen")
    return form, name


def test_a_save_that_fails_shows_why_and_keeps_the_typed_text(qtbot: QtBot) -> None:
    def locked(values: dict[str, Any], row: Any) -> Any:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The database is locked by another program."))

    form, name = form_saving_with(locked, qtbot)
    assert save_and_wait(form, qtbot) is False
    assert form.general_error.text() == "The database is locked by another program."
    assert not form.general_error.isHidden()
    assert name.text() == "Bakkerij Jansen" and name.isEnabled() and form.is_dirty()
    assert form.saved_row is None and form.result() == 0


def test_a_bug_in_a_save_is_one_calm_line_and_the_text_stays(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(values: dict[str, Any], row: Any) -> Any:
        raise RuntimeError("a bug")

    form, name = form_saving_with(broken, qtbot)
    assert save_and_wait(form, qtbot) is False
    assert isinstance(form.prompts, FakePrompts)
    shown = form.prompts.texts("warn")  # through the form's prompts: a test sees it, no real box opens
    assert len(shown) == 1 and "the log file" in shown[0]
    assert name.text() == "Bakkerij Jansen"


def test_a_slow_save_shows_the_busy_sign_and_is_not_sent_twice(qtbot: QtBot) -> None:
    release = threading.Event()
    calls: list[dict[str, Any]] = []

    def slow(values: dict[str, Any], row: Any) -> Any:  # a service double that waits to be let go
        calls.append(values)
        release.wait()  # no timeout: waits with a timeout do not return under faketime
        return {"id": 7, **values}

    form, name = form_saving_with(slow, qtbot)
    form.changes = frozenset({Area.EMPLOYERS})
    assert form.save() is True
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=5_000)
    window = form.parentWidget().window()
    assert isinstance(window, QMainWindow) and window.statusBar().currentMessage() == "Werkgever…"
    assert form.save() is False  # Ctrl+S again meanwhile: ignored
    assert not form.buttons.isEnabled() and not name.isEnabled()
    with qtbot.waitSignal(change_feed().changed, timeout=5_000) as announced:
        release.set()
    assert announced.args[0] == {Area.EMPLOYERS}
    assert operations_running() == 0 and QApplication.overrideCursor() is None
    assert len(calls) == 1 and form.saved_row == {"id": 7, "name": "Bakkerij Jansen"}


def test_a_change_saved_in_one_screen_reloads_another_that_shows_it(qtbot: QtBot) -> None:
    class Screen(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.reloads = 0

        def reload(self) -> None:
            self.reloads += 1

    employers, young_people = Screen(), Screen()
    for screen in (employers, young_people):
        qtbot.addWidget(screen)
        screen.show()
    change_feed().subscribe(employers, {Area.EMPLOYERS, Area.VACANCIES}, employers.reload)
    change_feed().subscribe(young_people, {Area.YOUNG_PEOPLE}, young_people.reload)
    form, _ = form_saving_with(lambda values, row: {"id": 1, **values}, qtbot)
    form.changes = frozenset({Area.EMPLOYERS})
    assert save_and_wait(form, qtbot)
    qtbot.waitUntil(lambda: employers.reloads == 1, timeout=5_000)
    assert young_people.reloads == 0
    employers.hide()  # a screen not shown: stale, reloaded when shown again
    change_feed().announce({Area.VACANCIES})
    assert change_feed().is_stale(employers) and employers.reloads == 1
    employers.show()
    qtbot.waitUntil(lambda: employers.reloads == 2, timeout=5_000)
