"""Run mode: one screen for the whole meeting, keyboard first, nothing to save, and it holds still.

A one-line header (session, state, case timer, undo and redo as icons, the table screen, the endings); left the
agenda and attendance; in the middle first the review of open agreements (with the new vacancies), then the
current case (young person, notes that save themselves, its agreements and proposals side by side, agreements
typed on one line); on the right the suggestions for this young person. Every region keeps its size: long
texts are cut or wrapped, never widen the window.

Keys: Alt+↓/Alt+↑ next/previous (the review comes before the first case, Ctrl+R goes back to it),
Ctrl+Return new agreement, Ctrl+D discussed and on to the next case, Ctrl+Shift+D postponed and on, Ctrl+P
propose the selected vacancy, Ctrl+Z / Ctrl+Y undo and redo agreements, proposals and agenda changes, F5 the
table screen. Closing and locking ask first; after locking undo is gone and a change needs "Amend…".
Moving through the meeting is in run_moving, saving in run_saving, reading the session in view_loading.
Signals: ``changed()`` after anything was written.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import CaseStatus, MeetingStatus
from matchtafel.services import Services
from matchtafel.services.session_view import SessionView
from matchtafel.settings import data_dir
from matchtafel.storage.journal import NotesJournal
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.run.agreement_entry import Owner
from matchtafel.ui.sections.run.case_panel import CasePanel
from matchtafel.ui.sections.run.notes_saver import NotesSaver
from matchtafel.ui.sections.run.review_panel import ReviewPanel
from matchtafel.ui.sections.run.run_endings import SessionEndings, amendment_text
from matchtafel.ui.sections.run.run_header import RunHeader
from matchtafel.ui.sections.run.run_moving import RunMoving
from matchtafel.ui.sections.run.run_panels import LOCKED, LeftColumn
from matchtafel.ui.sections.run.run_saving import RunSaving
from matchtafel.ui.sections.run.suggestions_pane import SuggestionsPane
from matchtafel.ui.sections.run.table_screen import TableScreenLink, table_state
from matchtafel.ui.sections.run.undo import ServiceCommand
from matchtafel.ui.sections.run.view_loading import SessionViewLoader
from matchtafel.ui.weights import MatchWeights
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.operations import show_error
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.theme import css

AUTOSAVE_MS = 500  # notes reach the database half a second after the typing stops
AUTOSAVE_MAX_MS = 900  # and at least once a second while someone types without a pause


class RunSessionScreen(RunMoving, RunSaving, QWidget):
    changed = Signal()

    def __init__(
        self,
        *,
        services: Services,
        meeting_id: int,
        weights: MatchWeights,
        view: SessionView | None = None,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``view``: the session as its opener read it off the UI thread (the sessions page does); without
        one (a script, a benchmark) the screen reads it itself before it is shown."""
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()  # the endings, the notes saver and the minutes ask through it
        self.meeting_id = meeting_id
        self.current = 0
        self.case_started = time.monotonic()
        self.amending = False  # the minutes are locked and the person chose "Amend…"
        self.table = TableScreenLink(self)  # the second window for the room (F5)
        self.endings = SessionEndings(self)
        self._dirty_notes: int | None = None
        self.undo_stack = QUndoStack(self)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_notes)
        self._autosave_max = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_MS)
        self._autosave_max.timeout.connect(self.save_notes)
        self._shown_case: int | None = None
        self._loader = SessionViewLoader(
            owner=self, services=services, meeting_id=meeting_id, show=self._show_view, failed=self._view_failed
        )
        self._build(weights)
        # What an earlier run could not write (a crash, a dropped server) goes in first; whatever is still
        # unsent is what the fields show, so no autosave can overwrite it with the older stored text. A view
        # read before that flush wrote something is older than the database: then it is read again, now.
        left_over = self.saver.unsaved_count() > 0
        self.saver.flush()
        self._show_view(view if view is not None and not left_over else services.session_view.view(meeting_id))
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
        outer.setSpacing(6)
        self.header = RunHeader(self.undo_stack)
        self.heading, self.timer_label = self.header.title, self.header.timer
        self.close_button, self.lock_button = self.header.close_button, self.header.lock_button
        self.minutes_button, self.amend_button = self.header.minutes_button, self.header.amend_button
        self.close_button.clicked.connect(self.close_session)
        self.lock_button.clicked.connect(self.lock_session)
        self.amend_button.clicked.connect(self.amend)
        self.minutes_button.clicked.connect(self.make_minutes)
        self.header.table_button.clicked.connect(self.toggle_table_screen)
        outer.addWidget(self.header)

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_left())
        self.middle = QStackedWidget()
        self.review = ReviewPanel(services=self.services, meeting_id=self.meeting_id, on_change=self._changed)
        self.middle.addWidget(self.review)
        self.case_page = CasePanel(
            save=self._save_agreement_said, clock=self.services.clock, prompts=self.prompts
        )
        self.case_page.discussed_button.clicked.connect(lambda: self.finish_case(CaseStatus.DISCUSSED))
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
            prompts=self.prompts,
        )
        self.case_page.add_banner(self.saver.banner)
        self.middle.addWidget(self.case_page)
        splitter.addWidget(self.middle)
        self.suggestions = SuggestionsPane(
            for_vacancies=True,
            load=lambda young_id, weights: self.services.matching.for_young_person(young_id, weights=weights),
            propose=self._propose_said,
            weights=weights,
        )
        self.suggestions.propose_shortcut.setEnabled(False)  # Ctrl+P works everywhere in run mode
        self.suggestions.loaded.connect(self._sync_table)
        splitter.addWidget(self.suggestions)
        splitter.setSizes([290, 620, 420])  # the agenda readable, the case widest, suggestions beside it
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        outer.addWidget(splitter, 1)
        for keys, slot in (
            ("Alt+Down", self.next_case),
            ("Alt+Up", self.previous_case),
            ("Ctrl+R", self.show_review),
            ("Ctrl+Return", self.focus_agreement),
            ("Ctrl+D", lambda: self.finish_case(CaseStatus.DISCUSSED)),
            ("Ctrl+Shift+D", lambda: self.finish_case(CaseStatus.POSTPONED)),
            ("Ctrl+P", self.suggestions.propose_current),
            ("Alt+1", self.agenda.setFocus),
            ("Alt+2", self.attendance.people.setFocus),
            ("Alt+3", self.focus_notes),
            ("Alt+4", self.suggestions.table.setFocus),
            ("Ctrl+Z", self.undo_stack.undo),
            ("Ctrl+Y", self.undo_stack.redo),
            ("Ctrl+Shift+Z", self.undo_stack.redo),
            ("F5", self.toggle_table_screen),
        ):
            QShortcut(QKeySequence(keys), self, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for part in (self.review, self.attendance, self.agenda_keys):
            part.editable = self.editable
        self.agenda_keys.moved = self._moved_locally

    def _build_left(self) -> QWidget:
        left = LeftColumn(
            services=self.services,
            meeting_id=self.meeting_id,
            on_change=self._changed,
            current_case=self.current_case,
            undoable=self.undoable,
            report=self.entry_status_text,
            prompts=self.prompts,
        )
        self.review_button, self.agenda, self.attendance = left.review_button, left.agenda, left.attendance
        self.agenda_keys = left.agenda_keys
        self.review_button.clicked.connect(self.show_review)
        self.agenda.currentRowChanged.connect(self._on_agenda_row)
        self.agenda.model().rowsMoved.connect(self._on_dragged)
        return left

    # -- data ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the session again, off the UI thread; typing and moving on go on meanwhile (view_loading)."""
        self._loader.request()

    def loading(self) -> bool:
        """A read of the session is on its way."""
        return self._loader.loading()

    def _view_failed(self, error: Exception) -> None:
        """The session could not be read now (the database busy or away): what is shown stays, and says so."""
        if isinstance(error, UserError):
            self.entry_status_text(user_message(error))
        else:
            show_error(self, translate("RunSession", "Reading the session"), error, prompts=self.prompts)

    def _show_view(self, view: SessionView) -> None:
        self.save_notes()  # what was typed while the read was on its way is written, and laid over it
        self.view = v = self._loader.with_written(view)
        if v.cases:  # the case shown stays shown, wherever it moved; else the one now in its place
            ids = [case.id for case in v.cases]
            shown = self._shown_case
            self.current = ids.index(shown) if shown in ids else min(self.current, len(v.cases) - 1)
        self.header.show_view(v, amending=self.amending)
        self._fill_agenda()
        self.attendance.show_view(v)
        self.review.show_view(v)
        self.review_button.setText(
            translate("RunSession", "&Review: {open} of {total} agreements to decide").format(
                open=self.review.undecided(), total=len(v.review)
            )
        )
        self.case_page.set_editable(self.editable())
        self.entry.set_people(v.people, v.next_session, v.supporters)
        if v.cases:
            self._show_case()
        self._sync_table()

    def _fill_agenda(self) -> None:
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for number, case in enumerate(self.view.cases, start=1):
            minutes = translate("RunSession", "{minutes} min").format(minutes=case.time_budget_minutes)
            self.agenda.addItem(f"{number}. {case.code} {case.initials} · {minutes} · {label(case.status)}")
        if self.view.cases:
            self.agenda.setCurrentRow(self.current)
        self.agenda.blockSignals(False)

    def editable(self) -> bool:
        """Everything may change until the minutes are locked; after that only while amending."""
        return self.view.status != MeetingStatus.LOCKED or self.amending

    def current_case(self) -> Any:
        return self.view.cases[self.current] if self.view.cases else None

    def _show_case(self) -> None:
        case = self.current_case()
        if case is None:
            return
        same = case.id == self._shown_case
        cursor = self.notes.textCursor().position()
        self.case_page.show_case(
            replace(case, notes=self.saver.text_for(case.id, case.notes)),
            self.view.agreements,
            self.view.proposals,
        )
        if same:  # the same case shown again (after a change elsewhere): the cursor stays where it was
            moved = self.notes.textCursor()
            moved.setPosition(min(cursor, len(self.notes.toPlainText())))
            self.notes.setTextCursor(moved)
        self._shown_case = case.id
        self.notes.document().setModified(self.saver.is_unsaved(case.id))  # marked unsaved
        self._show_held(case.id)
        self.suggestions.show_for(case.young_person_id)

    # -- undoable actions --------------------------------------------------------------------------------

    def undoable(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        """Run ``redo`` now (its UserError goes to the caller), then keep it on the undo stack; once the
        minutes are locked, only while amending, and as an amendment that cannot be undone."""
        if not self.editable():
            raise UserError(LOCKED)
        self.save_notes()
        redo()
        if self.view.status == MeetingStatus.LOCKED:
            self._changed()
            self.entry_status_text(amendment_text())
            return
        self.undo_stack.push(
            ServiceCommand(text, redo=redo, undo=undo, after=self._changed, report=self.entry_status_text)
        )
        self._changed()

    def add_agreement(self) -> None:
        self.entry.submit()

    def _save_agreement_said(self, action: str, owner: Owner | None, deadline: date | None) -> str | None:
        """The entry's save: written through the journal (run_saving); after locking it says "amendment"."""
        self._save_agreement(action, owner, deadline)
        return amendment_text() if self.view.status == MeetingStatus.LOCKED else None

    def _propose_said(self, young_id: int, suggestion: Any) -> None:
        """Ctrl+P: the proposal (through the journal), and the status line says which vacancy."""
        self._propose(young_id, suggestion)
        if self.view.status != MeetingStatus.LOCKED:
            self.entry_status_text(
                translate("RunSession", "Proposed: {vacancy} ({employer}).").format(
                    vacancy=suggestion.title, employer=suggestion.employer_name
                )
            )

    def _changed(self) -> None:
        self.save_notes()
        self.reload()
        self.changed.emit()

    def entry_status_text(self, text: str) -> None:
        self.entry_status.setText(text)
        self.review.status.setText(text)

    # -- endings and the table screen (their work is in run_endings and table_screen) --------------------

    def close_session(self) -> None:
        self.endings.close_session()

    def lock_session(self) -> None:
        self.endings.lock_session()

    def amend(self) -> None:
        self.endings.amend()

    def make_minutes(self) -> None:
        self.endings.make_minutes()

    def toggle_table_screen(self) -> None:
        """F5: open the table screen (on the second monitor when there is one), or close it again."""
        self.table.toggle()
        self._sync_table()

    def _sync_table(self) -> None:
        if self.table.is_open():
            self.table.sync(
                table_state(
                    self.view,
                    current=None if self.reviewing() else self.current_case(),
                    suggestions=self.suggestions.top(3),
                    elapsed_seconds=int(time.monotonic() - self.case_started),
                ),
                int(time.monotonic() - self.case_started),
            )

    def _tick(self) -> None:
        case = self.current_case()
        if case is None or self.reviewing():
            self.timer_label.clear()
            return
        elapsed = int(time.monotonic() - self.case_started)
        budget = case.time_budget_minutes * 60
        text = f"{elapsed // 60}:{elapsed % 60:02d} / {case.time_budget_minutes}:00"
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet(css("error") + "font-weight: bold;" if elapsed > budget else "")
        if self.table.is_open() and self.table.window is not None:
            self.table.window.show_time(elapsed, budget)
