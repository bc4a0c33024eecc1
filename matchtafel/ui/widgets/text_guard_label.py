"""The free-text guard's remark in the interface language, and a label that shows it under a note as you type.

A remark, never a block: the note is saved as typed; the person decides to rephrase.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from matchtafel.clock import Clock
from matchtafel.domain.text_guard import BIRTH_DATE, BSN, HEALTH, check_text
from matchtafel.ui.i18n import translate
from matchtafel.ui.widgets.theme import css


def guard_remark(text: object, today: date) -> str | None:
    """``None`` when the text looks fine; else what it looks like and that it does not belong here."""
    findings = check_text(text if isinstance(text, str) else "", today)
    if not findings:
        return None
    kinds = {f.kind for f in findings}
    parts = []
    if BSN in kinds:
        parts.append(translate("TextGuard", "a BSN"))
    if BIRTH_DATE in kinds:
        parts.append(translate("TextGuard", "a date of birth"))
    if HEALTH in kinds:
        words = ", ".join(sorted({f.text for f in findings if f.kind == HEALTH}))
        parts.append(translate("TextGuard", "a health detail ({words})").format(words=words))
    return translate(
        "TextGuard", "This looks like {what}. Matchtafel does not keep these: please leave it out."
    ).format(what=translate("TextGuard", " and ").join(parts))


class GuardedNoteHint(QLabel):
    """Under a note field: the remark while the text holds something the guard finds, hidden otherwise."""

    def __init__(self, note: QPlainTextEdit, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note, self._clock = note, clock
        self.setWordWrap(True)
        self.setStyleSheet(css("warning"))  # amber, as the forms' remarks
        self.setAccessibleName(translate("TextGuard", "Remark about the note"))
        self.hide()
        note.textChanged.connect(self.check)

    def check(self) -> None:
        remark = guard_remark(self.note.toPlainText(), self._clock.today())
        self.setText(remark or "")
        self.setVisible(bool(remark))
