"""Every modal question the app puts to the person, in one object that screens receive.

A screen never opens a message box, a file dialog or an input dialog itself: it asks its ``prompts``
(keyword ``prompts=`` in its constructor, the real :class:`Prompts` when none is given). The main window and
the composition root hand one ``Prompts`` to every screen, and screens hand it on to what they build (a
record form carries it to the panels under it). Tests inject ``tests.ui.prompts.FakePrompts`` instead, which
answers from a queue and records the questions, so no modal loop runs and no production method is patched.

The texts stay with the screens that ask (their own translation context); these methods only put them in
the dialog and read the answer, so a question looks exactly as it did when each screen opened its own.
Handing a finished file to the desktop's viewer is here too: like a dialog it leaves the app's window, and a
test must see that it happened without a PDF viewer opening.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:
    from matchtafel.ui.widgets.conflict_dialog import ConflictChoice
    from matchtafel.ui.widgets.pick_dialog import PickOption


@dataclass(frozen=True)
class Option:
    """One button of :meth:`Prompts.choose`: the answer it gives, its label, its role in the box."""

    key: str
    label: str
    role: QMessageBox.ButtonRole


class Prompts:
    """The real dialogs. Each method returns the person's answer; None (or False) when they cancel."""

    def confirm(self, parent: QWidget | None, title: str, text: str, *, default_no: bool = False) -> bool:
        """A Yes/No question; ``default_no`` makes No the default button (Enter does not say yes)."""
        if default_no:
            answer = QMessageBox.question(
                parent,
                title,
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
        else:
            answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def discard(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Leave typed changes unsaved? Discard or Cancel, Cancel the default."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def go_ahead(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Ask before a step that is hard to undo: Cancel is the default (and Escape), ``action`` (a button
        label with its & letter) goes ahead."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def choose(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        options: Sequence[Option],
        *,
        default: str,
    ) -> str:
        """A warning with several buttons; the key of the one clicked, ``default`` (also the default
        button, when it is one of the options) when the box is closed otherwise."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        buttons = {box.addButton(option.label, option.role): option.key for option in options}
        for button, key in buttons.items():
            if key == default:
                box.setDefaultButton(button)
        box.exec()
        clicked = box.clickedButton()
        return next((key for button, key in buttons.items() if button is clicked), default)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        """Something the app cannot go on with (a database that will not open, damage found)."""
        QMessageBox.critical(parent, title, text)

    def text(self, parent: QWidget | None, title: str, label: str, *, secret: bool = False) -> str | None:
        """A line of text as typed (None when cancelled); ``secret`` hides what is typed."""
        if secret:
            typed, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        else:
            typed, ok = QInputDialog.getText(parent, title, label)
        return typed if ok else None

    def item(self, parent: QWidget | None, title: str, label: str, options: Sequence[str]) -> str | None:
        """One of ``options`` (the first preselected, nothing typed in); None when cancelled."""
        chosen, ok = QInputDialog.getItem(parent, title, label, list(options), 0, False)
        return chosen if ok else None

    def save_path(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        """Where to save (the name as chosen; the caller adds a missing suffix); None when cancelled."""
        name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def open_path(self, parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return Path(name) if name else None

    def folder(self, parent: QWidget | None, title: str, start: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(chosen) if chosen else None

    def run(self, dialog: QDialog) -> bool:
        """Run one of our own dialogs modally; True when the person accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def pick(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        options: Sequence[PickOption],
        *,
        typed: str = "",
    ) -> Any:
        """The chosen option's value from a list filtered as the person types (``typed`` starts the
        filter), or None when cancelled."""
        from matchtafel.ui.widgets.pick_dialog import PickDialog

        dialog = PickDialog(title=title, prompt=prompt, options=options, parent=parent)
        if typed:
            dialog.filter.setText(typed)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def resolve_conflict(
        self, parent: QWidget | None, differences: list[tuple[str, str, str]], saved_by: str
    ) -> ConflictChoice:
        """Someone else saved first: rows of (field, typed text, stored text); the person's choice."""
        from matchtafel.ui.widgets.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(differences=differences, saved_by=saved_by, parent=parent)
        dialog.exec()
        return dialog.choice

    def open_document(self, path: Path) -> None:
        """Open a file the app made in the desktop's viewer (from where it is printed)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` with ``suffix`` (".pdf") unless it already ends so, in any case."""
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)
