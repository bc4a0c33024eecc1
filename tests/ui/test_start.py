"""Start-up and lists as a person meets them: the first screen with its data read while the window shows, the
other screens built when first visited, a long list's first rows before the rest, checks in the background."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from matchtafel.demo.region import generate_demo
from matchtafel.services.reminders import Reminder, Reminders
from matchtafel.settings import Settings
from matchtafel.storage.db import open_database
from matchtafel.ui.app import Matchtafel
from matchtafel.ui.main_window import MainWindow
from matchtafel.ui.sections.registers.register import Register
from matchtafel.ui.sections.registers.register_page import RegisterPage
from matchtafel.ui.widgets.row_model import Column
from tests.conftest import TODAY
from tests.ui.prompts import FakePrompts


def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    db = open_database(path)
    generate_demo(db.sessions, size="small", seed=2, today=TODAY)
    db.close()
    return path


def start(qtbot: QtBot, target: Path, prompts: FakePrompts | None = None) -> Matchtafel:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    matchtafel = Matchtafel(
        app=app,
        settings=Settings(user_name="Anna", user_organisation="WSP"),
        target=str(target),
        prompts=prompts or FakePrompts(),
    )
    qtbot.addWidget(matchtafel.window)
    matchtafel.start()
    return matchtafel


def test_the_first_screen_shows_the_sessions_read_with_the_database_and_builds_only_itself(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = demo_file(tmp_path)
    matchtafel = start(qtbot, path)
    qtbot.waitUntil(lambda: matchtafel.services is not None, timeout=10_000)
    window = matchtafel.window
    sessions = window.screen_by_key["sessions"]
    assert sessions.list_page.model.total == len(matchtafel.services.meetings.rows())  # type: ignore[attr-defined, union-attr]
    assert set(window.screen_by_key) == {"sessions"}  # the other screens wait until they are shown
    qtbot.waitUntil(lambda: window.reminders is not None, timeout=10_000)  # a start task, after the paint
    qtbot.waitUntil(lambda: bool(matchtafel.sectors), timeout=10_000)
    with qtbot.waitSignal(window.navigation.currentRowChanged):
        window.section_actions[1].trigger()
    young = window.screen_by_key["young_people"]
    assert isinstance(young, RegisterPage)
    qtbot.waitUntil(lambda: young.model.total == 200, timeout=10_000)
    assert young.register.sectors is matchtafel.sectors  # the forms see the sectors read in the background
    matchtafel.close()


def test_damage_found_after_start_is_shown_and_the_window_stays(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts = FakePrompts()
    path = demo_file(tmp_path)
    from matchtafel.storage.db import Database

    monkeypatch.setattr(
        Database,
        "check_integrity",
        lambda self: "*** in database main *** Page 7: btreeInitPage() returns error code 11",
    )
    matchtafel = start(qtbot, path, prompts)
    qtbot.waitUntil(lambda: bool(prompts.asked), timeout=10_000)
    assert [asked.kind for asked in prompts.asked] == ["error"]
    shown = prompts.texts("error")
    assert "is damaged" in shown[0] and "backup" in shown[0]
    assert matchtafel.window.database_label.text() == "Database damaged"
    assert matchtafel.window.isVisible()
    matchtafel.close()


class Screen(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []

    def reload(self) -> None:
        self.loads.append("read")

    def set_rows(self, rows: list[Any]) -> None:
        self.loads.append(f"given {len(rows)}")


def test_screens_given_as_functions_are_built_when_first_shown(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    built: list[str] = []

    def make(key: str) -> Any:
        def build() -> QWidget:
            built.append(key)
            return Screen()

        return build

    window.install_pages({key: make(key) for key in ("sessions", "vacancies")}, rows={"sessions": [1, 2]})
    assert built == ["sessions"]
    assert window.screen_by_key["sessions"].loads == ["given 2"]  # type: ignore[attr-defined]
    window.section_actions[2].trigger()
    assert built == ["sessions", "vacancies"]
    assert window.screen_by_key["vacancies"].loads == ["read"]  # type: ignore[attr-defined]
    assert isinstance(window.section_page("employers").description, QLabel)  # not given: the section page


class SlowRegister(Register):
    """A long list: its first rows come at once, the rest when the test lets it."""

    key = "young_people"

    def __init__(self) -> None:
        self.release = threading.Event()

    def title(self) -> str:
        return "Lijst"

    def columns(self) -> list[Column]:
        return [Column("Nummer", lambda r: str(r.id), sort_key=lambda r: r.id)]

    def fields(self) -> list[Any]:
        return []

    def load_first(self, include_archived: bool, count: int) -> list[Any]:
        return [Row(i) for i in range(min(count, 50))]

    def load(self, include_archived: bool) -> list[Any]:
        self.release.wait()  # no timeout: a timed wait never returns under faketime (the test always sets it)
        return [Row(i) for i in range(3_000)]

    def save(self, values: dict[str, Any], row: Any) -> Any: ...
    def set_archived(self, row: Any, archived: bool) -> Any: ...
    def form_title(self, row: Any) -> str:
        return ""


class Row:
    def __init__(self, number: int) -> None:
        self.id = number


def test_a_long_list_shows_its_first_rows_while_the_rest_is_read(qtbot: QtBot) -> None:
    register = SlowRegister()
    page = RegisterPage(register=register)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    try:
        qtbot.waitUntil(lambda: page.model.rowCount() == 50, timeout=10_000)
        assert page.count_label.text() == "Loading…"
    finally:
        with qtbot.waitSignal(page.rows_loaded, timeout=10_000) as loaded:
            register.release.set()
    assert loaded.args == [3_000] and page.model.rowCount() == 3_000
    assert page.count_label.text() == "3000 of 3000"


def test_the_reminders_panel_shows_a_groups_first_hundred_and_how_many_more(qtbot: QtBot) -> None:
    from matchtafel.ui.sections.overview.reminders_panel import RemindersPanel

    panel = RemindersPanel()
    qtbot.addWidget(panel)
    closing = [
        Reminder("vacancy", i, "Bakkerij Jansen", f"Verkoper {i}", "", TODAY + timedelta(days=i % 14))
        for i in range(1, 251)
    ]
    panel.show_reminders(Reminders("WSP Achterhoek", [], [], closing, [], []))
    assert panel.tree.group_texts() == ["Vacancies closing within 14 days (250)"]  # empty groups left out
    lines = panel.tree.rows_of(0)
    assert len(lines) == 101 and lines[-1] == ["… and 150 more"]
    assert lines[0][0].endswith("Verkoper 1 · Bakkerij Jansen")
    assert panel.windowTitle() == "Reminders (250)"
