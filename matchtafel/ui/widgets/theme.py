"""Colours that stay legible in the system's light and dark scheme, and the look shared by every screen.

Hard-coded dark red on a dark window cannot be read: every colour here is chosen from the palette in force.
``application_style()`` gives the style sheet the app installs once: a visible focus frame on every field
and list, and the same padding on buttons.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# (light scheme, dark scheme)
_COLOURS = {
    "error": ("#b00020", "#ff8a80"),  # dark red / light red: readable in grey print and for low vision
    "warning": ("#8a5300", "#ffcc80"),  # dark amber: a remark, not an error
    "ok": ("#1b5e20", "#a5d6a7"),
    "bar": ("#2f6fad", "#6aa8e6"),  # score bars: one calm blue
    "track": ("#e3e6ea", "#3a3f45"),  # the unfilled part of a bar
    "muted": ("#5f6368", "#a8adb3"),
    "marked": ("#ffecb3", "#5c4a12"),  # a row that needs attention: amber, dark amber on dark
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str, palette: QPalette | None = None) -> QColor:
    light, dark = _COLOURS[name]
    return QColor(dark if is_dark(palette) else light)


def css(name: str) -> str:
    """``color: …;`` for a label's style sheet."""
    return f"color: {colour(name).name()};"


def application_style() -> str:
    """Focus always visible: a frame in the highlight colour on the widget that has it."""
    return (
        "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus,"
        " QComboBox:focus, QSpinBox:focus {"
        " border: 2px solid palette(highlight); border-radius: 3px; }"
    )


def apply_look(app: QApplication) -> None:
    """Once at start: the system's light or dark palette as it is (Qt follows the scheme), focus visible."""
    app.setStyleSheet(application_style())
