"""Someone else wrote a case's notes while they were being typed here (a second writer, or the journal replayed
after a dropped connection): the service refuses to overwrite them, both texts go to the conflict dialog, and
the typed text stays in the journal until the person chooses."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from matchtafel.domain.errors import NotesConflict
from matchtafel.services import Actor, Services
from matchtafel.storage.journal import NotesJournal, digest
from matchtafel.ui.widgets.conflict_dialog import ConflictChoice
from tests.ui.keys import type_text
from tests.ui.prompts import Asked, FakePrompts
from tests.ui.run_helpers import open_upcoming


def test_the_service_writes_over_the_version_it_was_given_only(
    session_demo: Services, tmp_path: object
) -> None:
    from matchtafel.domain.vocabulary import MeetingStatus

    upcoming = next(m for m in session_demo.meetings.rows() if m.status == MeetingStatus.PLANNED)
    case = session_demo.session_view.view(upcoming.id).cases[0]
    agenda = session_demo.agenda
    agenda.save_case_notes(case.id, "Eerste", based_on=digest(case.notes))
    with pytest.raises(NotesConflict) as raised:
        agenda.save_case_notes(case.id, "Over het oude heen", based_on=digest(case.notes))
    assert (raised.value.mine, raised.value.theirs) == ("Over het oude heen", "Eerste")
    agenda.save_case_notes(
        case.id, "Tweede\x00", based_on=digest("Eerste")
    )  # control characters do not count
    agenda.save_case_notes(case.id, "Derde", based_on=digest("Tweede\x00"))
    assert session_demo.session_view.view(upcoming.id).cases[0].notes == "Derde"


@pytest.mark.parametrize(
    ("choice", "stored", "kept"),
    [
        (ConflictChoice.BACK, "Van de ander", True),
        (ConflictChoice.TAKE_THEIRS, "Van de ander", False),
        (ConflictChoice.KEEP_MINE, "mijn deel", False),
    ],
)
def test_a_conflict_shows_both_texts_and_overwrites_nothing_unseen(
    session_demo: Services,
    qtbot: QtBot,
    choice: ConflictChoice,
    stored: str,
    kept: bool,
) -> None:
    _page, screen = open_upcoming(session_demo, qtbot)
    case = screen.current_case()
    assert case is not None
    other = Services.create(session_demo.agenda._sessions, Actor("Iemand anders"), clock=session_demo.clock)
    other.agenda.save_case_notes(case.id, "Van de ander", based_on=digest(case.notes))  # meanwhile
    prompts = screen.prompts
    assert isinstance(prompts, FakePrompts)
    prompts.answer("resolve_conflict", choice)
    screen.focus_notes()
    screen.notes.selectAll()
    type_text(screen.notes, "mijn deel")
    screen.save_notes()
    assert prompts.asked == [
        Asked("resolve_conflict", "Iemand anders", repr([("Notes", "mijn deel", "Van de ander")]))
    ]
    view = session_demo.session_view.view(screen.meeting_id)
    assert next(c.notes for c in view.cases if c.id == case.id) == stored
    assert (case.id in screen.saver.journal.pending()) is kept
    if kept:  # back: the text is still unsaved, and the banner says why
        assert (
            screen.saver.banner.isVisibleTo(screen) and "changed these notes" in screen.saver.message.text()
        )


def test_a_replayed_journal_reports_the_conflict_and_keeps_both_texts(
    session_demo: Services, tmp_path: object
) -> None:
    from pathlib import Path

    from matchtafel.domain.vocabulary import MeetingStatus

    upcoming = next(m for m in session_demo.meetings.rows() if m.status == MeetingStatus.PLANNED)
    case = session_demo.session_view.view(upcoming.id).cases[0]
    journal = NotesJournal(Path(str(tmp_path)), "db")
    journal.keep(case.id, "Getypt, niet verstuurd", based_on=digest(case.notes))  # the connection drops
    session_demo.agenda.save_case_notes(case.id, "Een ander schreef", based_on=digest(case.notes))

    def save(case_id: int, text: str, base: str) -> None:
        session_demo.agenda.save_case_notes(case_id, text, based_on=base)

    (conflict,) = journal.replay(save)
    assert (conflict.mine, conflict.theirs) == ("Getypt, niet verstuurd", "Een ander schreef")
    assert journal.pending() == {case.id: "Getypt, niet verstuurd"}
    assert NotesJournal(Path(str(tmp_path)), "db").pending() == {case.id: "Getypt, niet verstuurd"}  # on disk
    journal.resolved(case.id, "Een ander schreef")
    assert journal.replay(save) == [] and journal.pending() == {}
