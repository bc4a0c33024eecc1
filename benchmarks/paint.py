"""Timing what a person sees: from an action until the shown widget has painted the result.

A figure ends at the paint of the widget a person looks at (a list's viewport, a window), not when a
function returns: ``until_painted`` arms a watch on the widget, runs the action, and lets the event loop run
until that widget received a paint event while ``ready()`` held, then until that paint has been handed to
the window system (one more turn of the event loop: Qt paints and flushes a window in one UpdateRequest).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

PAINT = QEvent.Type.Paint


def same(a: QObject, b: QObject) -> bool:
    """The same Qt object: PySide may hand out a new Python wrapper for an object created by Qt."""
    return shiboken6.getCppPointer(a) == shiboken6.getCppPointer(b)


class PaintWatch(QObject):
    """Notes the moment ``target`` is first painted while ``ready(painted)`` holds, and when that paint is
    done. ``target`` is a widget, or the application to watch every widget (one that does not exist yet)."""

    def __init__(self, target: QObject, ready: Callable[[QObject], bool] = lambda _w: True) -> None:
        super().__init__()
        self.target = target
        self.ready = ready
        self.painted_at: float | None = None  # the paint started
        self.done_at: float | None = None  # the event loop came round again: painted and flushed
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == PAINT and self.painted_at is None and self.ready(watched):
            self.painted_at = time.perf_counter()
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.done_at = time.perf_counter()

    def close(self) -> None:
        self.target.removeEventFilter(self)


def until_painted(
    target: QObject,
    action: Callable[[], object],
    ready: Callable[[QObject], bool] = lambda _w: True,
    *,
    timeout: float = 60.0,
) -> float:
    """Seconds from just before ``action()`` until ``target`` showed the result (see the module's text)."""
    app = QApplication.instance()
    assert app is not None
    watch = PaintWatch(target, ready)
    started = time.perf_counter()
    action()
    deadline = started + timeout
    try:
        while watch.done_at is None:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{target!r} was not painted within {timeout} s")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
        return watch.done_at - started
    finally:
        watch.close()


def settle(timeout: float = 120.0) -> None:
    """Let background work (lists, suggestions, reminders) finish and its results reach the widgets."""
    app = QApplication.instance()
    assert app is not None
    pool = QThreadPool.globalInstance()
    deadline = time.perf_counter() + timeout
    quiet = 0
    while quiet < 3 and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if pool.activeThreadCount() == 0:
            quiet += 1
            time.sleep(0.01)
        else:
            quiet = 0
            pool.waitForDone(20)
