#!/usr/bin/env python3
"""Render the app icon (resources/icons/matchtafel.svg) to the PNG, ICO (Windows) and ICNS (macOS) files
beside it. Run after changing the SVG; the results are committed, so a build needs neither Qt nor Pillow
for this step.

    QT_QPA_PLATFORM=offscreen python scripts/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "matchtafel.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts and image plugins need it)
    pngs = {size: render(size) for size in (*PNG_SIZES, 1024)}
    (ICONS / "matchtafel.png").write_bytes(pngs[256])
    (ICONS / "matchtafel-512.png").write_bytes(pngs[512])
    big = Image.open(io.BytesIO(pngs[256]))
    big.save(ICONS / "matchtafel.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    Image.open(io.BytesIO(pngs[1024])).save(ICONS / "matchtafel.icns")
    print("wrote", ", ".join(p.name for p in sorted(ICONS.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
