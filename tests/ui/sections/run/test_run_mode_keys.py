"""Fewer keys where the meeting spends them: the owner that fits two people opens the choice, a missing
deadline is asked for, the Insert dialog narrows as you type (code, initials, school, a name only with
consent), and the table screen shows code and initials, never a name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from matchtafel.models import YoungPerson
from matchtafel.services import Services
from matchtafel.services.organisations import PersonInput
from matchtafel.storage.db import Database
from matchtafel.ui.sections.run.table_screen import TableScreen, table_state
from matchtafel.ui.widgets.pick_dialog import PickDialog, PickOption
from matchtafel.ui.widgets.prompts import Prompts
from tests.ui.keys import type_text
from tests.ui.run_helpers import open_upcoming, settled
from tests.ui.sections.run.test_run_session_flow import proposable_case

pytestmark = pytest.mark.real_dialogs  # the choices are answered with keys in the real dialog


def keys_in_next_dialog(qtbot: QtBot, *keys: Qt.Key, typed: str = "") -> None:
    """Once the next modal dialog is open: type ``typed`` and press ``keys`` in it, as a person would."""
    tries = [250]

    def press() -> None:
        tries[0] -= 1
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PickDialog) or not dialog.isVisible():
            if tries[0] > 0:
                QTimer.singleShot(20, press)
            return
        if typed:
            type_text(dialog.filter, typed)
        for key in keys:
            qtbot.keyClick(dialog.filter, key)

    QTimer.singleShot(0, press)


def test_an_owner_who_fits_two_people_opens_the_choice(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot, Prompts())
    organisation = next(iter({p.organisation_id for p in session_demo.people.rows()}))
    olivier = session_demo.people.create(PersonInput(name="Olivier Schiltkamp", organisation_id=organisation))
    tobias = session_demo.people.create(PersonInput(name="Tobias Schiltkamp", organisation_id=organisation))
    settled(screen, qtbot).reload()
    settled(screen, qtbot)
    screen.action.setText("Werkgever bellen")
    screen.owner.setText("schiltk")
    screen.deadline.setText("vr")
    keys_in_next_dialog(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)  # the second of the two: Tobias
    screen.add_agreement()
    saved = settled(screen, qtbot).view.agreements[-1]
    assert saved.action == "Werkgever bellen" and saved.owner_name == tobias.name != olivier.name
    # Escape in the choice keeps the line, and says why
    screen.action.setText("Nog een afspraak")
    screen.owner.setText("schiltk")
    screen.deadline.setText("vr")
    keys_in_next_dialog(qtbot, Qt.Key.Key_Escape)
    screen.add_agreement()
    assert screen.entry_status.text() == "Choose who is meant, then Enter."
    assert screen.focusWidget() is screen.owner  # the window itself is active again on a real screen
    assert screen.action.text() == "Nog een afspraak"


def test_no_deadline_is_said_or_asked(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot, Prompts())
    before = len(screen.view.agreements)
    screen.action.setText("Stage zoeken")
    screen.add_agreement()  # no deadline typed: asked, nothing saved
    assert screen.entry_status.text() == "By when? Type a deadline, or 'geen termijn' when there is none."
    assert screen.deadline.hasFocus() and len(screen.view.agreements) == before
    type_text(screen.deadline, "geen termijn")
    qtbot.keyClick(screen.deadline, Qt.Key.Key_Return)
    assert settled(screen, qtbot).view.agreements[-1].deadline is None
    assert screen.agreements.item(screen.agreements.count() - 1).text().endswith("· no deadline")


def full_name(db: Database, young_person_id: int) -> tuple[str, str]:
    with db.sessions() as s:
        young = s.get(YoungPerson, young_person_id)
        assert young is not None
        return young.given_name, young.family_name


def test_the_insert_dialog_narrows_on_code_school_and_a_consenting_name(
    session_demo: Services, db: Database, qtbot: QtBot
) -> None:
    _, screen = open_upcoming(session_demo, qtbot, Prompts())
    proposal = session_demo.agenda.propose(screen.meeting_id)
    everyone = [*proposal.cases, *proposal.others]
    assert len(everyone) > 150  # everyone may be added, the proposed first
    with_name = next(c for c in everyone if c.name)
    without = next(c for c in everyone if not c.name)
    given, family = full_name(db, without.young_person_id)
    added: list[int] = []
    screen.agenda_keys.undoable = lambda _text, redo, _undo: (redo(), added.append(1))  # type: ignore[assignment]

    keys_in_next_dialog(qtbot, Qt.Key.Key_Return, typed=with_name.name)
    screen.agenda.setFocus()
    qtbot.keyClick(
        screen.agenda, Qt.Key.Key_Insert
    )  # the dialog opens once the list is read off the UI thread
    qtbot.waitUntil(lambda: added == [1], timeout=10_000)
    assert with_name.young_person_id in [
        c.young_person_id for c in session_demo.session_view.view(screen.meeting_id).cases
    ]
    # a name without consent finds nothing, whatever is typed
    options = [PickOption(f"{c.code} {c.initials} · {c.school}", c, c.name) for c in everyone]
    dialog = PickDialog(title="t", prompt="p", options=options)
    qtbot.addWidget(dialog)
    type_text(dialog.filter, f"{given} {family}")
    assert all(
        dialog.model.option(r).value.young_person_id != without.young_person_id
        for r in range(dialog.model.rowCount())
    )
    dialog.filter.clear()
    type_text(dialog.filter, without.code)
    assert dialog.model.rowCount() == 1 and dialog.chosen() is without
    dialog.filter.clear()
    type_text(dialog.filter, f"{without.school.split()[0]} {without.initials}")
    assert without in [dialog.model.option(r).value for r in range(dialog.model.rowCount())]
    assert dialog.model.rowCount() < len(options)


def test_the_table_screen_shows_code_and_initials_never_a_name(
    session_demo: Services, db: Database, qtbot: QtBot
) -> None:
    _, screen = open_upcoming(session_demo, qtbot, Prompts())
    case = screen.current_case()
    given, family = full_name(db, case.young_person_id)
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    window = screen.table.window
    assert isinstance(window, TableScreen) and window.isVisible()
    qtbot.waitUntil(lambda: screen.suggestions.current() is not None)
    screen.action.setText("Cv bijwerken")
    screen.deadline.setText("vr")
    screen.add_agreement()
    settled(screen, qtbot)
    state = window.state
    assert state is not None and state.case == f"{case.code} {case.initials}"
    assert state.agreements and state.agreements[-1].startswith("Cv bijwerken")
    assert state.suggestions and all(s.reasons for s in state.suggestions)
    shown = " ".join(label.text() for label in window.findChildren(type(window.case)))
    assert case.code in shown and given not in shown and family not in shown
    # nothing on it can be edited, or even take the focus
    assert [w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus] == []
    # another school's young person (hidden on a shared server): code and initials, nothing more
    hidden = type(case)(**{**case.__dict__, "visible": False})
    other = table_state(screen.view, current=hidden, suggestions=screen.suggestions.top(3), elapsed_seconds=0)
    assert other.case == f"{case.code} {case.initials}" and other.situation == "" and other.suggestions == ()
    # between cases: the agenda, code and initials only
    screen.window().activateWindow()  # the owner completer's popup took the activation (offscreen Qt)
    qtbot.waitUntil(screen.window().isActiveWindow)
    qtbot.keyClick(screen, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.state is not None and window.state.case == ""
    assert [a[0] for a in window.state.agenda] == [f"{c.code} {c.initials}" for c in screen.view.cases]
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    assert not window.isVisible()


def test_after_a_proposal_the_status_says_so_and_the_selection_stays(
    session_demo: Services, qtbot: QtBot
) -> None:
    _, screen = open_upcoming(session_demo, qtbot, Prompts())
    screen.agenda.setCurrentRow(proposable_case(session_demo, screen))
    qtbot.waitUntil(lambda: screen.suggestions.model.rowCount() > 2)
    # A suggestion past the first that the demo (made for today's date) has not proposed this young person for.
    young = screen.current_case().young_person_id
    proposed = {(p.vacancy_title, p.employer_name) for p in session_demo.history.of_young_person(young).proposals}
    row = 0
    for row in range(1, screen.suggestions.model.rowCount()):
        screen.suggestions.table.setCurrentIndex(screen.suggestions.model.index(row, 0))
        chosen = screen.suggestions.current()
        if (chosen.title, chosen.employer_name) not in proposed:
            break
    screen.action.setText("Cv bijwerken")
    screen.deadline.setText("vr")
    screen.add_agreement()
    assert screen.entry_status.text() == "Agreement saved."
    screen.suggestions.table.setCurrentIndex(screen.suggestions.model.index(row, 0))
    with qtbot.waitSignal(screen.suggestions.loaded, timeout=10_000):
        screen.suggestions.propose_current()
    assert screen.entry_status.text() == f"Proposed: {chosen.title} ({chosen.employer_name})."
    assert screen.suggestions.current().vacancy_id == chosen.vacancy_id  # not back to the first row
    assert [p.vacancy_title for p in screen.view.proposals if p.case_id == screen.current_case().id] == [
        chosen.title
    ]
    assert screen.case_page.proposals.count() == 1
