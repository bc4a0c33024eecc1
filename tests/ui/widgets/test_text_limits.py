"""Run mode's text fields have sensible limits with a visible count; a literal "&" stays an "&" in undo texts;
the service refuses an agreement longer than the field allows."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from matchtafel.domain.errors import ValidationError
from matchtafel.services import Services
from matchtafel.services.validation import AGREEMENT_LIMIT, NOTES_LIMIT
from tests.ui.run_helpers import open_upcoming


def settle(qtbot: QtBot) -> None:
    """Let the suggestions' debounce fire and its ranking finish inside this test: a run screen that is only
    closed (not yet deleted) must not start work on this test's database after it is gone."""
    from PySide6.QtCore import QThreadPool

    qtbot.wait(300)
    QThreadPool.globalInstance().waitForDone(10_000)


def test_the_agreement_and_the_notes_show_how_much_room_is_left(session_demo: Services, qtbot: QtBot) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    count = screen.entry.count
    assert count.text() == f"0 of {AGREEMENT_LIMIT} characters" and count.isVisibleTo(screen)
    qtbot.keyClicks(screen.action, "Cv bijwerken")
    assert count.text() == f"12 of {AGREEMENT_LIMIT} characters"
    screen.action.setText("x" * (AGREEMENT_LIMIT + 50))  # a paste: the line stops at the limit
    assert len(screen.action.text()) == AGREEMENT_LIMIT and "#b00020" in count.styleSheet()
    notes = screen.case_page.notes_count
    assert notes.text() == f"{len(screen.notes.toPlainText())} of {NOTES_LIMIT} characters"
    screen.notes.setFocus()
    QApplication.clipboard().setText("y" * (NOTES_LIMIT + 1_000))
    screen.notes.selectAll()
    screen.notes.paste()
    assert len(screen.notes.toPlainText()) == NOTES_LIMIT
    assert "did not fit" in notes.text()
    screen.save_notes()
    case = screen.current_case()
    assert case is not None
    stored = next(c for c in session_demo.session_view.view(screen.meeting_id).cases if c.id == case.id)
    assert len(stored.notes) == NOTES_LIMIT  # what is shown is what is kept
    qtbot.keyClick(screen.notes, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the next case
    assert notes.text().startswith(f"{len(screen.notes.toPlainText())} of ")
    settle(qtbot)


def test_the_service_refuses_an_agreement_longer_than_the_field(session_demo: Services) -> None:
    meeting = next(m.id for m in session_demo.meetings.rows() if m.status.value == "planned")
    with pytest.raises(ValidationError, match=f"at most {AGREEMENT_LIMIT} characters"):
        session_demo.agenda.add_agreement(
            meeting, action="a" * (AGREEMENT_LIMIT + 1), owner_id=None, deadline=None
        )


def test_an_ampersand_in_an_agreement_stays_an_ampersand_in_the_undo_text(
    session_demo: Services, qtbot: QtBot
) -> None:
    _, screen = open_upcoming(session_demo, qtbot)
    qtbot.keyClicks(screen.action, "Cv & brief")
    screen.deadline.setText("geen termijn")  # no deadline is said, not left out
    qtbot.keyClick(screen.action, Qt.Key.Key_Return)
    text = screen.undo_stack.undoText()
    assert "Cv && brief" in text and not re.search(r"(?<!&)&(?!&)", text)  # "&&" shows as one "&"
    settle(qtbot)


def test_labels_of_rows_with_several_widgets_have_a_buddy(session_demo: Services, qtbot: QtBot) -> None:
    """QFormLayout gives a text label a buddy only when its field is one widget; else "&" shows literally."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from matchtafel.ui.sections.registers.import_wizard import ImportWizard
    from matchtafel.ui.sections.run.minutes_dialog import MinutesDialog

    for dialog in (
        MinutesDialog(services=session_demo, meeting_id=None, language="en"),
        ImportWizard(services=session_demo, backup=lambda: None),
    ):
        qtbot.addWidget(dialog)
        for form in dialog.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel) and re.search(r"(?<!&)&(?!&)", label.text()):
                    assert label.buddy() is not None, label.text()
