"""Run mode: one screen for the whole meeting, keyboard first, nothing to save.

Left the agenda, in the middle the current case (young person, notes that save themselves, agreements typed
on one line), on the right the suggestions for this young person. Keys: Alt+↓/Alt+↑ next/previous case,
Ctrl+Return new agreement, Ctrl+D discussed, Ctrl+Shift+D postponed, Ctrl+P propose the selected vacancy.
Signals: ``changed()`` after anything was written.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from matchtafel.dates import DateParseError, format_date
from matchtafel.deadline import NoNextSession, parse_deadline
from matchtafel.errors import UserError
from matchtafel.services import Services
from matchtafel.textfold import fold
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.labels import label
from matchtafel.ui.run_panels import AgendaKeys, AttendancePanel
from matchtafel.ui.suggestions_pane import SuggestionsPane
from matchtafel.ui.weights import MatchWeights
from matchtafel.vocabulary import CaseStatus, Level, MeetingStatus, Situation

AUTOSAVE_MS = 700  # notes reach the database within a second of the last keystroke


class RunSessionScreen(QWidget):
    changed = Signal()

    def __init__(
        self, *, services: Services, meeting_id: int, weights: MatchWeights, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.current = 0
        self.case_started = time.monotonic()
        self._dirty_notes: int | None = None
        self._build(weights)
        self.reload()
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_notes)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    # -- layout ----------------------------------------------------------------------------------------

    def _build(self, weights: MatchWeights) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        top.addWidget(self.heading, 1)
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(translate("RunSession", "Time on this case"))
        top.addWidget(self.timer_label)
        self.close_button = QPushButton(translate("RunSession", "&Close session"))
        self.close_button.clicked.connect(self.close_session)
        self.lock_button = QPushButton(translate("RunSession", "&Lock minutes (vaststellen)"))
        self.lock_button.clicked.connect(self.lock_session)
        top.addWidget(self.close_button)
        top.addWidget(self.lock_button)
        outer.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(translate("RunSession", "Agenda"))
        self.agenda.currentRowChanged.connect(self._on_agenda_row)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(
            translate("RunSession", "<b>Agenda</b> · Insert add · Delete remove · Ctrl+Shift+↑↓ move")
        )
        legend.setWordWrap(True)
        left_column.addWidget(legend)
        left_column.addWidget(self.agenda, 2)
        self.attendance = AttendancePanel(
            services=self.services, meeting_id=self.meeting_id, on_change=self._changed
        )
        left_column.addWidget(self.attendance, 1)
        self.agenda_keys = AgendaKeys(
            agenda=self.agenda,
            services=self.services,
            meeting_id=self.meeting_id,
            current_case=self.current_case,
            on_change=self._changed,
            report=self.entry_status_text,
        )
        splitter.addWidget(left)

        middle = QWidget()
        column = QVBoxLayout(middle)
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
        self.notes.textChanged.connect(self._on_notes_typed)
        column.addWidget(self.notes, 2)
        self.agreements = QListWidget()
        self.agreements.setAccessibleName(translate("RunSession", "Agreements of this case"))
        column.addWidget(self.agreements, 1)
        entry = QHBoxLayout()
        self.action = QLineEdit()
        self.action.setPlaceholderText(
            translate("RunSession", "New agreement: what will be done (Ctrl+Return)")
        )
        self.action.setAccessibleName(translate("RunSession", "Agreement"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(translate("RunSession", "who"))
        self.owner.setAccessibleName(translate("RunSession", "Owner"))
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText(translate("RunSession", "by when: 12-12, vr, +2w, vs"))
        self.deadline.setAccessibleName(translate("RunSession", "Deadline"))
        for widget, stretch in ((self.action, 4), (self.owner, 2), (self.deadline, 1)):
            entry.addWidget(widget, stretch)
            widget.returnPressed.connect(self.add_agreement)
        column.addLayout(entry)
        self.entry_status = QLabel()
        self.entry_status.setAccessibleName(translate("RunSession", "Agreement status"))
        column.addWidget(self.entry_status)
        splitter.addWidget(middle)

        self.suggestions = SuggestionsPane(
            for_vacancies=True,
            load=lambda young_id, weights: self.services.matching.for_young_person(young_id, weights=weights),
            propose=lambda young_id, suggestion: self.services.proposals.propose(
                young_id,
                suggestion.vacancy_id,
                case_id=self.current_case().id if self.current_case() else None,
            ),
            weights=weights,
        )
        splitter.addWidget(self.suggestions)
        splitter.setSizes([300, 580, 460])  # the agenda readable, the case widest, suggestions beside it
        outer.addWidget(splitter, 1)
        for keys, slot in (
            ("Alt+Down", self.next_case),
            ("Alt+Up", self.previous_case),
            ("Ctrl+Return", self.focus_agreement),
            ("Ctrl+D", lambda: self.set_status(CaseStatus.DISCUSSED)),
            ("Ctrl+Shift+D", lambda: self.set_status(CaseStatus.POSTPONED)),
            ("Ctrl+P", self.suggestions.propose_current),
        ):
            QShortcut(QKeySequence(keys), self, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- data ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.view = self.services.session_view.view(self.meeting_id)
        v = self.view
        self.heading.setText(
            f"<b>{v.title}</b> · {v.starts_at:%d-%m-%Y %H:%M} · {v.place} · {label(v.status)}"
        )
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for number, case in enumerate(v.cases, start=1):
            self.agenda.addItem(f"{number}. {case.code} {case.initials} · {label(case.status)}")
        self.agenda.blockSignals(False)
        self.attendance.show_view(v)
        self.close_button.setEnabled(v.status in (MeetingStatus.PLANNED, MeetingStatus.RUNNING))
        self.lock_button.setEnabled(v.status == MeetingStatus.CLOSED)
        names = [name for _, name, _ in v.people]
        completer = QCompleter(QStringListModel(names, self.owner), self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)
        if v.cases:
            self.current = min(self.current, len(v.cases) - 1)
            self.agenda.setCurrentRow(self.current)
            self._show_case()

    def current_case(self) -> Any:
        return self.view.cases[self.current] if self.view.cases else None

    def _show_case(self) -> None:
        case = self.current_case()
        if case is None:
            return
        level = label(Level(case.level)) if case.level else "?"
        situation = label(Situation(case.situation)) if case.situation else ""
        self.person.setText(
            f"<b>{case.code} {case.initials}</b> · {case.programme_name} · {level} · {situation}"
        )
        self.notes.blockSignals(True)
        self.notes.setPlainText(case.notes)
        self.notes.blockSignals(False)
        self.agreements.clear()
        for agreement in self.view.agreements:
            if agreement.case_id == case.id:
                self.agreements.addItem(
                    f"{agreement.action} · {agreement.owner_name or '?'} · {format_date(agreement.deadline)}"
                )
        self.case_started = time.monotonic()
        self._tick()
        self.suggestions.show_for(case.young_person_id)

    # -- actions ---------------------------------------------------------------------------------------

    def _on_agenda_row(self, row: int) -> None:
        if row >= 0 and row != self.current:
            self.save_notes()
            self.current = row
            self._show_case()

    def next_case(self) -> None:
        if self.current + 1 < len(self.view.cases):
            self.agenda.setCurrentRow(self.current + 1)

    def previous_case(self) -> None:
        if self.current > 0:
            self.agenda.setCurrentRow(self.current - 1)

    def _on_notes_typed(self) -> None:
        case = self.current_case()
        if case is not None:
            self._dirty_notes = case.id
            self._autosave.start()

    def save_notes(self) -> None:
        """Write pending notes now (the timer, a case switch and closing all come here)."""
        if self._dirty_notes is None:
            return
        case_id, self._dirty_notes = self._dirty_notes, None
        self._autosave.stop()
        text = self.notes.toPlainText()
        try:
            self.services.agenda.save_case_notes(case_id, text)
        except UserError as exc:
            self.entry_status.setText(user_message(exc))
            return
        self.view.cases[self.current] = type(self.view.cases[self.current])(
            **{**self.view.cases[self.current].__dict__, "notes": text}
        )
        self.changed.emit()

    def focus_agreement(self) -> None:
        self.action.setFocus()

    def owner_id(self, typed: str) -> int | None:
        """The person meant by a few letters: attendees first, then everyone."""
        wanted = fold(typed.strip())
        if not wanted:
            return None
        for person_id, name, _ in self.view.people:
            if fold(name) == wanted or fold(name).startswith(wanted):
                return person_id
        for person_id, name, _ in self.view.people:
            if wanted in fold(name):
                return person_id
        return None

    def add_agreement(self) -> None:
        case = self.current_case()
        if not self.action.text().strip():
            self.action.setFocus()
            return
        owner = self.owner_id(self.owner.text())
        if self.owner.text().strip() and owner is None:
            self.entry_status.setText(
                translate("RunSession", "Nobody called '{name}'; type a few letters of a name.").format(
                    name=self.owner.text()
                )
            )
            self.owner.setFocus()
            return
        try:
            deadline = parse_deadline(
                self.deadline.text(), today=date.today(), next_session=self.view.next_session
            )
        except NoNextSession:
            self.entry_status.setText(translate("RunSession", "No next session is planned yet; give a date."))
            self.deadline.setFocus()
            return
        except DateParseError:
            self.entry_status.setText(
                translate("RunSession", "'{text}' is not a deadline; try 12-12, 12 dec, vr or +2w.").format(
                    text=self.deadline.text()
                )
            )
            self.deadline.setFocus()
            return
        try:
            self.services.agenda.add_agreement(
                self.meeting_id,
                action=self.action.text(),
                owner_id=owner,
                deadline=deadline,
                case_id=case.id if case else None,
            )
        except UserError as exc:
            self.entry_status.setText(user_message(exc))
            return
        for field in (self.action, self.owner, self.deadline):
            field.clear()
        self.entry_status.setText(translate("RunSession", "Agreement saved."))
        self.action.setFocus()
        self.save_notes()
        self.reload()
        self.changed.emit()

    def _changed(self) -> None:
        self.save_notes()
        self.reload()
        self.changed.emit()

    def entry_status_text(self, text: str) -> None:
        self.entry_status.setText(text)

    def set_status(self, status: CaseStatus) -> None:
        case = self.current_case()
        if case is None:
            return
        self.save_notes()
        self.services.agenda.set_case_status(case.id, status)
        self.reload()
        self.changed.emit()

    def close_session(self) -> None:
        self.save_notes()
        self.services.agenda.close(self.meeting_id)
        self.reload()
        self.changed.emit()

    def lock_session(self) -> None:
        try:
            self.services.agenda.lock(self.meeting_id)
        except UserError as exc:
            self.entry_status.setText(user_message(exc))
            return
        self.reload()
        self.changed.emit()

    def _tick(self) -> None:
        case = self.current_case()
        if case is None:
            self.timer_label.clear()
            return
        elapsed = int(time.monotonic() - self.case_started)
        budget = case.time_budget_minutes * 60
        text = f"{elapsed // 60}:{elapsed % 60:02d} / {case.time_budget_minutes}:00"
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet("color: #b00020; font-weight: bold;" if elapsed > budget else "")
