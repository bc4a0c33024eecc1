"""Live-session figures on the large demo database (issue 5). Prints, never asserts.

python benchmarks/session.py [DB]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LARGE_DB = Path(__file__).resolve().parents[1] / ".bench" / "large.sqlite3"


def main(db_path: Path = LARGE_DB) -> list[tuple[str, str, str]]:
    import shutil
    import tempfile

    from PySide6.QtWidgets import QApplication

    from matchtafel.db import open_database
    from matchtafel.services import Actor, Services
    from matchtafel.ui.run_session import RunSessionScreen
    from matchtafel.ui.weights import MatchWeights
    from matchtafel.vocabulary import MeetingStatus

    copy = Path(tempfile.mkdtemp()) / "session.sqlite3"
    shutil.copyfile(db_path, copy)  # the benchmark writes notes: never into the shared bench database
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(copy)
    services = Services.create(db.sessions, Actor("benchmark"))
    meeting = next(m for m in services.meetings.rows() if m.status == MeetingStatus.PLANNED)
    screen = RunSessionScreen(services=services, meeting_id=meeting.id, weights=MatchWeights())
    screen.resize(1366, 768)
    screen.show()
    app.processEvents()
    switches = []
    for _ in range(3):
        for _step in range(len(screen.view.cases) - 1):
            started = time.perf_counter()
            screen.next_case()
            app.processEvents()
            switches.append(time.perf_counter() - started)
        screen.agenda.setCurrentRow(0)
        app.processEvents()
    ranking = []
    services.matching.for_young_person(screen.view.cases[0].young_person_id)  # build the tables once
    for case in screen.view.cases:
        started = time.perf_counter()
        services.matching.for_young_person(case.young_person_id)
        ranking.append(time.perf_counter() - started)
    saves = []
    case_id = screen.current_case().id
    for i in range(200):
        started = time.perf_counter()
        services.agenda.save_case_notes(case_id, f"Notitie {i}: de jongere wil graag in de zorg werken.")
        saves.append(time.perf_counter() - started)
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    db.close()
    ms = lambda seconds: f"{seconds * 1000:.1f} ms"  # noqa: E731
    return [
        (
            f"switch to the next case ({len(switches)} switches, median)",
            ms(statistics.median(switches)),
            "goal <= 100 ms",
        ),
        ("... worst switch", ms(max(switches)), "-"),
        ("... the new case's suggestions (background, median)", ms(statistics.median(ranking)), "-"),
        (
            "autosave of a case's notes: one commit (median of 200)",
            ms(statistics.median(saves)),
            "goal <= 10 ms",
        ),
        ("... 95th percentile", ms(sorted(saves)[int(len(saves) * 0.95)]), "-"),
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    from registers import print_table  # type: ignore[import-not-found]

    print_table(main(Path(sys.argv[1]) if len(sys.argv) > 1 else LARGE_DB))
