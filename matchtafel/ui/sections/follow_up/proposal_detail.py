"""Beside the proposals list: the chosen proposal, the steps it may take (one button and key each), and its
history as a timeline (what, who, when, why), newest on top."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from matchtafel.domain.proposal_steps import STEP_KEYS, allowed_steps
from matchtafel.domain.vocabulary import ProposalStatus
from matchtafel.services.pipeline import ProposalListRow, StepRow
from matchtafel.ui.i18n import translate
from matchtafel.ui.widgets.labels import label


class ProposalDetail(QWidget):
    """Signal ``step_requested(ProposalStatus)`` when a step's button is pressed."""

    step_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("ProposalsPage", "What happened"))
        layout.addWidget(self.message)
        steps = QGridLayout()
        self.step_buttons: dict[ProposalStatus, QPushButton] = {}
        for number, (key, status) in enumerate(STEP_KEYS):
            button = QPushButton(f"{key}  {label(status)}")
            button.setAccessibleName(label(status))
            button.setToolTip(translate("ProposalsPage", "Key {key} in the list").format(key=key))
            button.clicked.connect(lambda _checked=False, s=status: self.step_requested.emit(s))
            steps.addWidget(button, number // 2, number % 2)
            self.step_buttons[status] = button
        layout.addLayout(steps)
        layout.addWidget(QLabel(translate("ProposalsPage", "History")))
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(translate("ProposalsPage", "History of the proposal"))
        self.timeline.setWordWrap(True)
        layout.addWidget(self.timeline, 1)
        self.show_proposal(None, [])

    def show_proposal(self, row: ProposalListRow | None, steps: list[StepRow], *, problem: str = "") -> None:
        allowed = set(allowed_steps(row.status)) if row else set()
        for status, button in self.step_buttons.items():
            button.setEnabled(status in allowed)
        self.timeline.clear()
        if row is None:
            self.heading.setText(translate("ProposalsPage", "Choose a proposal in the list."))
            return
        self.heading.setText(
            translate("ProposalsPage", "{young} for {vacancy} at {employer}: {status}").format(
                young=f"{row.young_code} {row.young_initials}",
                vacancy=row.vacancy_title,
                employer=row.employer,
                status=label(row.status),
            )
        )
        if problem:
            self.timeline.addItem(problem)
        for step in reversed(steps):  # the newest on top
            text = translate("ProposalsPage", "{when} · {status} · {by}").format(
                when=f"{step.at:%d-%m-%Y %H:%M}", status=label(step.status), by=step.by
            )
            if step.rejection_reason is not None:
                text += f" · {label(step.rejection_reason)}"
            if step.note:
                text += f"\n{step.note}"
            self.timeline.addItem(text)
