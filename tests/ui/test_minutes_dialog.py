"""Verslag maken from the app: options, a clear file name in the chosen folder, opened; a bad folder is said."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from matchtafel.services import Services
from matchtafel.ui import run_endings
from matchtafel.ui.minutes_dialog import MinutesDialog
from matchtafel.ui.run_session import RunSessionScreen
from matchtafel.ui.weights import MatchWeights
from matchtafel.vocabulary import MeetingStatus


def test_minutes_are_saved_with_a_clear_name_and_opened(
    session_demo: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    closed = next(m for m in session_demo.meetings.rows() if m.status == MeetingStatus.CLOSED)
    dialog = MinutesDialog(services=session_demo, meeting_id=closed.id, language="nl")
    qtbot.addWidget(dialog)
    opened: list[Path] = []
    dialog.open_file = opened.append  # type: ignore[method-assign]
    dialog.folder.setText(str(tmp_path / "missing"))
    dialog.make_button.click()
    assert "Cannot write" in dialog.status.text() and not opened and dialog.result() == 0
    dialog.folder.setText(str(tmp_path))
    dialog.notes.setChecked(False)
    dialog.make_button.click()
    expected = tmp_path / f"Verslag Matchtafel {closed.starts_at:%Y-%m-%d}.pdf"
    assert opened == [expected] and expected.exists() and dialog.result() == 1
    text = " ".join(p.extract_text() for p in PdfReader(expected).pages)
    assert "Vertrouwelijk — pagina 1 van" in text and "Besproken aan tafel" not in text  # notes left out


def test_the_minutes_button_waits_for_the_session_to_close(
    session_demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_endings, "confirm", lambda *_: True)  # "Close the session?": yes
    rows = session_demo.meetings.rows()
    planned = next(m for m in rows if m.status == MeetingStatus.PLANNED)
    screen = RunSessionScreen(services=session_demo, meeting_id=planned.id, weights=MatchWeights())
    qtbot.addWidget(screen)
    assert not screen.minutes_button.isEnabled()
    screen.close_session()
    assert screen.minutes_button.isEnabled()
