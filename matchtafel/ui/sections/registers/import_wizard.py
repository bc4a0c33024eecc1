"""The import wizard: a file, its columns, a check of every row, then the import in one go.

Steps: (1) choose what and which file; encoding and delimiter are found and can be changed; the template
can be saved; (2) columns are matched by their names, with a preview; a school's own export without a School
column takes one "School for every row" (the user's own school by default); (3) every row is checked and the
problems listed by row and column; the import runs only without problems, or skipping the listed rows
by explicit choice, after a backup copy of the database (that last step: import_check).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from matchtafel.domain.errors import UserError
from matchtafel.io.import_spec import ImportField, guess_mapping, ignored_columns
from matchtafel.io.tabular import Table, read_file
from matchtafel.paths import resources_dir
from matchtafel.services import Services
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.registers.import_check import CheckPage
from matchtafel.ui.widgets.prompts import Prompts

ENCODINGS = (
    ("", "found automatically"),
    ("utf-8-sig", "UTF-8 (BOM)"),
    ("utf-8", "UTF-8"),
    ("cp1252", "Windows (cp1252)"),
)
DELIMITERS = (("", "found automatically"), (";", ";"), (",", ","), ("\t", "tab"))
log = logging.getLogger(__name__)


class ImportWizard(QWizard):
    """Holds the file, the table read from it, and the mapping the pages agree on."""

    def __init__(
        self,
        *,
        services: Services,
        backup: Callable[[], Path | None],
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()
        self.backup = backup
        self.table: Table | None = None
        self.mapping: dict[str, int] = {}
        self.school = ""  # the school of every row when the file has no School column
        self.result_text = ""
        self.setWindowTitle(translate("ImportWizard", "Import young people or vacancies"))
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.columns_page, self.check_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("ImportWizard", "&Import"))
        self.resize(900, 620)

    @property
    def kind(self) -> str:
        return str(self.file_page.kind.currentData())

    def fields(self) -> tuple[ImportField, ...]:
        return self.services.imports.fields(self.kind)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(translate("ImportWizard", "Which file?"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(translate("ImportWizard", "Young people"), "jongeren")
        self.kind.addItem(translate("ImportWizard", "Vacancies"), "vacatures")
        self.kind.setAccessibleName(translate("ImportWizard", "What to import"))
        form.addRow(translate("ImportWizard", "&Import:"), self.kind)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(translate("ImportWizard", "File"))
        self.path.setPlaceholderText(translate("ImportWizard", "a .xlsx or .csv file"))
        browse = QPushButton(translate("ImportWizard", "&Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_label = QLabel(translate("ImportWizard", "&File:"))
        file_label.setBuddy(self.path)  # a row of widgets has no buddy of its own: "&" would show
        form.addRow(file_label, row)
        self.encoding = QComboBox()
        self.delimiter = QComboBox()
        automatic = translate("ImportWizard", "found automatically")
        for combo, options in ((self.encoding, ENCODINGS), (self.delimiter, DELIMITERS)):
            for value, text in options:
                combo.addItem(automatic if value == "" else text, value)
        self.encoding.setAccessibleName(translate("ImportWizard", "Encoding"))
        self.delimiter.setAccessibleName(translate("ImportWizard", "Delimiter"))
        form.addRow(translate("ImportWizard", "&Encoding (CSV):"), self.encoding)
        form.addRow(translate("ImportWizard", "&Delimiter (CSV):"), self.delimiter)
        template = QPushButton(translate("ImportWizard", "Save a &template with the expected columns…"))
        template.clicked.connect(self._save_template)
        form.addRow(template)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.path.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def _browse(self) -> None:
        chosen = self.w.prompts.open_path(
            self,
            translate("ImportWizard", "Choose a file"),
            "",
            translate("ImportWizard", "Spreadsheets (*.xlsx *.csv *.txt)"),
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def _save_template(self) -> None:
        source = resources_dir() / "templates" / f"{self.w.kind}.xlsx"
        chosen = self.w.prompts.save_path(
            self, translate("ImportWizard", "Save template"), source.name, "Excel (*.xlsx)"
        )
        if chosen is not None:
            shutil.copyfile(source, chosen)
            self.status.setText(translate("ImportWizard", "Template saved: {path}").format(path=str(chosen)))

    def validatePage(self) -> bool:
        """Read the file now; a file that cannot be read keeps the person on this page with the reason."""
        try:
            table = read_file(
                Path(self.path.text().strip()),
                encoding=self.encoding.currentData() or None,
                delimiter=self.delimiter.currentData() or None,
            )
        except UserError as exc:
            self.status.setText(user_message(exc))
            return False
        except Exception as exc:  # a bug: logged with its traceback, and the person still told
            log.exception("reading %s failed", self.path.text())
            self.status.setText(user_message(exc))
            return False
        self.w.table = table
        if table.encoding:
            self.encoding.setCurrentIndex(max(self.encoding.findData(table.encoding), 0))
            self.delimiter.setCurrentIndex(max(self.delimiter.findData(table.delimiter), 0))
        return True


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(translate("ImportWizard", "Which column holds what?"))
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.preview = QTableWidget()
        self.preview.setAccessibleName(translate("ImportWizard", "Preview of the first rows"))
        layout.addWidget(self.preview, 1)
        self.combos: dict[str, QComboBox] = {}
        self.school: QComboBox | None = None

    def initializePage(self) -> None:
        table = self.w.table
        assert table is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        guessed = guess_mapping(table.headers, self.w.fields())
        self.combos = {}
        for field in self.w.fields():
            combo = QComboBox()
            combo.addItem(translate("ImportWizard", "(not in the file)"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(header, index)
            combo.setCurrentIndex(max(combo.findData(guessed.get(field.name)), 0))
            label = translate("import", field.label) + (" *" if field.required else "")
            combo.setAccessibleName(label)
            self.form.addRow(label + ":", combo)
            self.combos[field.name] = combo
        self.school = self._school_for_every_row() if "school" in self.combos else None
        ignored = ignored_columns(table.headers)
        self.note.setText(
            translate("ImportWizard", "Never imported (Matchtafel does not store them): {columns}").format(
                columns=", ".join(ignored)
            )
            if ignored
            else ""
        )
        shown = table.rows[:5]
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(shown))
        self.preview.setHorizontalHeaderLabels(table.headers)
        hidden = {table.headers.index(h) for h in ignored}  # a BSN is not even shown
        for r, record in enumerate(shown):
            for c, cell in enumerate(record):
                text = "—" if c in hidden and cell not in (None, "") else ("" if cell is None else str(cell))
                self.preview.setItem(r, c, QTableWidgetItem(text))

    def _school_for_every_row(self) -> QComboBox:
        """A school's own export has no School column: one school for all its rows, the user's own
        organisation when that is a school. Used only while no column is chosen for School."""
        from matchtafel.domain.text_fold import fold
        from matchtafel.domain.vocabulary import OrganisationCategory

        schools = [
            o.name for o in self.w.services.organisations.rows() if o.category == OrganisationCategory.SCHOOL
        ]
        combo = QComboBox()
        combo.setAccessibleName(translate("ImportWizard", "School for every row"))
        combo.addItem(translate("ImportWizard", "(none: the file has a School column)"), "")
        for name in sorted(schools, key=fold):
            combo.addItem(name, name)
        own = fold(self.w.services.imports.actor.organisation)
        mine = next((i for i in range(1, combo.count()) if fold(combo.itemText(i)) == own), 0)
        column = self.combos["school"]
        combo.setCurrentIndex(0 if column.currentData() is not None else mine)
        label = QLabel(translate("ImportWizard", "School for &every row:"))
        label.setBuddy(combo)
        self.form.addRow(label, combo)

        def follow_column() -> None:  # a School column in the file wins
            combo.setEnabled(column.currentData() is None)

        column.currentIndexChanged.connect(follow_column)
        follow_column()
        return combo

    def validatePage(self) -> bool:
        self.w.mapping = {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() is not None
        }
        school = self.school
        self.w.school = (
            str(school.currentData() or "") if school is not None and "school" not in self.w.mapping else ""
        )
        missing = [
            translate("import", f.label)
            for f in self.w.fields()
            if f.required and f.name not in self.w.mapping and not (f.name == "school" and self.w.school)
        ]
        if missing:
            self.note.setText(
                translate("ImportWizard", "Choose a column for: {fields}.").format(fields=", ".join(missing))
            )
        return not missing
