"""Python's cycle collector runs on the UI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is passed: a pool
thread reading a long list starts it, and the screens' reference cycles it finds (a closed dialog and its
connected lambdas) are then destroyed on that thread. Qt widgets destroyed off the UI thread crash the process
(seen in the test suite under load: a segmentation fault while a pool thread ranked vacancies). So automatic
collection is off, and a timer on the UI thread collects as the thresholds would have asked.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class UiThreadCollector(QObject):
    """Install once, on the UI thread, before the first background work (``install``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds, as the automatic collector would."""
        counts = gc.get_count()
        generation = -1
        for level in range(3):
            if counts[level] > self._thresholds[level]:
                generation = level
        return gc.collect(generation) if generation >= 0 else 0


def install(parent: QObject) -> UiThreadCollector:
    """``parent``: the application (the collector lives as long as it)."""
    return UiThreadCollector(parent)


__all__ = ["INTERVAL_MS", "UiThreadCollector", "install"]
