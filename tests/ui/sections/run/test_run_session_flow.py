"""A whole session from the keyboard, the review of open agreements, undo and redo, dragging the agenda."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from matchtafel.domain.vocabulary import (
    AgreementStatus,
    AttendanceStatus,
    CaseStatus,
    MeetingStatus,
    ReviewDecision,
)
from matchtafel.models import Agreement, AgreementReview, Case, Proposal
from matchtafel.services import Services
from matchtafel.storage.db import Database
from matchtafel.ui.sections.run.run_session import AUTOSAVE_MS, RunSessionScreen
from tests.conftest import TODAY
from tests.ui.keys import type_text
from tests.ui.prompts import FakePrompts
from tests.ui.run_helpers import open_upcoming, sessions_page, settled

ALT, CTRL, SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


def key(
    qtbot: QtBot, widget: QWidget, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(widget, k, mods)


def focused(screen: RunSessionScreen) -> QWidget:
    widget = screen.focusWidget()
    assert widget is not None
    return widget


def type_agreement(qtbot: QtBot, screen: RunSessionScreen, action: str, who: str, when: str) -> None:
    key(qtbot, focused(screen), Qt.Key.Key_Return, CTRL)
    assert screen.action.hasFocus()
    type_text(screen.action, action)
    key(qtbot, screen.action, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.owner, who)
    key(qtbot, screen.owner, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.deadline, when)
    key(qtbot, screen.deadline, Qt.Key.Key_Return)
    assert screen.entry_status.text() == "Agreement saved.", screen.entry_status.text()
    # The owner's completer popup took the window's activation; offscreen Qt does not give it back when
    # the popup closes, a real window manager does. Shortcuts need an active window.
    screen.window().activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)


def proposable_case(services: Services, screen: RunSessionScreen) -> int:
    """The first case whose young person's consent allows a proposal."""
    for row, case in enumerate(screen.view.cases):
        consent = services.consent.in_force(case.young_person_id)
        if consent is not None and consent.scope_share_wsp and consent.scope_employer_profile:
            return row
    raise AssertionError("no case on the demo agenda may be proposed")


def test_a_whole_session_from_the_keyboard(session_demo: Services, db: Database, qtbot: QtBot) -> None:
    services = session_demo
    prompts = FakePrompts().always("go_ahead", True)  # the endings' question: yes
    page = sessions_page(services, qtbot, prompts)
    # plan: the next session after the upcoming one, same place and people, then Enter runs it
    upcoming = next(r for r in services.meetings.rows() if r.status == MeetingStatus.PLANNED)
    assert page.list_page.select(lambda row: row.id == upcoming.id)
    page.list_page.table.setFocus()
    key(qtbot, page, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: getattr(page.list_page.current_row(), "id", upcoming.id) != upcoming.id)
    planned = page.list_page.current_row()
    assert planned.place == upcoming.place and planned.starts_at > upcoming.starts_at
    key(qtbot, page.list_page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.run_screen is not None)  # read off the UI thread, then shown
    screen = page.run_screen
    assert screen is not None and screen.meeting_id == planned.id

    # review: D, N +2w Enter, C, K on the first four open agreements from earlier sessions
    assert screen.reviewing() and screen.review.items.hasFocus()
    review = [item.agreement_id for item in screen.view.review]
    key(qtbot, screen.review.items, Qt.Key.Key_D)
    key(qtbot, screen.review.items, Qt.Key.Key_N)
    assert screen.review.deadline.hasFocus()
    qtbot.keyClicks(screen.review.deadline, "+2w")
    key(qtbot, screen.review.deadline, Qt.Key.Key_Return)
    key(qtbot, screen.review.items, Qt.Key.Key_C)
    key(qtbot, screen.review.items, Qt.Key.Key_K)

    # agenda: three young people added with Insert (the choice dialog answered with the first option whose
    # consent allows a proposal: the first case gets one below)
    def proposable_first(options: list[Any]) -> Any:
        for option in options:
            consent = services.consent.in_force(option.value.young_person_id)
            if consent is not None and consent.scope_share_wsp and consent.scope_employer_profile:
                return option.value
        raise AssertionError("nobody in the demo may be proposed")

    prompts.always("pick", proposable_first)
    key(qtbot, screen, Qt.Key.Key_1, ALT)
    assert screen.agenda.hasFocus()
    for count in range(1, 4):
        key(qtbot, screen.agenda, Qt.Key.Key_Insert)  # who may be added is read off the UI thread
        qtbot.waitUntil(lambda count=count: len(screen.view.cases) == count)  # type: ignore[misc]
    assert len(screen.view.cases) == 3

    # attendance: P, P, A, E down the list (each key moves on to the next person)
    key(qtbot, screen, Qt.Key.Key_2, ALT)
    people = screen.attendance.people
    assert people.hasFocus()
    for k in (Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_E):
        key(qtbot, people, k)
    attendees = [name for pid, name, invited in screen.view.people if invited]
    owner_letters = [attendees[0].split()[0][:4], attendees[1].split()[0][:4]]

    # three cases: notes, two agreements each, one proposal on the first; Ctrl+D: discussed, next case
    key(qtbot, screen, Qt.Key.Key_3, ALT)
    for number in range(3):
        assert screen.current == number and screen.notes.hasFocus()
        type_text(screen.notes, f"Casus {number + 1}: zoekt werk in de buurt; ouders betrokken.")
        type_agreement(qtbot, screen, f"Gesprek plannen {number + 1}", owner_letters[0], "vr")
        type_agreement(qtbot, screen, f"Vacatures doorsturen {number + 1}", owner_letters[1], "+2w")
        if number == 0:
            qtbot.waitUntil(lambda: screen.suggestions.current() is not None)
            key(qtbot, focused(screen), Qt.Key.Key_P, CTRL)
            assert screen.entry_status.text().startswith("Proposed: ")
        key(qtbot, focused(screen), Qt.Key.Key_D, CTRL)

    # close, lock, and an amendment typed afterwards (after Amend…)
    key(qtbot, screen, Qt.Key.Key_C, ALT)  # a button's mnemonic clicks it after a short animation
    qtbot.waitUntil(lambda: screen.view.status == MeetingStatus.CLOSED)
    key(qtbot, screen, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: screen.view.status == MeetingStatus.LOCKED)
    key(qtbot, screen, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: screen.amending)
    key(qtbot, screen, Qt.Key.Key_3, ALT)
    type_text(screen.notes, " Later: gestart op 1 december.")
    qtbot.wait(AUTOSAVE_MS + 300)

    with db.sessions() as s:
        cases = s.scalars(select(Case).where(Case.meeting_id == planned.id).order_by(Case.position)).all()
        assert [c.status for c in cases] == [CaseStatus.DISCUSSED] * 3
        assert cases[0].notes == "Casus 1: zoekt werk in de buurt; ouders betrokken."
        assert cases[2].notes.endswith("ouders betrokken. Later: gestart op 1 december.")
        agreements = s.scalars(select(Agreement).where(Agreement.meeting_id == planned.id)).all()
        assert len(agreements) == 6 and all(a.owner_id and a.deadline for a in agreements)
        assert {a.case_id for a in agreements} == {c.id for c in cases}
        assert len(s.scalars(select(Proposal).where(Proposal.case_id == cases[0].id)).all()) == 1
        decisions = {
            r.agreement_id: r.decision
            for r in s.scalars(select(AgreementReview).where(AgreementReview.meeting_id == planned.id))
        }
        assert decisions == {
            review[0]: ReviewDecision.DONE,
            review[1]: ReviewDecision.NEW_DEADLINE,
            review[2]: ReviewDecision.CANCELLED,
            review[3]: ReviewDecision.KEEP,
        }
        assert s.get(Agreement, review[1]).deadline == TODAY + timedelta(weeks=2)
        assert s.get(Agreement, review[0]).status == AgreementStatus.DONE
    view = services.session_view.view(planned.id)
    statuses = sorted(view.attendance.values())
    assert statuses.count(AttendanceStatus.PRESENT) == 2 and AttendanceStatus.EXCUSED in statuses
    amendments = services.agenda.amendments(planned.id)
    assert [d for _, _, d in amendments] == [f"case {cases[2].id}: update (notes)"]


def test_undo_and_redo_agreements_proposals_and_agenda_changes(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    meeting = screen.meeting_id
    proposable = proposable_case(session_demo, screen)
    screen.agenda.setCurrentRow(proposable)
    first = screen.current_case()

    def agreements() -> list[str]:
        return [a.action for a in session_demo.session_view.view(meeting).agreements]

    type_agreement(qtbot, screen, "Stage regelen", "", "geen termijn")
    assert agreements() == ["Stage regelen"]
    screen.agenda.setFocus()
    key(qtbot, screen.agenda, Qt.Key.Key_Z, CTRL)
    assert agreements() == []
    key(qtbot, screen.agenda, Qt.Key.Key_Y, CTRL)
    assert agreements() == ["Stage regelen"]

    qtbot.waitUntil(lambda: screen.suggestions.current() is not None)
    screen.suggestions.table.setFocus()
    key(qtbot, screen.suggestions.table, Qt.Key.Key_P, CTRL)

    def proposals() -> int:
        return len(session_demo.history.of_young_person(first.young_person_id).proposals)

    made = proposals()
    key(qtbot, screen.suggestions.table, Qt.Key.Key_Z, CTRL)
    assert proposals() == made - 1
    key(qtbot, screen.suggestions.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert proposals() == made

    # remove a case with notes (it has no agreements), undo puts it back with them; a move is undone too
    order = [c.young_person_id for c in screen.view.cases]
    other = 2 if proposable == 1 else 1
    screen.agenda.setCurrentRow(other)
    screen.notes.setFocus()
    type_text(screen.notes, "Wacht op uitslag keuring.")
    screen.agenda.setFocus()
    key(qtbot, screen.agenda, Qt.Key.Key_Delete)
    assert len(settled(screen, qtbot).view.cases) == len(order) - 1
    key(qtbot, screen.agenda, Qt.Key.Key_Z, CTRL)
    assert [c.young_person_id for c in settled(screen, qtbot).view.cases] == order
    assert screen.view.cases[other].notes == "Wacht op uitslag keuring."
    screen.agenda.setCurrentRow(0)
    key(qtbot, screen.agenda, Qt.Key.Key_Down, CTRL | SHIFT)
    assert [c.young_person_id for c in settled(screen, qtbot).view.cases][:2] == [order[1], order[0]]
    key(qtbot, screen.agenda, Qt.Key.Key_Z, CTRL)
    assert [c.young_person_id for c in settled(screen, qtbot).view.cases] == order
    key(qtbot, screen.agenda, Qt.Key.Key_Plus)
    assert settled(screen, qtbot).view.cases[screen.current].time_budget_minutes == 6
    key(qtbot, screen.agenda, Qt.Key.Key_Z, CTRL)
    assert settled(screen, qtbot).view.cases[screen.current].time_budget_minutes == 5
    # four steps back to the start: the agreement is the last one still undoable
    while screen.undo_stack.canUndo():
        key(qtbot, screen.agenda, Qt.Key.Key_Z, CTRL)
    assert agreements() == [] and proposals() == made - 1


def test_dragging_a_case_moves_it_and_undo_moves_it_back(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    order = [c.id for c in screen.view.cases]
    # what a drop in the list does: the list model moves the row, the screen follows
    assert screen.agenda.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    qtbot.waitUntil(lambda: [c.id for c in screen.view.cases] != order)
    assert [c.id for c in screen.view.cases] == [order[1], order[2], order[0], *order[3:]]
    assert [c.id for c in session_demo.session_view.view(screen.meeting_id).cases][2] == order[0]
    screen.agenda.setFocus()
    key(qtbot, screen.agenda, Qt.Key.Key_Z, CTRL)
    assert [c.id for c in settled(screen, qtbot).view.cases] == order


def test_the_review_shows_decisions_and_new_vacancies(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    key(qtbot, screen, Qt.Key.Key_R, CTRL)
    assert screen.reviewing() and screen.review.items.hasFocus()
    undecided = screen.review.undecided()
    key(qtbot, screen.review.items, Qt.Key.Key_K)
    assert settled(screen, qtbot).review.undecided() == undecided - 1
    assert screen.review.items.item(0).text().endswith("→  Keep open")
    assert screen.review.items.currentRow() == 1
    key(qtbot, screen.review.items, Qt.Key.Key_N)
    qtbot.keyClicks(screen.review.deadline, "morgen")
    key(qtbot, screen.review.deadline, Qt.Key.Key_Return)
    assert "is not a deadline" in screen.review.status.text()
    key(qtbot, screen.review.deadline, Qt.Key.Key_Escape)
    assert screen.review.items.hasFocus() and screen.review.undecided() == undecided - 1
    assert screen.review.vacancies.count() == len(screen.view.new_vacancies) > 0
    assert "Review: " in screen.review_button.text()
