"""Run mode's notes go through a journal on this computer before the database: when a shared server drops
away, a banner says so, nothing typed is lost, the notes are written when it returns (tried every 5 s), and
"Save unsent notes…" puts them in a file of one's own meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from matchtafel.errors import ConnectionLost, NotesConflict, UserError
from matchtafel.journal import NotesJournal
from matchtafel.services import Services
from matchtafel.ui.conflict_dialog import ConflictChoice, ConflictDialog
from matchtafel.ui.i18n import translate, user_message

RETRY_MS = 5_000


class NotesSaver(QObject):
    def __init__(
        self, services: Services, journal: NotesJournal, labels: Callable[[], dict[int, str]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.services, self.journal, self.labels = services, journal, labels
        self.banner = QWidget()
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.message.setAccessibleName(translate("RunSession", "Connection"))
        self.export_button = QPushButton(translate("RunSession", "Save unsent notes…"))
        self.export_button.setAccessibleName(translate("RunSession", "Save the unsent notes to a file"))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.message, 1)
        row.addWidget(self.export_button)
        self.banner.hide()
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)

    def save(self, case_id: int, text: str, based_on: str | None) -> bool:
        """On disk first, then the database; False while the database is away or someone else wrote the
        notes meanwhile (the text is kept). ``based_on``: the stored notes this text started from."""
        self.journal.keep(case_id, text, based_on)
        return self._write(case_id, text)

    def flush(self) -> bool:
        """Write whatever is still in the journal (after a drop, or left by an earlier run)."""
        for case_id, text in self.journal.pending().items():
            try:
                if not self._write(case_id, text):
                    return False
            except UserError:
                continue  # its case is gone (removed meanwhile): nothing left to write it to
        return True

    def _write(self, case_id: int, text: str) -> bool:
        entry = self.journal.entry(case_id)
        try:
            self.services.agenda.save_case_notes(case_id, text, based_on=entry.based_on if entry else None)
        except NotesConflict as conflict:
            return self._on_conflict(conflict)
        except ConnectionLost as exc:
            self.message.setText(
                translate(
                    "RunSession",
                    "The database is away: your notes are kept on this computer and written when it returns. ({detail})",
                ).format(detail=user_message(exc))
            )
            self.banner.show()
            self._retry.start()
            return False
        except UserError:
            self.journal.written(case_id, text)  # a case that is gone: nothing to write it to
            raise
        self.journal.written(case_id, text)
        if not self.journal.pending():
            self._retry.stop()
            self.banner.hide()
        return True

    def _on_conflict(self, conflict: NotesConflict) -> bool:
        """Someone else wrote these notes meanwhile: both texts side by side; the person's stays in the
        journal until they choose (saving theirs over the stored one is a choice made seeing both)."""
        self.message.setText(user_message(conflict))
        self.banner.show()
        choice = ConflictDialog.ask(
            [(translate("RunSession", "Notes"), conflict.mine, conflict.theirs)],
            conflict.saved_by,
            self.banner,
        )
        if choice == ConflictChoice.TAKE_THEIRS:
            self.journal.written(conflict.case_id, conflict.mine)
            self.banner.hide()
            return False
        if choice == ConflictChoice.KEEP_MINE:
            self.journal.resolved(conflict.case_id, conflict.theirs)
            return self._write(conflict.case_id, conflict.mine)
        return False  # back: kept in the journal, the banner says so; "Save unsent notes…" still works

    def export(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.journal.export(path, self.labels())
            self.message.setText(
                translate("RunSession", "Unsent notes saved in {path}.").format(path=str(path))
            )

    def ask_path(self) -> Path | None:
        """Tests replace this."""
        name, _ = QFileDialog.getSaveFileName(
            self.banner, translate("RunSession", "Save unsent notes"), "notities.txt", "*.txt"
        )
        return Path(name) if name else None
