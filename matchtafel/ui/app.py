"""Composition root: settings -> language -> main window -> database (off the UI thread) -> services.

A pool thread opens the database and reads what the first screen shows (the counts and the sessions list; on
an SQLite file with the sqlite3 module alone, before SQLAlchemy is imported) while the window is built and
shown; once the event loop runs, the sessions screen is built and filled with it (in the window's first paint
when the reading was quick, in the next one otherwise). Only once that has been
painted do the start tasks begin in the background: the integrity check (unless the last run ended
without closing the file: then it ran before anything was read), the reminders, retention, the sectors
for the forms, the backups, and on a shared server the change notifications. Other screens are built when
first shown. ``MATCHTAFEL_EXIT_WHEN_READY=shown|ready`` makes the app print the wall-clock time of that
moment and quit (nobody there to click: a smoke test).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from matchtafel.clock import SYSTEM_CLOCK, Clock
from matchtafel.settings import Settings, load_settings, save_settings
from matchtafel.ui.app_backups import BackupCare
from matchtafel.ui.app_first_start import FirstStart, first_start_choices
from matchtafel.ui.app_start import CountsRefresh, StartTasks
from matchtafel.ui.change_feed import EVERYTHING, announce
from matchtafel.ui.i18n import choose_language, install_translators, translate_error
from matchtafel.ui.main_window import MainWindow
from matchtafel.ui.sections.keys import SectionKey
from matchtafel.ui.weights import MatchWeights
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.theme import apply_look
from matchtafel.ui.widgets.worker import after_next_paint, run_in_background

if TYPE_CHECKING:
    from matchtafel.services import Services
    from matchtafel.services.first_screen import FirstScreen
    from matchtafel.storage.db import Database

log = logging.getLogger(__name__)


class Matchtafel:
    """Holds what lives as long as the app: the window, the open database, the services."""

    def __init__(
        self,
        *,
        app: QApplication,
        settings: Settings,
        target: str,
        clock: Clock = SYSTEM_CLOCK,
        prompts: Prompts | None = None,
    ) -> None:
        self.app = app
        self.clock = clock  # every "now" and "today" of the services (tests pin it)
        self.prompts = prompts or Prompts()  # every modal question, here and in each screen (tests fake it)
        self.settings = settings
        self.target = target
        self.database: Database | None = None
        self.listener: Any = None  # the shared server's change notifications
        self._role: str | None = None  # the login's role on a shared server
        self._schema = "?"  # the open database's migration
        self._first_start: tuple[list[str], list[tuple[int, str]]] | None = None
        self.refused = False  # the person would not say who they are
        self._passphrase: str | None = None  # an encrypted file's, asked at start, in memory only
        self.services: Services | None = None
        self._exit_when = os.environ.get("MATCHTAFEL_EXIT_WHEN_READY", "")
        if self._exit_when != "shown":
            # The database opens on a pool thread while the window is built, shown and painted here; what it
            # read arrives through the event loop, once ``start()`` has shown the window.
            run_in_background(self._open, self._on_opened, self._on_failed)
        self.window = MainWindow()
        self.weights = MatchWeights(settings.matching_weights)
        self.window.settings_requested.connect(self.edit_settings)
        self.window.import_requested.connect(self.import_file)
        self.window.reminders_dismissed.connect(self._remember_reminders)
        self.backups = BackupCare(self)
        self.start_tasks = StartTasks(self)
        self.window.restore_requested.connect(self.backups.restore_backup)
        self.sectors: list[str] = []  # filled in the background after start; the forms read it when opened
        self.counts = CountsRefresh(self)  # the status bar's counts follow what is planned and saved
        self.window.show_user(settings.actor_label)
        if settings.problems:
            self.window.statusBar().showMessage("; ".join(settings.problems), 10_000)
        app.aboutToQuit.connect(self.close)

    def start(self) -> None:
        """Shows the window (the database is being opened since the constructor)."""
        self.window.show()
        if self._exit_when == "shown":
            QTimer.singleShot(0, lambda: self._report_and_quit("shown"))

    def _open(self) -> tuple[Database, Services, FirstScreen]:
        """Runs on a pool thread: no widgets here."""
        # Python loads the first screen's modules here while Qt shows and paints the window on the UI thread.
        import matchtafel.ui.sections.registers
        import matchtafel.ui.sections.run.sessions_page  # noqa: F401
        from matchtafel.services import Actor, Services
        from matchtafel.services.first_screen import first_screen
        from matchtafel.storage.db import SCHEMA_HEAD, open_database

        database = open_database(self.target, passphrase=self._passphrase, check="after_crash")
        services = Services.deferred(
            lambda: database.sessions,
            Actor(self.settings.user_name, self.settings.user_organisation),
            clock=self.clock,
        )
        if not database.is_sqlite:  # on a shared server: what the interface offers this login
            self._role = services.accounts.my_role()
        if not self.settings.has_user and not self._exit_when:  # first start: who is this?
            self._first_start = first_start_choices(services)
        # For "About Matchtafel": an SQLite file was brought to the head when it was opened.
        self._schema = SCHEMA_HEAD if database.is_sqlite else database.schema_revision() or "?"
        return (
            database,
            services,
            first_screen(services, database.connect_raw if database.raw_readable else None),
        )

    def _on_opened(self, result: tuple[Database, Services, FirstScreen]) -> None:
        from matchtafel.ui.sections.registers import page_factories

        self.database, self.services, first = result
        choices, self._first_start = self._first_start, None
        if choices is not None and not FirstStart(self).ask(*choices):
            return
        self.window.show_database(self.database.description)
        self.window.show_database_facts(self._database_facts())
        self.window.show_counts(first.counts)
        pages = page_factories(
            self.services,
            self.sectors,
            self.weights,
            nazorg_months=lambda: self.settings.nazorg_months,
            retention_months=lambda: self.settings.retention_months,
            employer_target_percent=lambda: self.settings.employer_target_percent,
            role=self._role,
            prompts=self.prompts,
        )
        self.window.install_pages(
            {key: self.counts.following(make) for key, make in pages.items()},
            rows={SectionKey.SESSIONS: first.sessions},
        )
        if self._role:
            self.window.show_user(f"{self.settings.actor_label} · {self._role}")
        after_next_paint(self.window, self.start_tasks.run)
        if self._exit_when == "ready":
            QTimer.singleShot(0, lambda: self._report_and_quit("ready"))

    def _remember_reminders(self, dismissed: str) -> None:
        """Closed reminders stay closed at the next start (until something new is due)."""
        if dismissed != self.settings.reminders_dismissed:
            self.settings = replace(self.settings, reminders_dismissed=dismissed)
            save_settings(self.settings)

    def _database_facts(self) -> list[tuple[str, str]]:
        assert self.database is not None
        if not self.database.is_sqlite:
            server = self.database.engine.dialect.server_version_info or ()
            kind = "PostgreSQL " + ".".join(str(part) for part in server)
        elif self._passphrase:
            kind = QCoreApplication.translate("Matchtafel", "SQLite file, encrypted (SQLCipher)")
        else:
            kind = QCoreApplication.translate("Matchtafel", "SQLite file")
        return [
            (QCoreApplication.translate("Matchtafel", "Database"), kind),
            (QCoreApplication.translate("Matchtafel", "Database schema"), self._schema),
        ]

    def _purged(self, count: int) -> None:
        """Retention ran at start: say what was done (the audit log has who and whom)."""
        if count:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Matchtafel", "Retention: {count} young people past {months} months were anonymised."
                ).format(count=count, months=self.settings.retention_months),
                30_000,
            )

    def _background_failed(self, error: Exception) -> None:
        # Reminders, retention: a help, never in the way; the log keeps the traceback.
        log.warning("a task at start failed", exc_info=(type(error), error, error.__traceback__))

    def edit_settings(self) -> None:
        from matchtafel.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(settings=self.settings, weights=self.weights, parent=self.window)
        if self.prompts.run(dialog):
            self.settings = dialog.result_settings()
            save_settings(self.settings)  # never the password: that goes to the system keyring
            if self.settings.use_server and dialog.server_password():
                from matchtafel.domain.errors import UserError
                from matchtafel.storage.credentials import remember_server_password

                try:
                    remember_server_password(
                        self.settings.server_user, self.settings.server_host, dialog.server_password()
                    )
                except UserError as exc:
                    self.window.statusBar().showMessage(translate_error(exc.template, exc.params), 15_000)
            self.window.show_user(self.settings.actor_label)
            privacy = self.window.screen_by_key.get(SectionKey.PRIVACY)
            if privacy is not None:
                privacy.retention.months = self.settings.retention_months  # type: ignore[attr-defined]
            follow_up = self.window.screen_by_key.get(SectionKey.FOLLOW_UP)
            if follow_up is not None:
                follow_up.proposals.nazorg_months = self.settings.nazorg_months  # type: ignore[attr-defined]
            overview = self.window.screen_by_key.get(SectionKey.OVERVIEW)
            if overview is not None:
                overview.target_percent = self.settings.employer_target_percent  # type: ignore[attr-defined]

    def import_file(self) -> None:
        if self.services is None or self.database is None:
            return
        from matchtafel.ui.sections.registers.import_wizard import ImportWizard

        database, clock, months = self.database, self.services.clock, self.settings.retention_months
        wizard = ImportWizard(
            prompts=self.prompts,
            services=self.services,
            backup=lambda: database.backup("import", now=clock.now(), keep_months=months),
            parent=self.window,
        )
        if self.prompts.run(wizard):
            self.window.statusBar().showMessage(wizard.result_text, 15_000)
            announce(*EVERYTHING)  # an import adds to a register and may add organisations, people, consent

    def _on_failed(self, error: Exception) -> None:
        from matchtafel.domain.errors import PassphraseNeeded, ServerUnreachable, UserError

        if isinstance(error, ServerUnreachable) and not self._exit_when:
            from matchtafel.settings import default_database

            local = default_database()
            message = translate_error(error.template, error.params)
            if self.ask_local(message, str(local)):
                local.parent.mkdir(parents=True, exist_ok=True)
                self.target = str(local)
                run_in_background(self._open, self._on_opened, self._on_failed)
                return
        if isinstance(error, PassphraseNeeded) and not self._exit_when:
            passphrase = self.ask_passphrase(translate_error(error.template, error.params))
            if passphrase:  # kept in memory for this run only; never written
                self._passphrase = passphrase
                run_in_background(self._open, self._on_opened, self._on_failed)
                return
        if isinstance(error, UserError):
            log.warning("the database was not opened: %s", error.template)  # the template: no names
            message = translate_error(error.template, error.params)
        else:
            log.error("the database was not opened", exc_info=(type(error), error, error.__traceback__))
            message = QCoreApplication.translate(
                "Matchtafel", "Matchtafel ran into an internal error: {error}"
            ).format(error=error)
        if self._exit_when:
            print(f"error: {message}", file=sys.stderr)
            self.app.exit(1)
            return
        self.window.show_database_problem(message, prompts=self.prompts)

    def ask_local(self, message: str, path: str) -> bool:
        return self.prompts.confirm(
            self.window,
            QCoreApplication.translate("Matchtafel", "Server not reachable"),
            message
            + "\n\n"
            + QCoreApplication.translate("Matchtafel", "Open the local file {path} instead?").format(
                path=path
            ),
        )

    def ask_passphrase(self, message: str) -> str | None:
        return (
            self.prompts.text(
                self.window,
                QCoreApplication.translate("Matchtafel", "Encrypted database"),
                message + "\n" + QCoreApplication.translate("Matchtafel", "Passphrase:"),
                secret=True,
            )
            or None
        )

    def _report_and_quit(self, stage: str) -> None:
        log.info("window %s: quitting as MATCHTAFEL_EXIT_WHEN_READY asks", stage)
        # Wall-clock time, so that the benchmark can subtract the moment it started this process.
        print(f"{stage} {time.time():.6f}", flush=True)  # noqa: TID251 (a moment, not a date)
        self.app.quit()

    def close(self) -> None:
        from PySide6.QtCore import QThreadPool

        self.backups.timer.stop()
        QThreadPool.globalInstance().waitForDone(5_000)  # a list or ranking still loading finishes first
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        screen = self.window.screen_by_key.get(SectionKey.SESSIONS)
        run_screen = getattr(screen, "run_screen", None)
        if run_screen is not None:
            run_screen.save_notes()  # the last words typed before quitting
        if self.database is not None:
            self.database.close()
            self.database = None


def run_app(*, database: str, language: str | None = None) -> int:
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
        and sys.platform.startswith("linux")
    ):
        print(
            "matchtafel: no display found. Start it on a virtual screen: xvfb-run -a matchtafel",
            file=sys.stderr,
        )
        return 1
    from matchtafel.ui.widgets.memory import fewer_malloc_arenas

    fewer_malloc_arenas()  # before the first thread
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Matchtafel")
    app.setOrganizationName("Matchtafel")
    from matchtafel.ui.widgets.collector import install as collect_on_ui_thread

    collect_on_ui_thread(app)  # before the first pool thread: Qt objects must not die on one
    apply_look(app)

    from PySide6.QtGui import QIcon

    from matchtafel.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "matchtafel.png")))
    from matchtafel.ui.crash_dialog import install_exception_hooks

    # An unexpected error: logged, a calm dialog (or, when nobody is there to click, exit code 1).
    install_exception_hooks(
        QApplication.activeWindow, interactive=not os.environ.get("MATCHTAFEL_EXIT_WHEN_READY")
    )
    settings = load_settings()
    install_translators(app, choose_language(language or settings.language))
    matchtafel = Matchtafel(app=app, settings=settings, target=database)  # asks who you are once open
    matchtafel.start()
    code = app.exec()
    return 1 if matchtafel.refused else code
