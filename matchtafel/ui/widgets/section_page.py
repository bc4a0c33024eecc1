"""A section's page before its real screen is built: its title, what it is for, and a line of figures."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    description: str
    icon: str = ""  # a Lucide icon's name (resources/icons/lucide)


class SectionPage(QWidget):
    """A section's page: its title, what it is for, and a line of figures."""

    def __init__(self, section: Section, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(section.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.heading = QLabel(section.title)
        self.heading.setObjectName("sectionHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.description = QLabel(section.description)
        self.description.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.figures.setAccessibleName(self.tr("Figures"))
        self.coming = QLabel(self.tr("The full screen for this section arrives in a coming version."))
        self.coming.setObjectName("comingNote")
        self.coming.setForegroundRole(
            QPalette.ColorRole.Dark
        )  # as "color: palette(dark)", without a style sheet
        for widget in (self.heading, self.description, self.figures, self.coming):
            layout.addWidget(widget)
        layout.addStretch(1)
