"""One start of a window, reported at the paints a person would see. Run by ``startup.py``; prints, never asserts.

    python benchmarks/startup_child.py bare
    python benchmarks/startup_child.py app DB [--tour]

Prints ``window T`` at the first paint of the window and (app) ``data T`` once the first screen shows its
rows and the counts (a paint of the sessions list's viewport while it holds rows), T being the wall-clock
time, so that the parent subtracts the moment it spawned this process. The app starts as
``python -m matchtafel --db DB`` does (same entry point, same imports); this script only watches paint
events, through an event filter on the application that is installed before any window exists.

With ``--tour`` it then visits every section (each list until it is painted with its rows, each tab),
selects the first young person and vacancy (their suggestions), runs a planned session and steps
through its cases, and prints ``shown KEY SECONDS`` per screen and ``memory PEAK_MIB``.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

PAINT = QEvent.Type.Paint
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from paint import same  # noqa: E402


def report(stage: str, value: float | None = None) -> None:
    value = time.time() if value is None else value  # noqa: TID251 (a moment, compared with the parent's)
    print(f"{stage} {value:.6f}", flush=True)


class FirstPaints(QObject):
    """Reports the window's first paint and the first paint of the sessions list with its rows."""

    def __init__(self, app: QApplication, *, data: bool, then: Any) -> None:
        super().__init__()
        self.app = app
        self.data = data
        self.then = then
        self.window: QWidget | None = None
        self.window_seen = False
        self.data_seen = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != PAINT or not isinstance(watched, QWidget):
            return False
        if not self.window_seen:
            self.window_seen = True
            self.window = watched.window()
            # The paint is done and flushed when the event loop comes round again.
            QTimer.singleShot(0, lambda: report("window"))
            if not self.data:
                QTimer.singleShot(0, self.finish)
        if self.data and not self.data_seen and self._shows_data(watched):
            self.data_seen = True
            QTimer.singleShot(0, lambda: report("data"))
            QTimer.singleShot(0, self.finish)
        return False

    def _shows_data(self, watched: QWidget) -> bool:
        window = self.window
        screens = getattr(window, "screen_by_key", {})
        sessions = screens.get("sessions")
        if sessions is None:
            return False
        page = sessions.list_page
        return bool(
            same(watched, page.table.viewport()) and page.model.rowCount() > 0 and window.counts_label.text()  # type: ignore[union-attr]
        )

    def finish(self) -> None:
        self.app.removeEventFilter(self)
        self.then(self.window)


def bare() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    watch = FirstPaints(app, data=False, then=lambda _w: app.quit())  # noqa: F841 (kept alive while it watches)
    window.show()
    return app.exec()


def start_app(db: str, tour: bool) -> int:
    # This script imports PySide6 before the app's first modules; a real start imports it with ``matchtafel.ui``,
    # which tells PySide6 how to see whether a module uses it (ui/widgets/pyside_sources.py). Imported here
    # first, so that the modules the app imports before its window are not scanned as they never are then.
    import matchtafel.ui  # noqa: F401

    app = QApplication(sys.argv[:1])

    def after(window: QWidget) -> None:
        if tour:
            QTimer.singleShot(0, lambda: visit_everything(app, window))
        else:
            app.quit()

    watch = FirstPaints(app, data=True, then=after)  # noqa: F841 (kept alive while it watches)
    from matchtafel.__main__ import main

    return main(["--db", db])


def visit_everything(app: QApplication, window: Any) -> None:
    """A person's first round through the app; peak memory at the end."""
    from paint import settle, until_painted

    try:
        settle()
        keys = [key for key, _ in enumerate(window._sections)]
        for index in keys[1:]:
            key = window._sections[index].key

            def page_list(key: str = key) -> Any:
                page = window.screen_by_key.get(key)
                return getattr(page, "organisations", page)

            def shows_rows(painted: QObject, key: str = key) -> bool:
                page = page_list(key)
                return page is not None and same(painted, page.table.viewport()) and page.model.total > 0

            if key in ("young_people", "vacancies", "employers", "organisations"):
                seconds = until_painted(
                    app, lambda i=index: window.navigation.setCurrentRow(i), ready=shows_rows
                )
                report(f"shown {key}", seconds)
                page = page_list()
                if key in ("young_people", "vacancies"):  # the suggestions beside the first row
                    page.table.setCurrentIndex(page.model.index(0, 0))
            else:
                window.navigation.setCurrentRow(index)
            settle()
            for tabs in [*window.screen_by_key[key].findChildren(QTabWidget), window.screen_by_key[key]]:
                if isinstance(tabs, QTabWidget):
                    for tab in range(tabs.count()):
                        tabs.setCurrentIndex(tab)
                        settle()
        window.navigation.setCurrentRow(0)
        sessions = window.screen_by_key["sessions"]
        settle()
        planned = sessions.list_page.model.index_of(lambda row: str(row.status) == "planned")
        sessions.list_page.table.setCurrentIndex(planned)
        sessions.run_current()
        settle()
        screen = sessions.run_screen
        for _ in range(min(5, len(screen.view.cases))):
            screen.next_case()
            settle()
        report("memory", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    finally:
        app.quit()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    sys.exit(start_app(sys.argv[2], "--tour" in sys.argv[3:]))
