"""The app killed mid-sentence: reopening the session shows everything typed up to the last second.

A child process runs the real run screen on a real database file, types notes, waits a second, types a few
more letters and kills itself with SIGKILL (no clean-up, no Qt shutdown). The test then opens the database.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from matchtafel.clock import FixedClock
from matchtafel.demo.region import generate_demo
from matchtafel.domain.vocabulary import MeetingStatus
from matchtafel.services import Actor, Services
from matchtafel.storage.db import open_database
from tests.conftest import NOW, TODAY

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from datetime import datetime
    from matchtafel.clock import FixedClock
    from matchtafel.storage.db import open_database
    from matchtafel.services import Actor, Services
    from matchtafel.ui.sections.run.run_session import RunSessionScreen
    from matchtafel.ui.weights import MatchWeights

    app = QApplication([])
    db = open_database(sys.argv[1])
    clock = FixedClock(datetime.fromisoformat(sys.argv[4]))
    services = Services.create(db.sessions, Actor("Notulist", "Gemeente"), clock=clock)
    screen = RunSessionScreen(services=services, meeting_id=int(sys.argv[2]), weights=MatchWeights())
    screen.show()
    screen.focus_notes()

    def type_text(text):
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(screen.notes, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    for word in sys.argv[3].split(" "):
        type_text(word + " ")
        QTest.qWait(40)  # a person typing: the autosave timer keeps being restarted
    QTest.qWait(1000)  # "the last second": everything before it must be in the database
    type_text("en dan mid-zin")
    print("typed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_killed_mid_sentence_keeps_everything_up_to_the_last_second(tmp_path: Path) -> None:
    path = tmp_path / "matchtafel.sqlite3"
    db = open_database(path)
    generate_demo(db.sessions, size="small", seed=5, today=TODAY)
    services = Services.create(db.sessions, Actor("Test"), clock=FixedClock(NOW))
    meeting = next(m for m in services.meetings.rows() if m.status == MeetingStatus.PLANNED)
    first_case = services.session_view.view(meeting.id).cases[0]
    db.close()
    sentence = "Zoë wil in de zorg werken maar heeft nog geen vervoer; school zoekt een BBL-plek dichtbij."
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(meeting.id), sentence, NOW.isoformat()],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert "typed" in child.stdout
    db = open_database(path)  # the lock file of the killed process does not keep us out
    try:
        reopened = Services.create(db.sessions, Actor("Test"), clock=FixedClock(NOW))
        notes = next(c.notes for c in reopened.session_view.view(meeting.id).cases if c.id == first_case.id)
        assert notes.startswith(sentence)
        assert "mid-zin" not in notes or notes.endswith("mid-zin")
    finally:
        db.close()
