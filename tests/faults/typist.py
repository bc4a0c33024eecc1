"""The typist the kill tests kill: a fork server that has imported Qt, SQLAlchemy and Matchtafel once, and for
each command forks a child that opens the real run screen on a real database file and types into the notes
with real key events until it is killed (SIGKILL, from the parent test, at a moment the child does not know).

Run as a script; it reads one JSON command per line on stdin and answers on stdout with ``{"pid": N}`` when
the child runs and ``{"exit": CODE}`` when it is gone. The child reports to its ``progress`` file, one line per
event, written straight to the file (a kill loses nothing that was reported):

    R <n>        the notes field showed n characters at start (recovery done), all a prefix of the text
    X <n>        the field showed n characters that are NOT a prefix of the text (a damaged recovery)
    T <n>        n characters are in the field (after each key)
    S <n>        the database has n characters of notes (after a save)
    A <text>     an agreement was saved ("Agreement saved.")
"""

from __future__ import annotations

import json
import os
import random
import sys
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from matchtafel.services import Actor, Services
from matchtafel.storage.db import open_database
from matchtafel.ui.sections.run.run_session import RunSessionScreen
from matchtafel.ui.weights import MatchWeights


def press(widget: QWidget, char: str, key: int = 0) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def child(command: dict[str, Any]) -> None:
    out = os.open(command["progress"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def report(line: str) -> None:
        os.write(out, (line + "\n").encode("utf-8"))

    app = QApplication([])
    db = open_database(command["db"])
    from datetime import datetime

    from matchtafel.clock import FixedClock

    clock = FixedClock(datetime.fromisoformat(command["now"]))
    services = Services.create(db.sessions, Actor("Notulist", "Gemeente"), clock=clock)
    screen = RunSessionScreen(services=services, meeting_id=command["meeting"], weights=MatchWeights())
    screen.resize(1366, 768)
    screen.show()
    if screen.reviewing():
        screen.next_case()
    case_id = screen.current_case().id
    text: str = command["text"]
    shown = screen.notes.toPlainText()
    if not text.startswith(shown):
        report(f"X {len(shown)}")
        os._exit(3)
    report(f"R {len(shown)}")

    def saved() -> None:
        stored = next(c.notes for c in screen.view.cases if c.id == case_id)
        report(f"S {len(stored)}")

    screen.changed.connect(saved)
    screen.focus_notes()
    chance = random.Random(command["seed"])
    position = len(shown)
    interval = round(1000 / command["cps"])
    state = {"agreements": 0}

    def agreement() -> None:
        state["agreements"] += 1
        action = f"Afspraak {command['seed']}-{state['agreements']}"
        screen.focus_agreement()
        for char in action:
            press(screen.action, char)
        screen.deadline.setText("geen termijn")  # no deadline is said, not left out (issue 17)
        press(screen.action, "\r", Qt.Key.Key_Return)
        if screen.entry_status.text() == "Agreement saved.":
            report(f"A {action}")
        screen.focus_notes()

    def type_next() -> None:
        nonlocal position
        if position >= len(text):
            return
        char = text[position]
        press(screen.notes, char)
        position += 1
        report(f"T {len(screen.notes.toPlainText())}")
        delay = interval
        if command["mode"] == "paced" and char == " ":
            delay += chance.randint(0, 1200)  # a person thinking between words
        if command.get("agreements") and chance.random() < 0.04:
            agreement()
        QTimer.singleShot(delay, type_next)

    QTimer.singleShot(0, type_next)
    app.exec()
    os._exit(0)  # not reached unless the text ran out and someone quit the loop


def main() -> None:
    for line in sys.stdin:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                child(command)
            finally:
                os._exit(4)
        print(json.dumps({"pid": pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"exit": os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == "__main__":
    main()
