"""Keys for a whole session in run mode (issue 17): 13 invitees (one absent, one excused), 10 cases, each with
notes, 2 agreements (owner by a few letters, a deadline) and 1 proposal; then close and lock. Driven with real
key events on the run screen at 1366×768 and counted. Prints, never asserts.

    python benchmarks/run_mode_keys.py

It runs on this checkout's code; on a checkout from before issue 17 it takes that code's route (P then ↓ per
person, Ctrl+D then Alt+↓ then Alt+3 per case, closing without a question), so the same script measures both.
Typed text (notes, the agreement's words) is the same either way and is counted apart from the command keys.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

CASES, INVITEES, ABSENT_ROW, EXCUSED_ROW = 10, 13, 4, 9
ALT, CTRL, SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
NONE = Qt.KeyboardModifier.NoModifier


class Keys:
    """Sends key events like a keyboard and counts them: command keys and typed characters apart."""

    def __init__(self, app: QApplication) -> None:
        self.app, self.commands, self.typed = app, 0, 0

    def press(self, widget: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:
        self.commands += 1
        QTest.keyClick(widget, key, mods)
        self.app.processEvents()

    def type(self, widget: QWidget, text: str, *, command: bool = False) -> None:
        for char in text:
            if command:
                self.commands += 1
            else:
                self.typed += 1
            QTest.keyClicks(widget, char)
        self.app.processEvents()


def answer_dialog(keys: Keys, key: Qt.Key) -> None:
    """The next question (close, lock) answered with its button's Alt+letter."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            dialog.activateWindow()  # the offscreen platform does not do it by itself
        if dialog is None or not dialog.isVisible() or not dialog.isActiveWindow():
            QTimer.singleShot(20, press)
            return
        keys.press(dialog, key, ALT)

    QTimer.singleShot(0, press)


def main() -> None:
    from matchtafel.demo.region import generate_demo
    from matchtafel.domain.vocabulary import AttendanceStatus, MeetingStatus
    from matchtafel.services import Actor, Services
    from matchtafel.services.meetings import MeetingInput
    from matchtafel.storage.db import open_database
    from matchtafel.ui.main_window import MainWindow
    from matchtafel.ui.sections.registers import build_register_pages
    from matchtafel.ui.weights import MatchWeights

    app = QApplication.instance() or QApplication(sys.argv[:1])
    qInstallMessageHandler(lambda *_: None)  # the offscreen platform's remarks (no raise(), no grab)
    path = Path(tempfile.mkdtemp()) / "keys.sqlite3"
    db = open_database(str(path))
    generate_demo(db.sessions, size="small", seed=42)
    services = Services.create(db.sessions, Actor("Benchmark", ""))
    upcoming = next(m for m in services.meetings.rows() if m.status == MeetingStatus.PLANNED)
    meeting = services.meetings.create(MeetingInput(starts_at=upcoming.starts_at + timedelta(days=60))).id
    people = services.people.rows()
    firsts = [p.name.split()[0].lower()[:4] for p in people]
    unique = [p for p, f in zip(people, firsts, strict=True) if firsts.count(f) == 1][:INVITEES]
    for person in unique:
        services.agenda.set_attendance(meeting, person.id, AttendanceStatus.INVITED)

    def proposable(young_person_id: int) -> bool:
        consent = services.consent.in_force(young_person_id)
        ok = consent is not None and consent.scope_share_wsp and consent.scope_employer_profile
        return ok and not services.history.of_young_person(young_person_id).proposals

    young = [y for y in services.young_people.rows() if proposable(y.id)]
    for y in young[:CASES]:
        services.agenda.add_case(meeting, y.id)

    window = MainWindow()
    pages = build_register_pages(services, [], MatchWeights())
    window.install_pages(pages)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    sessions = pages["sessions"]
    sessions.list_page.set_rows(sessions.list_page.register.load(False))
    sessions.list_page.select(lambda row: row.id == meeting)
    sessions.list_page.table.setFocus()
    keys = Keys(app)
    keys.press(sessions.list_page.table, Qt.Key.Key_Return)  # run it
    from paint import settle

    settle()  # run mode opens once the session is read (off the UI thread)
    screen = sessions.run_screen
    new_route = hasattr(screen, "finish_case")

    def focus() -> QWidget:
        window.activateWindow()
        app.processEvents()
        return screen.focusWidget() or screen

    keys.press(focus(), Qt.Key.Key_2, ALT)
    people_list = screen.attendance.people
    if new_route:  # the two exceptions, then everyone else at once
        for _ in range(ABSENT_ROW):
            keys.press(people_list, Qt.Key.Key_Down)
        keys.press(people_list, Qt.Key.Key_A)
        for _ in range(EXCUSED_ROW - ABSENT_ROW - 1):
            keys.press(people_list, Qt.Key.Key_Down)
        keys.press(people_list, Qt.Key.Key_E)
        keys.press(people_list, Qt.Key.Key_P, SHIFT)
    else:
        for row in range(people_list.count()):
            key = {ABSENT_ROW: Qt.Key.Key_A, EXCUSED_ROW: Qt.Key.Key_E}.get(row, Qt.Key.Key_P)
            keys.press(people_list, key)
            keys.press(people_list, Qt.Key.Key_Down)
    attendance_keys = keys.commands - 1
    invited = [name for _, name, inv in screen.view.people if inv]
    # a few letters of a first name that fit one person (a name that fits two opens the choice: 2 keys more)
    owners = []
    for name in invited:
        letters = name.split()[0][:4]
        fitting = [
            n
            for _, n, _ in screen.view.people
            if any(w.lower().startswith(letters.lower()) for w in n.split(" (")[0].split())
        ]
        if len(fitting) == 1:
            owners.append(letters)
    owners = owners[:2]
    keys.press(focus(), Qt.Key.Key_3, ALT)
    per_case = []
    for number in range(CASES):
        start = keys.commands
        keys.type(screen.notes, f"Casus {number + 1}: zoekt werk in de buurt.")
        for index, (action, deadline) in enumerate((("Gesprek plannen", "vr"), ("Cv opsturen", "+2w"))):
            if index == 0:
                keys.press(focus(), Qt.Key.Key_Return, CTRL)
            keys.type(screen.action, action)
            keys.press(screen.action, Qt.Key.Key_Tab)
            keys.type(screen.owner, owners[index], command=True)
            keys.press(screen.owner, Qt.Key.Key_Tab)
            keys.type(screen.deadline, deadline, command=True)
            keys.press(screen.deadline, Qt.Key.Key_Return)
        screen.suggestions.load_now(screen.current_case().young_person_id)
        keys.press(focus(), Qt.Key.Key_P, CTRL)
        if screen.suggestions.status.text().startswith(("Proposed", "Voorgedragen")) is False:
            print("  case", number + 1, "no proposal:", screen.suggestions.status.text())
        if new_route:
            keys.press(focus(), Qt.Key.Key_D, CTRL)  # discussed, next case, notes ready
        else:
            keys.press(focus(), Qt.Key.Key_D, CTRL)
            keys.press(focus(), Qt.Key.Key_Down, ALT)
            keys.press(focus(), Qt.Key.Key_3, ALT)
        per_case.append(keys.commands - start)
    start = keys.commands
    if new_route:
        answer_dialog(keys, Qt.Key.Key_C)
    keys.press(focus(), Qt.Key.Key_C, ALT)
    QTest.qWait(400)
    if new_route:
        answer_dialog(keys, Qt.Key.Key_L)
    keys.press(focus(), Qt.Key.Key_L, ALT)
    QTest.qWait(400)
    endings = keys.commands - start
    view = services.session_view.view(meeting)
    done = (
        len(view.agreements),
        len(view.proposals) if hasattr(view, "proposals") else "?",
        view.status.value,
    )
    print(f"route: {'issue 17' if new_route else 'before issue 17'}; {len(invited)} invitees, {CASES} cases")
    print(f"written: agreements, proposals, status = {done}")
    print(f"attendance keys: {attendance_keys}")
    print(f"command keys per case: {per_case[0]} (all cases: {sum(per_case)})")
    print(f"closing and locking: {endings}")
    print(f"command keys for the whole session: {keys.commands}; typed characters besides: {keys.typed}")
    db.close()


if __name__ == "__main__":
    main()
