"""The manual in the app: F1 at the current screen's chapter, its keys one key away, every link works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matchtafel.paths import resources_dir
from matchtafel.ui.help_window import CHAPTER, CONTENTS, GENERAL_KEYS, KEYS, HelpWindow
from matchtafel.ui.main_window import MainWindow

MANUAL = resources_dir() / "manual"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_and_link_of_the_manual_exists(language: str) -> None:
    folder = MANUAL / language
    pages = {p.name for p in folder.glob("*.md")}
    assert pages == {p.name for p in (MANUAL / "nl").glob("*.md")}  # the same chapters in both
    wanted = {CONTENTS, GENERAL_KEYS, *CHAPTER.values(), *KEYS.values()}
    assert wanted <= pages
    for page in pages:
        for target in re.findall(r"\]\(([^)#]+\.md)\)", (folder / page).read_text(encoding="utf-8")):
            assert target in pages, f"{language}/{page} links to {target}"
    contents = (folder / CONTENTS).read_text(encoding="utf-8")
    assert all(page in contents for page in pages - {CONTENTS})  # every page reachable from the contents


def test_the_manual_covers_what_the_issue_asks(qtbot: QtBot) -> None:
    nl = {p.name: p.read_text(encoding="utf-8") for p in (MANUAL / "nl").glob("*.md")}
    for subject in (
        "Eerste start",
        "van plan tot verslag",
        "nazorg",
        "Importeren",
        "Privacy",
        "gedeelde server",
    ):
        assert subject.casefold() in nl[CONTENTS].casefold()
    assert "notulist" in nl[CONTENTS] and "coördinator" in nl[CONTENTS]


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts reach an active window
        window.show()
        window.activateWindow()
    return window


def test_f1_opens_the_chapter_of_the_current_screen_and_f1_again_its_keys(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.section_actions[5].trigger()  # follow-up
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_page() == "follow_up.md"
    with qtbot.waitActive(help_window):
        help_window.activateWindow()
    assert "Nazorg calls" in help_window.browser.toPlainText()  # the English interface: the English manual
    qtbot.keyClick(help_window.browser, Qt.Key.Key_F1)
    assert help_window.current_page() == "keys_follow_up.md"
    assert "still employed" in help_window.browser.toPlainText()
    qtbot.keyClick(help_window.browser, Qt.Key.Key_F1)
    assert help_window.current_page() == "follow_up.md"
    qtbot.keyClick(help_window.browser, Qt.Key.Key_Escape)
    assert not help_window.isVisible()


def test_shift_f1_shows_the_keys_of_the_screen_at_once(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.section_actions[1].trigger()  # young people
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert window.help_window is not None
    assert window.help_window.current_page() == "keys_registers.md"
    window.section_actions[6].trigger()  # the overview has no keys of its own: the general ones
    window.open_help(keys=True)
    assert window.help_window.current_page() == GENERAL_KEYS


def test_the_manual_follows_links_and_goes_back(qtbot: QtBot) -> None:
    help_window = HelpWindow(language="nl")
    qtbot.addWidget(help_window)
    help_window.show_contents()
    assert help_window.browser.toPlainText().startswith("Handleiding Matchtafel")
    help_window.browser.setSource(help_window.browser.source().resolved(Path("privacy.md").name))  # type: ignore[arg-type]
    assert help_window.current_page() == "privacy.md"
    help_window.browser.backward()
    assert help_window.current_page() == CONTENTS
    assert help_window.browser.accessibleName()


def test_about_names_the_versions_and_the_database_schema(qtbot: QtBot) -> None:
    window = _window(qtbot)
    text = window.about_text()
    for what in ("Python 3.", "Qt 6.", "SQLite 3.", "SQLCipher 4.", "No database open", "Log file: "):
        assert what in text
    window.show_database_facts([("Database", "SQLite file"), ("Database schema", "0007_agenda_view")])
    assert "Database schema: 0007_agenda_view" in window.about_text()
