"""PySide6 no longer reads the source of each module imported after it (``ui/widgets/pyside_sources.py``)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import matchtafel.ui  # noqa: F401  (installs it)
from matchtafel.ui.widgets.pyside_sources import uses_pyside


def test_modules_are_told_apart_without_reading_their_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is uses_pyside  # the pinned PySide6 still has the hook we replace
    (tmp_path / "plain_numbers.py").write_text("ANSWER = 42\n", encoding="utf-8")
    (tmp_path / "qt_window.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "qt_value.py").write_text(
        "from PySide6 import QtCore\nLEFT = QtCore.Qt.AlignmentFlag.AlignLeft\ndel QtCore\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    for name in ("plain_numbers", "qt_window", "qt_value"):
        __import__(name)  # an import statement: what PySide watches (importlib.import_module it does not)
        monkeypatch.delitem(sys.modules, name)
    assert feature.pyside_feature_dict["plain_numbers"] == -1  # PySide's "not mine"
    assert feature.pyside_feature_dict["qt_window"] == 0  # PySide's default selection for its users
    assert feature.pyside_feature_dict["qt_value"] == 0
    assert not [path for path in linecache.cache if path.startswith(str(tmp_path))]  # nothing was read
