"""A visible count under a text field with a limit ("120 of 500 characters"): grey while there is room, red
at the last tenth. A one-line field stops at the limit itself; a notes field is cut back to it when a paste
goes over, and the count says so."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from matchtafel.ui.i18n import translate


class LengthCount(QLabel):
    def __init__(self, field: QLineEdit | QPlainTextEdit, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self.limit = field, limit
        self.setAccessibleName(translate("TextLimit", "Characters used"))
        if isinstance(field, QLineEdit):
            field.setMaxLength(limit)
            field.textChanged.connect(self.update_count)
        else:
            field.textChanged.connect(self._cut_back)
        self.update_count()

    def update_count(self, *_: object, cut: bool = False) -> None:
        """Call after setting the text with signals blocked (showing another case)."""
        count = len(self._text())
        text = translate("TextLimit", "{count} of {limit} characters").format(count=count, limit=self.limit)
        if cut:
            text += " · " + translate("TextLimit", "the rest did not fit and was not added")
        self.setText(text)
        full = count >= self.limit * 0.9 or cut
        self.setStyleSheet("color: #b00020;" if full else "color: palette(dark);")

    def _text(self) -> str:
        return self.field.text() if isinstance(self.field, QLineEdit) else self.field.toPlainText()

    def _cut_back(self) -> None:
        assert isinstance(self.field, QPlainTextEdit)
        text = self.field.toPlainText()
        if len(text) <= self.limit:
            self.update_count()
            return
        cursor = self.field.textCursor()
        position = min(cursor.position(), self.limit)
        self.field.setPlainText(text[: self.limit])  # a textChanged of its own: saved like typing
        cursor = self.field.textCursor()
        cursor.setPosition(position)
        self.field.setTextCursor(cursor)
        self.update_count(cut=True)
