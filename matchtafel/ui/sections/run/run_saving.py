"""Run mode's saving: notes written as they are typed (half a second after a pause, at least once a second
while the typing goes on), agreements and proposals through the journal first, and what is shown while the
database cannot take them (held agreements marked "not saved yet"; the notes field marked modified). The
run screen mixes this in; ``NotesSaver`` does the writing and the retrying.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from matchtafel.domain.errors import SaveHeld, UserError
from matchtafel.storage.journal import digest
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.run.agreement_entry import Owner
from matchtafel.ui.sections.run.notes_saver import NotesSaver

if TYPE_CHECKING:
    from matchtafel.services import Services
    from matchtafel.services.session_view import SessionView
    from matchtafel.ui.sections.run.view_loading import SessionViewLoader


class RunSaving:
    """Mixed into ``RunSessionScreen``: the names below are the screen's."""

    services: Services
    meeting_id: int
    view: SessionView
    saver: NotesSaver
    notes: QPlainTextEdit
    agreements: QListWidget
    entry_status: QLabel
    changed: SignalInstance
    _dirty_notes: int | None
    _autosave: QTimer
    _autosave_max: QTimer
    _held_count: int
    _loader: SessionViewLoader

    if TYPE_CHECKING:

        def current_case(self) -> Any: ...
        def reviewing(self) -> bool: ...
        def _changed(self) -> None: ...
        def entry_status_text(self, text: str) -> None: ...
        def undoable(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None: ...

    def _show_held(self, case_id: int) -> None:
        """Agreements typed but not yet in the database, marked as such under the saved ones."""
        for row in reversed(range(self.agreements.count())):
            if self.agreements.item(row).data(Qt.ItemDataRole.UserRole) == "held":
                self.agreements.takeItem(row)
        unsent = translate("RunSession", "not saved yet")
        for action in self.saver.held_actions():
            if action.get("kind") == "agreement" and action.get("case_id") == case_id:
                item = QListWidgetItem(f"{action['action']} · {unsent}")
                item.setForeground(QBrush(QColor("#8a5300")))
                item.setData(Qt.ItemDataRole.UserRole, "held")
                self.agreements.addItem(item)

    def _on_save_state(self) -> None:
        case = self.current_case()
        self.notes.document().setModified(case is not None and self.saver.is_unsaved(case.id))
        held = len(self.saver.held_actions())
        written, self._held_count = held < self._held_count, held
        if not written:
            return
        try:
            self._changed()  # a held agreement or proposal was written: show it as saved
        except UserError as exc:  # the database went busy again just now: the next change reloads
            self.entry_status_text(user_message(exc))

    def _on_notes_typed(self) -> None:
        case = self.current_case()
        if case is not None:
            self._dirty_notes = case.id
            self._autosave.start()  # after a pause
            if not self._autosave_max.isActive():
                self._autosave_max.start()  # and never more than a second of typing unsaved

    def save_notes(self) -> None:
        """Write pending notes now (the timers, a case switch and closing all come here)."""
        if self._dirty_notes is None:
            return
        case_id, self._dirty_notes = self._dirty_notes, None
        self._autosave.stop()
        self._autosave_max.stop()
        text = self.notes.toPlainText()
        position = next((i for i, c in enumerate(self.view.cases) if c.id == case_id), None)
        stored = self.view.cases[position].notes if position is not None else ""
        try:
            if not self.saver.save(
                case_id, text, based_on=None if self.saver.is_unsaved(case_id) else digest(stored)
            ):
                return  # kept in the journal and marked unsaved; the saver tries again
        except UserError as exc:
            self.entry_status.setText(user_message(exc))
            return
        if position is not None:
            self.view.cases[position] = replace(self.view.cases[position], notes=text)
        self._loader.wrote_notes(case_id, text)  # a read of the session on its way may predate this
        self.changed.emit()

    def may_leave(self) -> bool:
        """Closing the session or quitting: nothing typed may be lost by it (the saver asks if need be)."""
        self.save_notes()
        return self.saver.may_leave(self if isinstance(self, QWidget) else None)

    def _save_agreement(self, action: str, owner: Owner | None, deadline: date | None) -> None:
        case = self.current_case()
        state: dict[str, int] = {}
        first = {
            "kind": "agreement",
            "meeting_id": self.meeting_id,
            "case_id": case.id if case else None,
            "action": action,
            "owner_id": owner.person_id if owner else None,
            "supporter_id": owner.supporter_id if owner else None,  # a mentor or coach owns it
            "deadline": deadline.isoformat() if deadline else None,
        }

        def redo() -> None:
            if first:  # the first time through the journal, so that a fault keeps it; redo goes direct
                new_id = self.saver.run_action(dict(first))
                first.clear()
                if new_id is None:
                    raise SaveHeld()
                state["id"] = new_id
                return
            state["id"] = self.services.agenda.add_agreement(
                self.meeting_id,
                action=action,
                owner_id=owner.person_id if owner else None,
                supporter_id=owner.supporter_id if owner else None,
                deadline=deadline,
                case_id=case.id if case else None,
            )

        self._undoable_held(
            translate("RunSession", "agreement '{action}'").format(action=action[:40]),
            redo,
            lambda: self.services.agenda.delete_agreement(state["id"]),
        )

    def _undoable_held(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        """``undoable``, where a held action (SaveHeld: written later by the saver) is shown as unsent and
        not put on the undo stack."""
        try:
            self.undoable(text, redo, undo)
        except SaveHeld:
            case = self.current_case()
            if case is not None:
                self._show_held(case.id)  # no reload: the database may not even be readable now
            raise

    def _propose(self, young_id: int, suggestion: Any) -> None:
        case = self.current_case()
        state: dict[str, int] = {}
        first = {
            "kind": "proposal",
            "young_person_id": young_id,
            "vacancy_id": suggestion.vacancy_id,
            "case_id": case.id if case else None,
        }

        def redo() -> None:
            if first:
                new_id = self.saver.run_action(dict(first))
                first.clear()
                if new_id is None:
                    raise SaveHeld()
                state["id"] = new_id
                return
            state["id"] = self.services.proposals.propose(
                young_id, suggestion.vacancy_id, case_id=case.id if case else None
            ).id

        self._undoable_held(
            translate("RunSession", "proposal for {vacancy}").format(vacancy=suggestion.title),
            redo,
            lambda: self.services.proposals.retract(state["id"]),
        )
