"""Icons for navigation, toolbars and run mode: Lucide SVGs shipped in ``resources/icons/lucide`` (ISC
licence, ``LICENSE`` beside them).

Each icon is drawn in the palette's text colour, so it follows the system's light or dark scheme; Qt derives
the disabled look from it. Drawn once per name and colour.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from matchtafel.paths import resources_dir

SIZES = (16, 20, 24, 32, 48, 64)


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / "lucide" / f"{name}.svg")


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``name`` (a Lucide file name without .svg) in ``colour`` or the palette's text colour."""
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _drawn(name, colour)


@cache
def _drawn(name: str, colour: str) -> QIcon:
    with open(icon_path(name), encoding="utf-8") as file:
        svg = file.read().replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    drawn = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        drawn.addPixmap(pixmap)
    return drawn
