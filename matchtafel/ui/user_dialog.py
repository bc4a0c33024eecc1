"""Asks once, at first start, who is using Matchtafel: recorded on every change and in the audit log.

Shown when the database is open, so the organisation is picked from its organisations (or typed: then
the dialog asks what kind it is, and the app adds it). It also says which database is open: the demo with
made-up people, or your own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QWidget,
)


@dataclass(frozen=True)
class UserAnswer:
    name: str
    organisation: str
    new_kind_id: int | None = None  # the organisation is new: add it with this kind


class UserDialog(QDialog):
    def __init__(
        self,
        *,
        organisations: Sequence[str] = (),
        kinds: Sequence[tuple[int, str]] = (),
        demo: bool = False,
        database: str = "",
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is using Matchtafel?"))
        self._known = {o.casefold(): o for o in organisations}
        layout = QFormLayout(self)
        intro = QLabel(self.tr("Your name and organisation are recorded with every change you make."))
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.organisation_box = QComboBox()
        self.organisation_box.setEditable(True)
        self.organisation_box.addItems(list(organisations))
        self.organisation_box.setCurrentIndex(-1)
        self.organisation_box.setAccessibleName(self.tr("Your organisation"))
        self.organisation_box.setToolTip(self.tr("Pick it from the list, or type the name of a new one"))
        edit = self.organisation_box.lineEdit()
        assert edit is not None  # an editable combo box has one
        self.organisation_edit: QLineEdit = edit
        self.organisation_edit.setPlaceholderText(self.tr("Pick or type your organisation"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of the new organisation"))
        for kind_id, label in kinds:
            self.kind_box.addItem(label, kind_id)
        self.kind_label = QLabel(self.tr("&Kind (new):"))
        self.kind_label.setBuddy(self.kind_box)
        layout.addRow(self.tr("&Name:"), self.name_edit)
        organisation_label = QLabel(self.tr("&Organisation:"))
        organisation_label.setBuddy(self.organisation_box)
        layout.addRow(organisation_label, self.organisation_box)
        layout.addRow(self.kind_label, self.kind_box)
        self.new_note = QLabel(self.tr("A new organisation: Matchtafel adds it to the organisations."))
        self.new_note.setWordWrap(True)
        layout.addRow(self.new_note)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addRow(line)
        self.database_note = QLabel(self._database_text(demo, database))
        self.database_note.setWordWrap(True)
        self.database_note.setAccessibleName(self.tr("Which database is open"))
        layout.addRow(self.database_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.setMinimumWidth(520)
        self.name_edit.textChanged.connect(self._on_text_changed)
        self.organisation_edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def _database_text(self, demo: bool, database: str) -> str:
        if demo:
            return self.tr(
                "This is the demo database: made-up young people, vacancies and sessions to try Matchtafel "
                "out. Nothing in it is real, and renewing the demo overwrites it. The real young people go "
                "into your own database: start Matchtafel without --demo (the 'Matchtafel' entry in the "
                "menu)."
            )
        return self.tr(
            "This is your own database ({path}): the real young people go here. To try things out "
            "first, open the demo database with made-up people: 'Matchtafel (demo)' in the menu, or "
            "matchtafel --demo."
        ).format(path=database)

    def is_new_organisation(self) -> bool:
        text = self.organisation_edit.text().strip()
        return bool(text) and text.casefold() not in self._known

    def _on_text_changed(self) -> None:
        new = self.is_new_organisation() and self.kind_box.count() > 0
        for widget in (self.kind_label, self.kind_box, self.new_note):
            widget.setVisible(new)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> UserAnswer:
        text = self.organisation_edit.text().strip()
        organisation = self._known.get(text.casefold(), text)
        new_kind = (
            self.kind_box.currentData() if self.is_new_organisation() and self.kind_box.count() else None
        )
        return UserAnswer(self.name_edit.text().strip(), organisation, new_kind)
