"""The icons are drawn when asked, at the size and scale asked, in the colour given."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from pytestqt.qtbot import QtBot

from matchtafel.ui.widgets.icons import icon


def coloured_pixels(image: QImage, colour: str) -> int:
    wanted = QColor(colour)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200 and (pixel.red(), pixel.green(), pixel.blue()) == (
                wanted.red(),
                wanted.green(),
                wanted.blue(),
            ):
                count += 1
    return count


def test_an_icon_is_drawn_in_its_colour_at_the_size_asked(qtbot: QtBot) -> None:
    users = icon("users", "#b00020")
    for side in (16, 20, 48):
        image = users.pixmap(QSize(side, side)).toImage()
        assert (image.width(), image.height()) == (side, side)
        assert coloured_pixels(image, "#b00020") > side  # the strokes, in that colour
    sharp = users.pixmap(QSize(20, 20), 2.0)  # a screen at 200 %: drawn at 40 px, not enlarged
    assert (sharp.width(), sharp.height(), sharp.devicePixelRatio()) == (40, 40, 2.0)
    assert coloured_pixels(sharp.toImage(), "#b00020") > 2 * coloured_pixels(
        users.pixmap(QSize(20, 20)).toImage(), "#b00020"
    )


def test_a_disabled_icon_looks_disabled_and_the_same_icon_is_drawn_once(qtbot: QtBot) -> None:
    users = icon("users", "#1b5e20")
    normal = users.pixmap(QSize(24, 24)).toImage()
    disabled = users.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert disabled != normal and coloured_pixels(disabled, "#1b5e20") == 0
    assert icon("users", "#1b5e20").cacheKey() == users.cacheKey()
    assert users.pixmap(QSize(24, 24)).cacheKey() == users.pixmap(QSize(24, 24)).cacheKey()
