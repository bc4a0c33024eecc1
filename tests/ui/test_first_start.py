"""First start: who is using Matchtafel, asked once the database is open, with its organisations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from matchtafel.clock import FixedClock
from matchtafel.demo.region import generate_demo
from matchtafel.settings import Settings, demo_database, load_settings
from matchtafel.storage.db import open_database
from matchtafel.ui.app import Matchtafel
from matchtafel.ui.user_dialog import UserAnswer, UserDialog
from tests.conftest import NOW, TODAY


@pytest.fixture
def demo_path() -> Path:
    path = demo_database()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    generate_demo(db.sessions, size="small", seed=3, today=TODAY)
    db.close()
    return path


def _start(qtbot: QtBot, target: Path) -> Matchtafel:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    matchtafel = Matchtafel(app=app, settings=Settings(), target=str(target), clock=FixedClock(NOW))
    qtbot.addWidget(matchtafel.window)
    matchtafel.start()
    return matchtafel


def test_first_start_picks_the_organisation_from_the_database_and_remembers(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[dict[str, Any]] = []

    def ask(cls: type[UserDialog], **kwargs: Any) -> UserAnswer:
        asked.append(kwargs)
        return UserAnswer("Anna de Wit", kwargs["organisations"][0])

    monkeypatch.setattr(UserDialog, "ask", classmethod(ask))
    matchtafel = _start(qtbot, demo_path)
    qtbot.waitUntil(lambda: "sessions" in matchtafel.window.screen_by_key, timeout=30_000)
    [question] = asked
    assert question["demo"] is True
    assert len(question["organisations"]) >= 5  # the demo's schools, municipality, WSP, ...
    assert any("(BE)" in label for _id, label in question["kinds"])  # Flemish kinds too: kinds are data
    first = question["organisations"][0]
    assert load_settings().actor_label == f"Anna de Wit ({first})"
    assert matchtafel.services is not None and matchtafel.services.organisations.actor.name == "Anna de Wit"
    assert matchtafel.window.user_label.text() == f"User: Anna de Wit ({first})"
    matchtafel.close()


def test_a_new_organisation_is_added_with_its_kind(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "own.sqlite3"
    asked: list[dict[str, Any]] = []

    def ask(cls: type[UserDialog], **kwargs: Any) -> UserAnswer:
        asked.append(kwargs)
        kind_id = kwargs["kinds"][0][0]
        return UserAnswer("Pieter Bakker", "Praktijkschool De Brug", kind_id)

    monkeypatch.setattr(UserDialog, "ask", classmethod(ask))
    matchtafel = _start(qtbot, own)
    qtbot.waitUntil(lambda: matchtafel.services is not None and bool(asked), timeout=30_000)
    assert asked[0]["demo"] is False and asked[0]["organisations"] == []
    assert matchtafel.services is not None
    services = matchtafel.services
    qtbot.waitUntil(lambda: [r.name for r in services.organisations.rows()] == ["Praktijkschool De Brug"])
    matchtafel.close()


def test_cancelling_the_first_start_question_stops_before_anything_is_recorded(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(UserDialog, "ask", classmethod(lambda cls, **kw: asked.append(True)))
    matchtafel = _start(qtbot, tmp_path / "own.sqlite3")
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert not load_settings().has_user
    assert matchtafel.refused and not matchtafel.window.isVisible()
    assert "sessions" not in matchtafel.window.screen_by_key  # the screens never opened
    matchtafel.close()


def test_a_known_user_is_not_asked(qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(UserDialog, "ask", classmethod(lambda cls, **kw: pytest.fail("asked again")))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    matchtafel = Matchtafel(
        app=app, settings=Settings(user_name="Anna"), target=str(demo_path), clock=FixedClock(NOW)
    )
    qtbot.addWidget(matchtafel.window)
    matchtafel.start()
    qtbot.waitUntil(lambda: "sessions" in matchtafel.window.screen_by_key, timeout=30_000)
    matchtafel.close()


def test_the_dialog_needs_a_name_and_asks_the_kind_only_for_a_new_organisation(qtbot: QtBot) -> None:
    dialog = UserDialog(
        organisations=["Gemeente Doetinchem", "Graafschap College"],
        kinds=[(3, "mbo school"), (7, "Municipality")],
        database="/data/matchtafel.sqlite3",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Anna de Wit")
    assert ok.isEnabled()
    dialog.organisation_box.setCurrentIndex(1)
    assert not dialog.kind_box.isVisible()
    assert dialog.values() == UserAnswer("Anna de Wit", "Graafschap College", None)
    dialog.organisation_edit.setText("graafschap college")  # the list's spelling wins
    assert dialog.values() == UserAnswer("Anna de Wit", "Graafschap College", None)
    dialog.organisation_edit.setText("Praktijkschool De Brug")
    assert dialog.kind_box.isVisible()
    dialog.kind_box.setCurrentIndex(1)
    assert dialog.values() == UserAnswer("Anna de Wit", "Praktijkschool De Brug", 7)
    assert "/data/matchtafel.sqlite3" in dialog.database_note.text()
    for widget in (dialog.name_edit, dialog.organisation_box, dialog.kind_box):
        assert widget.accessibleName()


def test_the_dialog_speaks_dutch_in_a_dutch_interface() -> None:
    code = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from matchtafel.ui.i18n import install_translators; install_translators(app, 'nl');"
        "from matchtafel.ui.user_dialog import UserDialog; d = UserDialog(demo=True);"
        "print(d.windowTitle()); print(d.database_note.text()); print(d.kind_label.text())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    title, note, kind = out.stdout.splitlines()
    assert title == "Wie gebruikt Matchtafel?"
    assert note.startswith("Dit is de demodatabase")
    assert kind == "&Soort (nieuw):"
