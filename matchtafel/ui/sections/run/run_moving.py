"""Run mode's moving through the meeting: the review and the cases, next and previous (Alt+↓/Alt+↑), "discussed,
next" in one key (Ctrl+D), and a case moved in the agenda (Ctrl+Shift+arrows, or dragged), shown in its new
place at once while the session is read again off the UI thread. The run screen mixes this in.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QListWidget, QPlainTextEdit, QStackedWidget

from matchtafel.domain.vocabulary import CaseStatus
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.run.run_panels import AgendaKeys, locked_message
from matchtafel.ui.widgets.labels import label

if TYPE_CHECKING:
    from matchtafel.services import Services
    from matchtafel.services.session_view import SessionView
    from matchtafel.ui.sections.run.case_panel import CasePanel
    from matchtafel.ui.sections.run.review_panel import ReviewPanel


class RunMoving:
    """Mixed into ``RunSessionScreen``: the names below are the screen's."""

    services: Services
    view: SessionView
    current: int
    case_started: float
    middle: QStackedWidget
    review: ReviewPanel
    case_page: CasePanel
    agenda: QListWidget
    agenda_keys: AgendaKeys
    notes: QPlainTextEdit
    action: QLineEdit
    changed: SignalInstance

    if TYPE_CHECKING:

        def current_case(self) -> Any: ...
        def editable(self) -> bool: ...
        def reload(self) -> None: ...
        def save_notes(self) -> None: ...
        def entry_status_text(self, text: str) -> None: ...
        def _show_case(self) -> None: ...
        def _fill_agenda(self) -> None: ...
        def _tick(self) -> None: ...
        def _sync_table(self) -> None: ...

    def reviewing(self) -> bool:
        return self.middle.currentWidget() is self.review

    def show_review(self) -> None:
        self.save_notes()
        self.middle.setCurrentWidget(self.review)
        self.review.items.setFocus()
        self._tick()
        self._sync_table()

    def show_case_page(self) -> None:
        self.middle.setCurrentWidget(self.case_page)
        self.case_started = time.monotonic()
        self._tick()
        self._sync_table()

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
        self._sync_table()

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

    def finish_case(self, status: CaseStatus) -> None:
        """One key: this case is discussed (or postponed), and the next one is up, its notes ready."""
        case = self.current_case()
        if case is None or self.reviewing():
            return
        if not self.editable():
            self.entry_status_text(locked_message())
            return
        self.save_notes()
        self.services.agenda.set_case_status(case.id, status)
        self.reload()
        self.changed.emit()
        if self.current + 1 < len(self.view.cases):
            self.next_case()
            self.entry_status_text(
                translate("RunSession", "{case}: {status}. Next: {next}.").format(
                    case=case.code, status=label(status), next=self.current_case().code
                )
            )
        else:
            self.entry_status_text(
                translate("RunSession", "{case}: {status}. That was the last case.").format(
                    case=case.code, status=label(status)
                )
            )
        self.focus_notes()

    def focus_notes(self) -> None:
        if self.reviewing():
            self.next_case()
        self.notes.setFocus()
        self.notes.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where the notes end

    def focus_agreement(self) -> None:
        if self.reviewing():
            self.next_case()
        self.action.setFocus()

    def _moved_locally(self, start: int, target: int) -> None:
        """A case's move is written: the agenda shows it at once, before the read after it lands (so the row
        the person goes to next is the case they see there)."""
        cases = self.view.cases
        if 0 <= start < len(cases) and 0 <= target < len(cases):
            cases.insert(target, cases.pop(start))
            if self.current == start:
                self.current = target
            elif start < self.current <= target:
                self.current -= 1
            elif target <= self.current < start:
                self.current += 1
            self._fill_agenda()

    def _on_dragged(self, _parent: Any, start: int, _end: int, _destination: Any, row: int) -> None:
        """A case dropped elsewhere in the agenda: the same undoable move as Ctrl+Shift+arrows."""
        if not 0 <= start < len(self.view.cases):
            return
        target = row - 1 if row > start else row
        case = self.view.cases[start]
        # the list is still inside its drop: change the agenda once the event is over
        QTimer.singleShot(0, lambda: self._dropped(case.id, start, target))

    def _dropped(self, case_id: int, start: int, target: int) -> None:
        """The dropped case is written in its place and shown (the agenda shows the drop as it was made)."""
        self.agenda_keys.move_to(case_id, start, target)
        if self.view.cases[target].id != case_id:  # refused (reported): the agenda goes back to how it is
            self.reload()
            return
        self.current = target
        self.agenda.blockSignals(True)
        self.agenda.setCurrentRow(target)
        self.agenda.blockSignals(False)
        self.save_notes()
        self._show_case()
