"""The middle of run mode for one case: the young person (code, initials, programme, level, situation), the
notes for this case, its agreements, and the one-line entry for a new agreement."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from matchtafel.clock import Clock
from matchtafel.dates import format_date
from matchtafel.services.session_view import AgreementView, CaseView
from matchtafel.services.validation import NOTES_LIMIT
from matchtafel.ui.agreement_entry import AgreementEntry, SaveAgreement
from matchtafel.ui.i18n import translate
from matchtafel.ui.labels import label
from matchtafel.ui.text_guard import GuardedNoteHint
from matchtafel.ui.text_limit import LengthCount
from matchtafel.vocabulary import Level, Situation


class CasePanel(QWidget):
    def __init__(self, *, save: SaveAgreement, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = self.column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.person = QLabel()
        self.person.setWordWrap(True)
        self.person.setAccessibleName(translate("RunSession", "Young person"))
        column.addWidget(self.person)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(translate("RunSession", "Notes for this case"))
        self.notes.setPlaceholderText(
            translate("RunSession", "Notes for this case: saved as you type. No health details.")
        )
        self.notes.setTabChangesFocus(True)
        column.addWidget(self.notes, 2)
        self.notes_count = LengthCount(self.notes, NOTES_LIMIT)
        column.addWidget(self.notes_count)
        self.notes_remark = GuardedNoteHint(self.notes, clock)
        column.addWidget(self.notes_remark)
        self.agreements = QListWidget()
        self.agreements.setAccessibleName(translate("RunSession", "Agreements of this case"))
        column.addWidget(self.agreements, 1)
        self.entry = AgreementEntry(save=save, clock=clock)
        column.addWidget(self.entry)

    def add_banner(self, banner: QWidget) -> None:
        """A line above the case (the connection's state) that its owner shows and hides."""
        self.column.insertWidget(0, banner)

    def show_case(self, case: CaseView, agreements: list[AgreementView]) -> None:
        """Show the case; its notes are set without counting as typing (no autosave for them)."""
        level = label(Level(case.level)) if case.level else "?"
        situation = label(Situation(case.situation)) if case.situation else ""
        self.person.setText(
            f"<b>{escape(case.code)} {escape(case.initials)}</b> · {escape(case.programme_name)} · {level}"
            f" · {situation}"
        )
        self.notes.blockSignals(True)
        self.notes.setPlainText(case.notes)
        self.notes.blockSignals(False)
        self.notes_count.update_count()
        self.notes_remark.check()
        self.agreements.clear()
        for agreement in agreements:
            if agreement.case_id == case.id:
                self.agreements.addItem(
                    f"{agreement.action} · {agreement.owner_name or '?'} · {format_date(agreement.deadline)}"
                )
