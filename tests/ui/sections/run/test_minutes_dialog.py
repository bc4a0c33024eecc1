"""Verslag maken from the app: options, a clear file name in the chosen folder, opened; a bad folder is said."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from matchtafel.domain.vocabulary import MeetingStatus
from matchtafel.services import Services
from matchtafel.ui.sections.run.minutes_dialog import MinutesDialog
from matchtafel.ui.sections.run.run_session import RunSessionScreen
from matchtafel.ui.sections.run.sessions_page import SessionsPage
from matchtafel.ui.weights import MatchWeights
from tests.ui.prompts import FakePrompts


def test_minutes_are_saved_with_a_clear_name_and_opened(
    session_demo: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    closed = next(m for m in session_demo.meetings.rows() if m.status == MeetingStatus.CLOSED)
    prompts = FakePrompts()
    dialog = MinutesDialog(services=session_demo, meeting_id=closed.id, language="nl", prompts=prompts)
    qtbot.addWidget(dialog)
    opened = prompts.opened  # what went to the PDF viewer
    blocked = tmp_path / "a file"
    blocked.write_text("", encoding="utf-8")
    dialog.folder.setText(str(blocked / "map"))
    dialog.make_button.click()  # made off the UI thread: the dialog waits with its button off
    assert not dialog.make_button.isEnabled()
    qtbot.waitUntil(dialog.make_button.isEnabled, timeout=10_000)
    assert "Cannot write" in dialog.status.text() and not opened and dialog.result() == 0
    dialog.folder.setText(str(tmp_path / "nieuwe map"))  # a folder that is not there yet is made
    dialog.notes.setChecked(False)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    expected = tmp_path / "nieuwe map" / f"Verslag Matchtafel {closed.starts_at:%Y-%m-%d}.pdf"
    assert opened == [expected] and expected.exists() and dialog.result() == 1
    text = " ".join(p.extract_text() for p in PdfReader(expected).pages)
    assert "Vertrouwelijk — pagina 1 van" in text and "Besproken aan tafel" not in text  # notes left out


def test_the_minutes_button_waits_for_the_session_to_close(session_demo: Services, qtbot: QtBot) -> None:
    prompts = FakePrompts().answer("go_ahead", True)  # "Close the session?": yes
    rows = session_demo.meetings.rows()
    planned = next(m for m in rows if m.status == MeetingStatus.PLANNED)
    screen = RunSessionScreen(
        services=session_demo, meeting_id=planned.id, weights=MatchWeights(), prompts=prompts
    )
    qtbot.addWidget(screen)
    assert not screen.minutes_button.isEnabled()
    screen.close_session()
    qtbot.waitUntil(screen.minutes_button.isEnabled)  # once the session read after closing has landed


def test_without_a_session_the_dialog_takes_the_latest_held_one_as_the_command_line_does(
    session_demo: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    prompts = FakePrompts()
    sessions = SessionsPage(services=session_demo, weights=MatchWeights(), prompts=prompts)
    qtbot.addWidget(sessions)
    sessions.reload()
    qtbot.waitUntil(lambda: sessions.list_page.model.rowCount() > 0)
    planned = next(m for m in session_demo.meetings.rows() if m.status == MeetingStatus.PLANNED)
    sessions.list_page.select(lambda r: r.id == planned.id)
    shown: list[MinutesDialog] = []

    def show(dialog: QDialog) -> bool:
        assert isinstance(dialog, MinutesDialog)
        shown.append(dialog)
        dialog.folder.setText(str(tmp_path))
        dialog.undecided.setChecked(True)
        dialog.make()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
        return True

    prompts.always("run", show)
    sessions.minutes_button.click()  # Alt+M
    latest = session_demo.minutes.find("latest")
    assert shown[0].meeting_id == latest and shown[0].session.currentIndex() == 0
    assert [shown[0].session.itemData(i) for i in range(shown[0].session.count())] == [
        h.id for h in session_demo.minutes.held()
    ]
    assert planned.id not in [shown[0].session.itemData(i) for i in range(shown[0].session.count())]
    assert "Minutes saved" in sessions.status.text()
    held = session_demo.minutes.held()[1]
    sessions.list_page.select(lambda r: r.id == held.id)
    sessions.minutes_button.click()
    assert shown[1].meeting_id == held.id


def test_a_documents_folder_that_does_not_exist_is_made_or_replaced_by_the_data_folder(
    session_demo: Services, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QStandardPaths

    from matchtafel.settings import data_dir
    from matchtafel.ui.sections.run import minutes_dialog

    documents = tmp_path / "home" / "Documenten"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda kind: str(documents))
    dialog = MinutesDialog(services=session_demo, meeting_id=None, language="en")
    qtbot.addWidget(dialog)
    assert documents.is_dir() and dialog.folder.text() == str(documents)
    assert dialog.status.text() == f"The documents folder {documents} did not exist; it has been made."
    assert minutes_dialog.documents_note() == ""  # there now
    blocked = tmp_path / "a file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda kind: str(blocked / "Documenten"))
    assert minutes_dialog.documents_folder() == data_dir() and data_dir().is_dir()
    assert minutes_dialog.documents_note().startswith(
        f"The documents folder {blocked / 'Documenten'} cannot be made"
    )
