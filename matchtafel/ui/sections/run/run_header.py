"""The one-line header of run mode: the session, its state, the case timer, undo and redo as icons (the full
text as tooltip), the table screen, and closing, locking, amending and the minutes.

Nothing in it grows with what it says: the title is cut with "…", undo and redo are icons whatever they
would undo, and a button that does not apply in this state is hidden in favour of the one that does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget
from shiboken6 import isValid

from matchtafel.domain.dates import format_date
from matchtafel.domain.vocabulary import MeetingStatus
from matchtafel.services.session_view import SessionView
from matchtafel.ui.i18n import translate
from matchtafel.ui.widgets.elided_label import ElidedLabel
from matchtafel.ui.widgets.icons import icon
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.theme import css


def _button(icon_name: str, text: str, tooltip: str) -> QPushButton:
    button = QPushButton(icon(icon_name), text)
    button.setToolTip(tooltip)
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return button


class RunHeader(QWidget):
    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.title = ElidedLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(translate("RunSession", "Session"))
        self.row.addWidget(self.title, 1)
        self.state = QLabel()
        self.state.setAccessibleName(translate("RunSession", "Session status"))
        self.row.addWidget(self.state)
        self.timer = QLabel()
        self.timer.setAccessibleName(translate("RunSession", "Time on this case"))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer.setMinimumWidth(self.timer.fontMetrics().horizontalAdvance(" 00:00 / 00:00 ") + 24)
        self.row.addWidget(self.timer)
        self.undo_action = self._stack_action(undo_stack, "undo-2", redo=False)
        self.redo_action = self._stack_action(undo_stack, "redo-2", redo=True)
        self.table_button = _button(
            "presentation",
            translate("RunSession", "Table screen"),
            translate("RunSession", "F5: a second window for the projector or the shared screen"),
        )
        self.close_button = _button(
            "circle-check-big",
            translate("RunSession", "&Close session"),
            translate("RunSession", "End the meeting; asks first and says what is still undecided"),
        )
        self.lock_button = _button(
            "lock",
            translate("RunSession", "&Lock minutes (vaststellen)"),
            translate("RunSession", "After locking, every change is an amendment and undo is gone"),
        )
        self.amend_button = _button(
            "square-pen",
            translate("RunSession", "&Amend…"),
            translate("RunSession", "Change the locked minutes: every change is recorded as an amendment"),
        )
        self.minutes_button = _button(
            "file-text",
            translate("RunSession", "&Make the minutes (verslag)…"),
            translate("RunSession", "The minutes as a PDF"),
        )
        for button in (
            self.table_button,
            self.close_button,
            self.lock_button,
            self.amend_button,
            self.minutes_button,
        ):
            self.row.addWidget(button)

    def _stack_action(self, stack: QUndoStack, icon_name: str, *, redo: bool) -> QAction:
        """An icon-only button; what it would undo (or redo) is in its tooltip, never in its width."""
        keys = "Ctrl+Y" if redo else "Ctrl+Z"
        action = QAction(icon(icon_name), "", self)
        action.setEnabled(False)
        action.triggered.connect(stack.redo if redo else stack.undo)

        def update() -> None:
            if not isValid(stack) or not isValid(action):  # the stack says goodbye while it is deleted
                return
            enabled = stack.canRedo() if redo else stack.canUndo()
            text = stack.redoText() if redo else stack.undoText()
            action.setEnabled(enabled)
            if not enabled:
                tip = (
                    translate("RunSession", "Nothing to redo")
                    if redo
                    else translate("RunSession", "Nothing to undo")
                )
            elif redo:
                tip = translate("RunSession", "Redo {what} ({keys})").format(what=text, keys=keys)
            else:
                tip = translate("RunSession", "Undo {what} ({keys})").format(what=text, keys=keys)
            action.setToolTip(tip)

        stack.indexChanged.connect(update)
        stack.cleanChanged.connect(update)
        update()
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setAccessibleName(translate("RunSession", "Redo") if redo else translate("RunSession", "Undo"))
        self.row.addWidget(button)
        if redo:
            self.redo_button = button
        else:
            self.undo_button = button
        return action

    def show_view(self, view: SessionView, *, amending: bool) -> None:
        """The session on one line; only the buttons that apply now (after locking: Amend, no undo)."""
        self.title.setText(f"{view.title} · {view.starts_at:%d-%m-%Y %H:%M} · {view.place}")
        locked = view.status == MeetingStatus.LOCKED
        state = label(view.status)
        if locked:
            state = (
                translate("RunSession", "Amending")
                if amending
                else translate("RunSession", "Locked {date}").format(
                    date=format_date(view.locked_at.date()) if view.locked_at else ""
                )
            )
        self.state.setText(state)
        self.state.setStyleSheet(css("warning") + "font-weight: bold;" if locked else "")
        self.close_button.setEnabled(view.status in (MeetingStatus.PLANNED, MeetingStatus.RUNNING))
        self.lock_button.setEnabled(view.status == MeetingStatus.CLOSED)
        self.close_button.setVisible(not locked)
        self.lock_button.setVisible(not locked)
        self.amend_button.setVisible(locked)
        self.amend_button.setEnabled(not amending)
        self.undo_button.setVisible(not locked)  # after locking undo is gone: every change is an amendment
        self.redo_button.setVisible(not locked)
        self.minutes_button.setEnabled(view.status in (MeetingStatus.CLOSED, MeetingStatus.LOCKED))

    def add_back(self, button: QWidget) -> None:
        self.row.insertWidget(0, button)
