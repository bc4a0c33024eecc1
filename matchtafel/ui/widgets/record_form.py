"""A form for one record: fields from specs, inline messages that say how to fix a value, and the
keys people expect (Ctrl+S saves, Esc cancels, closing the window saves what was changed).

The form never talks to a database: ``save`` is a callable the register page gives it, which calls
a service and returns the saved row (or raises ValidationError / ConflictError / UserError).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.errors import ConflictError, UserError, ValidationError
from matchtafel.ui.change_feed import Area
from matchtafel.ui.i18n import translate_error
from matchtafel.ui.widgets.conflict_dialog import ConflictChoice
from matchtafel.ui.widgets.fields import FieldEditor, FieldInputError, FieldSpec
from matchtafel.ui.widgets.operations import run_operation, show_error
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.theme import css

SaveFunction = Callable[[dict[str, Any], Any], Any]


class RecordForm(QDialog):
    """Edits one record. After ``exec()`` (``finished``), ``saved_row`` holds the row as stored (or None)."""

    def __init__(
        self,
        *,
        title: str,
        specs: Sequence[FieldSpec],
        row: Any,
        values: dict[str, Any],
        save: SaveFunction,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompts = prompts or Prompts()  # also for the panels a register adds under the fields
        self._save = save
        self.row = row
        self.saved_row: Any = None
        self._saving = False
        self.changes: frozenset[Area] = frozenset()  # what a save changes, for the change feed
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.warnings: dict[str, QLabel] = {}
        self._build(specs)
        self.load(values)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        if self.editors:  # the cursor in the first field: typing starts at once
            next(iter(self.editors.values())).focus()

    def _build(self, specs: Sequence[FieldSpec]) -> None:
        outer = self._outer = QVBoxLayout(self)
        body = QWidget()
        layout = QFormLayout(body)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            editor = FieldEditor(spec)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setStyleSheet(
                css("error")
            )  # dark red (light red on dark): readable in grey print and for low vision
            error.setWordWrap(True)
            error.hide()
            warning = QLabel()
            warning.setObjectName("fieldWarning")
            warning.setStyleSheet(css("warning"))  # amber: a remark, not an error
            warning.setWordWrap(True)
            warning.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor.widget)
            column.addWidget(error)
            column.addWidget(warning)
            if spec.warn is not None and isinstance(editor.widget, QLineEdit):
                editor.widget.editingFinished.connect(lambda name=spec.name: self._check_warning(name))
            if spec.warn is not None and isinstance(editor.widget, QPlainTextEdit):  # notes: while typing
                editor.widget.textChanged.connect(lambda name=spec.name: self._check_warning(name))
            label = QLabel(spec.label + (" *" if spec.required else ""))
            label.setBuddy(editor.widget)
            layout.addRow(label, column)
            self.editors[spec.name] = editor
            self.errors[spec.name] = error
            self.warnings[spec.name] = warning
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        columns = self._columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        self.extra_area = QVBoxLayout()
        self.extra_area.setContentsMargins(8, 0, 0, 0)
        self.extra_area.addStretch(1)
        columns.addLayout(self.extra_area, 0)  # no room taken until a register adds something (add_extra)
        outer.addLayout(columns, 1)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(css("error"))
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resize(680, 700)

    read_only = False  # the user's role may look at the record, not change it (a shared server's rules)

    def set_read_only(self, reason: str = "") -> None:
        """Fields to read, no Save (the server would refuse it anyway); ``reason`` says who may change it."""
        self.read_only = True
        if reason:
            self.read_only_reason = QLabel(reason)
            self.read_only_reason.setWordWrap(True)
            self.read_only_reason.setAccessibleName(reason)
            self._outer.insertWidget(self._outer.count() - 1, self.read_only_reason)  # above the buttons
        for editor in self.editors.values():
            editor.widget.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()

    def add_extra(self, widget: QWidget) -> None:
        """Room below the fields for what a register adds (history, related records, actions)."""
        self.extra_area.insertWidget(self.extra_area.count() - 1, widget)
        self._columns.setStretch(1, 2)
        self.resize(max(self.width(), 1040), self.height())

    # -- values ----------------------------------------------------------------------------------

    def load(self, values: dict[str, Any]) -> None:
        for name, editor in self.editors.items():
            editor.set_value(values.get(name))
        self._loaded = self._current_texts()
        self._clear_errors()
        for name in self.editors:
            self._check_warning(name)

    def _check_warning(self, name: str) -> None:
        editor, label = self.editors[name], self.warnings[name]
        try:
            remark = editor.spec.warn(editor.value()) if editor.spec.warn else None
        except FieldInputError:
            remark = None
        label.setText(remark or "")
        label.setVisible(bool(remark))

    def visible_warnings(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.warnings.items() if not label.isHidden()}

    def _current_texts(self) -> dict[str, str]:
        texts = {}
        for name, editor in self.editors.items():
            try:
                texts[name] = editor.to_text(editor.value())
            except FieldInputError:
                texts[name] = "\0invalid"
        return texts

    def mark_clean(self) -> None:
        """What the fields hold now counts as unchanged (e.g. a name just shown on request)."""
        self._loaded = self._current_texts()

    def is_dirty(self) -> bool:
        return self._current_texts() != self._loaded

    def values(self) -> dict[str, Any]:
        """Every field's value; raises ValidationError-like display when a text cannot be read."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, editor in self.editors.items():
            try:
                values[name] = editor.value()
            except FieldInputError as exc:
                problems[name] = str(exc)
                continue
            # A disabled field (a hidden name, say) is not the person's to fill in.
            if editor.spec.required and editor.widget.isEnabled() and values[name] in ("", None, []):
                problems[name] = QCoreApplication.translate("errors", "Fill this in.")
        if problems:
            raise _FormProblems(problems)
        return values

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Check what was typed here, then store it through the operation runner (off the UI thread).

        False: refused at once (read only, a field to fill in, a save already on its way). True: on its way;
        when it is stored the form closes (``saved_row`` set, ``accept()``); when the service refuses, the
        problems show at their fields, a conflict asks which version to keep, and the typed text stays."""
        if self.read_only or self._saving:
            return False
        self._clear_errors()
        try:
            values = self.values()
        except _FormProblems as problems:
            self._show_problems(problems.by_field)
            return False
        save, row = self._save, self.row
        self._saving = True
        run_operation(
            self,
            self.windowTitle(),
            lambda: save(values, row),
            self._on_saved,
            on_failure=self._on_save_failed,
            changes=self.changes,
            disable=[self.buttons, *(e.widget for e in self.editors.values())],
            prompts=self.prompts,
        )
        return True

    @property
    def saving(self) -> bool:
        """A save is on its way (tests wait for it to end)."""
        return self._saving

    def _on_saved(self, saved: Any) -> None:
        self._saving = False
        self.saved_row = saved
        self.row = saved
        self._loaded = self._current_texts()
        self.accept()

    def _on_save_failed(self, error: Exception) -> None:
        self._saving = False
        if isinstance(error, ValidationError):
            self._show_problems(
                {p.field: translate_error(p.template, dict(p.params)) for p in error.problems}
            )
        elif isinstance(error, ConflictError):
            self._resolve_conflict(error)
        elif isinstance(error, UserError):
            self.general_error.setText(translate_error(error.template, error.params))
            self.general_error.show()
        else:  # a bug: logged by the worker; said in one line, and the typed text stays
            show_error(self, self.windowTitle(), error, prompts=self.prompts)

    def _resolve_conflict(self, conflict: ConflictError) -> bool:
        theirs = conflict.theirs
        typed = self._current_texts()
        differences = []
        for name, editor in self.editors.items():
            stored = editor.to_text(getattr(theirs, name, None))
            if stored != typed[name]:
                differences.append((editor.spec.label.replace("&", ""), typed[name], stored))
        choice = self.prompts.resolve_conflict(
            self, differences, getattr(theirs, "updated_by", "") or self.tr("Someone")
        )
        if choice == ConflictChoice.KEEP_MINE:
            self.row = theirs  # save over the stored version, on purpose
            return self.save()
        if choice == ConflictChoice.TAKE_THEIRS:
            self.row = theirs
            self.load({name: getattr(theirs, name, None) for name in self.editors})
        return False

    def _show_problems(self, by_field: dict[str, str]) -> None:
        first = None
        for key, message in by_field.items():
            name = self._field_for(key)
            if name is None:
                self.general_error.setText(message)
                self.general_error.show()
                continue
            self.errors[name].setText(message)
            self.errors[name].show()
            first = first or name
        if first:
            self.editors[first].focus()

    def _field_for(self, key: str) -> str | None:
        if key in self.editors:
            return key
        for name, editor in self.editors.items():
            if key in editor.spec.problem_keys:
                return name
        return None

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.hide()

    def visible_errors(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if not label.isHidden()}

    # -- leaving -----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Leaving the form (the window's close button) saves a change; the form closes once it is stored, and
        stays open with the problems shown when it is not."""
        if self.result() == QDialog.DialogCode.Accepted or not self.is_dirty():
            event.accept()
            return
        event.ignore()
        self.save()

    def reject(self) -> None:
        """Esc and Cancel: leave without saving; ask first when something was typed."""
        if self.is_dirty() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        return self.prompts.discard(
            self, self.tr("Discard changes?"), self.tr("You changed this record. Leave without saving?")
        )


class _FormProblems(Exception):
    def __init__(self, by_field: dict[str, str]) -> None:
        super().__init__(by_field)
        self.by_field = by_field
