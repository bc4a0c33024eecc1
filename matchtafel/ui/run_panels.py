"""Beside the agenda in run mode: changing the agenda (add, remove, reorder) and taking attendance.

Agenda: Insert adds a young person from the proposed agenda, Delete removes the selected case,
Ctrl+Shift+↑/↓ moves it. Attendance: P present, A absent, E excused, one key per person; "+" adds
someone who walked in. Every key is one service call; the screen reloads after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QInputDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from matchtafel.errors import UserError
from matchtafel.services import Services
from matchtafel.services.session_view import SessionView
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.labels import label
from matchtafel.vocabulary import AttendanceStatus

# undoable(text, redo, undo): run redo now and keep both on the run screen's undo stack
Undoable = Callable[[str, Callable[[], None], Callable[[], None]], None]

ATTENDANCE_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
}


class AttendancePanel(QWidget):
    def __init__(
        self,
        *,
        services: Services,
        meeting_id: int,
        on_change: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.meeting_id, self.on_change = services, meeting_id, on_change
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(
            translate(
                "RunSession", "<b>Attendance</b> (Alt+2) · P present · A absent · E excused · + walk-in"
            )
        )
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.people = QListWidget()
        self.people.setAccessibleName(translate("RunSession", "Attendance"))
        self.people.installEventFilter(self)
        layout.addWidget(self.people)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.view: SessionView | None = None

    def show_view(self, view: SessionView) -> None:
        self.view = view
        row = self.people.currentRow()
        self.people.clear()
        for person_id, name, invited in view.people:
            if invited:
                item = QListWidgetItem(
                    f"{label(view.attendance[person_id])} · {name}"
                )  # status first: names get cut off
                item.setData(Qt.ItemDataRole.UserRole, person_id)
                self.people.addItem(item)
        self.people.setCurrentRow(max(0, min(row, self.people.count() - 1)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.people and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if key in ATTENDANCE_KEYS and self.people.currentItem() is not None:
                self.mark(int(self.people.currentItem().data(Qt.ItemDataRole.UserRole)), ATTENDANCE_KEYS[key])
                return True
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Insert):
                self.add_walk_in()
                return True
        return super().eventFilter(watched, event)

    def mark(self, person_id: int, status: AttendanceStatus) -> None:
        self.services.agenda.set_attendance(self.meeting_id, person_id, status)
        self.on_change()

    def add_walk_in(self) -> None:
        assert self.view is not None
        others = [(person_id, name) for person_id, name, invited in self.view.people if not invited]
        chosen = self.ask_person([name for _, name in others])
        if chosen is not None:
            person_id = next(pid for pid, name in others if name == chosen)
            self.mark(person_id, AttendanceStatus.PRESENT)

    def ask_person(self, names: list[str]) -> str | None:
        """Tests replace this."""
        name, ok = QInputDialog.getItem(
            self,
            translate("RunSession", "Who walked in?"),
            translate("RunSession", "Person:"),
            names,
            0,
            True,
        )
        return name if ok and name in names else None


class AgendaKeys(QObject):
    """Insert / Delete / Ctrl+Shift+arrows / + and − on the agenda list of a run screen; each change undoable."""

    def __init__(
        self,
        *,
        agenda: QListWidget,
        services: Services,
        meeting_id: int,
        current_case: Callable[[], Any],
        undoable: Undoable,
        report: Callable[[str], None],
    ) -> None:
        super().__init__(agenda)
        self.agenda, self.services, self.meeting_id = agenda, services, meeting_id
        self.current_case, self.undoable, self.report = current_case, undoable, report
        agenda.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        moving = mods & Qt.KeyboardModifier.ControlModifier and mods & Qt.KeyboardModifier.ShiftModifier
        try:
            if key == Qt.Key.Key_Insert:
                self.add()
            elif key == Qt.Key.Key_Delete:
                self.remove()
            elif moving and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move(-1 if key == Qt.Key.Key_Up else 1)
            elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
                self.budget(-1 if key == Qt.Key.Key_Minus else 1)
            else:
                return False
        except UserError as exc:
            self.report(user_message(exc))
        return True

    def add(self) -> None:
        proposal = self.services.agenda.propose(self.meeting_id)
        choices = {
            f"{c.code} {c.initials} · {', '.join(translate('agenda', r) for r in c.reasons)}": c
            for c in proposal.cases
        }
        chosen = self.ask(list(choices))
        if chosen is None:
            return
        young = choices[chosen]
        state: dict[str, Any] = {}

        def redo() -> None:
            if "removed" in state:
                state["id"] = self.services.agenda.restore_case(state["removed"])
            else:
                state["id"] = self.services.agenda.add_case(self.meeting_id, young.young_person_id)

        def undo() -> None:
            state["removed"] = self.services.agenda.remove_case(state["id"])

        self.undoable(
            translate("RunSession", "adding {case} to the agenda").format(case=young.code), redo, undo
        )

    def ask(self, options: list[str]) -> str | None:
        """Tests replace this."""
        chosen, ok = QInputDialog.getItem(
            self.agenda,
            translate("RunSession", "Add to the agenda"),
            translate("RunSession", "Proposed, with the reason:"),
            options,
            0,
            False,
        )
        return chosen if ok and chosen else None

    def remove(self) -> None:
        case = self.current_case()
        if case is None:
            return
        state: dict[str, Any] = {"id": case.id}

        def redo() -> None:
            state["removed"] = self.services.agenda.remove_case(state["id"])

        def undo() -> None:
            state["id"] = self.services.agenda.restore_case(state["removed"])

        self.undoable(
            translate("RunSession", "removing {case} from the agenda").format(case=case.code), redo, undo
        )

    def move(self, step: int) -> None:
        case = self.current_case()
        row = self.agenda.currentRow()
        if case is not None and 0 <= row + step < self.agenda.count():
            self.move_to(case.id, row, row + step)
            self.agenda.setCurrentRow(row + step)

    def move_to(self, case_id: int, start: int, target: int) -> None:
        try:
            self.undoable(
                translate("RunSession", "moving a case"),
                lambda: self._move(case_id, target),
                lambda: self._move(case_id, start),
            )
        except UserError as exc:
            self.report(user_message(exc))

    def _move(self, case_id: int, position: int) -> None:
        self.services.agenda.move_case(case_id, position)

    def budget(self, step: int) -> None:
        case = self.current_case()
        if case is not None:
            was, minutes = case.time_budget_minutes, case.time_budget_minutes + step
            self.undoable(
                translate("RunSession", "time budget of {case}").format(case=case.code),
                lambda: self.services.agenda.set_case_budget(case.id, minutes),
                lambda: self.services.agenda.set_case_budget(case.id, was),
            )
