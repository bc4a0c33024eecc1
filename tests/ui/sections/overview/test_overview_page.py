"""The Overview section: the charts are drawn, and the same figures are saved as a PDF report and as CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtSvgWidgets import QSvgWidget
from pytestqt.qtbot import QtBot

from matchtafel.reports.period import ALL, CUSTOM, Period
from matchtafel.services import Services
from matchtafel.ui.sections.overview.overview_page import OverviewPage, qt_svg
from tests.ui.prompts import FakePrompts


def test_the_overview_draws_its_charts_and_saves_them(
    qtbot: QtBot, session_demo: Services, tmp_path: Path
) -> None:
    prompts = FakePrompts()
    page = OverviewPage(session_demo, prompts=prompts)
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
        "BPV place and job: found and kept",
        "Lasting work: answers at the follow-up calls",
        "Quality of the first job",
        "School leavers: contact moments",
        "By school",
        "By level",
        "Days from first case to placement",
        "Employers engaged (target 50%)",
    ]
    assert figures.period == Period.school_year_of(session_demo.clock.today())  # the current school year
    charts = page.charts.findChildren(QSvgWidget)
    assert len(charts) == 10 and all(chart.renderer().isValid() for chart in charts)
    assert f"{figures.proposals} proposals" in page.summary.text()
    image = charts[0].grab().toImage()
    dark = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 40
    )
    assert dark < image.width() * image.height() / 16 / 4  # bars and text, not a black box (Qt and clipPath)

    saved = [tmp_path / "overzicht.pdf", tmp_path / "overzicht.csv"]
    prompts.answer("save_path", saved[0], tmp_path / "overzicht")  # the csv's suffix is added
    page.pdf_button.click()
    page.csv_button.click()
    assert saved[1].exists()
    start, end = figures.period.start, figures.period.end
    suggested = [Path(a.text).name for a in prompts.asked]
    assert suggested[0] == f"Overview Matchtafel {start:%Y-%m-%d} {end:%Y-%m-%d}.pdf"
    assert [a.title for a in prompts.asked] == ["Save the overview"] * 2
    text = "".join(p.extract_text() for p in PdfReader(saved[0]).pages)
    assert "Matchtafel overview" in text and "Proposals: how far they got" in text
    assert f"Proposals in all: {figures.proposals}" in text
    assert f"Period: school year {start.year}-{end.year}." in text and "Employers engaged" in text
    csv_text = saved[1].read_bytes().decode("utf-8-sig")
    assert f"Proposals reached;;Proposed;{figures.funnel[0][1]}" in csv_text
    assert "Saved in" in page.summary.text()


def test_qt_gets_the_svg_without_the_clip_path_it_draws_as_a_black_box() -> None:
    svg = '<svg><clipPath id="clip">\n<rect/></clipPath><g style="clip-path: url(#clip)"><text style="font-family: DejaVuSans;">x</text></g></svg>'
    assert qt_svg(svg) == b'<svg><g style=""><text style="font-family: DejaVu Sans;">x</text></g></svg>'


def test_a_period_and_a_selection_recompute_the_figures(qtbot: QtBot, session_demo: Services) -> None:
    page = OverviewPage(session_demo, target_percent=40)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.computed, timeout=20_000):
        page.reload()
    this_year = page.figures
    assert this_year is not None and this_year.engagement.target == 0.4
    filters = page.filters
    assert filters.school.count() == 4  # all schools, and the demo's three
    with qtbot.waitSignal(page.computed, timeout=20_000):
        filters.kind.setCurrentIndex(filters.kind.findData(ALL))
    everything = page.figures
    assert everything is not None and everything.period == Period()
    assert everything.proposals >= this_year.proposals
    with qtbot.waitSignal(page.computed, timeout=20_000):
        filters.school.setCurrentIndex(1)
    school = page.figures
    assert school is not None and school.selection.school == filters.school.itemText(1)
    assert sum(g.discussed for g in school.by_school) < sum(g.discussed for g in everything.by_school)
    with qtbot.waitSignal(page.computed, timeout=20_000):
        filters.kind.setCurrentIndex(filters.kind.findData(CUSTOM))  # from the school year's start to today
    assert filters.start.text() == f"{Period.school_year_of(session_demo.clock.today()).start:%d-%m-%Y}"
    with qtbot.assertNotEmitted(page.computed, wait=200):
        filters.start.setText("31-02-2026")
        filters.start.editingFinished.emit()
    page.reload()
    assert page.summary.text() == "'31-02-2026' is not a date; type it as 20-11-2026."
    with qtbot.waitSignal(page.computed, timeout=20_000):
        filters.start.setText("01-01-2026")
        filters.end.setText("31-03-2026")
        filters.end.editingFinished.emit()
    assert page.figures is not None and page.figures.period == Period.custom(
        date(2026, 1, 1), date(2026, 3, 31)
    )
