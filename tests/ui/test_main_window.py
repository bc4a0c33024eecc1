"""The first window: navigation by mouse and keyboard, the status bar, the app opening a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from matchtafel.clock import FixedClock
from matchtafel.demo.region import generate_demo
from matchtafel.services.overview import Counts
from matchtafel.settings import Settings
from matchtafel.ui.app import Matchtafel
from matchtafel.ui.main_window import MainWindow
from tests.conftest import NOW, TODAY
from tests.ui.prompts import FakePrompts

SECTIONS = [
    "sessions",
    "young_people",
    "vacancies",
    "employers",
    "organisations",
    "follow_up",
    "overview",
    "privacy",
    "supporters",
]


def test_every_section_is_reachable_by_keyboard(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.current_section() == "sessions"
    for index, key in enumerate(SECTIONS):
        window.section_actions[index].trigger()
        assert window.current_section() == key
        assert window.pages.currentWidget() is window.section_page(key)
    assert [a.shortcut().toString() for a in window.section_actions] == [f"Ctrl+{i}" for i in range(1, 10)]
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.current_section() == "privacy"


def test_every_interactive_widget_has_an_accessible_name(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    focusable = [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(window)
    ]
    assert window.navigation in focusable
    for widget in focusable:
        assert widget.accessibleName() or widget.metaObject().className() in {
            "QStackedWidget",
            "QScrollBar",
        }, widget


def test_status_bar_and_pages_show_the_counts(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_user("Anna de Wit (WSP Achterhoek)")
    window.show_database("/data/matchtafel.sqlite3")
    window.show_counts(Counts(young_people=200, open_vacancies=97, employers=40, upcoming_sessions=1))
    assert window.user_label.text() == "User: Anna de Wit (WSP Achterhoek)"
    assert window.database_label.text() == "Database: /data/matchtafel.sqlite3"
    assert (
        window.counts_label.text()
        == "200 young people · 97 open vacancies · 40 employers · 1 session planned"
    )
    assert window.section_page("vacancies").figures.text() == "97 open vacancies"


def test_the_app_opens_the_database_off_the_ui_thread_and_shows_counts(qtbot: QtBot, tmp_path: Path) -> None:
    from matchtafel.storage.db import open_database

    path = tmp_path / "demo.sqlite3"
    db = open_database(path)
    generate_demo(db.sessions, size="small", seed=2, today=TODAY)
    db.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    matchtafel = Matchtafel(
        app=app,
        settings=Settings(user_name="Anna", user_organisation="WSP"),
        target=str(path),
        clock=FixedClock(NOW),
    )
    qtbot.addWidget(matchtafel.window)
    matchtafel.start()
    qtbot.waitUntil(lambda: matchtafel.services is not None, timeout=10_000)
    assert matchtafel.window.counts_label.text().startswith("200 young people · ")
    assert matchtafel.window.database_label.text() == f"Database: {path}"
    from matchtafel.storage.db import SCHEMA_HEAD

    assert f"Database schema: {SCHEMA_HEAD}" in matchtafel.window.about_text()
    assert "Database: SQLite file" in matchtafel.window.about_text()
    matchtafel.close()


def test_a_database_problem_is_shown_as_a_message_not_a_crash(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "minutes.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    prompts = FakePrompts()
    matchtafel = Matchtafel(
        app=app, settings=Settings(user_name="Anna"), target=str(bad), clock=FixedClock(NOW), prompts=prompts
    )
    qtbot.addWidget(matchtafel.window)
    matchtafel.start()
    qtbot.waitUntil(lambda: bool(prompts.texts("error")), timeout=10_000)
    assert prompts.texts("error") == [f"{bad} is not a Matchtafel database. Nothing was changed."]
    assert matchtafel.window.database_label.text() == "No database open"
    assert bad.read_text(encoding="utf-8") == "not a database"


def test_an_encrypted_database_asks_its_passphrase_until_it_opens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matchtafel.storage.db import open_database

    path = tmp_path / "versleuteld.sqlite3"
    open_database(path, passphrase="Het-goede-wachtwoord").close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    prompts = FakePrompts().answer("text", "verkeerd", "Het-goede-wachtwoord")
    matchtafel = Matchtafel(
        app=app, settings=Settings(user_name="Anna"), target=str(path), clock=FixedClock(NOW), prompts=prompts
    )
    qtbot.addWidget(matchtafel.window)
    matchtafel.start()
    qtbot.waitUntil(lambda: matchtafel.services is not None, timeout=10_000)
    assert prompts.texts("text") == [
        f"{path} is encrypted: give its passphrase.\nPassphrase:",
        f"The passphrase does not open {path}. Nothing was changed.\nPassphrase:",
    ]
    assert {a.title for a in prompts.asked} == {"Encrypted database"}
    assert prompts.texts("error") == []
    assert matchtafel.window.database_label.text() == f"Database: {path} (SQLCipher)"
    matchtafel.close()
    assert b"Het-goede-wachtwoord" not in b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())


def test_changes_by_others_reload_only_the_screens_that_show_them(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from matchtafel.ui.change_feed import Area, change_feed
    from matchtafel.ui.change_listener import ChangeListener

    listener = ChangeListener("host=unused")  # not started: the tables arrive as the thread would pass them
    with qtbot.waitSignal(listener.areas_changed, timeout=2_000) as changed:
        listener._collect({"vacancies"})
        listener._collect({"cases", "audit_events"})  # within half a second: one announcement for both
    assert changed.args[0] == {Area.VACANCIES, Area.SESSIONS}

    class Screen(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.reloads = 0

        def reload(self) -> None:
            self.reloads += 1

    window = MainWindow()
    qtbot.addWidget(window)
    screens = {"vacancies": Screen(), "sessions": Screen(), "employers": Screen()}
    window.install_pages(screens)  # type: ignore[arg-type]
    loaded = screens["sessions"].reloads  # the current section loads when shown
    with qtbot.waitSignal(change_feed().changed, timeout=2_000):
        listener._collect({"cases", "vacancies"})
    qtbot.waitUntil(lambda: screens["sessions"].reloads == loaded + 1, timeout=2_000)
    assert screens["vacancies"].reloads == 0  # never shown yet: it loads when it is
    window.navigation.setCurrentRow(3)  # the employers' list: loaded now, shown
    assert screens["employers"].reloads == 1
    window.navigation.setCurrentRow(2)  # the vacancies: loaded when first shown, once
    assert screens["vacancies"].reloads == 1
    change_feed().announce({Area.VACANCIES})  # shown by both: the shown list reloads, the hidden one is stale
    qtbot.waitUntil(lambda: screens["vacancies"].reloads == 2, timeout=2_000)
    assert change_feed().is_stale(screens["employers"]) and screens["employers"].reloads == 1
    window.navigation.setCurrentRow(3)  # shown again: reloads
    qtbot.waitUntil(lambda: screens["employers"].reloads == 2, timeout=2_000)
    assert not change_feed().is_stale(screens["employers"])


def test_a_server_out_of_reach_offers_the_local_file(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    matchtafel = Matchtafel(
        app=app,
        settings=Settings(user_name="Anna"),
        target=f"postgresql://anna@127.0.0.1:{port}/matchtafel",
        clock=FixedClock(NOW),
        prompts=(prompts := FakePrompts().answer("confirm", True)),
    )
    qtbot.addWidget(matchtafel.window)
    matchtafel.start()
    qtbot.waitUntil(lambda: matchtafel.services is not None, timeout=10_000)
    [offered] = prompts.texts("confirm")
    assert "cannot be reached" in offered and "Open the local file" in offered
    assert matchtafel.window.database_label.text().endswith("matchtafel.sqlite3")
    matchtafel.close()


def test_retention_runs_at_start_and_says_what_it_did(qtbot: QtBot, tmp_path: Path) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from matchtafel.models import YoungPerson
    from matchtafel.services import Actor, Services
    from matchtafel.services.young_people import YoungPersonInput
    from matchtafel.storage.db import open_database

    path = tmp_path / "matchtafel.sqlite3"
    db = open_database(path)
    services = Services.create(db.sessions, Actor("Test"), clock=FixedClock(NOW))
    old = services.young_people.create(YoungPersonInput(given_name="Oud", family_name="Dossier"))
    new = services.young_people.create(YoungPersonInput(given_name="Nieuw", family_name="Dossier"))
    with db.sessions.begin() as s:
        s.execute(
            update(YoungPerson)
            .where(YoungPerson.id == old.id)
            .values(created_at=NOW - timedelta(days=6 * 365))
        )
    db.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    matchtafel = Matchtafel(
        app=app,
        settings=Settings(user_name="Anna", retention_months=24),
        target=str(path),
        clock=FixedClock(NOW),
    )
    qtbot.addWidget(matchtafel.window)
    matchtafel.start()
    qtbot.waitUntil(lambda: "anonymised" in matchtafel.window.statusBar().currentMessage(), timeout=10_000)
    assert matchtafel.window.statusBar().currentMessage() == (
        "Retention: 1 young people past 24 months were anonymised."
    )
    assert matchtafel.services is not None
    assert sorted(r.code for r in matchtafel.services.young_people.rows()) == sorted(
        [new.code, f"X-{old.id:06d}"]
    )
    matchtafel.close()


def test_the_status_bar_counts_follow_a_session_planned(qtbot: QtBot, tmp_path: Path) -> None:
    from matchtafel.domain.vocabulary import MeetingStatus
    from matchtafel.storage.db import open_database
    from matchtafel.ui.sections.run.sessions_page import SessionsPage

    path = tmp_path / "demo.sqlite3"
    db = open_database(path)
    generate_demo(db.sessions, size="small", seed=2, today=TODAY)
    db.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    matchtafel = Matchtafel(
        app=app, settings=Settings(user_name="Anna"), target=str(path), clock=FixedClock(NOW)
    )
    qtbot.addWidget(matchtafel.window)
    matchtafel.start()
    qtbot.waitUntil(lambda: "1 session planned" in matchtafel.window.counts_label.text(), timeout=10_000)
    page = matchtafel.window.screen_by_key["sessions"]
    assert isinstance(page, SessionsPage)
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() > 0, timeout=10_000)
    assert page.list_page.select(lambda row: row.status == MeetingStatus.PLANNED)
    page.plan_button.click()
    qtbot.waitUntil(lambda: "2 sessions planned" in matchtafel.window.counts_label.text(), timeout=10_000)
    matchtafel.close()
