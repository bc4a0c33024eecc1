"""Asks once, at first start, who is using Matchtafel: recorded on every change and in the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class UserDialog(QDialog):
    def __init__(self, *, name: str = "", organisation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is using Matchtafel?"))
        layout = QFormLayout(self)
        intro = QLabel(self.tr("Your name and organisation are recorded with every change you make."))
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.organisation_edit = QLineEdit(organisation)
        self.organisation_edit.setAccessibleName(self.tr("Your organisation"))
        layout.addRow(self.tr("&Name:"), self.name_edit)
        layout.addRow(self.tr("&Organisation:"), self.organisation_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.name_edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def _on_text_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.organisation_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[str, str] | None:
        """Name and organisation, or None when the user cancels. Tests replace this."""
        dialog = cls(parent=parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
