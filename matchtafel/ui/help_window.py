"""The manual in the app: F1 opens it at the chapter for the current screen, F1 again (or Shift+F1 from the
main window) shows that screen's keyboard shortcuts.

The manual is Markdown in ``resources/manual/<language>/`` (shipped in the package and the bundle); the
language follows the interface. A ``QTextBrowser`` shows it and follows the links between chapters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTextBrowser, QToolBar, QVBoxLayout, QWidget

from matchtafel.paths import resources_dir
from matchtafel.ui.sections.keys import SectionKey

CONTENTS = "index.md"
# The chapter and the shortcuts for each screen (the section keys of the main window, and run mode).
CHAPTER = {
    SectionKey.SESSIONS: "session.md",
    "run": "session.md",
    SectionKey.YOUNG_PEOPLE: "registers.md",
    SectionKey.VACANCIES: "registers.md",
    SectionKey.EMPLOYERS: "registers.md",
    SectionKey.ORGANISATIONS: "registers.md",
    SectionKey.FOLLOW_UP: "follow_up.md",
    SectionKey.OVERVIEW: "follow_up.md",
    SectionKey.PRIVACY: "privacy.md",
}
KEYS = {
    SectionKey.SESSIONS: "keys_sessions.md",
    "run": "keys_run.md",
    SectionKey.YOUNG_PEOPLE: "keys_registers.md",
    SectionKey.VACANCIES: "keys_registers.md",
    SectionKey.EMPLOYERS: "keys_registers.md",
    SectionKey.ORGANISATIONS: "keys_registers.md",
    SectionKey.FOLLOW_UP: "keys_follow_up.md",
}
GENERAL_KEYS = "keys_general.md"


def manual_dir(language: str) -> Path:
    folder = resources_dir() / "manual" / language
    return folder if folder.is_dir() else resources_dir() / "manual" / "nl"


class HelpWindow(QWidget):
    """A window beside the work (not modal): the manual, with back, forward, contents and this screen's keys."""

    def __init__(self, *, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # closing the main window ends the app
        self.setWindowTitle(self.tr("Matchtafel manual"))
        self.resize(760, 680)
        self.screen_key: str = SectionKey.SESSIONS
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Manual"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(manual_dir(language))])
        self.browser.document().setDefaultStyleSheet(
            "h1, h2 { color: #1d4e89; } td, th { padding: 2px 8px; }"
        )
        toolbar = QToolBar()
        toolbar.setAccessibleName(self.tr("Manual navigation"))
        actions = (
            (self.tr("Back"), QKeySequence.StandardKey.Back, self.browser.backward),
            (self.tr("Forward"), QKeySequence.StandardKey.Forward, self.browser.forward),
            (self.tr("Contents"), QKeySequence("Alt+Home"), self.show_contents),
            (self.tr("Keys of this screen (F1)"), QKeySequence("F1"), self.toggle_keys),
        )
        for text, key, slot in actions:
            action = QAction(text, self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            toolbar.addAction(action)
            self.addAction(action)
        close = QAction(self.tr("Close"), self)
        close.setShortcuts([QKeySequence("Escape"), QKeySequence(QKeySequence.StandardKey.Close)])
        close.triggered.connect(self.close)
        self.addAction(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.browser, 1)

    def show_page(self, name: str) -> None:
        self.browser.setSource(QUrl(name))

    def current_page(self) -> str:
        return self.browser.source().fileName()

    def show_chapter(self, screen_key: str) -> None:
        self.screen_key = screen_key
        self.show_page(CHAPTER.get(screen_key, CONTENTS))

    def show_keys(self, screen_key: str) -> None:
        self.screen_key = screen_key
        self.show_page(KEYS.get(screen_key, GENERAL_KEYS))

    def show_contents(self) -> None:
        self.show_page(CONTENTS)

    def toggle_keys(self) -> None:
        """F1 in the manual: this screen's keys; F1 again: back to its chapter."""
        if self.current_page() == KEYS.get(self.screen_key, GENERAL_KEYS):
            self.show_chapter(self.screen_key)
        else:
            self.show_keys(self.screen_key)

    def bring_up(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.setFocus()
