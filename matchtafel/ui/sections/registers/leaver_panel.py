"""Leaving school, under a young person's form: when and how they left, who keeps contact (how, how often),
and the contact moments at 3, 6 and 12 months with what they found. Recording the leaving and changing who
keeps contact are their own actions (one transaction each), separate from saving the form.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.dates import DateParseError, format_date, parse_date
from matchtafel.domain.errors import UserError
from matchtafel.domain.leaving import DEFAULT_EVERY_WEEKS, LEAVING_STATUSES
from matchtafel.domain.vocabulary import ContactChannel, LeaverStatus
from matchtafel.services import Services
from matchtafel.services.leavers import LeaverRow, LeavingInput, MomentRow
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.prompts import Prompts


def moment_text(moment: MomentRow) -> str:
    """ "6 months (12-05-2027): working, temporary, below level" or "… not made yet"."""
    when = translate("LeaverPanel", "{months} months ({date})").format(
        months=moment.months_after_leaving, date=format_date(moment.due_on)
    )
    if moment.status is None:
        return when + ": " + translate("LeaverPanel", "not made yet")
    parts = [label(moment.status)]
    if moment.status == LeaverStatus.WORKING:
        answers = (
            (
                moment.job_permanent,
                translate("LeaverPanel", "permanent"),
                translate("LeaverPanel", "temporary"),
            ),
            (
                moment.job_below_level,
                translate("LeaverPanel", "below level"),
                translate("LeaverPanel", "at level"),
            ),
            (
                moment.job_outside_field,
                translate("LeaverPanel", "outside the field"),
                translate("LeaverPanel", "in the field"),
            ),
        )
        parts += [if_yes if value else if_no for value, if_yes, if_no in answers if value is not None]
    text = when + ": " + ", ".join(parts)
    return text + (" — " + translate("LeaverPanel", "worrying") if moment.worrying else "")


class LeaverPanel(QWidget):
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
        self.leaver: LeaverRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel("<b>" + translate("LeaverPanel", "After school") + "</b>"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("LeaverPanel", "Leaving school and contact"))
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(translate("LeaverPanel", "School lea&ving…"))
        self.record_button.setAccessibleName(translate("LeaverPanel", "Record leaving school"))
        self.contact_button = QPushButton(translate("LeaverPanel", "Who &keeps contact…"))
        self.contact_button.setAccessibleName(translate("LeaverPanel", "Change who keeps contact"))
        for button in (self.record_button, self.contact_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.record_button.clicked.connect(self.record)
        self.contact_button.clicked.connect(self.change_contact)
        self.refresh()

    def refresh(self) -> None:
        self.leaver = self.services.leavers.of_young_person(self.young_person_id)
        self.contact_button.setEnabled(self.leaver is not None)
        if self.leaver is None:
            self.summary.setText(translate("LeaverPanel", "Not recorded as a school leaver."))
            return
        row = self.leaver
        who = row.keeper_name or translate("LeaverPanel", "the case holder")
        lines = [
            translate("LeaverPanel", "Left school on {date}: {how}.").format(
                date=format_date(row.left_on), how=label(row.exit_status)
            ),
            translate("LeaverPanel", "{who} keeps contact: {channel}, every {weeks} weeks.").format(
                who=who, channel=label(row.contact_channel).lower(), weeks=row.contact_every_weeks
            ),
            *(moment_text(m) for m in row.moments),
        ]
        self.summary.setText("\n".join(lines))

    def record(self) -> None:
        given = self.ask_leaving(None)
        if given is None:
            return
        try:
            self.services.leavers.record(self.young_person_id, given)
        except UserError as exc:
            self.prompts.warn(self, translate("LeaverPanel", "Leaving school"), user_message(exc))
            return
        self.refresh()

    def change_contact(self) -> None:
        if self.leaver is None:
            return
        given = self.ask_leaving(self.leaver)
        if given is None:
            return
        try:
            self.services.leavers.change_contact(
                self.leaver.id,
                self.leaver.version,
                given.keeper_id,
                given.contact_channel,
                given.contact_every_weeks,
            )
        except UserError as exc:
            self.prompts.warn(self, translate("LeaverPanel", "Leaving school"), user_message(exc))
            return
        self.refresh()

    def ask_leaving(self, current: LeaverRow | None) -> LeavingInput | None:
        """``current``: change who keeps contact; None: record a leaving."""
        people = [(p.id, f"{p.name} ({p.organisation_name})") for p in self.services.people.rows()]
        dialog = LeavingDialog(people, current=current, today=self.services.clock.today(), parent=self)
        return dialog.chosen() if self.prompts.run(dialog) else None


class LeavingDialog(QDialog):
    """The day and way of leaving (not when only the contact changes), who keeps contact, how, how often."""

    def __init__(
        self,
        people: list[tuple[int, str]],
        *,
        current: LeaverRow | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(
            translate("LeaverPanel", "Who keeps contact")
            if current
            else translate("LeaverPanel", "Leaving school")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.left_on = QLineEdit(format_date(current.left_on if current else today))
        self.left_on.setAccessibleName(translate("LeaverPanel", "Day of leaving"))
        self.how = QComboBox()
        self.how.setAccessibleName(translate("LeaverPanel", "How the young person left"))
        for status in LEAVING_STATUSES:
            self.how.addItem(label(status), status)
        if current is None:
            form.addRow(translate("LeaverPanel", "&Left school on:"), self.left_on)
            form.addRow(translate("LeaverPanel", "&With:"), self.how)
        self.keeper = QComboBox()
        self.keeper.setAccessibleName(translate("LeaverPanel", "Who keeps contact"))
        self.keeper.addItem(translate("LeaverPanel", "the case holder"), None)
        for person_id, name in people:
            self.keeper.addItem(name, person_id)
        if current is not None and current.keeper_id is not None:
            self.keeper.setCurrentIndex(max(0, self.keeper.findData(current.keeper_id)))
        form.addRow(translate("LeaverPanel", "&Keeps contact:"), self.keeper)
        self.channel = QComboBox()
        self.channel.setAccessibleName(translate("LeaverPanel", "How contact is kept"))
        for channel in ContactChannel:
            self.channel.addItem(label(channel), channel)
        if current is not None:
            self.channel.setCurrentIndex(self.channel.findData(current.contact_channel))
        form.addRow(translate("LeaverPanel", "&How:"), self.channel)
        self.every = QSpinBox()
        self.every.setRange(1, 52)
        self.every.setValue(current.contact_every_weeks if current else DEFAULT_EVERY_WEEKS)
        self.every.setSuffix(translate("LeaverPanel", " weeks"))
        self.every.setAccessibleName(translate("LeaverPanel", "How often"))
        form.addRow(translate("LeaverPanel", "&Every:"), self.every)
        layout.addLayout(form)
        if current is None:
            note = QLabel(
                translate(
                    "LeaverPanel",
                    "Contact moments at 3, 6 and 12 months after leaving are planned for whoever keeps contact.",
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            if parse_date(self.left_on.text()) is None:
                raise DateParseError(self.left_on.text())
        except DateParseError:
            self.problem.setText(
                translate("LeaverPanel", "'{text}' is not a date; type it as 20-11-2026.").format(
                    text=self.left_on.text()
                )
            )
            self.left_on.setFocus()
            return
        super().accept()

    def chosen(self) -> LeavingInput:
        return LeavingInput(
            left_on=parse_date(self.left_on.text()),
            exit_status=self.how.currentData(),
            keeper_id=self.keeper.currentData(),
            contact_channel=self.channel.currentData(),
            contact_every_weeks=self.every.value(),
        )
