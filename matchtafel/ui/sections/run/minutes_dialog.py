""" "Verslag maken": which session (the one given, else the latest held: the same rule as ``matchtafel minutes
latest``), the options of the minutes, then the PDF saved with a clear name and opened.

Names are codes and initials unless "full names" is ticked; full names print only for young people whose
consent allows it, and each one is written to the audit log (the service does that). A documents folder that
does not exist yet is made; when it cannot be, the minutes go to the data folder, and the dialog says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.errors import UserError
from matchtafel.services import Services
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.operations import run_operation, show_error
from matchtafel.ui.widgets.prompts import Prompts


def documents_folder() -> Path:
    """Where documents are saved: the platform's documents folder, made when it is not there yet (a new
    account, a folder moved away), else the data folder (``documents_note()`` says which and why)."""
    return _documents()[0]


def documents_note() -> str:
    """What happened to the documents folder, for the person: empty when it was simply there."""
    return _documents()[1]


def _documents() -> tuple[Path, str]:
    from matchtafel.settings import data_dir

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home() / "Documents"
    if folder.is_dir():
        return folder, ""
    try:
        folder.mkdir(parents=True)
    except OSError as exc:
        fallback = data_dir()
        fallback.mkdir(parents=True, exist_ok=True)
        note = translate(
            "MinutesDialog",
            "The documents folder {folder} cannot be made ({reason}); documents go to {fallback}.",
        ).format(folder=folder, reason=exc.strerror or exc, fallback=fallback)
        return fallback, note
    note = translate("MinutesDialog", "The documents folder {folder} did not exist; it has been made.")
    return folder, note.format(folder=folder)


class MinutesDialog(QDialog):
    """The minutes of ``meeting_id`` (a held session), or of the latest held session when it is None."""

    def __init__(
        self,
        *,
        services: Services,
        meeting_id: int | None,
        language: str,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()
        self.saved: Path | None = None
        self.setWindowTitle(translate("MinutesDialog", "Make the minutes"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.session = QComboBox()
        self.session.setAccessibleName(translate("MinutesDialog", "Session"))
        for held in services.minutes.held():  # the latest first: what "latest" means everywhere
            text = f"{held.starts_at:%d-%m-%Y %H:%M} · {held.title} · {label(held.status)}"
            self.session.addItem(text, held.id)
        if meeting_id is not None and self.session.findData(meeting_id) >= 0:
            self.session.setCurrentIndex(self.session.findData(meeting_id))
        form.addRow(translate("MinutesDialog", "&Session:"), self.session)
        self.review = QCheckBox(translate("MinutesDialog", "&Review of open agreements"))
        self.notes = QCheckBox(translate("MinutesDialog", "Case &notes"))
        self.vacancies = QCheckBox(translate("MinutesDialog", "New &vacancies"))
        self.action_list = QCheckBox(translate("MinutesDialog", "&Action list"))
        for box in (self.review, self.notes, self.vacancies, self.action_list):
            box.setChecked(True)
            form.addRow(box)
        self.undecided = QCheckBox(translate("MinutesDialog", "List the agreements not &discussed"))
        self.undecided.setToolTip(
            translate(
                "MinutesDialog", "Otherwise one line counts the open agreements the session did not discuss."
            )
        )
        form.addRow(self.undecided)
        self.full_names = QCheckBox(translate("MinutesDialog", "&Full names (only with consent; logged)"))
        form.addRow(self.full_names)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "nl" else 1)
        self.language.setAccessibleName(translate("MinutesDialog", "Language of the document"))
        form.addRow(translate("MinutesDialog", "&Language:"), self.language)
        folder_row = QHBoxLayout()
        folder, note = _documents()
        self.folder = QLineEdit(str(folder))
        self.folder.setAccessibleName(translate("MinutesDialog", "Folder"))
        browse = QPushButton(translate("MinutesDialog", "&Choose…"))
        browse.clicked.connect(self._choose)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        folder_label = QLabel(translate("MinutesDialog", "F&older:"))
        folder_label.setBuddy(self.folder)  # a row of widgets has no buddy of its own: "&" would show
        form.addRow(folder_label, folder_row)
        layout.addLayout(form)
        self.status = QLabel(note)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = buttons.addButton(
            translate("MinutesDialog", "&Make and open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.session.count() == 0:
            self.status.setText(
                translate("MinutesDialog", "No session has been held yet: there are no minutes to make.")
            )
            self.make_button.setEnabled(False)

    @property
    def meeting_id(self) -> int | None:
        data = self.session.currentData()
        return int(data) if data is not None else None

    def _choose(self) -> None:
        chosen = self.prompts.folder(
            self, translate("MinutesDialog", "Save the minutes in"), self.folder.text()
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

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
            list_undecided=self.undecided.isChecked(),
        )
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        minutes, full_names = self.services.minutes, self.full_names.isChecked()
        folder = Path(self.folder.text()).expanduser()

        def work() -> Path:  # off the UI thread: the session's data, then the PDF
            data = minutes.minutes(meeting_id, full_names=full_names)
            path = folder / minutes_file_name(data.starts_at, language=language)
            return save_whole(path, lambda out: write_minutes(data, out, options))

        def saved(path: Path) -> None:
            self.saved = path
            self.make_button.setEnabled(True)
            self.prompts.open_document(path)
            self.accept()

        def failed(error: Exception) -> None:
            self.make_button.setEnabled(True)
            if isinstance(error, UserError):
                self.status.setText(user_message(error))  # the dialog stays open: choose another folder
            else:
                show_error(self, translate("MinutesDialog", "Make the minutes"), error, prompts=self.prompts)

        self.make_button.setEnabled(False)  # one PDF at a time
        self.status.setText(translate("MinutesDialog", "Making the minutes…"))
        run_operation(self, translate("MinutesDialog", "Make the minutes"), work, saved, on_failure=failed, prompts=self.prompts)
