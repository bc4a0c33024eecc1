"""Undo and redo in run mode: every agreement, proposal and agenda change is a command on a QUndoStack.

The action itself runs before the command is pushed (so its error reaches the person at once); undo and redo
call the services again. Closures share what they need (a new id after redo) through the command's state.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from matchtafel.domain.errors import UserError
from matchtafel.ui.i18n import literal, user_message


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        *,
        redo: Callable[[], None],
        undo: Callable[[], None],
        after: Callable[[], None],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(literal(text))  # shown in "Undo ..." actions: a typed "&" stays an "&"
        self._redo, self._undo, self._after, self._report = redo, undo, after, report
        self._done_once = True  # pushing calls redo(); the action already ran

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except UserError as exc:  # someone changed it meanwhile: say so, and drop this step from the stack
            self._report(user_message(exc))
            self.setObsolete(True)
        self._after()
