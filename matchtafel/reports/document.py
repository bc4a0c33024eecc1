"""What every printed Matchtafel document shares: A4, embedded DejaVu fonts, safe text, tables that repeat their
header, a "Vertrouwelijk — pagina X van Y" footer, and PDF metadata. Pure reportlab: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from matchtafel.paths import resources_dir
from matchtafel.reports.texts import Words

FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
REPLACEMENT = "\ufffd"  # what a character the font lacks becomes: visible, never a black box
MARGIN = 18 * mm
GRID = colors.HexColor("#7f7f7f")  # mid grey lines and a light grey header: legible printed in grey
HEADER_FILL = colors.HexColor("#e3e3e3")


@cache
def register_fonts() -> frozenset[int]:
    """Embed DejaVu Sans (shipped in resources/fonts with its licence); returns the code points it can draw."""
    folder = resources_dir() / "fonts"
    regular = TTFont(FONT, str(folder / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    return frozenset(regular.face.charToGlyph)


_ESCAPES: dict[int, str | None] = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\n"): "<br/>"}
_ESCAPES |= {ord("\t"): " ", ord("\r"): None}
_ESCAPES |= {c: None for c in [*range(32), *range(0x7F, 0xA0)] if c not in _ESCAPES}  # control characters


@cache
def _drawable_text() -> frozenset[str]:
    return frozenset(chr(c) for c in register_fonts())


def safe(text: str) -> str:
    """A user's string as Paragraph markup that prints exactly as typed: markup escaped, line breaks kept,
    control characters dropped, a character the font lacks replaced by a visible sign."""
    escaped = text.translate(_ESCAPES)
    drawable = _drawable_text()
    if drawable.issuperset(escaped):
        return escaped
    return "".join(char if char in drawable else REPLACEMENT for char in escaped)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=3)
    return {
        "body": body,
        "small": ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#333333")
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=6),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=BOLD,
            fontSize=10.5,
            leading=13,
            spaceBefore=8,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD, spaceAfter=0, keepWithNext=1),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A Paragraph of user text: always through ``safe``."""
    return Paragraph(safe(text), styles()[style])


def section(title: str, room: float = 40) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page: it needs ``room`` millimetres below it
    (a table after it may still split)."""
    return [CondPageBreak(room * mm), para(title, "h2")]


def with_table(heading: Sequence[Flowable], grid: Table, rows: int = 2) -> list[Flowable]:
    """A heading (or nothing) and its table, kept together: a page break comes first unless the heading,
    the table's header and its first ``rows`` rows fit below. A longer table then splits across pages,
    repeating its header."""
    width, height = CONTENT_WIDTH * mm, A4[1]
    needed = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heading)
    grid.wrap(width, height)
    needed += sum(grid._rowHeights[: 1 + rows])  # reportlab keeps the row heights of the last wrap
    return [CondPageBreak(needed + 2), *heading, grid]


def fit_width(texts: Sequence[str], least: float, most: float, style: str = "cell") -> float:
    """A column width (mm) that holds the longest of ``texts`` on one line, between ``least`` and ``most``:
    a code such as J-2026-0081 T.B. never wraps."""
    font = styles()[style]
    widest = max((pdfmetrics.stringWidth(t, font.fontName, font.fontSize) for t in texts), default=0)
    return float(max(least, min(most, (widest + 6 + 2) / mm)))  # the cell's padding, and a little air


def markup(fragment: str, style: str = "body") -> Paragraph:
    """A Paragraph of our own markup, whose user parts the caller passed through ``safe``."""
    return Paragraph(fragment, styles()[style])


def table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A grid whose header row repeats on every page it runs over; cells wrap."""
    data = [[para(h, "head") for h in header]] + [[para(cell, "cell") for cell in row] for row in rows]
    result = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT", splitInRow=1)
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else each cell sets Helvetica, an unembedded font
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds every page back until the end, so the footer can say "page X of Y"."""

    footer = "{page}/{pages}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.black)
            self.drawCentredString(A4[0] / 2, 10 * mm, self.footer.format(page=self._pageNumber, pages=total))
            super().showPage()
        super().save()


def build(
    story: list[Flowable],
    out: str | Path | BinaryIO,
    *,
    words: Words,
    title: str,
    subject: str,
    author: str,
) -> None:
    """Lay the story out on A4 with the confidential footer and the document's metadata."""
    register_fonts()
    doc = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        subject=subject,
        author=author,
        creator="Matchtafel",
        keywords=words["confidential"],
        lang=words.language,
        initialFontName=FONT,  # else reportlab starts every page on Helvetica: an unembedded font object
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvas = type("FooterCanvas", (_NumberedCanvas,), {"footer": words["page"]})
    doc.build(story, canvasmaker=canvas)


CONTENT_WIDTH = (A4[0] - 2 * MARGIN) / mm  # in millimetres, for table column widths
