"""The app's backups: one at start when the data changed (off the UI thread), none when it did not; the
restore dialog checks the chosen file, and restoring closes, replaces and reopens the database with the
erasures made since the backup applied again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from matchtafel.clock import FixedClock
from matchtafel.demo.region import generate_demo
from matchtafel.services.restore import check_backup
from matchtafel.settings import Settings
from matchtafel.storage.backups import list_backups
from matchtafel.storage.db import open_database
from matchtafel.ui.app import Matchtafel
from matchtafel.ui.sections.privacy.restore_dialog import RestoreDialog
from tests.conftest import NOW, TODAY


def start_app(qtbot: QtBot, path: Path) -> Matchtafel:
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
    return matchtafel


def test_a_backup_at_start_only_when_changed_and_a_restore_that_erases_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "matchtafel.sqlite3"
    db = open_database(path)
    generate_demo(db.sessions, size="small", seed=3, today=TODAY)
    db.close()
    matchtafel = start_app(qtbot, path)
    qtbot.waitUntil(lambda: [b.reason for b in list_backups(path)] == ["start"], timeout=10_000)
    matchtafel.close()
    matchtafel = start_app(qtbot, path)
    qtbot.wait(500)
    assert [b.reason for b in list_backups(path)] == ["start"]  # nothing changed: no second copy
    services = matchtafel.services
    assert services is not None
    young = services.young_people.rows()[0]
    services.retention.erase(young.id, "verzoek van de jongere")
    start_backup = next(b for b in list_backups(path) if b.reason == "start")

    def choose(dialog: Any) -> bool:
        assert isinstance(dialog, RestoreDialog)
        reasons = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert "before an erasure" in reasons[0] and "at start" in reasons[1]
        qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)  # the newest, checked
        dialog.list.setCurrentRow(1)
        assert not dialog.restore_button.isEnabled()  # until this one is checked too
        qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)
        assert "a whole Matchtafel database with 200 young people" in dialog.details.text()
        dialog.restore_button.click()
        return dialog.chosen == start_backup.path

    matchtafel.show_settings = choose  # type: ignore[method-assign]
    messages: list[str] = []
    matchtafel.window.statusBar().messageChanged.connect(messages.append)
    matchtafel.backups.restore_backup()
    qtbot.waitUntil(lambda: matchtafel.services is not None, timeout=15_000)
    assert any(
        m.startswith("Backup restored; 1 young people erased since then were erased again.") for m in messages
    )
    restored = matchtafel.services
    assert restored is not None
    assert restored.young_people.get(young.id).code == f"X-{young.id:06d}"
    assert matchtafel.window.centralWidget().isEnabled()
    matchtafel.close()


def test_the_restore_dialog_says_what_is_wrong_with_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    dialog = RestoreDialog(backups=[], check=lambda p: check_backup(p), folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.details.text() == "No backups yet."
    dialog.ask_file = lambda: broken  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "kapot.sqlite3" in dialog.details.text() and "Checking" not in dialog.details.text()
    )
    assert not dialog.restore_button.isEnabled()


def test_a_late_check_of_an_earlier_choice_does_not_replace_the_current_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import time
    from datetime import datetime
    from types import SimpleNamespace

    from matchtafel.storage.backups import BackupFile

    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    backups = [
        BackupFile(first, datetime(2026, 11, 20, 10), "start", 1),
        BackupFile(second, datetime(2026, 11, 19, 10), "start", 1),
    ]

    def check(path: Path) -> Any:
        if path == first:
            time.sleep(0.5)  # the newest is checked slowly; meanwhile the person picks the other one
        return SimpleNamespace(young_people=1, sessions=1, last_change=None)

    dialog = RestoreDialog(backups=backups, check=check, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(1)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=5_000)
    qtbot.wait(700)  # the slow answer about the first arrives, and is dropped
    assert dialog.details.text().startswith("b.sqlite3:")
    dialog.restore_button.click()
    assert dialog.chosen == second
