"""Notes that cannot be lost: the field shows what the journal and the database agree on, a failed save keeps
the text marked unsaved with a banner and a retry, and leaving or quitting asks before anything is dropped.
Agreements and proposals follow the same rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matchtafel.domain.errors import DatabaseBusy, StorageFull
from matchtafel.domain.vocabulary import MeetingStatus
from matchtafel.services import Services
from matchtafel.settings import data_dir
from matchtafel.storage.journal import JournalError, NotesJournal
from matchtafel.ui.sections.run.run_session import AUTOSAVE_MAX_MS, RunSessionScreen
from tests.ui.keys import type_text
from tests.ui.prompts import FakePrompts
from tests.ui.run_helpers import open_upcoming, settled
from tests.ui.sections.run.test_run_session_flow import proposable_case


def stored_notes(services: Services, screen: RunSessionScreen, case_id: int) -> str:
    view = services.session_view.view(screen.meeting_id)
    return next(c.notes for c in view.cases if c.id == case_id)


def fail_saves(monkeypatch: pytest.MonkeyPatch, services: Services, error: Exception) -> dict[str, Any]:
    """The database refuses every write until ``state["failing"]`` is set to False."""
    state: dict[str, Any] = {"failing": True, "tries": 0}
    agenda = type(services.agenda)
    real_notes, real_agreement = agenda.save_case_notes, agenda.add_agreement

    def notes(self: Any, *args: Any, **kwargs: Any) -> Any:
        state["tries"] += 1
        if state["failing"]:
            raise error
        return real_notes(self, *args, **kwargs)

    def agreement(self: Any, *args: Any, **kwargs: Any) -> Any:
        if state["failing"]:
            raise error
        return real_agreement(self, *args, **kwargs)

    monkeypatch.setattr(agenda, "save_case_notes", notes)
    monkeypatch.setattr(agenda, "add_agreement", agreement)
    return state


def busy() -> DatabaseBusy:
    return DatabaseBusy("The database is busy: another program holds it ({detail}).", detail="locked")


def test_recovered_notes_fill_the_field_and_the_next_autosave_keeps_them(
    session_demo: Services, qtbot: QtBot
) -> None:
    upcoming = next(m for m in session_demo.meetings.rows() if m.status == MeetingStatus.PLANNED)
    case = session_demo.session_view.view(upcoming.id).cases[0]
    session_demo.agenda.save_case_notes(case.id, "Oud")
    # A crash between the journal write and the commit: the journal has the newer words.
    NotesJournal(data_dir(), session_demo.database_key()).keep(case.id, "Oud, en toen: Zoë wil koken")
    _page, screen = open_upcoming(session_demo, qtbot)
    assert screen.notes.toPlainText() == "Oud, en toen: Zoë wil koken"
    screen.focus_notes()
    type_text(screen.notes, " in Zutphen")
    screen.save_notes()
    assert stored_notes(session_demo, screen, case.id) == "Oud, en toen: Zoë wil koken in Zutphen"
    assert screen.saver.journal.pending() == {}


def test_recovery_while_the_database_is_busy_shows_the_journal_text_marked_unsaved(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    upcoming = next(m for m in session_demo.meetings.rows() if m.status == MeetingStatus.PLANNED)
    case = session_demo.session_view.view(upcoming.id).cases[0]
    NotesJournal(data_dir(), session_demo.database_key()).keep(case.id, "Getypt voor de crash")
    state = fail_saves(monkeypatch, session_demo, busy())
    _page, screen = open_upcoming(session_demo, qtbot)
    assert screen.notes.toPlainText() == "Getypt voor de crash"
    assert screen.saver.banner.isVisibleTo(screen)
    assert screen.saver.message.text().startswith("Not saved — database busy.")
    assert screen.notes.document().isModified()  # marked unsaved
    state["failing"] = False
    qtbot.waitUntil(lambda: not screen.saver.journal.pending(), timeout=10_000)
    assert stored_notes(session_demo, screen, case.id) == "Getypt voor de crash"
    assert not screen.saver.banner.isVisibleTo(screen) and not screen.notes.document().isModified()


def test_a_failed_autosave_keeps_the_text_retries_and_survives_a_case_switch(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _page, screen = open_upcoming(session_demo, qtbot)
    case = screen.current_case()
    state = fail_saves(monkeypatch, session_demo, busy())
    screen.focus_notes()
    type_text(screen.notes, "Zoë heeft een rijbewijs €")
    screen.save_notes()
    assert screen.saver.banner.isVisibleTo(screen)
    assert screen.saver.journal.pending() == {case.id: "Zoë heeft een rijbewijs €"}
    tries = state["tries"]
    type_text(screen.notes, "!")
    screen.save_notes()  # while the failure lasts, typing updates the journal only
    assert state["tries"] == tries and screen.saver.journal.pending()[case.id].endswith("€!")
    qtbot.keyClick(screen, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # next case
    assert screen.current != 0
    qtbot.keyClick(screen, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert screen.notes.toPlainText() == "Zoë heeft een rijbewijs €!"  # never dropped
    qtbot.waitUntil(lambda: state["tries"] > tries + 1, timeout=10_000)  # it keeps trying
    state["failing"] = False
    qtbot.waitUntil(lambda: not screen.saver.banner.isVisibleTo(screen), timeout=10_000)
    assert stored_notes(session_demo, screen, case.id) == "Zoë heeft een rijbewijs €!"


def test_continuous_typing_is_saved_every_second(session_demo: Services, qtbot: QtBot) -> None:
    _page, screen = open_upcoming(session_demo, qtbot)
    case = screen.current_case()
    screen.focus_notes()
    typed = ""
    for word in ("een", "snelle", "typist", "pauzeert", "nooit", "niet", "eens", "even", "kort"):
        for char in word + " ":
            type_text(screen.notes, char)
            typed += char
            qtbot.wait(25)  # far quicker than the pause that starts an autosave
    # The typing never paused long enough for the idle autosave; the one-second rule saved it anyway.
    saved = stored_notes(session_demo, screen, case.id)
    assert saved and typed.startswith(saved)
    qtbot.wait(AUTOSAVE_MAX_MS + 200)
    assert stored_notes(session_demo, screen, case.id) == typed


def test_disk_full_for_database_and_journal_refuses_to_leave_and_offers_a_file(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page, screen = open_upcoming(session_demo, qtbot)
    fail_saves(monkeypatch, session_demo, StorageFull("The disk refused to write ({detail}).", detail="full"))

    def no_room(*_args: Any) -> None:
        raise JournalError(screen.saver.journal.path, OSError(28, "No space left on device"))

    monkeypatch.setattr(screen.saver.journal, "_write", no_room)
    screen.focus_notes()
    type_text(screen.notes, "Alleen in dit venster")
    screen.save_notes()
    message = screen.saver.message.text()
    assert message.startswith("Not saved — disk full.") and "No space left on device" in message
    prompts = page.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.answer("choose", "stay")
    assert not page.back_to_list() and page.run_screen is screen  # refused: nothing dropped
    assert prompts.offered() == [("file", "stay")]  # only this window has it: no "leave" offered
    assert prompts.texts("choose")[0].endswith("Save them to a file before leaving, or stay.")
    target = tmp_path / "gered.txt"
    prompts.answer("choose", "file").answer("save_path", target)
    assert page.back_to_list()
    assert "Alleen in dit venster" in target.read_text(encoding="utf-8")


def test_quitting_with_unsaved_notes_asks_first(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matchtafel.ui.main_window import MainWindow

    page, screen = open_upcoming(session_demo, qtbot)
    window = MainWindow()
    qtbot.addWidget(window)
    window.install_pages({"sessions": page})
    fail_saves(monkeypatch, session_demo, busy())
    screen.focus_notes()
    type_text(screen.notes, "Nog niet opgeslagen")
    prompts = page.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.answer("choose", "stay", "leave")
    window.show()
    assert not window.close() and window.isVisible()  # stayed
    assert window.close()  # "leave": the journal on this computer has it for the next start
    assert prompts.offered() == [("file", "leave", "stay")] * 2
    assert {a.title for a in prompts.asked} == {"Not saved"}
    again = NotesJournal(data_dir(), session_demo.database_key())
    assert again.pending() == {screen.current_case().id: "Nog niet opgeslagen"}


def test_a_failed_agreement_is_kept_shown_unsent_and_written_later(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _page, screen = open_upcoming(session_demo, qtbot)
    case = screen.current_case()
    state = fail_saves(monkeypatch, session_demo, busy())
    screen.focus_agreement()
    qtbot.keyClicks(screen.action, "Stageplek zoeken bij de bakker")
    screen.deadline.setText("geen termijn")  # no deadline is said, not left out (issue 17)
    qtbot.keyClick(screen.action, Qt.Key.Key_Return)
    assert screen.entry_status.text().startswith("Not saved yet")
    assert screen.saver.banner.isVisibleTo(screen)
    shown = [screen.agreements.item(i).text() for i in range(screen.agreements.count())]
    assert "Stageplek zoeken bij de bakker · not saved yet" in shown
    pending = list(NotesJournal(data_dir(), session_demo.database_key()).pending_actions().values())
    assert [a["action"] for a in pending] == ["Stageplek zoeken bij de bakker"]  # on disk too
    state["failing"] = False
    qtbot.waitUntil(lambda: not screen.saver.held_actions(), timeout=10_000)
    settled(screen, qtbot)
    agreements = session_demo.session_view.view(screen.meeting_id).agreements
    assert [a.action for a in agreements if a.case_id == case.id].count("Stageplek zoeken bij de bakker") == 1
    shown = [screen.agreements.item(i).text() for i in range(screen.agreements.count())]
    assert not any("not saved yet" in line for line in shown)


def test_an_agreement_left_in_the_journal_by_a_crash_after_its_commit_is_not_doubled(
    session_demo: Services, qtbot: QtBot
) -> None:
    upcoming = next(m for m in session_demo.meetings.rows() if m.status == MeetingStatus.PLANNED)
    case = session_demo.session_view.view(upcoming.id).cases[0]
    action = {
        "kind": "agreement",
        "meeting_id": upcoming.id,
        "case_id": case.id,
        "action": "Bellen met de werkgever",
        "owner_id": None,
        "deadline": None,
    }
    session_demo.agenda.add_agreement(
        upcoming.id, action="Bellen met de werkgever", owner_id=None, deadline=None, case_id=case.id
    )
    journal = NotesJournal(data_dir(), session_demo.database_key())
    journal.keep_action("done-before-the-crash", action)
    journal.keep_action("not-yet", {**action, "action": "Cv sturen"})
    _page, screen = open_upcoming(session_demo, qtbot)
    actions = [
        a.action for a in session_demo.session_view.view(upcoming.id).agreements if a.case_id == case.id
    ]
    assert actions.count("Bellen met de werkgever") == 1 and actions.count("Cv sturen") == 1
    assert screen.saver.held_actions() == []


def test_a_failed_proposal_is_held_and_written_later(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from matchtafel.domain.errors import SaveHeld

    _page, screen = open_upcoming(session_demo, qtbot)
    screen.agenda.setCurrentRow(proposable_case(session_demo, screen))  # consent allows a proposal
    young_id = screen.current_case().young_person_id
    vacancy = next(v for v in session_demo.vacancies.rows() if v.status == "open")
    proposals = type(session_demo.proposals)
    real = proposals.propose
    failing = {"on": True}

    def propose(self: Any, *args: Any, **kwargs: Any) -> Any:
        if failing["on"]:
            raise busy()
        return real(self, *args, **kwargs)

    monkeypatch.setattr(proposals, "propose", propose)
    with pytest.raises(SaveHeld):
        screen._propose(young_id, SimpleNamespace(vacancy_id=vacancy.id, title=vacancy.title))
    assert screen.saver.banner.isVisibleTo(screen) and len(screen.saver.held_actions()) == 1
    failing["on"] = False
    qtbot.waitUntil(lambda: not screen.saver.held_actions(), timeout=10_000)
    made = [
        p
        for p in session_demo.pipeline.proposals()
        if p.young_person_id == young_id and p.vacancy_id == vacancy.id
    ]
    assert len(made) == 1
