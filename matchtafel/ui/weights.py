"""The matching weights as the interface shares them: read from settings, changed live in the settings
dialog, and every suggestions pane re-ranks when they change.

Signals: ``changed()`` after any weight changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

CRITERIA_KEYS = ("level", "field", "travel", "hours", "start", "coaching", "kind")


class MatchWeights(QObject):
    changed = Signal()

    def __init__(self, weights: dict[str, float] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._weights = {key: 1.0 for key in CRITERIA_KEYS} | dict(weights or {})

    def values(self) -> dict[str, float]:
        return dict(self._weights)

    def set(self, key: str, value: float) -> None:
        if self._weights.get(key) != value:
            self._weights[key] = value
            self.changed.emit()
