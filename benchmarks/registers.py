"""The young people register as a person uses it: typing in the filter box and clicking column headers on a
shown page, each figure ending at the paint of the list. Prints, never asserts.

    python benchmarks/registers.py DB [--size 20k] [--runs 5]

Keystrokes are key events sent to the filter box (as a keyboard does, ë included); sorting is a mouse click
on the header. The time the list takes to appear on first showing is measured in the running app by
``startup.py``; here: F5 (reload a shown list) as well.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, emit
from paint import settle, until_painted
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

QUERIES = ["doetinchem", "zorg", "j-2026-01", "niveau 2", "achterhoek college", "zoë"]


def key(widget: QWidget, text: str) -> None:
    """One key as a keyboard sends it: press and release (also for ë, which QTest.keyClicks cannot send)."""
    code = Qt.Key.Key_Backspace if text == "\b" else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget,
            QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, "" if text == "\b" else text),
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--size", default="")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database
    from matchtafel.ui.i18n import install_translators
    from matchtafel.ui.sections.registers.register_page import RegisterPage
    from matchtafel.ui.sections.registers.young_people import YoungPeopleRegister

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, "nl")
    db = open_database(args.db, exclusive=False)
    services = Services.create(db.sessions, Actor("benchmark"))
    page = RegisterPage(register=YoungPeopleRegister(services, services.overview.sectors()))
    page.resize(1366, 700)
    page.show()
    viewport = page.table.viewport()

    def has_rows(_painted: QObject) -> bool:
        return page.model.total > 0

    page.reload()
    settle()
    reloads = [until_painted(viewport, page.reload, has_rows) for _ in range(args.runs)]
    settle()

    page.search.setFocus()
    keystrokes = []
    for _ in range(max(1, args.runs // 5)):
        for query in QUERIES:
            for char in query + "\b" * len(query):  # type it, then take it back with backspace
                gc.collect()  # a collection pause belongs to no keystroke in particular
                keystrokes.append(until_painted(viewport, lambda c=char: key(page.search, c)))

    header = page.table.horizontalHeader()
    sorts = []
    for _ in range(max(1, args.runs // 5)):
        for column in (2, 4, 7, 5, 0):  # school, level, available from, situation, code
            for _order in range(2):  # a click sorts ascending, the next one descending
                point = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
                sorts.append(
                    until_painted(
                        viewport,
                        lambda p=point: QTest.mouseClick(
                            header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p
                        ),
                    )
                )
    n = page.model.total
    db.close()
    ms = lambda values: [v * 1000 for v in values]  # noqa: E731
    emit(
        Figure("young.reload", f"Young people: F5 on the shown list ({n} rows)", "ms", ms(reloads), args.size)
    )
    emit(
        Figure(
            "young.filter",
            f"Young people: filter as you type, per keystroke ({len(keystrokes)} keys)",
            "ms",
            ms(keystrokes),
            args.size,
        )
    )
    emit(
        Figure(
            "young.sort",
            f"Young people: sort by a header click ({len(sorts)} clicks, 5 columns)",
            "ms",
            ms(sorts),
            args.size,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
