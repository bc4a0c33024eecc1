"""Restoring a backup: pick one of the database's backups (or another file), see what it holds once it has
been checked, and confirm. The dialog receives the list and a ``check`` function (run off the UI thread); the
app does the restore itself after the dialog is accepted (``chosen``).

What the person is told before confirming: the current database is kept aside in the backups folder, and
everyone erased since the backup was made is erased again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.worker import run_in_background

REASONS = {
    "start": QT_TRANSLATE_NOOP("RestoreDialog", "at start"),
    "periodic": QT_TRANSLATE_NOOP("RestoreDialog", "while working"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "made by hand"),
    "upgrade": QT_TRANSLATE_NOOP("RestoreDialog", "before an upgrade"),
    "import": QT_TRANSLATE_NOOP("RestoreDialog", "before an import"),
    "erase": QT_TRANSLATE_NOOP("RestoreDialog", "before an erasure"),
    "purge": QT_TRANSLATE_NOOP("RestoreDialog", "before retention"),
    "encrypt": QT_TRANSLATE_NOOP("RestoreDialog", "before encryption"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
}


def reason_label(reason: str) -> str:
    return translate("RestoreDialog", REASONS[reason]) if reason in REASONS else reason


class RestoreDialog(QDialog):
    """``backups``: (path, made at, reason, size) newest first; ``check(path)`` returns what the file holds
    (an object with young_people, sessions, last_change) or raises a UserError."""

    def __init__(
        self,
        *,
        backups: Sequence[Any],
        check: Callable[[Path], Any],
        folder: Path,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.prompts = prompts or Prompts()
        self._folder = folder
        self.chosen: Path | None = None
        self._checked: Path | None = None
        self._asked: Path | None = None  # the file whose check is awaited: an older answer is dropped
        self.setWindowTitle(translate("RestoreDialog", "Restore a backup"))
        self.resize(640, 460)
        column = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "RestoreDialog",
                "Restoring puts the chosen backup in the place of the current database. The current database "
                "is kept aside in the backups folder, and everyone erased since the backup was made is erased "
                "again.",
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("RestoreDialog", "Backups, newest first"))
        for backup in backups:
            item = QListWidgetItem(
                f"{backup.made_at:%d-%m-%Y %H:%M} · {reason_label(backup.reason)} · {backup.size / 1024:.0f} kB"
            )
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._on_current)
        column.addWidget(self.list, 1)
        self.other = QPushButton(translate("RestoreDialog", "&Another file…"))
        self.other.setAccessibleName(translate("RestoreDialog", "Choose another backup file"))
        self.other.clicked.connect(self._choose_file)
        column.addWidget(self.other, 0, Qt.AlignmentFlag.AlignLeft)
        self.details = QLabel(translate("RestoreDialog", "No backups yet.") if not backups else "")
        self.details.setWordWrap(True)
        self.details.setAccessibleName(translate("RestoreDialog", "What the backup holds"))
        column.addWidget(self.details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            translate("RestoreDialog", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        if backups:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _on_current(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is not None:
            self.check(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _choose_file(self) -> None:
        path = self.prompts.open_path(
            self,
            translate("RestoreDialog", "Choose a backup"),
            str(self._folder),
            translate("RestoreDialog", "Matchtafel databases (*.sqlite3 *.db);;All files (*)"),
        )
        if path is not None:
            self.list.clearSelection()
            self.check(path)

    def check(self, path: Path) -> None:
        """Check the file off the UI thread; Restore is enabled once it is known to be whole."""
        self._checked, self._asked = None, path
        self.restore_button.setEnabled(False)
        self.details.setText(translate("RestoreDialog", "Checking {name}…").format(name=path.name))
        run_in_background(
            lambda: self._check(path),
            lambda found: self._show(path, found),
            lambda error: self._failed(path, error),
            owner=self,
        )

    def _show(self, path: Path, found: Any) -> None:
        if path != self._asked:
            return
        last = f"{found.last_change:%d-%m-%Y %H:%M}" if found.last_change else "?"
        self.details.setText(
            translate(
                "RestoreDialog",
                "{name}: a whole Matchtafel database with {young} young people and {sessions} sessions; "
                "last change {last}.",
            ).format(name=path.name, young=found.young_people, sessions=found.sessions, last=last)
        )
        self._checked = path
        self.restore_button.setEnabled(True)

    def _failed(self, path: Path, error: Exception) -> None:
        if path == self._asked:
            self.details.setText(user_message(error))

    def _accept(self) -> None:
        if self._checked is not None:
            self.chosen = self._checked
            self.accept()
