"""The main window: navigation between the sections, the section pages, and a status bar.

The window knows nothing of databases: ``app.py`` hands it plain values (a description, a user
label, counts) and it shows them. The section screens themselves arrive with their own issues.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from matchtafel import __version__
from matchtafel.first_use import FIRST_USE
from matchtafel.ui.change_feed import AREAS_OF_SECTION, EVERYTHING, change_feed
from matchtafel.ui.main_menus import build_menus
from matchtafel.ui.sections.keys import SectionKey
from matchtafel.ui.widgets.icons import icon
from matchtafel.ui.widgets.memory import forget_source_lines
from matchtafel.ui.widgets.section_page import Section, SectionPage

NAVIGATION_WIDTH = 220
COMPACT_NAVIGATION_WIDTH = 52

if TYPE_CHECKING:  # the services import SQLAlchemy; the window must show before that is loaded
    from matchtafel.services.first_screen import Counts
    from matchtafel.services.reminders import Reminders
    from matchtafel.ui.help_window import HelpWindow
    from matchtafel.ui.sections.overview.reminders_panel import RemindersPanel
    from matchtafel.ui.widgets.prompts import Prompts


class MainWindow(QMainWindow):
    """Navigation on the left, the current section on the right, facts in the status bar.

    Signals: ``settings_requested()`` (Ctrl+,), ``import_requested()`` (Ctrl+I), ``restore_requested()`` and
    ``reminders_dismissed(str)`` (the reminders closed, to remember at the next start).
    """

    settings_requested = Signal()
    import_requested = Signal()
    reminders_dismissed = Signal(str)  # the reminders the person closed ("" when shown again): remembered
    restore_requested = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Matchtafel"))
        self.resize(1200, 760)
        self._sections = self._make_sections()
        self.reminders: RemindersPanel | None = None
        self.help_window: HelpWindow | None = None
        self._database_facts: list[tuple[str, str]] = []
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 7px 10px; }"
        )
        self.pages = QStackedWidget()
        self._shown_for: dict[str, QWidget] = {}  # what the stack holds for a section: its screen or its page
        self.page_by_key: dict[str, SectionPage] = {}  # section pages made (for a section without its screen)
        self._figures: dict[str, str] = {}  # the figures line of each section page, also before it is made
        self.screen_by_key: dict[str, QWidget] = {}
        for section in self._sections:
            item = QListWidgetItem(icon(section.icon), section.title, self.navigation)
            item.setToolTip(section.title)
        self.navigation.currentRowChanged.connect(self._on_section_changed)
        self._loaded_pages: set[str] = set()
        self._factories: dict[str, Callable[[], QWidget]] = {}  # screens built when first shown
        self._given_rows: dict[str, Sequence[Any]] = {}
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_status_bar()
        self.navigation.setCurrentRow(0)
        self.navigation.setFocus()

    def _make_sections(self) -> list[Section]:
        """The sections in navigation order (Ctrl+1 ... Ctrl+9)."""
        return [
            Section(
                SectionKey.SESSIONS,
                self.tr("Sessions"),
                self.tr("Plan a Matchtafel, run it case by case, and lock the minutes."),
                "calendar-days",
            ),
            Section(
                SectionKey.YOUNG_PEOPLE,
                self.tr("Young people"),
                self.tr("The young people the table keeps in view, shown as code and initials."),
                "users",
            ),
            Section(
                SectionKey.VACANCIES,
                self.tr("Vacancies"),
                self.tr("Jobs, leerbanen, internships and trial placements at employers."),
                "briefcase",
            ),
            Section(
                SectionKey.EMPLOYERS,
                self.tr("Employers"),
                self.tr("The employers that offer places, and their contacts."),
                "building-2",
            ),
            Section(
                SectionKey.ORGANISATIONS,
                self.tr("Organisations"),
                self.tr("Schools, the municipality, WSP and UWV, and the people who work there."),
                "landmark",
            ),
            Section(
                SectionKey.FOLLOW_UP,
                self.tr("Follow-up"),
                self.tr("Proposals, placements and nazorg checkpoints after the meeting."),
                "list-checks",
            ),
            Section(
                SectionKey.OVERVIEW,
                self.tr("Overview"),
                self.tr("Figures without names: how many young people found lasting work."),
                "chart-column",
            ),
            Section(
                SectionKey.PRIVACY,
                self.tr("Privacy"),
                self.tr("The audit log, retention and the data inventory, for the privacy officer."),
                "shield",
            ),
            Section(
                SectionKey.SUPPORTERS,
                self.tr("Mentors and events"),
                self.tr("Mentors and coaches linked to young people, and the calendar of matching events."),
                "handshake",
            ),
        ]

    def _build_menus(self) -> None:
        """File, Go and Help (``ui/main_menus.py``)."""
        menus = build_menus(self, self._sections)
        self.section_actions, self.reminders_action = menus.section_actions, menus.reminders_action

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self.tr("Opening the database…"))
        self.user_label = QLabel()
        self.counts_label = QLabel()
        for label, name in (
            (self.database_label, self.tr("Database")),
            (self.user_label, self.tr("User")),
            (self.counts_label, self.tr("Counts")),
        ):
            label.setAccessibleName(name)
            label.setContentsMargins(6, 0, 12, 0)
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(QLabel(f"v{__version__}"))

    # -- what app.py tells the window ------------------------------------------------------------

    def show_user(self, label: str) -> None:
        self.user_label.setText(self.tr("User: {user}").format(user=label))

    def show_database(self, description: str) -> None:
        self.database_label.setText(self.tr("Database: {database}").format(database=description))

    def show_counts(self, counts: Counts) -> None:
        young = self.tr("%n young people", "", counts.young_people)
        vacancies = self.tr("%n open vacancies", "", counts.open_vacancies)
        employers = self.tr("%n employers", "", counts.employers)
        sessions = self.tr("%n sessions planned", "", counts.upcoming_sessions)
        self.counts_label.setText(" · ".join((young, vacancies, employers, sessions)))
        figures: dict[str, str] = {
            SectionKey.YOUNG_PEOPLE: young,
            SectionKey.VACANCIES: vacancies,
            SectionKey.EMPLOYERS: employers,
            SectionKey.SESSIONS: sessions,
        }
        self._figures.update(figures)
        for key, text in figures.items():
            if key in self.page_by_key:
                self.page_by_key[key].figures.setText(text)

    def show_database_problem(self, message: str) -> None:
        self.database_label.setText(self.tr("No database open"))
        self.counts_label.clear()
        QMessageBox.critical(self, self.tr("The database cannot be opened"), message)

    def show_database_damaged(self, message: str, *, prompts: Prompts) -> None:
        """The background integrity check found damage: say so plainly, keep the window open."""
        self.database_label.setText(self.tr("Database damaged"))
        self.statusBar().showMessage(message)
        prompts.error(self, self.tr("The database is damaged"), message)

    def install_pages(
        self,
        pages: Mapping[str, QWidget | Callable[[], QWidget]],
        *,
        rows: Mapping[str, Sequence[Any]] | None = None,
    ) -> None:
        """Put the real screens in place of the section pages once the database is open.

        A screen given as a function is built the first time it is shown, and a screen loads its rows
        the first time it is shown, so start-up builds and fills the first screen alone. ``rows``: what a
        screen shows, already read (the first screen's, read while the database was opened)."""
        for key, page in pages.items():
            if isinstance(page, QWidget):
                self._put(key, page)
            else:
                self._factories[key] = page
        self._loaded_pages.clear()
        self._given_rows = dict(rows or {})
        self._on_section_changed(self.navigation.currentRow())

    def section_page(self, key: str) -> SectionPage:
        """The section's page (its title, purpose and figures), made when first needed: shown until, or
        instead of, its screen (before the database is open, or when it could not be opened)."""
        page = self.page_by_key.get(key)
        if page is None:
            page = SectionPage(next(section for section in self._sections if section.key == key))
            page.figures.setText(self._figures.get(key, ""))
            self.page_by_key[key] = page
            self._hold(key, page)
        return page

    def _hold(self, key: str, widget: QWidget) -> None:
        old = self._shown_for.get(key)
        self.pages.addWidget(widget)
        self._shown_for[key] = widget
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()

    def _put(self, key: str, page: QWidget) -> None:
        self._hold(key, page)
        self.page_by_key.pop(key, None)
        self.screen_by_key[key] = page
        run_mode = getattr(page, "run_mode_changed", None)
        if run_mode is not None:
            run_mode.connect(self.set_compact_navigation)

    def _on_section_changed(self, row: int) -> None:
        key = self._sections[row].key
        make = self._factories.pop(key, None)
        if make is not None:
            with FIRST_USE:  # its modules may be imported by a pool thread meanwhile
                built = make()
            self._put(key, built)
            forget_source_lines()  # the screen's modules were imported just now
        self.pages.setCurrentWidget(self._shown_for.get(key) or self.section_page(key))
        page = self.screen_by_key.get(key)
        if page is not None and key not in self._loaded_pages and hasattr(page, "reload"):
            self._loaded_pages.add(key)
            # Loaded from now on: it follows the change feed (before, it loads when first shown anyway).
            change_feed().subscribe(page, AREAS_OF_SECTION.get(key, EVERYTHING), page.reload)
            given = self._given_rows.pop(key, None)
            if given is not None and hasattr(page, "set_rows"):
                page.set_rows(given)
            else:
                page.reload()

    def set_compact_navigation(self, compact: bool) -> None:
        """Run mode needs the width: the navigation shrinks to its icons (names as tooltips) meanwhile."""
        for row, section in enumerate(self._sections):
            item = self.navigation.item(row)
            if item is not None:
                item.setText("" if compact else section.title)
        self.navigation.setFixedWidth(COMPACT_NAVIGATION_WIDTH if compact else NAVIGATION_WIDTH)
        if compact and self.reminders is not None:
            self.reminders.hide()  # run mode needs the height too; Ctrl+Shift+R brings them back

    def show_reminders(self, reminders: Reminders, dismissed: str = "") -> None:
        """The reminders panel below the work, shown when there is something to do that the person did not
        close already (``dismissed``: what they closed last time). Ctrl+Shift+R shows it; Escape anywhere in
        the window closes it."""
        from matchtafel.ui.sections.overview.reminders_panel import RemindersPanel, fingerprint

        if self.reminders is None:
            self.reminders = RemindersPanel(self)
            self.reminders.open_requested.connect(self.open_reminder)
            self.reminders.dismissed.connect(self.reminders_dismissed)
            # Below the work, not beside it: run mode needs the full width of a 1366-pixel screen.
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.reminders)
            self.reminders_action.triggered.connect(self.reminders.show)
            self.reminders_action.triggered.connect(lambda: self.reminders_dismissed.emit(""))
            escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.reminders.close)
            escape.setEnabled(False)
            self.reminders.visibilityChanged.connect(escape.setEnabled)  # Escape is free when it is closed
        self.reminders.show_reminders(reminders)
        self.reminders.setVisible(reminders.count > 0 and fingerprint(reminders) != dismissed)

    def open_reminder(self, kind: str, record_id: int) -> None:
        """Go to where a reminder is acted on; a proposal is selected in the list."""
        section = {"agreement": SectionKey.SESSIONS, "vacancy": SectionKey.VACANCIES}.get(
            kind, SectionKey.FOLLOW_UP
        )
        self.navigation.setCurrentRow([s.key for s in self._sections].index(section))
        open_item = getattr(self.screen_by_key.get(section), "open_item", None)
        if callable(open_item):
            open_item(kind, record_id)

    def may_leave(self) -> bool:
        """The screens that hold typed text agree to let go of it (run mode's unsent notes ask first)."""
        for page in self.screen_by_key.values():
            may_leave = getattr(page, "may_leave", None)
            if callable(may_leave) and not may_leave():
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting asks the screens that hold typed text first."""
        if not self.may_leave():
            event.ignore()
            return
        super().closeEvent(event)

    def current_section(self) -> str:
        return self._sections[self.navigation.currentRow()].key

    # -- help -------------------------------------------------------------------------------------

    def help_context(self) -> str:
        """The screen the manual opens at: a section's key, or ``run`` while a session is being run."""
        key = self.current_section()
        page = self.screen_by_key.get(key)
        run_screen = getattr(page, "run_screen", None)
        if run_screen is not None and getattr(page, "currentWidget", lambda: None)() is run_screen:
            return "run"
        return key

    def open_help(self, *, keys: bool) -> None:
        from matchtafel.ui.help_window import HelpWindow
        from matchtafel.ui.i18n import interface_language

        if self.help_window is None:
            # A window of its own, not a child: F1 there is the manual's own key, not this window's.
            self.help_window = HelpWindow(language=interface_language())
            self.destroyed.connect(self.help_window.deleteLater)
        if keys:
            self.help_window.show_keys(self.help_context())
        else:
            self.help_window.show_chapter(self.help_context())
        self.help_window.bring_up()

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from matchtafel.logfile import log_dir

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def show_database_facts(self, facts: list[tuple[str, str]]) -> None:
        """What "About Matchtafel" says of the open database (kind, schema), handed over by app.py."""
        self._database_facts = facts

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Matchtafel"), self.about_text())

    def about_text(self) -> str:
        from matchtafel.logfile import log_path
        from matchtafel.versions import runtime_versions

        names = {"Python": "Python", "Qt": "Qt", "SQLite": "SQLite", "SQLCipher": "SQLCipher"}
        versions = [f"{name} {version}" for name, version in runtime_versions() if name in names]
        return "\n\n".join(
            [
                self.tr(
                    "Matchtafel {version}: the meeting assistant for the regional table that finds work for young people."
                ).format(version=__version__),
                "\n".join(versions),
                "\n".join(f"{label}: {value}" for label, value in self._database_facts)
                or self.tr("No database open"),
                self.tr("Log file: {path}").format(path=log_path()),
                self.tr("Place data: GeoNames (www.geonames.org), licensed CC BY 4.0."),
            ]
        )
