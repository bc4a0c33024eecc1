"""Icons for navigation, toolbars and run mode: Lucide SVGs shipped in ``resources/icons/lucide`` (ISC
licence, ``LICENSE`` beside them).

Each icon is drawn in the palette's text colour, so it follows the system's light or dark scheme. An icon
is drawn when Qt first asks for it, at the size and screen scale asked (as Qt's own SVG icon engine does,
which cannot recolour): the start draws the few pixmaps it shows, not six sizes of every icon. The disabled
look is the style's, derived from the drawn pixmap.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from matchtafel.paths import resources_dir


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
    return QIcon(SvgIconEngine(svg.encode("utf-8")))


class SvgIconEngine(QIconEngine):
    """Draws one SVG at each size, scale and mode Qt asks for, once; kept for the next paint."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderer: QSvgRenderer | None = None
        self._drawn: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        key = (size.width(), size.height(), scale, mode)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = self._draw(size, scale)
            if mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected):
                from PySide6.QtWidgets import QApplication, QStyleOption

                drawn = QApplication.style().generatedIconPixmap(mode, drawn, QStyleOption())
            self._drawn[key] = drawn
        return drawn

    def _draw(self, size: QSize, scale: float) -> QPixmap:
        if self._renderer is None:
            self._renderer = QSvgRenderer(QByteArray(self._svg))
        pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap
