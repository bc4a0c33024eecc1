"""The app's backups: one at start (after the first paint, off the UI thread) when the data changed since the
last, one every 30 minutes while changes are made, a warning when the database is on a network or in a sync
folder, and the restore dialog with what follows it (close, replace, open again). See ``matchtafel.storage.backups``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from matchtafel.ui.i18n import translate_error
from matchtafel.ui.sections.keys import SectionKey
from matchtafel.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from matchtafel.ui.app import Matchtafel

CHECK_MS = 5 * 60_000  # look every 5 minutes whether a 30-minute backup is due


class BackupCare:
    def __init__(self, app: Matchtafel) -> None:
        self.app = app
        self.timer = QTimer(app.window, interval=CHECK_MS)
        self.timer.timeout.connect(self._periodic_backup)

    def start(self) -> None:
        """After the first paint, off the UI thread: a backup when the data changed since the last one, then
        every 30 minutes while changes are made. A data folder on a network or in a sync folder is named."""
        from matchtafel.storage.datafolder import risky_place

        assert self.app.database is not None and self.app.database.path is not None
        place = risky_place(self.app.database.path)
        if place:
            self.app.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Matchtafel",
                    "Warning: the database is in a shared or synchronised folder ({place}). It can be damaged "
                    "there when two computers or the sync program write at once; keep it on this computer.",
                ).format(place=place),
                60_000,
            )
        self._backup("start", timedelta(0))
        self.timer.start()

    def _periodic_backup(self) -> None:
        from matchtafel.storage.backups import PERIOD

        self._backup("periodic", PERIOD)

    def _backup(self, reason: str, after: timedelta) -> None:
        if self.app.database is None or self.app.services is None:
            return
        database, clock, months = (
            self.app.database,
            self.app.services.clock,
            self.app.settings.retention_months,
        )
        run_in_background(
            lambda: database.backup_if_due(reason, now=clock.now(), after=after, keep_months=months),
            lambda _path: None,
            self._backup_failed,
            owner=self.app.window,
        )

    def _backup_failed(self, error: Exception) -> None:
        from matchtafel.domain.errors import UserError

        if isinstance(error, UserError):  # a full disk: said, and tried again at the next round
            self.app.window.statusBar().showMessage(translate_error(error.template, error.params), 60_000)

    def restore_backup(self) -> None:
        """The restore dialog; then the database is closed, replaced and opened again (off the UI thread)."""
        database = self.app.database
        if database is None:
            return
        if database.path is None:
            self.app.prompts.inform(
                self.app.window,
                QCoreApplication.translate("Matchtafel", "Restore a backup"),
                QCoreApplication.translate(
                    "Matchtafel", "A shared server is backed up and restored by its administrator."
                ),
            )
            return
        from matchtafel.services.restore import check_backup, restore_backup
        from matchtafel.storage.backups import folder_of, list_backups
        from matchtafel.ui.sections.privacy.restore_dialog import RestoreDialog

        path, passphrase = database.path, self.app._passphrase
        dialog = RestoreDialog(
            backups=list_backups(path),
            check=lambda chosen: check_backup(chosen, passphrase=passphrase),
            folder=folder_of(path),
            prompts=self.app.prompts,
            parent=self.app.window,
        )
        if not self.app.prompts.run(dialog) or dialog.chosen is None:
            return
        sessions = self.app.window.screen_by_key.get(SectionKey.SESSIONS)
        leave = getattr(sessions, "back_to_list", None)  # run mode ends first: nothing may write meanwhile
        if callable(leave) and not leave():
            return
        chosen, clock = dialog.chosen, self.app.services.clock if self.app.services else None
        assert clock is not None
        self._close_database()
        self._central().setEnabled(False)
        run_in_background(
            lambda: restore_backup(path, chosen, clock=clock, passphrase=passphrase),
            self._restored,
            self._restore_failed,
        )

    def _close_database(self) -> None:
        from PySide6.QtCore import QThreadPool

        self.timer.stop()
        QThreadPool.globalInstance().waitForDone(10_000)
        if self.app.listener is not None:
            self.app.listener.stop()
            self.app.listener = None
        if self.app.database is not None:
            self.app.database.close()
            self.app.database = None
        self.app.services = None

    def _restored(self, result: Any) -> None:
        message = QCoreApplication.translate(
            "Matchtafel", "Backup restored; {count} young people erased since then were erased again."
        ).format(count=result.erasures_reapplied)
        if result.kept_aside:
            message += " " + QCoreApplication.translate(
                "Matchtafel", "The database as it was is kept in {path}."
            ).format(path=result.kept_aside)
        if not result.check.encrypted:
            self.app._passphrase = None
        self._reopen(message)

    def _restore_failed(self, error: Exception) -> None:
        from matchtafel.domain.errors import UserError

        message = (
            translate_error(error.template, error.params)
            if isinstance(error, UserError)
            else QCoreApplication.translate(
                "Matchtafel", "Matchtafel ran into an internal error: {error}"
            ).format(error=error)
        )
        self._reopen(message)

    def _reopen(self, message: str) -> None:
        self._central().setEnabled(True)
        self.app.window.statusBar().showMessage(message, 60_000)
        run_in_background(self.app._open, self.app._on_opened, self.app._on_failed)

    def _central(self) -> QWidget:
        central = self.app.window.centralWidget()
        assert central is not None
        return central
