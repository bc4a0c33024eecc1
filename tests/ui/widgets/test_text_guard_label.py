"""The free-text guard under notes: a remark while typing, never a block."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from matchtafel.clock import FixedClock
from matchtafel.ui.widgets.text_guard_label import GuardedNoteHint, guard_remark
from tests.conftest import NOW, TODAY
from tests.ui.keys import type_text
from tests.ui.register_helpers import save_and_wait


def test_the_remark_names_what_the_text_looks_like() -> None:
    assert guard_remark("Wil graag in de zorg werken", TODAY) is None
    assert guard_remark(None, TODAY) is None
    remark = guard_remark("BSN 123456782, heeft ADHD", TODAY)
    assert remark == (
        "This looks like a BSN and a health detail (adhd). Matchtafel does not keep these: please leave it out."
    )


def test_the_hint_follows_the_typing(qtbot: QtBot) -> None:
    note = QPlainTextEdit()
    hint = GuardedNoteHint(note, FixedClock(NOW))
    qtbot.addWidget(note)
    qtbot.addWidget(hint)
    type_text(note, "Gesprek ging goed; ")
    assert hint.isHidden()
    type_text(note, "geboren 03-04-2009")
    assert not hint.isHidden() and "a date of birth" in hint.text()
    note.setPlainText("Gesprek ging goed.")
    assert hint.isHidden()
    assert note.toPlainText() == "Gesprek ging goed."  # nothing is taken away: the person decides


def test_a_guarded_note_in_a_form_warns_and_still_saves(qtbot: QtBot) -> None:
    from matchtafel.ui.widgets.fields import FieldSpec
    from matchtafel.ui.widgets.record_form import RecordForm

    saved: list[dict[str, object]] = []
    form = RecordForm(
        title="Jongere",
        specs=[
            FieldSpec(
                "support_note", "Support note", kind="note", warn=lambda text: guard_remark(text, TODAY)
            )
        ],
        row=None,
        values={"support_note": ""},
        save=lambda values, row: saved.append(values) or values,
    )
    qtbot.addWidget(form)
    note = form.editors["support_note"].widget
    assert isinstance(note, QPlainTextEdit)
    type_text(note, "Heeft autisme")
    assert "a health detail (autisme)" in form.visible_warnings()["support_note"]
    assert save_and_wait(form, qtbot) and saved[0]["support_note"] == "Heeft autisme"
