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
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the UI thread, which decides how to show it
            from matchtafel.errors import UserError

            if not isinstance(exc, UserError):
                log.exception("background work failed")
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_running: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    *,
    owner: QObject | None = None,
) -> None:
    """``owner``: the widget the callbacks belong to; when it is gone by the time the work is done
    (a page replaced, a window closed), the result is dropped instead of touching deleted widgets."""
    relay = _Relay()
    _running.add(relay)  # keep the relay alive until one of its signals has been delivered

    def done(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            _running.discard(relay)
            if owner is not None and not shiboken6.isValid(owner):
                return
            callback(value)

        return deliver

    relay.succeeded.connect(done(on_success))
    relay.failed.connect(done(on_failure))
    QThreadPool.globalInstance().start(_Job(work, relay))
