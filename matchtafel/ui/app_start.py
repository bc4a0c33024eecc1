"""What start-up does once the first screen has been painted, each in the background: the integrity check
(unless the last run ended without closing the file: then it ran before anything was read), the reminders,
the sectors for the forms, retention and the backups on a local file, and a shared server's change
notifications. None of it competes with the first paint.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from matchtafel.ui.widgets.worker import run_in_background

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from matchtafel.ui.app import Matchtafel

log = logging.getLogger("matchtafel.app")


class StartTasks:
    def __init__(self, app: Matchtafel) -> None:
        self.app = app

    def run(self) -> None:
        """Each in the background; on a shared server also the change notifications."""
        app = self.app
        services, database = app.services, app.database
        if services is None or database is None:
            return
        if database.is_sqlite and not database.integrity_checked:
            run_in_background(
                database.check_integrity, self._integrity_checked, app._background_failed, owner=app.window
            )
        # Each service is made (its modules imported) on the pool thread, never on the UI thread.
        run_in_background(
            lambda: services.reminders.reminders(),
            lambda found: app.window.show_reminders(found, app.settings.reminders_dismissed),
            app._background_failed,
            owner=app.window,
        )
        run_in_background(lambda: services.overview.sectors(), self._sectors_read, app._background_failed)
        if not database.is_sqlite:  # a shared server: others' changes go into the change feed
            from matchtafel.storage.changes import conninfo_of
            from matchtafel.ui.change_listener import ChangeListener

            app.listener = ChangeListener(conninfo_of(database.url), app.window)
            app.listener.start()
        if database.is_sqlite:  # on a shared server the coordinator runs retention (Privacy section)
            months = app.settings.retention_months
            run_in_background(
                lambda: services.retention.purge_due(months),
                app._purged,
                app._background_failed,
                owner=app.window,
            )
            app.backups.start()

    def _sectors_read(self, sectors: list[str]) -> None:
        self.app.sectors[:] = sectors  # the same list the registers hold: their forms see it from now on

    def _integrity_checked(self, problem: str | None) -> None:
        """The check that start-up left to the background: silent when the file is sound."""
        app = self.app
        if problem is None:
            log.info("integrity check of %s: ok", app.target)
            return
        log.error("integrity check of %s: %s", app.target, problem)
        app.window.show_database_damaged(
            QCoreApplication.translate(
                "Matchtafel",
                "The database {path} is damaged ({detail}). Do not enter anything more: restore the most recent "
                "backup (File > Restore a backup…).",
            ).format(path=app.target, detail=problem),
            prompts=app.prompts,
        )


class CountsRefresh:
    """The status bar's counts read again (off the UI thread) when a screen saves a change or loads its
    rows; one refresh for a burst of changes."""

    def __init__(self, app: Matchtafel) -> None:
        self.app = app
        self.timer = QTimer(app.window)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.refresh)

    def following(self, make: Callable[[], QWidget]) -> Callable[[], QWidget]:
        """``make`` (a screen built when first shown), its ``changed`` and ``rows_loaded`` refreshing the
        counts."""

        def built() -> QWidget:
            page = make()
            for name in ("changed", "rows_loaded"):
                signal = getattr(page, name, None)
                if signal is not None:
                    signal.connect(lambda *_: self.timer.start())
            return page

        return built

    def refresh(self) -> None:
        app = self.app
        if app.services is not None:
            run_in_background(
                app.services.overview.counts, app.window.show_counts, app._background_failed, owner=app.window
            )
