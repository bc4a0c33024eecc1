"""The import wizard's last step: every row checked off the UI thread, the problems listed by row and column,
then the import (after a backup copy) without problems, or skipping the listed rows by explicit choice.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from matchtafel.domain.errors import UserError
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from matchtafel.ui.sections.registers.import_wizard import ImportWizard

PROBLEM_ROWS = 200  # a file with a problem in every one of a million rows: the first ones, and the count
log = logging.getLogger(__name__)


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.summary: Any = None
        self.setTitle(translate("ImportWizard", "Check and import"))
        layout = QVBoxLayout(self)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.problems = QTableWidget(0, 3)
        self.problems.setAccessibleName(translate("ImportWizard", "Problems per row"))
        self.problems.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Row"),
                translate("ImportWizard", "Column"),
                translate("ImportWizard", "What to fix"),
            ]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.problems, 1)
        self.skip = QCheckBox()
        self.skip.toggled.connect(self.completeChanged)
        layout.addWidget(self.skip)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("ImportWizard", "Progress"))
        self.progress.hide()
        layout.addWidget(self.progress)

    def initializePage(self) -> None:
        self.summary = None
        self.counts.setText(translate("ImportWizard", "Checking every row…"))
        self.skip.hide()
        table, mapping, kind, school = self.w.table, dict(self.w.mapping), self.w.kind, self.w.school
        assert table is not None
        run_in_background(
            lambda: self.w.services.imports.check(kind, table, mapping, school=school),
            self.show_summary,
            self._failed,
            owner=self,
        )

    def show_summary(self, summary: Any) -> None:
        self.summary = summary
        text = translate("ImportWizard", "{new} new, {updated} updated, {unchanged} unchanged.").format(
            new=summary.new, updated=summary.updated, unchanged=summary.unchanged
        )
        if summary.new_employers:
            text += " " + translate("ImportWizard", "New employers: {names}.").format(
                names=", ".join(summary.new_employers)
            )
        shown = summary.problems[:PROBLEM_ROWS]
        if len(summary.problems) > len(shown):
            text += " " + translate(
                "ImportWizard", "The first {shown} of {count} problems are listed; fix these first."
            ).format(shown=len(shown), count=len(summary.problems))
        self.counts.setText(text)
        self.problems.setRowCount(len(shown))
        for r, problem in enumerate(shown):
            message = translate("import", problem.template)
            if message == problem.template:
                message = translate("errors", problem.template)
            cells = (str(problem.row_number), problem.column, message.format(**dict(problem.params)))
            for c, value in enumerate(cells):
                self.problems.setItem(r, c, QTableWidgetItem(value))
        rows = summary.problem_rows
        self.skip.setText(
            translate("ImportWizard", "Skip the {n} rows with problems and import the rest").format(
                n=len(rows)
            )
        )
        self.skip.setVisible(bool(rows))
        self.skip.setChecked(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.summary is not None and (not self.summary.problems or self.skip.isChecked())

    def validatePage(self) -> bool:
        """Import now: backup, then every row in one transaction. Runs off the UI thread with progress."""
        assert self.summary is not None and self.w.table is not None
        skip = frozenset(self.summary.problem_rows) if self.skip.isChecked() else frozenset()
        try:
            backup = self.w.backup()
            result = self.w.services.imports.run(
                self.w.kind,
                self.w.table,
                dict(self.w.mapping),
                skip_rows=skip,
                progress=self._progress,
                school=self.w.school,
            )
        except UserError as exc:  # a full disk, a database another program holds: said, nothing imported
            self.counts.setText(user_message(exc))
            return False
        except Exception as exc:
            log.exception("the import failed")
            self.counts.setText(user_message(exc))
            return False
        if backup:
            note = translate("ImportWizard", "Backup copy: {path}").format(path=backup)
        else:
            note = translate("ImportWizard", "The shared server's own backups cover this import.")
        self.w.result_text = " ".join(
            [
                translate("ImportWizard", "Imported: {new} new, {updated} updated.").format(
                    new=result.new, updated=result.updated
                ),
                note,
            ]
        )
        return True

    def _progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()

    def _failed(self, error: Exception) -> None:
        self.counts.setText(user_message(error))
