"""Consent under a young person's form: what is in force, the history, and recording or withdrawing it.

Recording and withdrawing are their own actions (one transaction each), separate from saving the form.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.dates import DateParseError, format_date, parse_date
from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import ConsentGivenBy
from matchtafel.services import Services
from matchtafel.services.consent import ConsentInput, ConsentRow
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.theme import css


def scope_text(row: ConsentRow) -> str:
    parts = [
        text
        for text, on in (
            (translate("ConsentPanel", "table"), row.scope_table),
            (translate("ConsentPanel", "WSP/UWV"), row.scope_share_wsp),
            (translate("ConsentPanel", "employers"), row.scope_employer_profile),
            (translate("ConsentPanel", "mentor or coach"), row.scope_supporter),
        )
        if on
    ]
    return ", ".join(parts)


def given_by_text(value: ConsentGivenBy) -> str:
    if value == ConsentGivenBy.PARENT:
        return translate("ConsentPanel", "a parent")
    return translate("ConsentPanel", "the young person")


class ConsentPanel(QWidget):
    def __init__(
        self,
        services: Services,
        young_person_id: int,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.young_person_id = services, young_person_id
        self.prompts = prompts or Prompts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel("<b>" + translate("ConsentPanel", "Consent") + "</b>"))
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setAccessibleName(translate("ConsentPanel", "Consent in force"))
        layout.addWidget(self.current)
        self.history = QListWidget()
        self.history.setAccessibleName(translate("ConsentPanel", "Consent history"))
        self.history.setMaximumHeight(90)
        layout.addWidget(self.history)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(translate("ConsentPanel", "&Record consent…"))
        self.withdraw_button = QPushButton(translate("ConsentPanel", "Withdraw c&onsent…"))
        for button in (self.record_button, self.withdraw_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.record_button.clicked.connect(self.record)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.refresh()

    def refresh(self) -> None:
        rows = self.services.consent.history(self.young_person_id)
        today = self.services.clock.today()
        current = next((r for r in rows if r.in_force(today)), None)
        if current is None:
            self.current.setText(
                translate(
                    "ConsentPanel",
                    "No consent in force: the young person is shown by code and initials only, and cannot be "
                    "proposed to employers.",
                )
            )
        else:
            self.current.setText(
                translate("ConsentPanel", "In force since {date}, given by {who}, for: {scope}.").format(
                    date=format_date(current.given_on),
                    who=given_by_text(current.given_by),
                    scope=scope_text(current),
                )
            )
        self.history.clear()
        for row in rows:
            line = f"{format_date(row.given_on)} · {given_by_text(row.given_by)} · {scope_text(row)}"
            if row.withdrawn_on:
                line += " · " + translate("ConsentPanel", "withdrawn {date}").format(
                    date=format_date(row.withdrawn_on)
                )
            line += f" · {row.recorded_by}"
            self.history.addItem(line)
        self.withdraw_button.setEnabled(current is not None)

    def record(self) -> None:
        dialog = ConsentDialog(today=self.services.clock.today(), parent=self)
        while self.prompts.run(dialog):
            try:
                self.services.consent.record(self.young_person_id, dialog.consent())
            except UserError as exc:
                dialog.problem.setText(user_message(exc))
                continue
            break
        self.refresh()

    def withdraw(self) -> None:
        if not self.prompts.confirm(
            self,
            translate("ConsentPanel", "Withdraw consent"),
            translate(
                "ConsentPanel",
                "Withdraw the consent from today? The young person is then shown by code and initials only.",
            ),
        ):
            return
        try:
            self.services.consent.withdraw(self.young_person_id)
        except UserError as exc:
            self.prompts.warn(self, translate("ConsentPanel", "Consent"), user_message(exc))
        self.refresh()


class ConsentDialog(QDialog):
    def __init__(self, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConsentPanel", "Record consent"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.given_on = QLineEdit(format_date(today))
        self.given_on.setAccessibleName(translate("ConsentPanel", "Date of the consent"))
        form.addRow(translate("ConsentPanel", "&Date:"), self.given_on)
        self.given_by = QComboBox()
        self.given_by.setAccessibleName(translate("ConsentPanel", "Given by"))
        self.given_by.addItem(
            translate("ConsentPanel", "The young person (16 or older)"), ConsentGivenBy.YOUNG_PERSON
        )
        self.given_by.addItem(translate("ConsentPanel", "A parent (below 16)"), ConsentGivenBy.PARENT)
        form.addRow(translate("ConsentPanel", "&Given by:"), self.given_by)
        self.table = QCheckBox(translate("ConsentPanel", "Discuss at the &table"))
        self.table.setChecked(True)
        self.share_wsp = QCheckBox(translate("ConsentPanel", "Share with &WSP/UWV"))
        self.employer = QCheckBox(translate("ConsentPanel", "Show the profile to an &employer"))
        self.supporter = QCheckBox(translate("ConsentPanel", "Share with a &mentor or coach"))
        for box in (self.table, self.share_wsp, self.employer, self.supporter):
            form.addRow(box)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("ConsentPanel", "Note"))
        form.addRow(translate("ConsentPanel", "&Note:"), self.note)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(css("error"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(translate("ConsentPanel", "&Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            parse_date(self.given_on.text())
        except DateParseError:
            self.problem.setText(
                translate("ConsentPanel", "'{text}' is not a date; type it as 20-11-2026.").format(
                    text=self.given_on.text()
                )
            )
            return
        super().accept()

    def consent(self) -> ConsentInput:
        return ConsentInput(
            given_on=parse_date(self.given_on.text()),
            given_by=ConsentGivenBy(self.given_by.currentData()),
            scope_table=self.table.isChecked(),
            scope_share_wsp=self.share_wsp.isChecked(),
            scope_employer_profile=self.employer.isChecked(),
            note=self.note.text(),
            scope_supporter=self.supporter.isChecked(),
        )
