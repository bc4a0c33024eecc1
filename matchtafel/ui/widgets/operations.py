"""One way to run a user's action that touches the database or writes a file: off the UI thread, with a busy
sign when it takes longer than a moment, and its error shown the same way everywhere.

Anki's pattern (``CollectionOp``/``QueryOp``): the screen says what to do (``work``, run on a pool thread, no
widgets there) and what to do with the result (``on_success``, on the UI thread). While the work runs longer
than ``BUSY_AFTER_MS`` the cursor shows it is busy and the window's status bar says what is being done; a
user's or the environment's error (``UserError``: a full disk, a locked file, a conflict) is shown in a
message box titled with the action (asked of the screen's ``prompts``, like every dialog), unless the screen handles it itself (``on_failure``). Anything else is a
bug: logged with its traceback by the worker and shown as one calm line that points to the log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from matchtafel.domain.errors import UserError
from matchtafel.ui.change_feed import Area, change_feed
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.worker import run_in_background

ResultT = TypeVar("ResultT")

BUSY_AFTER_MS = 200  # shorter work shows no busy sign: it would only flicker

_busy_count = 0


def operations_running() -> int:
    """How many operations are running now (tests wait for 0)."""
    return _busy_count


def run_operation(
    owner: QWidget,
    title: str,
    work: Callable[[], ResultT],
    on_success: Callable[[ResultT], None],
    *,
    busy_text: str = "",
    on_failure: Callable[[Exception], None] | None = None,
    changes: Iterable[Area] = (),
    disable: Sequence[QWidget] = (),
    prompts: Prompts | None = None,
) -> None:
    """Run ``work`` off the UI thread for ``owner`` (a result for a closed screen is dropped).

    ``title``: the action in the interface language, the title of an error's message box;
    ``busy_text``: what the status bar says while it takes long (default: "{title}…");
    ``changes``: the areas a success changed, announced in the change feed after ``on_success``: the other
    screens that show them reload (the screen around ``owner`` brings itself up to date in ``on_success``);
    ``disable``: the buttons (or the form) that would start it again, disabled while it runs: no double
    submission. The keyboard focus comes back where it was when they are enabled again.
    ``prompts``: the screen's, which shows an error (a test's ``FakePrompts`` sees it)."""
    global _busy_count
    _busy_count += 1
    busy = _BusySign(owner, busy_text or translate("operations", "{title}…").format(title=title))
    QTimer.singleShot(BUSY_AFTER_MS, busy.show)
    changed = frozenset(changes)
    focus = QApplication.focusWidget()
    held = [w for w in disable if w.isEnabled()]
    for widget in held:
        widget.setEnabled(False)

    def finished() -> None:
        global _busy_count
        _busy_count -= 1
        busy.hide()
        for widget in held:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        if (
            focus is not None
            and shiboken6.isValid(focus)
            and focus.isEnabled()
            and focus.isVisible()
            and (QApplication.focusWidget() is None or any(_within(focus, w) for w in held))
        ):
            focus.setFocus()

    def succeeded(result: ResultT) -> None:
        finished()
        if shiboken6.isValid(owner):  # a closed screen's result is dropped (the busy sign ends regardless)
            on_success(result)
        if changed:  # also for a closed screen: the data changed all the same
            change_feed().announce(changed, source=owner)

    def failed(error: Exception) -> None:
        finished()
        if not shiboken6.isValid(owner):
            return
        if on_failure is not None:
            on_failure(error)
        else:
            show_error(owner, title, error, prompts=prompts)

    run_in_background(work, succeeded, failed)


def _within(widget: QWidget, ancestor: QWidget) -> bool:
    return widget is ancestor or ancestor.isAncestorOf(widget)


def show_error(parent: QWidget | None, title: str, error: Exception, *, prompts: Prompts | None = None) -> None:
    """A user's or the environment's error as its message; a bug as one line that points to the log.
    ``prompts``: the screen's (a test's fake sees the message); the real dialogs when none is given."""
    if isinstance(error, UserError):
        text = user_message(error)
    else:
        text = translate(
            "operations",
            "This did not work because of an error in Matchtafel. Nothing you typed is lost; the details are in "
            "the log file (Help → About).",
        )
    (prompts or Prompts()).warn(parent, title, text)


def _main_window(widget: QWidget) -> QMainWindow | None:
    """The main window a widget belongs to, also from a dialog on top of it (a record form)."""
    window = widget.window()
    while not isinstance(window, QMainWindow) and (parent := window.parentWidget()) is not None:
        window = parent.window()
    return window if isinstance(window, QMainWindow) else None


class _BusySign(QObject):
    """The busy cursor and a status-bar line, shown only once the work has taken ``BUSY_AFTER_MS``."""

    def __init__(self, owner: QWidget, text: str) -> None:
        super().__init__()
        self._owner = owner
        self._text = text
        self._done = False
        self._shown = False

    def show(self) -> None:
        if self._done or not shiboken6.isValid(self._owner):
            return
        self._shown = True
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        window = _main_window(self._owner)
        if window is not None:
            window.statusBar().showMessage(self._text)

    def hide(self) -> None:
        self._done = True
        if not self._shown:
            return
        QApplication.restoreOverrideCursor()
        if shiboken6.isValid(self._owner):
            window = _main_window(self._owner)
            if window is not None and window.statusBar().currentMessage() == self._text:
                window.statusBar().clearMessage()


__all__ = ["BUSY_AFTER_MS", "operations_running", "run_operation", "show_error"]
