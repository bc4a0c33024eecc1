"""A full disk, a database held by another program, a journal that cannot be written: run mode keeps every
typed word, says so in a banner, refuses to drop it, and writes it when the fault is gone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matchtafel.clock import FixedClock
from matchtafel.demo.region import generate_demo
from matchtafel.domain.errors import StorageFull
from matchtafel.domain.vocabulary import MeetingStatus
from matchtafel.services import Actor, Services
from matchtafel.storage.db import Database, open_database
from matchtafel.ui.sections.run.run_session import RunSessionScreen
from matchtafel.ui.weights import MatchWeights
from tests.conftest import NOW, TODAY, Cli
from tests.faults.conftest import Disk, LockHolder
from tests.ui.keys import type_text
from tests.ui.prompts import FakePrompts


class Run:
    def __init__(self, path: Path, qtbot: QtBot) -> None:
        self.path = path
        self.db: Database = open_database(path)
        generate_demo(self.db.sessions, size="small", seed=17, today=TODAY)
        self.services = Services.create(
            self.db.sessions, Actor("Notulist", "Gemeente"), clock=FixedClock(NOW)
        )
        meeting = next(m for m in self.services.meetings.rows() if m.status == MeetingStatus.PLANNED)
        self.prompts = FakePrompts()
        self.screen = RunSessionScreen(
            services=self.services, meeting_id=meeting.id, weights=MatchWeights(), prompts=self.prompts
        )
        qtbot.addWidget(self.screen)
        self.screen.show()
        self.screen.next_case()
        self.case_id = self.screen.current_case().id

    def stored_notes(self) -> str:
        view = self.services.session_view.view(self.screen.meeting_id)
        return next(c.notes for c in view.cases if c.id == self.case_id)

    def integrity(self) -> str:
        connection = sqlite3.connect(self.path)
        try:
            return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            connection.close()


@pytest.fixture
def run_on(qtbot: QtBot) -> Iterator[Any]:
    opened: list[Run] = []

    def make(path: Path) -> Run:
        opened.append(Run(path, qtbot))
        return opened[-1]

    yield make
    for run in opened:
        run.screen.saver.flush()
        run.db.close()


def test_a_full_disk_keeps_the_text_marked_unsaved_and_saves_it_when_there_is_room(
    small_disk: Disk, run_on: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = run_on(small_disk.folder / "matchtafel.sqlite3")
    screen = run.screen
    small_disk.fill(run.db.engine, monkeypatch=monkeypatch)
    screen.focus_notes()
    type_text(screen.notes, "Getypt op een volle schijf: Zoë, €12")
    screen.save_notes()
    message = screen.saver.message.text()
    assert screen.saver.banner.isVisibleTo(screen), "a failed save must never be silent"
    assert message.startswith("Not saved — disk full."), message
    assert "It cannot be kept on this computer either" in message  # the journal hit the full disk too
    assert screen.notes.document().isModified()
    run.prompts.answer("choose", "stay")
    assert not screen.may_leave()
    assert run.prompts.offered() == [("file", "stay")]  # only this window has it: no "leave" offered
    assert screen.notes.toPlainText() == "Getypt op een volle schijf: Zoë, €12"
    small_disk.free()
    qtbot.waitUntil(lambda: not screen.saver.unsaved_count(), timeout=15_000)
    assert run.stored_notes() == "Getypt op een volle schijf: Zoë, €12"
    assert not screen.saver.banner.isVisibleTo(screen) and not screen.notes.document().isModified()
    assert not screen.saver.journal.path.exists()
    assert run.integrity() == "ok"


def test_a_database_held_by_another_program_keeps_notes_and_agreements_until_it_is_free(
    tmp_path: Path, run_on: Any, lock_holder: type[LockHolder], qtbot: QtBot
) -> None:
    run = run_on(tmp_path / "matchtafel.sqlite3")
    screen = run.screen
    holder = lock_holder(run.path)
    screen.focus_notes()
    type_text(screen.notes, "Terwijl een ander programma de database vasthoudt")
    screen.save_notes()  # waits SQLite's busy timeout, then gives up
    assert screen.saver.banner.isVisibleTo(screen)
    assert screen.saver.message.text().startswith("Not saved — database busy.")
    screen.focus_agreement()
    qtbot.keyClicks(screen.action, "Werkgever bellen")
    screen.deadline.setText("geen termijn")  # no deadline is said, not left out (issue 17)
    qtbot.keyClick(screen.action, Qt.Key.Key_Return)
    assert screen.entry_status.text().startswith("Not saved yet")
    assert len(screen.saver.held_actions()) == 1
    holder.release()
    qtbot.waitUntil(lambda: not screen.saver.unsaved_count(), timeout=30_000)
    assert run.stored_notes() == "Terwijl een ander programma de database vasthoudt"
    actions = [a.action for a in run.services.session_view.view(screen.meeting_id).agreements]
    assert actions.count("Werkgever bellen") == 1
    assert not screen.saver.banner.isVisibleTo(screen)
    assert run.integrity() == "ok"


def test_a_journal_that_cannot_be_written(
    tmp_path: Path, run_on: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = run_on(tmp_path / "matchtafel.sqlite3")
    screen = run.screen
    journal = screen.saver.journal
    journal.path.with_suffix(".tmp").mkdir(parents=True)  # where the journal writes first: a folder now
    screen.focus_notes()
    type_text(screen.notes, "Eerste zin.")
    screen.save_notes()
    # The database took it: nothing is unsaved, and no journal file is left with older text.
    assert run.stored_notes() == "Eerste zin." and not screen.saver.unsaved_count()
    assert not journal.path.exists() and not screen.saver.banner.isVisibleTo(screen)
    agenda = type(run.services.agenda)
    real = agenda.save_case_notes
    failing = {"on": True}

    def save(self: Any, *args: Any, **kwargs: Any) -> None:
        if failing["on"]:
            raise StorageFull("The disk refused to write ({detail}).", detail="disk I/O error")
        real(self, *args, **kwargs)

    monkeypatch.setattr(agenda, "save_case_notes", save)
    type_text(screen.notes, " Tweede zin.")
    screen.save_notes()
    assert "It cannot be kept on this computer either" in screen.saver.message.text()
    run.prompts.answer("choose", "stay")
    assert not screen.may_leave() and run.prompts.offered() == [("file", "stay")]
    failing["on"] = False
    qtbot.waitUntil(lambda: not screen.saver.unsaved_count(), timeout=15_000)
    assert run.stored_notes() == "Eerste zin. Tweede zin."


def import_file(tmp_path: Path) -> Path:
    from matchtafel.paths import resources_dir

    return resources_dir() / "templates" / "jongeren.xlsx"


def young_people(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM young_people").fetchone()[0])
    finally:
        connection.close()


def test_an_import_on_a_full_disk_is_one_line_and_changes_nothing(
    small_disk: Disk,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    cli: Cli,
) -> None:
    run = cli  # the command line on the pinned clock
    path = small_disk.folder / "matchtafel.sqlite3"
    assert run(["demo", "--db", str(path)]) == 0
    before = young_people(path)
    small_disk.fill(monkeypatch=monkeypatch)
    capsys.readouterr()
    assert run(["import", "jongeren", str(import_file(tmp_path)), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("matchtafel: ") and err.count("\n") == 1 and "Traceback" not in err, err
    small_disk.free()
    assert young_people(path) == before


def test_an_import_while_another_program_holds_the_database_is_one_line(
    tmp_path: Path, lock_holder: type[LockHolder], capsys: pytest.CaptureFixture[str], cli: Cli
) -> None:
    run = cli  # the command line on the pinned clock
    path = tmp_path / "matchtafel.sqlite3"
    assert run(["demo", "--db", str(path)]) == 0
    before = young_people(path)
    holder = lock_holder(path)
    capsys.readouterr()
    assert run(["import", "jongeren", str(import_file(tmp_path)), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("matchtafel: The database is busy: another program holds it") and err.count("\n") == 1
    )
    holder.release()
    assert young_people(path) == before
