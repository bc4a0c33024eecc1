"""What a pipeline step asks for: a rejection's reason and note, a placement's start, contract and hours."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.dates import DateParseError, format_date, parse_date
from matchtafel.domain.vocabulary import ContractType, RejectionReason
from matchtafel.services.pipeline import PlacementInput
from matchtafel.ui.i18n import translate
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.theme import css


def _note_field(owner: QDialog) -> QPlainTextEdit:
    note = QPlainTextEdit(owner)
    note.setTabChangesFocus(True)
    note.setFixedHeight(70)
    note.setPlaceholderText(translate("StepDialogs", "Optional; no health details"))
    note.setAccessibleName(translate("StepDialogs", "Note"))
    return note


def _buttons(owner: QDialog, text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(owner.accept)
    buttons.rejected.connect(owner.reject)
    return buttons


class RejectionDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StepDialogs", "Rejected"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(what))
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setAccessibleName(translate("StepDialogs", "Reason"))
        for reason in RejectionReason:
            self.reason.addItem(label(reason), reason)
        form.addRow(translate("StepDialogs", "&Reason:"), self.reason)
        self.note = _note_field(self)
        form.addRow(translate("StepDialogs", "&Note:"), self.note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, translate("StepDialogs", "Re&cord rejection")))

    def chosen(self) -> tuple[RejectionReason, str]:
        return RejectionReason(self.reason.currentData()), self.note.toPlainText()


class NoteDialog(QDialog):
    """For a withdrawal: final, so it is confirmed, with an optional note on why."""

    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(what))
        self.note = _note_field(self)
        layout.addWidget(self.note)
        layout.addWidget(_buttons(self, title))


class PlacementDialog(QDialog):
    """Start date, contract, hours, and whether the job is below level or outside the field; for a BPV place
    the end of the BPV period (its check falls halfway)."""

    def __init__(
        self,
        what: str,
        *,
        trial: bool,
        today: date,
        hours: int | None = None,
        bpv: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.trial = trial
        title = translate("StepDialogs", "Trial placement") if trial else translate("StepDialogs", "Placed")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(what))
        form = QFormLayout()
        self.start = QLineEdit(format_date(today))
        self.start.setAccessibleName(translate("StepDialogs", "Start date"))
        self.start.setPlaceholderText(translate("StepDialogs", "dd-mm-yyyy"))
        form.addRow(translate("StepDialogs", "&Start date:"), self.start)
        self.planned_end: QLineEdit | None = None
        if bpv:
            self.planned_end = QLineEdit()
            self.planned_end.setAccessibleName(translate("StepDialogs", "End of the BPV period"))
            self.planned_end.setPlaceholderText(
                translate("StepDialogs", "dd-mm-yyyy; the check falls halfway")
            )
            form.addRow(translate("StepDialogs", "&End of the BPV period:"), self.planned_end)
        self.contract = QComboBox()
        self.contract.setAccessibleName(translate("StepDialogs", "Contract"))
        for contract in ContractType:
            if contract != ContractType.TRIAL or trial:
                self.contract.addItem(label(contract), contract)
        if trial:
            self.contract.setCurrentIndex(self.contract.findData(ContractType.TRIAL))
            self.contract.setEnabled(False)
        elif bpv:
            self.contract.setCurrentIndex(self.contract.findData(ContractType.INTERNSHIP))
        form.addRow(translate("StepDialogs", "&Contract:"), self.contract)
        self.hours = QSpinBox()
        self.hours.setRange(0, 60)
        self.hours.setSpecialValueText(translate("StepDialogs", "not known"))
        self.hours.setValue(hours or 0)
        self.hours.setAccessibleName(translate("StepDialogs", "Hours per week"))
        form.addRow(translate("StepDialogs", "&Hours per week:"), self.hours)
        self.below_level = QCheckBox(translate("StepDialogs", "&Below the young person's level"))
        self.outside_field = QCheckBox(translate("StepDialogs", "&Outside the young person's field"))
        form.addRow(self.below_level)
        form.addRow(self.outside_field)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(css("error"))
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, title))

    def accept(self) -> None:
        for field in (self.start, self.planned_end):
            if field is None:
                continue
            try:
                parse_date(field.text())
            except DateParseError:
                self.problem.setText(
                    translate("StepDialogs", "'{text}' is not a date; type it as 20-11-2026.").format(
                        text=field.text()
                    )
                )
                field.setFocus()
                return
        super().accept()

    def placement(self) -> PlacementInput:
        return PlacementInput(
            start_date=parse_date(self.start.text()),
            contract=ContractType(self.contract.currentData()),
            hours_per_week=self.hours.value() or None,
            below_level=self.below_level.isChecked(),
            outside_field=self.outside_field.isChecked(),
            planned_end=parse_date(self.planned_end.text()) if self.planned_end is not None else None,
        )
