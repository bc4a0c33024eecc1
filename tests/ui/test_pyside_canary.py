"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and aborts after a
few thousand. This test makes 20,000 such calls: it fails (by crashing) on a broken PySide6."""

from __future__ import annotations

import PySide6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_pyside_is_pinned_to_6_11() -> None:
    assert PySide6.__version__.startswith("6.11."), PySide6.__version__


def test_twenty_thousand_void_calls_do_not_crash(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(20_000):
        label.setText(str(i))  # returns None: the call that leaked on 6.12.0
    assert label.text() == "19999"
