"""Lists refresh when someone else changes data on a shared server: a thread waits for the server's NOTIFY
and, half a second after the first change, the areas of the changed tables go into the change feed
(``ui/change_feed.py``), which reloads the screens that show them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from matchtafel.ui.change_feed import AREAS_OF_TABLE, Area, change_feed

log = logging.getLogger(__name__)

class _Waiter(QThread):
    changed = Signal(object)  # a set of table names

    def __init__(self, conninfo: str) -> None:
        super().__init__()
        self.conninfo = conninfo
        self.running = True

    def run(self) -> None:
        from matchtafel.storage.changes import ChangeFeed

        try:
            feed = ChangeFeed(self.conninfo)
        except Exception as exc:  # a help, never in the way: the lists still reload by hand (F5)
            log.warning("no change notifications: %s", exc)
            return
        try:
            while self.running:
                tables = feed.wait(timeout=0.5)
                if tables:
                    self.changed.emit(tables)
        except Exception as exc:
            log.warning("change notifications stopped: %s", exc)
        finally:
            feed.close()


class ChangeListener(QObject):
    """Announces others' changes in the change feed. Signal ``areas_changed(frozenset[Area])``: what was
    announced."""

    areas_changed = Signal(object)

    def __init__(self, conninfo: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[Area] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._flush)
        self._waiter = _Waiter(conninfo)
        self._waiter.changed.connect(self._collect)

    def start(self) -> None:
        self._waiter.start()

    def stop(self) -> None:
        self._waiter.running = False
        self._waiter.wait(3_000)

    def _collect(self, tables: set[str]) -> None:
        for table in tables:
            self._pending.update(AREAS_OF_TABLE.get(table, ()))
        if self._pending and not self._timer.isActive():  # half a second after the first: a flood of
            self._timer.start()  # notifications (anyone may send them) cannot put a reload off for ever

    def _flush(self) -> None:
        areas, self._pending = frozenset(self._pending), set()
        if areas:
            change_feed().announce(areas)
            self.areas_changed.emit(areas)
