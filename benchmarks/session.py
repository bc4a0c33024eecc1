"""Live-session figures (issue 5) on a demo database. Prints, never asserts.

python benchmarks/session.py DB [--size 20k]

Switching cases ends at the paint of the run screen, as a person sees the next case.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, emit
from paint import settle, until_painted


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--size", default="")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db_path = args.db
    import shutil
    import tempfile

    from PySide6.QtWidgets import QApplication

    from matchtafel.domain.vocabulary import MeetingStatus
    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database
    from matchtafel.ui.sections.run.run_session import RunSessionScreen
    from matchtafel.ui.weights import MatchWeights

    copy = Path(tempfile.mkdtemp()) / "session.sqlite3"
    shutil.copyfile(db_path, copy)  # the benchmark writes notes: never into the shared bench database
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(copy)
    services = Services.create(db.sessions, Actor("benchmark"))
    meeting = next(m for m in services.meetings.rows() if m.status == MeetingStatus.PLANNED)
    screen = RunSessionScreen(services=services, meeting_id=meeting.id, weights=MatchWeights())
    screen.resize(1366, 768)
    screen.show()
    settle()
    switches = []
    for _ in range(3):
        for _step in range(len(screen.view.cases) - 1):
            switches.append(until_painted(app, screen.next_case, lambda w: screen.isAncestorOf(w)))  # type: ignore[arg-type]
        screen.agenda.setCurrentRow(0)
        settle()
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
    ms = lambda values: [v * 1000 for v in values]  # noqa: E731
    emit(
        Figure(
            "session.switch",
            f"Run mode: next case shown ({len(switches)} switches)",
            "ms",
            ms(switches),
            args.size,
        )
    )
    emit(
        Figure("session.ranking", "... the new case's suggestions (background)", "ms", ms(ranking), args.size)
    )
    emit(
        Figure(
            "session.autosave",
            "Run mode: autosave of a case's notes, one commit (200)",
            "ms",
            ms(saves),
            args.size,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
