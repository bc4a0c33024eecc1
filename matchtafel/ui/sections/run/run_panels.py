"""Beside the agenda in run mode: changing the agenda (add, remove, reorder) and taking attendance.

Agenda: Insert adds a young person (the proposed agenda first; typing narrows the list), Delete removes the
selected case, Ctrl+Shift+↑/↓ moves it. Attendance: P present, A absent, E excused, one key per person and on
to the next; Shift+P marks everyone still invited present; "+" adds someone who walked in. Every key is one
service call; the screen reloads after it. Once the minutes are locked, nothing changes here until "Amend…".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError
from matchtafel.domain.vocabulary import AttendanceStatus
from matchtafel.services import Services
from matchtafel.services.session_view import SessionView
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.run.case_panel import wrapping_list
from matchtafel.ui.widgets.icons import icon
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.operations import run_operation, show_error
from matchtafel.ui.widgets.pick_dialog import PickOption
from matchtafel.ui.widgets.prompts import Prompts

if TYPE_CHECKING:
    from matchtafel.services.agenda_proposal import AgendaProposal

# undoable(text, redo, undo): run redo now and keep both on the run screen's undo stack
Undoable = Callable[[str, Callable[[], None], Callable[[], None]], None]

ATTENDANCE_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_A: AttendanceStatus.ABSENT,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED,
}


class AttendancePanel(QWidget):
    """Attendance in run mode: one key per person, and the cursor moves on to the next one."""

    def __init__(
        self,
        *,
        services: Services,
        meeting_id: int,
        on_change: Callable[[], None],
        report: Callable[[str], None],
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.meeting_id, self.on_change, self.report = services, meeting_id, on_change, report
        self.prompts = prompts
        self.editable: Callable[[], bool] = lambda: True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        legend = QLabel(
            translate(
                "RunSession",
                "<b>Attendance</b> (Alt+2) · P {present} · A {absent} · E {excused} · Shift+P everyone"
                " · + walk-in",
            ).format(
                present=label(AttendanceStatus.PRESENT).lower(),
                absent=label(AttendanceStatus.ABSENT).lower(),
                excused=label(AttendanceStatus.EXCUSED).lower(),
            )
        )
        legend.setWordWrap(True)
        top.addWidget(legend, 1)
        self.everyone_button = QToolButton()
        self.everyone_button.setIcon(icon("check-check"))
        self.everyone_button.setAutoRaise(True)
        self.everyone_button.setToolTip(translate("RunSession", "Shift+P: everyone still invited is present"))
        self.everyone_button.setAccessibleName(translate("RunSession", "Everyone present"))
        self.everyone_button.clicked.connect(self.everyone_present)
        top.addWidget(self.everyone_button)
        layout.addLayout(top)
        self.people = wrapping_list(translate("RunSession", "Attendance"))
        self.people.installEventFilter(self)
        layout.addWidget(self.people)
        self.view: SessionView | None = None

    def show_view(self, view: SessionView) -> None:
        self.view = view
        row = self.people.currentRow()
        self.people.clear()
        for person_id, name, invited in view.people:
            if invited:  # status first, the name and organisation wrap below it rather than being cut off
                item = QListWidgetItem(f"{label(view.attendance[person_id])} · {name}")
                item.setData(Qt.ItemDataRole.UserRole, person_id)
                self.people.addItem(item)
        self.people.setCurrentRow(max(0, min(row, self.people.count() - 1)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.people and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, shift = Qt.Key(event.key()), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if key == Qt.Key.Key_P and shift:
                self.everyone_present()
                return True
            if key in ATTENDANCE_KEYS and self.people.currentItem() is not None:
                row = self.people.currentRow()
                self.mark(int(self.people.currentItem().data(Qt.ItemDataRole.UserRole)), ATTENDANCE_KEYS[key])
                self.people.setCurrentRow(min(row + 1, self.people.count() - 1))  # on to the next person
                return True
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Insert):
                self.add_walk_in()
                return True
        return super().eventFilter(watched, event)

    def _allowed(self) -> bool:
        if not self.editable():
            self.report(locked_message())
        return self.editable()

    def mark(self, person_id: int, status: AttendanceStatus) -> None:
        if self._allowed():
            self.services.agenda.set_attendance(self.meeting_id, person_id, status)
            self.on_change()

    def everyone_present(self) -> None:
        if not self._allowed():
            return
        count = len(self.services.agenda.mark_invited_present(self.meeting_id))
        self.on_change()
        self.report(self.tr("%n marked present.", "", count))  # lupdate reads plurals from tr()

    def add_walk_in(self) -> None:
        assert self.view is not None
        if not self._allowed():
            return
        others = [(person_id, name) for person_id, name, invited in self.view.people if not invited]
        chosen = self.ask_person(others)
        if chosen is not None:
            self.mark(chosen, AttendanceStatus.PRESENT)

    def ask_person(self, others: list[tuple[int, str]]) -> int | None:
        value = self.prompts.pick(
            self,
            translate("RunSession", "Who walked in?"),
            translate("RunSession", "Type a few letters of the name or the organisation:"),
            [PickOption(name, person_id) for person_id, name in others],
        )
        return int(value) if value is not None else None


LOCKED = QT_TRANSLATE_NOOP("errors", "The minutes are locked: choose Amend… to record a change.")


def locked_message() -> str:
    return translate("errors", LOCKED)


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
        prompts: Prompts,
    ) -> None:
        super().__init__(agenda)
        self.agenda, self.services, self.meeting_id = agenda, services, meeting_id
        self.prompts = prompts
        self.current_case, self.undoable, self.report = current_case, undoable, report
        self.editable: Callable[[], bool] = lambda: True
        # a case's move written: (start, target) shown at once, before the session is read again
        self.moved: Callable[[int, int], None] = lambda _start, _target: None
        self._proposing = False  # Insert's list of who may be added is on its way
        agenda.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        moving = mods & Qt.KeyboardModifier.ControlModifier and mods & Qt.KeyboardModifier.ShiftModifier
        changes = (Qt.Key.Key_Insert, Qt.Key.Key_Delete, Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus)
        if (key in changes or (moving and key in (Qt.Key.Key_Up, Qt.Key.Key_Down))) and not self.editable():
            self.report(locked_message())
            return True
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
        """Insert: who may be added is worked out off the UI thread (a second on a region's large data);
        Insert again meanwhile is ignored."""
        if self._proposing:
            return
        self._proposing = True

        def done(proposal: AgendaProposal) -> None:
            self._proposing = False
            self._add_from(proposal)

        def failed(error: Exception) -> None:
            self._proposing = False
            if isinstance(error, UserError):
                self.report(user_message(error))  # as the other agenda keys say it
            else:
                show_error(self.agenda, title, error, prompts=self.prompts)

        meeting_id, agenda = self.meeting_id, self.services.agenda
        title = translate("RunSession", "Add to the agenda")
        run_operation(
            self.agenda,
            title,
            lambda: agenda.propose(meeting_id),
            done,
            on_failure=failed,
            prompts=self.prompts,
        )

    def _add_from(self, proposal: AgendaProposal) -> None:
        options = [
            PickOption(
                " · ".join(
                    p
                    for p in (
                        f"{c.code} {c.initials}",
                        c.school,
                        ", ".join(translate("agenda", r) for r in c.reasons),
                    )
                    if p
                ),
                c,
                c.name,
            )
            for c in (*proposal.cases, *proposal.others)
        ]
        young = self.ask(options)
        if young is None:
            return
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

    def ask(self, options: list[PickOption]) -> Any:
        return self.prompts.pick(
            self.agenda,
            translate("RunSession", "Add to the agenda"),
            translate(
                "RunSession",
                "Proposed first, with the reason; everyone else below. Type a code, initials or school:",
            ),
            options,
        )

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
            return
        self.moved(start, target)

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


class LeftColumn(QWidget):
    """Run mode's left column: the way back to the review, the agenda and the attendance."""

    def __init__(
        self,
        *,
        services: Services,
        meeting_id: int,
        on_change: Callable[[], None],
        current_case: Callable[[], Any],
        undoable: Undoable,
        report: Callable[[str], None],
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.review_button = QPushButton(icon("list-todo"), "")
        self.review_button.setToolTip(translate("RunSession", "Ctrl+R: back to the review"))
        column.addWidget(self.review_button)
        legend = QLabel(
            translate(
                "RunSession",
                "<b>Agenda</b> (Alt+1) · Insert add · Delete remove · Ctrl+Shift+↑↓ move · +/− minutes",
            )
        )
        legend.setWordWrap(True)
        column.addWidget(legend)
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(translate("RunSession", "Agenda"))
        self.agenda.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.agenda, 3)
        self.attendance = AttendancePanel(
            services=services, meeting_id=meeting_id, on_change=on_change, report=report, prompts=prompts
        )
        column.addWidget(self.attendance, 2)
        self.agenda_keys = AgendaKeys(
            agenda=self.agenda,
            services=services,
            meeting_id=meeting_id,
            current_case=current_case,
            undoable=undoable,
            report=report,
            prompts=prompts,
        )
        self.setMinimumWidth(220)
