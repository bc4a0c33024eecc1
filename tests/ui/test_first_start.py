"""First start: who is using Matchtafel, asked once the database is open, with its organisations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
from tests.ui.prompts import FakePrompts


@pytest.fixture
def demo_path() -> Path:
    path = demo_database()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    generate_demo(db.sessions, size="small", seed=3, today=TODAY)
    db.close()
    return path


def _start(qtbot: QtBot, target: Path, prompts: FakePrompts) -> Matchtafel:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    matchtafel = Matchtafel(
        app=app, settings=Settings(), target=str(target), clock=FixedClock(NOW), prompts=prompts
    )
    qtbot.addWidget(matchtafel.window)
    matchtafel.start()
    return matchtafel


def test_first_start_picks_the_organisation_from_the_database_and_remembers(
    qtbot: QtBot, demo_path: Path
) -> None:
    def answer(dialog: UserDialog) -> bool:
        dialog.name_edit.setText("Anna de Wit")
        dialog.organisation_box.setCurrentIndex(0)
        return True

    prompts = FakePrompts().answer("run", answer)
    matchtafel = _start(qtbot, demo_path, prompts)
    qtbot.waitUntil(lambda: "sessions" in matchtafel.window.screen_by_key, timeout=30_000)
    [question] = prompts.dialogs
    assert isinstance(question, UserDialog)
    assert question.database_note.text().startswith("This is the demo database")
    organisations = [question.organisation_box.itemText(i) for i in range(question.organisation_box.count())]
    assert len(organisations) >= 5  # the demo's schools, municipality, WSP, ...
    kinds = [question.kind_box.itemText(i) for i in range(question.kind_box.count())]
    assert any("(BE)" in label for label in kinds)  # Flemish kinds too: kinds are data
    first = organisations[0]
    assert load_settings().actor_label == f"Anna de Wit ({first})"
    assert matchtafel.services is not None and matchtafel.services.organisations.actor.name == "Anna de Wit"
    assert matchtafel.window.user_label.text() == f"User: Anna de Wit ({first})"
    matchtafel.close()


def test_a_new_organisation_is_added_with_its_kind(qtbot: QtBot, tmp_path: Path) -> None:
    own = tmp_path / "own.sqlite3"

    def answer(dialog: UserDialog) -> bool:
        dialog.name_edit.setText("Pieter Bakker")
        dialog.organisation_edit.setText("Praktijkschool De Brug")
        dialog.kind_box.setCurrentIndex(0)
        assert dialog.values().new_kind_id == dialog.kind_box.itemData(0)  # a new one, with its kind
        return True

    prompts = FakePrompts().answer("run", answer)
    matchtafel = _start(qtbot, own, prompts)
    qtbot.waitUntil(lambda: matchtafel.services is not None and bool(prompts.dialogs), timeout=30_000)
    [question] = prompts.dialogs
    assert isinstance(question, UserDialog)
    assert not question.database_note.text().startswith("This is the demo database")
    assert question.organisation_box.count() == 0
    assert matchtafel.services is not None
    services = matchtafel.services
    qtbot.waitUntil(lambda: [r.name for r in services.organisations.rows()] == ["Praktijkschool De Brug"])
    matchtafel.close()


def test_cancelling_the_first_start_question_stops_before_anything_is_recorded(
    qtbot: QtBot, tmp_path: Path
) -> None:
    prompts = FakePrompts().answer("run", lambda dialog: False)  # cancelled
    matchtafel = _start(qtbot, tmp_path / "own.sqlite3", prompts)
    qtbot.waitUntil(lambda: bool(prompts.dialogs), timeout=30_000)
    assert not load_settings().has_user
    assert matchtafel.refused and not matchtafel.window.isVisible()
    assert "sessions" not in matchtafel.window.screen_by_key  # the screens never opened
    matchtafel.close()


def test_a_known_user_is_not_asked(qtbot: QtBot, demo_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    matchtafel = Matchtafel(
        app=app,
        settings=Settings(user_name="Anna"),
        target=str(demo_path),
        clock=FixedClock(NOW),
        prompts=FakePrompts(),  # no answer prepared: a question would fail the test
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
