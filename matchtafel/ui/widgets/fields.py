"""Form fields: how one value of a record is edited, parsed and shown again.

A field's widget gives back a Python value (str, int, date, bool, enum, list) or raises
``FieldInputError`` with a message that says how to fix the text. Used by ``RecordForm``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from matchtafel.domain.dates import DateParseError, format_date, parse_date
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.run.invitees_picker import Groups, InviteesPicker

FIND_FROM = 12  # a choice longer than this narrows as you type (people, employers, schools)


def make_findable(combo: QComboBox) -> None:
    """Typing in the choice narrows its list to the options that contain the letters (anywhere, any case);
    the choice is still one of the list."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    assert completer is not None  # an editable combo box has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class FieldInputError(ValueError):
    pass


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form.

    kind: text | note | int | date | bool | tristate | choice | list | multi (several of ``choices``, ticked) |
    invitees. ``choices`` gives (value, shown text) pairs for a choice; ``groups`` gives (organisation,
    [(id, name)]) for invitees; ``problem_keys`` are the names a service uses for this field in a
    ValidationError besides ``name`` (e.g. "hours" for hours_min). A choice of more than a few options narrows
    as you type.
    """

    name: str
    label: str
    kind: str = "text"
    required: bool = False
    hint: str = ""
    choices: Callable[[], Sequence[tuple[Any, str]]] | None = None
    completions: Callable[[], Sequence[str]] | None = None
    warn: Callable[[Any], str | None] | None = None  # a remark that does not block saving
    groups: Callable[[], Groups] | None = None
    problem_keys: tuple[str, ...] = field(default=())


class FieldEditor:
    """The widget of one field and the conversions between its text and the value."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec
        self.widget = self._make_widget()
        self.widget.setAccessibleName(spec.label.replace("&", ""))
        if isinstance(self.widget, QComboBox) and (line := self.widget.lineEdit()) is not None:
            line.setAccessibleName(spec.label.replace("&", ""))
        if spec.hint:
            self.widget.setToolTip(spec.hint)
            self.widget.setAccessibleDescription(spec.hint)

    def _make_widget(self) -> QWidget:
        kind = self.spec.kind
        if kind == "note":
            note = QPlainTextEdit()
            note.setTabChangesFocus(True)  # Tab leaves the field: a keyboard route through the form
            note.setFixedHeight(72)
            note.setPlaceholderText(self.spec.hint)
            return note
        if kind == "bool":
            return QCheckBox()
        if kind == "invitees":
            return InviteesPicker(self.spec.groups() if self.spec.groups else [])
        if kind == "multi":  # a short closed list: one tick box per item, Space ticks, arrows move
            ticks = QListWidget()
            for value, text in self.spec.choices() if self.spec.choices else []:
                item = QListWidgetItem(text, ticks)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            ticks.setFixedHeight(ticks.sizeHintForRow(0) * ticks.count() + 2 * ticks.frameWidth() + 2)
            return ticks
        if kind in ("tristate", "choice"):
            combo = QComboBox()
            for value, text in self._choice_items():
                combo.addItem(text, value)
            if combo.count() > FIND_FROM:
                make_findable(combo)
            # a long name does not widen the form: the list shows it whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            return combo
        edit = QLineEdit()
        if kind == "date":
            edit.setPlaceholderText(translate("fields", "dd-mm-yyyy"))
        elif kind == "list":
            edit.setPlaceholderText(self.spec.hint or translate("fields", "separate with commas"))
        elif self.spec.hint:
            edit.setPlaceholderText(self.spec.hint)
        if self.spec.completions is not None:
            # The model needs a Qt parent: a completer does not own the model it is given.
            completer = QCompleter(QStringListModel(list(self.spec.completions()), edit), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        return edit

    def _choice_items(self) -> list[tuple[Any, str]]:
        if self.spec.kind == "tristate":
            return [
                (None, translate("fields", "Unknown")),
                (True, translate("fields", "Yes")),
                (False, translate("fields", "No")),
            ]
        items = list(self.spec.choices() if self.spec.choices else [])
        if self.spec.required and len(items) != 1:
            items.insert(
                0, (None, translate("fields", "(choose)"))
            )  # never pick for the person; "Fill this in." until chosen
        elif not self.spec.required:
            items.insert(0, (None, translate("fields", "(not filled in)")))
        return items

    # -- value <-> widget ------------------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, InviteesPicker):
            w.set_value(value)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QListWidget):
            chosen = set(value or ())
            for item in _items(w):
                ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        elif isinstance(w, QComboBox):
            position = w.findData(value)
            w.setCurrentIndex(max(position, 0))
        elif isinstance(w, QLineEdit):
            w.setText(self.to_text(value))

    def to_text(self, value: Any) -> str:
        """How a value reads in this field (also used to show the other version in a conflict)."""
        kind = self.spec.kind
        if value is None:
            return ""
        if kind == "date":
            return format_date(value) if isinstance(value, date) else str(value)
        if kind == "list":
            return ", ".join(value)
        if kind == "invitees" and isinstance(self.widget, InviteesPicker):
            return self.widget.names(value)
        if kind == "multi":
            shown = dict(self.spec.choices() if self.spec.choices else [])
            return ", ".join(str(shown.get(v, v)) for v in value)
        if kind in ("tristate", "choice", "bool"):
            items = (
                dict(self._choice_items())
                if kind != "bool"
                else {True: translate("fields", "Yes"), False: translate("fields", "No")}
            )
            return str(items.get(value, value))
        return str(value)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, InviteesPicker):
            return w.value()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QListWidget):
            return [
                item.data(Qt.ItemDataRole.UserRole)
                for item in _items(w)
                if item.checkState() == Qt.CheckState.Checked
            ]
        if isinstance(w, QComboBox):
            if w.isEditable() and not w.currentText().strip():
                return None  # emptied: nothing chosen ("Fill this in." when it is required)
            if w.isEditable() and w.currentText() != w.itemText(w.currentIndex()):
                raise FieldInputError(translate("fields", "Choose one of the list (type a few letters, ↓)."))
            return w.currentData()
        assert isinstance(w, QLineEdit)
        text = w.text().strip()
        kind = self.spec.kind
        if kind == "int":
            if not text:
                return None
            if not text.isdigit():
                raise FieldInputError(translate("fields", "Write a whole number, e.g. 24."))
            return int(text)
        if kind == "date":
            try:
                return parse_date(text)
            except DateParseError as exc:
                raise FieldInputError(translate("fields", "Write a date like 20-11-2026.")) from exc
        if kind == "list":
            return [part.strip() for part in text.split(",") if part.strip()]
        return text

    def focus(self) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(row) for row in range(widget.count())]
