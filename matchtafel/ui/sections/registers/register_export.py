"""Exporting the rows a register shows to .xlsx or .csv (a part of ``RegisterPage``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.registers.register import Register
from matchtafel.ui.widgets.operations import run_operation
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.row_model import RowTableModel


class ExportShown(QWidget):
    """The Export button's work: which file, with names or not (and why), and the rows now shown.

    The base of ``RegisterPage``, which sets ``register``, ``model``, ``export_status``, ``prompts`` and
    ``_on_failed``."""

    register: Register
    prompts: Prompts
    model: RowTableModel
    export_status: QLabel

    def _on_failed(self, error: Exception) -> None:
        raise NotImplementedError

    def export_shown(self) -> None:
        path = self.ask_export_path()
        if path is None:
            return
        reason = ""
        if getattr(self.register, "export_kind", None) == "jongeren":
            reason = self.ask_export_names() or ""  # a reason means: with names (where consented)
        ids = [row.id for row in self.model.visible_rows()]
        export = self.register.export  # type: ignore[attr-defined]

        def exported(count: int) -> None:
            self.export_status.setText(
                translate("RegisterPage", "{n} rows exported to {path}").format(n=count, path=path)
            )

        self.export_status.setText(translate("RegisterPage", "Exporting {n} rows…").format(n=len(ids)))
        run_operation(  # off the UI thread: 20,000 rows take a moment
            self,
            translate("RegisterPage", "Export"),
            lambda: export(path, ids, names=bool(reason), reason=reason),
            exported,
            on_failure=self._on_failed,
            prompts=self.prompts,
        )

    def ask_export_path(self) -> Path | None:
        return self.prompts.save_path(
            self,
            translate("RegisterPage", "Export"),
            f"{self.register.title()}.xlsx",
            "Excel (*.xlsx);;CSV (*.csv)",
        )

    def ask_export_names(self) -> str | None:
        """Pseudonymous unless the person chooses names and says why (recorded in the audit log); names
        are exported only for young people whose consent for the table is in force."""
        if not self.prompts.confirm(
            self,
            translate("RegisterPage", "Export with names?"),
            translate(
                "RegisterPage",
                "Export full names too? This is recorded in the audit log. "
                "Without names the list shows code and initials.",
            ),
            default_no=True,
        ):
            return None
        reasons: list[str] = getattr(self.register, "name_reasons", lambda: [])()
        reason = self.prompts.item(
            self,
            translate("RegisterPage", "Export with names?"),
            translate("RegisterPage", "Why do you need the names? This is recorded."),
            reasons,
        )
        return reason or None
