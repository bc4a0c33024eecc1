"""Lists refresh when someone else changes data on a shared server: a thread waits for the server's NOTIFY
and the window reloads the screens that show the changed tables, half a second after the last change."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal

log = logging.getLogger(__name__)

# Which screens show which tables (the keys of the main window's sections).
SCREENS_OF_TABLE = {
    "young_people": ("young_people",),
    "vacancies": ("vacancies", "follow_up"),
    "employers": ("employers",),
    "meetings": ("sessions",),
    "cases": ("sessions",),
    "agreements": ("sessions",),
    "proposals": ("follow_up",),
    "supporters": ("supporters",),
    "mentoring_links": ("supporters",),
    "matching_events": ("supporters",),
    "event_invitations": ("supporters",),
    "event_contacts": ("supporters",),
}


class _Waiter(QThread):
    changed = Signal(object)  # a set of table names

    def __init__(self, conninfo: str) -> None:
        super().__init__()
        self.conninfo = conninfo
        self.running = True

    def run(self) -> None:
        from matchtafel.changes import ChangeFeed

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
    """Signal ``screens_changed(set[str])``: the section keys whose screens should reload."""

    screens_changed = Signal(object)

    def __init__(self, conninfo: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[str] = set()
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
            self._pending.update(SCREENS_OF_TABLE.get(table, ()))
        self._timer.start()

    def _flush(self) -> None:
        screens, self._pending = self._pending, set()
        if screens:
            self.screens_changed.emit(screens)
