"""Opening, creating and archiving a register's records (a part of ``RegisterPage``): the record form, on the
page's prompts, read-only where the user's role or the row's owner says so; archiving off the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QPushButton

from matchtafel.domain.errors import UserError
from matchtafel.ui.change_feed import AREAS_OF_REGISTER
from matchtafel.ui.sections.registers.register_export import ExportShown
from matchtafel.ui.widgets.operations import run_operation

if TYPE_CHECKING:  # the form's modules load when a form is first opened
    from matchtafel.ui.widgets.record_form import RecordForm


class RecordEditing(ExportShown):
    """The base of ``RegisterPage``, which sets ``read_only``, ``archive_button`` and the methods below."""

    read_only: bool
    archive_button: QPushButton

    if TYPE_CHECKING:

        def current_row(self) -> Any: ...
        def reload_then_select(self, row_id: int) -> None: ...

    def create_new(self) -> None:
        if self.read_only:
            return
        self._edit(None, self.register.new_values())

    def open_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        # On the UI thread on purpose: one record by its key (and its opening logged) takes ~3 ms on the large
        # demo (benchmarks/ui_calls.py), and the form opens at once where the person pressed Enter.
        try:
            row = self.register.full_row(row)
        except UserError as exc:
            self._on_failed(exc)
            return
        self._edit(row, self.register.values_of(row))

    def _edit(self, row: Any, values: dict[str, Any]) -> None:
        from matchtafel.ui.widgets.record_form import RecordForm

        form = RecordForm(
            title=self.register.form_title(row),
            specs=self.register.fields(),
            row=row,
            values=values,
            save=self.register.save,
            prompts=self.prompts,
            parent=self,
        )
        form.changes = AREAS_OF_REGISTER.get(self.register.key, frozenset())
        self.register.prepare_form(form, row)
        refusal = self.register.change_refusal(row) if row is not None else ""
        if self.read_only or refusal:
            form.set_read_only(refusal)
        # When the form ends with a stored row (saved, or a record erased from it), the list shows it selected.
        form.finished.connect(lambda _result: self._after_form(form))
        self.prompts.run(form)

    def _after_form(self, form: RecordForm) -> None:
        if form.saved_row is not None:
            self.reload_then_select(form.saved_row.id)

    def toggle_archived(self) -> None:
        row = self.current_row()
        blocked = row is None or self.read_only or bool(self.register.change_refusal(row))
        if blocked or not self.register.can_archive or not self.archive_button.isEnabled():
            return  # another organisation's row; or an archiving is on its way: no second one
        set_archived = self.register.set_archived
        run_operation(
            self,
            self.archive_button.text().replace("&", ""),
            lambda: set_archived(row, not row.archived),
            lambda saved: self.reload_then_select(saved.id),
            on_failure=self._on_failed,
            changes=AREAS_OF_REGISTER.get(self.register.key, frozenset()),
            disable=[self.archive_button],
            prompts=self.prompts,
        )
