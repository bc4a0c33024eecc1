"""Lists refresh when someone else changes data on a shared server: a thread waits for the server's NOTIFY
and the window reloads the screens that show the changed tables, half a second after the first change."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from matchtafel.ui.sections.keys import SectionKey

log = logging.getLogger(__name__)

# Which screens show which tables (the keys of the main window's sections).
SCREENS_OF_TABLE = {
    "young_people": (SectionKey.YOUNG_PEOPLE,),
    "vacancies": (SectionKey.VACANCIES, SectionKey.FOLLOW_UP),
    "employers": (SectionKey.EMPLOYERS,),
    "meetings": (SectionKey.SESSIONS,),
    "cases": (SectionKey.SESSIONS,),
    "agreements": (SectionKey.SESSIONS,),
    "proposals": (SectionKey.FOLLOW_UP,),
    "supporters": (SectionKey.SUPPORTERS,),
    "mentoring_links": (SectionKey.SUPPORTERS,),
    "matching_events": (SectionKey.SUPPORTERS,),
    "event_invitations": (SectionKey.SUPPORTERS,),
    "event_contacts": (SectionKey.SUPPORTERS,),
}


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
        if self._pending and not self._timer.isActive():  # half a second after the first: a flood of
            self._timer.start()  # notifications (anyone may send them) cannot put a reload off for ever

    def _flush(self) -> None:
        screens, self._pending = self._pending, set()
        if screens:
            self.screens_changed.emit(screens)
