"""The main window's menus: File (import, restore, settings, quit), Go (each section by Ctrl+number, the
reminders) and Help (the manual, this screen's keys, the log folder, About).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from matchtafel.ui.i18n import translate
from matchtafel.ui.widgets.section_page import Section

if TYPE_CHECKING:
    from matchtafel.ui.main_window import MainWindow


@dataclass(frozen=True)
class Menus:
    """What the window keeps of its menus: Ctrl+number per section, and the reminders' action."""

    section_actions: list[QAction]
    reminders_action: QAction


def build_menus(window: MainWindow, sections: Sequence[Section]) -> Menus:
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    import_action = QAction(translate("MainWindow", "&Import young people or vacancies…"), window)
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.triggered.connect(window.import_requested)
    file_menu.addAction(import_action)
    restore_action = QAction(translate("MainWindow", "&Restore a backup…"), window)
    restore_action.triggered.connect(window.restore_requested)
    file_menu.addAction(restore_action)
    settings_action = QAction(translate("MainWindow", "&Settings…"), window)
    settings_action.setShortcut(QKeySequence("Ctrl+,"))
    settings_action.triggered.connect(window.settings_requested)
    file_menu.addAction(settings_action)
    quit_action = QAction(translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    go_menu = window.menuBar().addMenu(translate("MainWindow", "&Go"))
    section_actions: list[QAction] = []
    for index, section in enumerate(sections):
        action = QAction(section.title, window)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda _checked=False, i=index: window.navigation.setCurrentRow(i))
        go_menu.addAction(action)
        section_actions.append(action)
    go_menu.addSeparator()
    reminders_action = QAction(translate("MainWindow", "&Reminders"), window)
    reminders_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    go_menu.addAction(reminders_action)
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    manual = QAction(translate("MainWindow", "&Manual"), window)
    manual.setShortcut(QKeySequence("F1"))
    manual.triggered.connect(lambda: window.open_help(keys=False))
    keys = QAction(translate("MainWindow", "&Keys of this screen"), window)
    keys.setShortcut(QKeySequence("Shift+F1"))
    keys.triggered.connect(lambda: window.open_help(keys=True))
    log_folder = QAction(translate("MainWindow", "Open the &log folder"), window)
    log_folder.triggered.connect(window.open_log_folder)
    about = QAction(translate("MainWindow", "&About Matchtafel"), window)
    about.triggered.connect(window.show_about)
    for action in (manual, keys, log_folder, about):
        help_menu.addAction(action)
    return Menus(section_actions, reminders_action)
