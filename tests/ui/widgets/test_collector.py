"""The cycle collector runs on the UI thread only: automatic collection off, a timer collects as due."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from matchtafel.ui.widgets.collector import INTERVAL_MS, install


class _Cyclic(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a reference cycle: only the cycle collector frees it


@pytest.fixture
def thresholds() -> Iterator[None]:
    was_enabled, old = gc.isenabled(), gc.get_threshold()
    gc.set_threshold(5, 1, 1)
    yield
    gc.set_threshold(*old)
    if was_enabled:
        gc.enable()


def test_collection_is_left_to_the_ui_threads_timer(qtbot: QtBot, qapp: QApplication, thresholds: None) -> None:
    gc.enable()
    collector = install(qapp)
    try:
        assert not gc.isenabled()  # no collection in whichever thread allocates
        gone = weakref.ref(_Cyclic())
        for _ in range(50):  # past the thresholds: the automatic collector would have run by now
            [object() for _ in range(20)]
        assert gone() is not None
        qtbot.waitUntil(lambda: gone() is None, timeout=INTERVAL_MS * 10)  # collected by the timer
        assert not gc.isenabled()  # and it stays off
    finally:
        collector.deleteLater()
