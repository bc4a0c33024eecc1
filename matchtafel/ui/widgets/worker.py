"""Long work off the UI thread: one helper with success and failure callbacks.

The function runs on a pool thread and must not touch widgets; the callbacks run on the UI thread.
A UserError goes to ``on_failure``; any other exception is a bug: logged with its traceback and
passed to ``on_failure`` too, so the screen never waits forever.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from matchtafel.ui.widgets.memory import forget_source_lines, give_back_freed_memory

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    first_done = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, first: Callable[[], Any] | None) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._first = first

    def run(self) -> None:
        if self._first is not None:
            try:
                self._relay.first_done.emit(self._first())
            except Exception:  # only a foretaste: the work itself says what is wrong
                log.warning("background work's first part failed", exc_info=True)
        try:
            result = self._work()
        except Exception as exc:  # handed to the UI thread, which decides how to show it
            from matchtafel.domain.errors import UserError

            if not isinstance(exc, UserError):
                log.exception("background work failed")
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)
        finally:
            give_back_freed_memory()  # what the work read and built on its way, a long list's raw rows
            # The relay lives on the UI thread; its last signal has been sent from here. Only now may it go, and
            # on its own thread: deleted at once by whichever thread dropped the last reference, it could die
            # on this thread or while this thread is still inside emit() (a double free seen under load).
            self._relay.deleteLater()


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    *,
    owner: QObject | None = None,
    first: Callable[[], Any] | None = None,
    on_first: Callable[[Any], None] | None = None,
) -> None:
    """``owner``: the widget the callbacks belong to; when it is gone by the time the work is done
    (a page replaced, a window closed), the result is dropped instead of touching deleted widgets.

    ``first``: a quick part run before ``work`` in the same job, its result handed to ``on_first`` while
    ``work`` goes on (a long list's first rows); one job, so waiting for the pool waits for both."""
    # Owned by the application, not by Python references: the job's reference is dropped on a pool thread,
    # which must never be where the relay is deleted; the job deletes it (deleteLater) when it is done.
    relay = _Relay(QCoreApplication.instance())

    def done(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            forget_source_lines()  # background work is where modules are imported after start
            if owner is not None and not shiboken6.isValid(owner):
                return
            callback(value)

        return deliver

    def foretaste(value: Any) -> None:
        if on_first is not None and (owner is None or shiboken6.isValid(owner)):
            on_first(value)

    relay.succeeded.connect(done(on_success))
    relay.failed.connect(done(on_failure))
    relay.first_done.connect(foretaste)
    QThreadPool.globalInstance().start(_Job(work, relay, first))


class _AfterPaint(QObject):
    """Watches the application's events until a widget of ``window`` is painted, then calls back once."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            # compared as Qt objects: PySide may give a new Python wrapper for the same widget
            and shiboken6.getCppPointer(watched.window()) == shiboken6.getCppPointer(self._window)
        ):
            app = QCoreApplication.instance()
            assert app is not None
            app.removeEventFilter(self)
            # The event loop comes round again once this paint (and the rest of the window's) is done.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.deleteLater()
        self._callback()


def after_next_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``window`` has next been painted: work that may wait for what a person sees
    first (start-up's background tasks) does not compete with that paint. A hidden window (tests with
    no screen) is not painted: then it runs on the next turn of the event loop."""
    if not window.isVisible():
        QTimer.singleShot(0, callback)
        return
    _AfterPaint(window, callback)
