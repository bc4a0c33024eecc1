"""The Overview section: the charts are drawn, and the same figures are saved as a PDF report and as CSV."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtSvgWidgets import QSvgWidget
from pytestqt.qtbot import QtBot

from matchtafel.services import Services
from matchtafel.ui.overview_page import OverviewPage, qt_svg


def test_the_overview_draws_its_charts_and_saves_them(
    qtbot: QtBot, session_demo: Services, tmp_path: Path
) -> None:
    page = OverviewPage(session_demo)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    assert not page.pdf_button.isEnabled()  # nothing to save before the figures are there
    with qtbot.waitSignal(page.computed, timeout=20_000):
        page.reload()
    figures = page.figures
    assert figures is not None and figures.proposals > 0
    assert page.chart_titles == [
        "Proposals: how far they got",
        "Placements per month (start)",
        "Lasting work: answers at the follow-up calls",
        "By school",
        "By level",
        "Days from first case to placement",
    ]
    charts = page.charts.findChildren(QSvgWidget)
    assert len(charts) == 6 and all(chart.renderer().isValid() for chart in charts)
    assert f"{figures.proposals} proposals" in page.summary.text()
    image = charts[0].grab().toImage()
    dark = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 40
    )
    assert dark < image.width() * image.height() / 16 / 4  # bars and text, not a black box (Qt and clipPath)

    saved: list[Path] = []
    page.ask_path = lambda suggested, kind: saved.append(tmp_path / f"overzicht.{kind}") or saved[-1]  # type: ignore[method-assign]
    page.pdf_button.click()
    page.csv_button.click()
    assert [p.name for p in saved] == ["overzicht.pdf", "overzicht.csv"]
    text = "".join(p.extract_text() for p in PdfReader(saved[0]).pages)
    assert "Matchtafel overview" in text and "Proposals: how far they got" in text
    assert f"Proposals in all: {figures.proposals}" in text
    csv_text = saved[1].read_bytes().decode("utf-8-sig")
    assert f"Proposals reached;;Proposed;{figures.funnel[0][1]}" in csv_text
    assert "Saved in" in page.summary.text()


def test_qt_gets_the_svg_without_the_clip_path_it_draws_as_a_black_box() -> None:
    svg = '<svg><clipPath id="clip">\n<rect/></clipPath><g style="clip-path: url(#clip)"><text style="font-family: DejaVuSans;">x</text></g></svg>'
    assert qt_svg(svg) == b'<svg><g style=""><text style="font-family: DejaVu Sans;">x</text></g></svg>'
