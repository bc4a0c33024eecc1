"""Register list figures on the large demo database (issue 3). Prints, never asserts.

python benchmarks/registers.py [DB]     (make bench runs it after the start-up figures)
"""

from __future__ import annotations

import gc
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

LARGE_DB = Path(__file__).resolve().parents[1] / ".bench" / "large.sqlite3"
QUERIES = ["doetinchem", "zorg", "j-2026-01", "niveau 2", "achterhoek college", "zoë"]


def main(db_path: Path = LARGE_DB) -> list[tuple[str, str, str]]:
    from matchtafel.db import open_database
    from matchtafel.services import Actor, Services
    from matchtafel.ui.i18n import install_translators
    from matchtafel.ui.register_page import RegisterPage
    from matchtafel.ui.registers.young_people import YoungPeopleRegister

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, "nl")
    db = open_database(db_path, exclusive=False)
    services = Services.create(db.sessions, Actor("benchmark"))
    register = YoungPeopleRegister(services, services.overview.sectors())

    shown_times = []
    for _ in range(3):
        page = RegisterPage(register=register)
        page.resize(1366, 700)
        page.show()
        app.processEvents()
        started = time.perf_counter()
        rows = register.load(False)
        loaded = time.perf_counter()
        page.set_rows(rows)
        app.processEvents()  # paints the visible rows
        shown_times.append((time.perf_counter() - started, loaded - started))
        page.close()
        page.deleteLater()
        app.processEvents()
    shown, load = statistics.median(t for t, _ in shown_times), statistics.median(t for _, t in shown_times)

    keystrokes = []
    for query in QUERIES:
        typed = ""
        for char in query + "\b" * len(query):  # type it, then take it back with backspace
            typed = typed[:-1] if char == "\b" else typed + char
            gc.collect()
            started = time.perf_counter()
            page.search.setText(typed)
            app.processEvents()
            keystrokes.append(time.perf_counter() - started)

    sorts = []
    for column in (0, 2, 4, 7, 5):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            started = time.perf_counter()
            page.table.sortByColumn(column, order)
            app.processEvents()
            sorts.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    db.close()
    n = page.model.total
    ms = lambda seconds: f"{seconds * 1000:.1f} ms"  # noqa: E731
    return [
        (f"young people list shown ({n} rows: query + fold + paint)", ms(shown), "goal <= 300 ms"),
        ("... of which the service query", ms(load), "-"),
        (
            f"filter-as-you-type, median of {len(keystrokes)} keystrokes",
            ms(statistics.median(keystrokes)),
            "goal <= 16 ms",
        ),
        ("filter-as-you-type, worst keystroke", ms(max(keystrokes)), "goal <= 16 ms"),
        (
            f"sort {n} rows, median of {len(sorts)} (5 columns, both ways)",
            ms(statistics.median(sorts)),
            "goal <= 100 ms",
        ),
        ("sort, worst", ms(max(sorts)), "goal <= 100 ms"),
        ("peak memory (this process)", f"{peak:.0f} MiB", "-"),
    ]


def print_table(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'figure':>10}  ratio / goal")
    for name, figure, goal in rows:
        print(f"{name:<{width}}  {figure:>10}  {goal}")


if __name__ == "__main__":
    print_table(main(Path(sys.argv[1]) if len(sys.argv) > 1 else LARGE_DB))
