"""Run mode: one screen for the whole meeting, keyboard first, nothing to save.

Left the agenda and attendance; in the middle first the review of open agreements (with the new vacancies),
then the current case (young person, notes that save themselves, agreements typed on one line); on the right
the suggestions for this young person. Keys: Alt+↓/Alt+↑ next/previous (the review comes before the first
case, Ctrl+R goes back to it), Ctrl+Return new agreement, Ctrl+D discussed, Ctrl+Shift+D postponed, Ctrl+P
propose the selected vacancy, Ctrl+Z / Ctrl+Y undo and redo agreements, proposals and agenda changes.
Signals: ``changed()`` after anything was written.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.errors import UserError
from matchtafel.journal import NotesJournal
from matchtafel.services import Services
from matchtafel.settings import data_dir
from matchtafel.ui.case_panel import CasePanel
from matchtafel.ui.i18n import interface_language, translate, user_message
from matchtafel.ui.labels import label
from matchtafel.ui.notes_saver import NotesSaver
from matchtafel.ui.review_panel import ReviewPanel
from matchtafel.ui.run_panels import AgendaKeys, AttendancePanel
from matchtafel.ui.run_saving import RunSaving
from matchtafel.ui.suggestions_pane import SuggestionsPane
from matchtafel.ui.undo import ServiceCommand
from matchtafel.ui.weights import MatchWeights
from matchtafel.vocabulary import CaseStatus, MeetingStatus

AUTOSAVE_MS = 500  # notes reach the database half a second after the typing stops
AUTOSAVE_MAX_MS = 900  # and at least once a second while someone types without a pause


class RunSessionScreen(RunSaving, QWidget):
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
        self.undo_stack = QUndoStack(self)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_notes)
        self._autosave_max = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_MS)
        self._autosave_max.timeout.connect(self.save_notes)
        self._shown_case: int | None = None
        self._build(weights)
        # What an earlier run could not write (a crash, a dropped server) goes in first; whatever is still
        # unsent is what the fields show, so no autosave can overwrite it with the older stored text.
        self.saver.flush()
        self.reload()
        if self.view.review and self.view.status in (MeetingStatus.PLANNED, MeetingStatus.RUNNING):
            self.show_review()  # a session starts with the review of what was agreed before
        else:
            self.show_case_page()
        self._held_count = len(self.saver.held_actions())
        self.saver.state_changed.connect(self._on_save_state)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    # -- layout ----------------------------------------------------------------------------------------

    def _build(self, weights: MatchWeights) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)  # a long place name wraps instead of widening past 1366 pixels
        top.addWidget(self.heading, 1)
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(translate("RunSession", "Time on this case"))
        top.addWidget(self.timer_label)
        for action, name in (
            (self.undo_stack.createUndoAction(self, translate("RunSession", "Undo")), "Ctrl+Z"),
            (self.undo_stack.createRedoAction(self, translate("RunSession", "Redo")), "Ctrl+Y"),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolTip(name)
            top.addWidget(button)
        self.close_button = QPushButton(translate("RunSession", "&Close session"))
        self.close_button.clicked.connect(self.close_session)
        self.lock_button = QPushButton(translate("RunSession", "&Lock minutes (vaststellen)"))
        self.lock_button.clicked.connect(self.lock_session)
        self.minutes_button = QPushButton(translate("RunSession", "&Make the minutes (verslag)…"))
        self.minutes_button.clicked.connect(self.make_minutes)
        top.addWidget(self.close_button)
        top.addWidget(self.lock_button)
        top.addWidget(self.minutes_button)
        outer.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_left())
        self.middle = QStackedWidget()
        self.review = ReviewPanel(services=self.services, meeting_id=self.meeting_id, on_change=self._changed)
        self.middle.addWidget(self.review)
        self.case_page = CasePanel(save=self._save_agreement, clock=self.services.clock)
        self.person, self.notes, self.agreements = (
            self.case_page.person,
            self.case_page.notes,
            self.case_page.agreements,
        )
        self.notes.textChanged.connect(self._on_notes_typed)
        self.entry = self.case_page.entry
        self.action, self.owner, self.deadline = self.entry.action, self.entry.owner, self.entry.deadline
        self.entry_status = self.entry.status
        self.saver = NotesSaver(
            self.services,
            NotesJournal(data_dir(), self.services.database_key()),
            lambda: {c.id: f"{c.code} {c.initials}" for c in self.view.cases},
            self,
        )
        self.case_page.add_banner(self.saver.banner)
        self.middle.addWidget(self.case_page)
        splitter.addWidget(self.middle)
        self.suggestions = SuggestionsPane(
            for_vacancies=True,
            load=lambda young_id, weights: self.services.matching.for_young_person(young_id, weights=weights),
            propose=self._propose,
            weights=weights,
        )
        self.suggestions.propose_shortcut.setEnabled(False)  # Ctrl+P works everywhere in run mode
        splitter.addWidget(self.suggestions)
        splitter.setSizes([300, 580, 460])  # the agenda readable, the case widest, suggestions beside it
        outer.addWidget(splitter, 1)
        for keys, slot in (
            ("Alt+Down", self.next_case),
            ("Alt+Up", self.previous_case),
            ("Ctrl+R", self.show_review),
            ("Ctrl+Return", self.focus_agreement),
            ("Ctrl+D", lambda: self.set_status(CaseStatus.DISCUSSED)),
            ("Ctrl+Shift+D", lambda: self.set_status(CaseStatus.POSTPONED)),
            ("Ctrl+P", self.suggestions.propose_current),
            ("Alt+1", self.agenda.setFocus),
            ("Alt+2", self.attendance.people.setFocus),
            ("Alt+3", self.focus_notes),
            ("Alt+4", self.suggestions.table.setFocus),
            ("Ctrl+Z", self.undo_stack.undo),
            ("Ctrl+Y", self.undo_stack.redo),
            ("Ctrl+Shift+Z", self.undo_stack.redo),
        ):
            QShortcut(QKeySequence(keys), self, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_left(self) -> QWidget:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.show_review)
        column.addWidget(self.review_button)
        legend = QLabel(
            translate(
                "RunSession",
                "<b>Agenda</b> (Alt+1) · Insert add · Delete remove · Ctrl+Shift+↑↓ or drag to move"
                " · +/− minutes · notes Alt+3 · suggestions Alt+4",
            )
        )
        legend.setWordWrap(True)
        column.addWidget(legend)
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(translate("RunSession", "Agenda"))
        self.agenda.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.agenda.currentRowChanged.connect(self._on_agenda_row)
        self.agenda.model().rowsMoved.connect(self._on_dragged)
        column.addWidget(self.agenda, 2)
        self.attendance = AttendancePanel(
            services=self.services, meeting_id=self.meeting_id, on_change=self._changed
        )
        column.addWidget(self.attendance, 1)
        self.agenda_keys = AgendaKeys(
            agenda=self.agenda,
            services=self.services,
            meeting_id=self.meeting_id,
            current_case=self.current_case,
            undoable=self.undoable,
            report=self.entry_status_text,
        )
        return left

    # -- data ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.view = self.services.session_view.view(self.meeting_id)
        v = self.view
        self.heading.setText(
            f"<b>{escape(v.title)}</b> · {v.starts_at:%d-%m-%Y %H:%M} · {escape(v.place)} · {label(v.status)}"
        )
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for number, case in enumerate(v.cases, start=1):
            minutes = translate("RunSession", "{minutes} min").format(minutes=case.time_budget_minutes)
            self.agenda.addItem(f"{number}. {case.code} {case.initials} · {minutes} · {label(case.status)}")
        self.agenda.blockSignals(False)
        self.attendance.show_view(v)
        self.review.show_view(v)
        self.review_button.setText(
            translate("RunSession", "&Review: {open} of {total} agreements to decide").format(
                open=self.review.undecided(), total=len(v.review)
            )
        )
        self.close_button.setEnabled(v.status in (MeetingStatus.PLANNED, MeetingStatus.RUNNING))
        self.lock_button.setEnabled(v.status == MeetingStatus.CLOSED)
        self.minutes_button.setEnabled(v.status in (MeetingStatus.CLOSED, MeetingStatus.LOCKED))
        self.entry.set_people(v.people, v.next_session)
        if v.cases:
            self.current = min(self.current, len(v.cases) - 1)
            self.agenda.blockSignals(True)
            self.agenda.setCurrentRow(self.current)
            self.agenda.blockSignals(False)
            self._show_case()

    def current_case(self) -> Any:
        return self.view.cases[self.current] if self.view.cases else None

    def reviewing(self) -> bool:
        return self.middle.currentWidget() is self.review

    def show_review(self) -> None:
        self.save_notes()
        self.middle.setCurrentWidget(self.review)
        self.review.items.setFocus()
        self._tick()

    def show_case_page(self) -> None:
        self.middle.setCurrentWidget(self.case_page)
        self.case_started = time.monotonic()
        self._tick()

    def _show_case(self) -> None:
        case = self.current_case()
        if case is None:
            return
        same = case.id == self._shown_case
        cursor = self.notes.textCursor().position()
        self.case_page.show_case(
            replace(case, notes=self.saver.text_for(case.id, case.notes)), self.view.agreements
        )
        if same:  # the same case shown again (after a change elsewhere): the cursor stays where it was
            moved = self.notes.textCursor()
            moved.setPosition(min(cursor, len(self.notes.toPlainText())))
            self.notes.setTextCursor(moved)
        self._shown_case = case.id
        self.notes.document().setModified(self.saver.is_unsaved(case.id))  # marked unsaved
        self._show_held(case.id)
        self.suggestions.show_for(case.young_person_id)

    # -- moving through the meeting ----------------------------------------------------------------------

    def _on_agenda_row(self, row: int) -> None:
        if row < 0:
            return
        if row != self.current:
            self.save_notes()
            self.current = row
            self._show_case()
            self.case_started = time.monotonic()
        if self.reviewing():
            self.show_case_page()

    def next_case(self) -> None:
        if self.reviewing():
            if self.view.cases:
                self.show_case_page()
                self.agenda.setCurrentRow(self.current)
        elif self.current + 1 < len(self.view.cases):
            self.agenda.setCurrentRow(self.current + 1)

    def previous_case(self) -> None:
        if self.reviewing():
            return
        if self.current > 0:
            self.agenda.setCurrentRow(self.current - 1)
        else:
            self.show_review()

    # -- undoable actions --------------------------------------------------------------------------------

    def undoable(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        """Run ``redo`` now (its UserError goes to the caller), then keep it on the undo stack."""
        self.save_notes()
        redo()
        self.undo_stack.push(
            ServiceCommand(text, redo=redo, undo=undo, after=self._changed, report=self.entry_status_text)
        )
        self._changed()

    def focus_notes(self) -> None:
        if self.reviewing():
            self.next_case()
        self.notes.setFocus()
        self.notes.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where the notes end

    def focus_agreement(self) -> None:
        if self.reviewing():
            self.next_case()
        self.action.setFocus()

    def add_agreement(self) -> None:
        self.entry.submit()

    def _on_dragged(self, _parent: Any, start: int, _end: int, _destination: Any, row: int) -> None:
        """A case dropped elsewhere in the agenda: the same undoable move as Ctrl+Shift+arrows."""
        if not 0 <= start < len(self.view.cases):
            return
        target = row - 1 if row > start else row
        case = self.view.cases[start]
        self.current = target
        # the list is still inside its drop: change the agenda once the event is over
        QTimer.singleShot(0, lambda: self.agenda_keys.move_to(case.id, start, target))

    def _changed(self) -> None:
        self.save_notes()
        self.reload()
        self.changed.emit()

    def entry_status_text(self, text: str) -> None:
        self.entry_status.setText(text)
        self.review.status.setText(text)

    def set_status(self, status: CaseStatus) -> None:
        case = self.current_case()
        if case is None or self.reviewing():
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

    def make_minutes(self) -> None:
        from matchtafel.ui.minutes_dialog import MinutesDialog

        self.save_notes()
        dialog = MinutesDialog(
            services=self.services, meeting_id=self.meeting_id, language=interface_language()
        )
        self.minutes_dialog = dialog  # tests reach it while it is open
        if dialog.exec() and dialog.saved is not None:
            self.entry_status_text(translate("RunSession", "Minutes saved: {path}").format(path=dialog.saved))

    def _tick(self) -> None:
        case = self.current_case()
        if case is None or self.reviewing():
            self.timer_label.clear()
            return
        elapsed = int(time.monotonic() - self.case_started)
        budget = case.time_budget_minutes * 60
        text = f"{elapsed // 60}:{elapsed % 60:02d} / {case.time_budget_minutes}:00"
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet("color: #b00020; font-weight: bold;" if elapsed > budget else "")
