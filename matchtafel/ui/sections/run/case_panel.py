"""The middle of run mode for one case: the young person (code, initials, programme, level, situation) with
"discussed, next" beside it, the notes for this case, its agreements and its proposals side by side, and the
one-line entry for a new agreement.

Every region keeps its place: one-line labels are cut, not wrapped, and the lists wrap their lines.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.clock import Clock
from matchtafel.domain.dates import format_date
from matchtafel.domain.vocabulary import Level, Situation
from matchtafel.services.session_view import AgreementView, CaseView, ProposalView
from matchtafel.services.validation import NOTES_LIMIT
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.run.agreement_entry import AgreementEntry, SaveAgreement
from matchtafel.ui.widgets.elided_label import ElidedLabel
from matchtafel.ui.widgets.icons import icon
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.text_guard_label import GuardedNoteHint
from matchtafel.ui.widgets.text_limit import LengthCount


def wrapping_list(name: str) -> QListWidget:
    """A list whose long lines wrap inside its width instead of asking for more."""
    items = QListWidget()
    items.setAccessibleName(name)
    items.setWordWrap(True)
    items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    items.setResizeMode(QListWidget.ResizeMode.Adjust)
    items.setMinimumWidth(80)
    items.setAlternatingRowColors(True)  # where one wrapped line ends and the next begins
    return items


def agreement_text(agreement: AgreementView) -> str:
    deadline = (
        format_date(agreement.deadline) if agreement.deadline else translate("RunSession", "no deadline")
    )
    return f"{agreement.action} · {agreement.owner_name or '?'} · {deadline}"


def case_line(case: CaseView) -> str:
    """Code, initials, programme, level and situation on one line (the hidden ones left out)."""
    level = label(Level(case.level)) if case.level else ""
    situation = label(Situation(case.situation)) if case.situation else ""
    return " · ".join(p for p in (f"{case.code} {case.initials}", case.programme_name, level, situation) if p)


class CasePanel(QWidget):
    def __init__(
        self, *, save: SaveAgreement, clock: Clock, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        column = self.column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.person = ElidedLabel()
        font = self.person.font()
        font.setBold(True)
        self.person.setFont(font)
        self.person.setAccessibleName(translate("RunSession", "Young person"))
        top.addWidget(self.person, 1)
        self.discussed_button = QPushButton(icon("skip-forward"), translate("RunSession", "Discussed, next"))
        self.discussed_button.setToolTip(
            translate("RunSession", "Ctrl+D: discussed, on to the next case (Ctrl+Shift+D: postponed)")
        )
        top.addWidget(self.discussed_button)
        column.addLayout(top)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(translate("RunSession", "Notes for this case"))
        self.notes.setPlaceholderText(
            translate("RunSession", "Notes for this case: saved as you type. No health details.")
        )
        self.notes.setTabChangesFocus(True)
        column.addWidget(self.notes, 3)
        self.notes_count = LengthCount(self.notes, NOTES_LIMIT)
        column.addWidget(self.notes_count)
        self.notes_remark = GuardedNoteHint(self.notes, clock)
        column.addWidget(self.notes_remark)
        lists = QHBoxLayout()
        self.agreements = wrapping_list(translate("RunSession", "Agreements of this case"))
        self.proposals = wrapping_list(translate("RunSession", "Proposals of this case"))
        self.agreements_title, self.proposals_title = QLabel(), QLabel()
        for title, items, stretch in (
            (self.agreements_title, self.agreements, 3),
            (self.proposals_title, self.proposals, 2),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(title)
            box.addWidget(items, 1)
            lists.addLayout(box, stretch)
        column.addLayout(lists, 2)
        self.entry = AgreementEntry(save=save, clock=clock, prompts=prompts)
        column.addWidget(self.entry)

    def add_banner(self, banner: QWidget) -> None:
        """A line above the case (the connection's state) that its owner shows and hides."""
        self.column.insertWidget(0, banner)

    def show_case(
        self, case: CaseView, agreements: list[AgreementView], proposals: list[ProposalView]
    ) -> None:
        """Show the case; its notes are set without counting as typing (no autosave for them)."""
        self.person.setText(case_line(case))
        self.notes.blockSignals(True)
        self.notes.setPlainText(case.notes)
        self.notes.blockSignals(False)
        self.notes_count.update_count()
        self.notes_remark.check()
        own = [a for a in agreements if a.case_id == case.id]
        self.agreements.clear()
        self.agreements.addItems([agreement_text(a) for a in own])
        self.agreements_title.setText(
            translate("RunSession", "<b>Agreements</b> ({count}) · Ctrl+Return new").format(count=len(own))
        )
        made = [p for p in proposals if p.case_id == case.id]
        self.proposals.clear()
        self.proposals.addItems([f"{p.vacancy_title} · {p.employer_name} · {label(p.status)}" for p in made])
        self.proposals_title.setText(
            translate("RunSession", "<b>Proposals</b> ({count}) · Ctrl+P").format(count=len(made))
        )

    def set_editable(self, editable: bool) -> None:
        self.notes.setReadOnly(not editable)
        self.entry.set_editable(editable)
        self.discussed_button.setEnabled(editable)
