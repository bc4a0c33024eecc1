""" "Verslag maken": the options of the minutes, then the PDF saved with a clear name and opened.

Names are codes and initials unless "full names" is ticked; full names print only for young people whose
consent allows it, and each one is written to the audit log (the service does that).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.errors import UserError
from matchtafel.services import Services
from matchtafel.ui.i18n import translate, user_message


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class MinutesDialog(QDialog):
    def __init__(
        self, *, services: Services, meeting_id: int, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.meeting_id = services, meeting_id
        self.saved: Path | None = None
        self.setWindowTitle(translate("MinutesDialog", "Make the minutes"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.review = QCheckBox(translate("MinutesDialog", "&Review of open agreements"))
        self.notes = QCheckBox(translate("MinutesDialog", "Case &notes"))
        self.vacancies = QCheckBox(translate("MinutesDialog", "New &vacancies"))
        self.action_list = QCheckBox(translate("MinutesDialog", "&Action list"))
        for box in (self.review, self.notes, self.vacancies, self.action_list):
            box.setChecked(True)
            form.addRow(box)
        self.full_names = QCheckBox(translate("MinutesDialog", "&Full names (only with consent; logged)"))
        form.addRow(self.full_names)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "nl" else 1)
        self.language.setAccessibleName(translate("MinutesDialog", "Language of the document"))
        form.addRow(translate("MinutesDialog", "&Language:"), self.language)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(documents_folder()))
        self.folder.setAccessibleName(translate("MinutesDialog", "Folder"))
        browse = QPushButton(translate("MinutesDialog", "&Choose…"))
        browse.clicked.connect(self._choose)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(translate("MinutesDialog", "F&older:"), folder_row)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = buttons.addButton(
            translate("MinutesDialog", "&Make and open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("MinutesDialog", "Save the minutes in"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def make(self) -> None:
        from matchtafel.reports.files import minutes_file_name, save_whole
        from matchtafel.reports.minutes import write_minutes
        from matchtafel.reports.model import MinutesOptions

        language = str(self.language.currentData())
        options = MinutesOptions(
            review=self.review.isChecked(),
            notes=self.notes.isChecked(),
            new_vacancies=self.vacancies.isChecked(),
            actions=self.action_list.isChecked(),
            language=language,
        )
        try:
            data = self.services.minutes.minutes(self.meeting_id, full_names=self.full_names.isChecked())
            path = Path(self.folder.text()).expanduser() / minutes_file_name(
                data.starts_at, language=language
            )
            self.saved = save_whole(path, lambda out: write_minutes(data, out, options))
        except UserError as exc:
            self.status.setText(user_message(exc))  # the dialog stays open: choose another folder
            return
        self.open_file(self.saved)
        self.accept()

    def open_file(self, path: Path) -> None:
        """Tests replace this."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
