"""The overview's charts as reportlab drawings: vector graphics in the PDF, SVG on the screen.

One library for both (reportlab is already how the documents are made): ``renderSVG`` turns the same
drawing into SVG that Qt's SVG renderer shows, so the screen and the paper show the very same chart.
Colours are told apart in grey print too (dark, middle, light), and every bar carries its number.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from matchtafel.domain.vocabulary import CheckpointAnswer
from matchtafel.reports.document import FONT, register_fonts
from matchtafel.reports.figures import Figures, Group
from matchtafel.reports.texts import Words

WIDTH, HEIGHT = 460, 200
SERIES = (colors.HexColor("#1f4e79"), colors.HexColor("#e08a1e"), colors.HexColor("#a6a6a6"))
ANSWER_COLOURS = {
    CheckpointAnswer.STILL_EMPLOYED: colors.HexColor("#1f4e79"),
    CheckpointAnswer.CHANGED_JOB: colors.HexColor("#5b9bd5"),
    CheckpointAnswer.BACK_TO_SCHOOL: colors.HexColor("#c9c9c9"),
    CheckpointAnswer.OUT_OF_WORK: colors.HexColor("#e08a1e"),
    CheckpointAnswer.UNKNOWN: colors.HexColor("#7f7f7f"),
}
DAY_BINS = ((0, 30), (31, 60), (61, 90), (91, 180), (181, 365), (366, None))
MAX_GROUPS = 8


def all_charts(figures: Figures, w: Words) -> list[tuple[str, Drawing]]:
    """Every chart with its title, in the order the screen and the report show them."""
    from matchtafel.reports import charts_around as around

    target = f"{figures.engagement.target:.0%}"
    return [
        (w["chart_funnel"], funnel_chart(figures, w)),
        (w["chart_months"], months_chart(figures, w)),
        (w["chart_moments"], around.moments_chart(figures, w)),
        (w["chart_durable"], durable_chart(figures, w)),
        (w["chart_first_jobs"], around.first_jobs_chart(figures, w)),
        (w["chart_leavers"], around.leavers_chart(figures, w)),
        (w["chart_schools"], groups_chart(figures.by_school, w, w["no_school"])),
        (w["chart_levels"], groups_chart(figures.by_level, w, w["no_level"], level_names=True)),
        (w["chart_days"], days_chart(figures, w)),
        (w["chart_engagement"].format(target=target), around.engagement_chart(figures, w)),
    ]


def funnel_chart(figures: Figures, w: Words) -> Drawing:
    names = [w.vocab(stage) for stage, _ in figures.funnel]
    return _bars(HorizontalBarChart(), [[n for _, n in figures.funnel]], names)


def months_chart(figures: Figures, w: Words) -> Drawing:
    names = [f"{first:%m-%y}" for first, _ in figures.placements_per_month]
    return _bars(VerticalBarChart(), [[n for _, n in figures.placements_per_month]], names)


def durable_chart(figures: Figures, w: Words) -> Drawing:
    answers = list(ANSWER_COLOURS)
    data = [[d.answers.get(a, 0) for d in figures.durable] for a in answers]
    names = [w["after_months"].format(months=d.months) for d in figures.durable]
    drawing = _bars(HorizontalBarChart(), data, names, stacked=True, colours=list(ANSWER_COLOURS.values()))
    _legend(drawing, [(ANSWER_COLOURS[a], w.answer(a)) for a in answers])
    return drawing


def groups_chart(groups: tuple[Group, ...], w: Words, unnamed: str, *, level_names: bool = False) -> Drawing:
    shown = groups[:MAX_GROUPS]

    def name(group: Group) -> str:
        if not group.name:
            return unnamed
        return w.level(group.name) if level_names else group.name

    data = [[g.discussed for g in shown], [g.placed for g in shown], [g.in_work_6 for g in shown]]
    drawing = _bars(
        HorizontalBarChart(), data, [name(g) for g in shown], height=max(HEIGHT, 60 + 36 * len(shown))
    )
    _legend(
        drawing, list(zip(SERIES, (w["discussed_people"], w["placed_people"], w["in_work_6"]), strict=True))
    )
    return drawing


def days_chart(figures: Figures, w: Words) -> Drawing:
    counts = [
        sum(1 for d in figures.days_to_placement if low <= d and (high is None or d <= high))
        for low, high in DAY_BINS
    ]
    names = [f"{low}–{high}" if high is not None else f"> {low - 1}" for low, high in DAY_BINS]
    drawing = _bars(VerticalBarChart(), [counts], names)
    middle = figures.median_days_to_placement
    text = w["median_days"].format(days=round(middle)) if middle is not None else w["no_placements"]
    drawing.add(String(WIDTH - 8, HEIGHT - 14, text, fontName=FONT, fontSize=8, textAnchor="end"))
    return drawing


def _bars(
    chart: BarChart,
    data: list[list[int]],
    names: list[str],
    *,
    stacked: bool = False,
    colours: list[colors.Color] | None = None,
    height: int = HEIGHT,
) -> Drawing:
    register_fonts()
    horizontal = isinstance(chart, HorizontalBarChart)
    drawing = Drawing(WIDTH, height)
    left = 150 if horizontal else 36
    chart.x, chart.y = left, 34
    chart.width, chart.height = WIDTH - left - (110 if len(data) > 1 else 30), height - 56
    if horizontal:  # the first category at the top, as people read a list
        data = [list(reversed(series)) for series in data]
        names = list(reversed(names))
    chart.data = [tuple(series) for series in data] if data and data[0] else [(0,)]
    chart.categoryAxis.categoryNames = names or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = (
        max((sum(column) if stacked else max(column)) for column in zip(*chart.data, strict=True))
        if names
        else 0
    )
    chart.valueAxis.valueMax = max(4, int(top * 1.15) + 1)
    chart.valueAxis.valueStep = max(1, chart.valueAxis.valueMax // 4)
    if stacked:
        chart.categoryAxis.style = "stacked"
    else:
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w" if horizontal else "s"
        chart.barLabels.dx, chart.barLabels.dy = (3, 0) if horizontal else (0, 2)
    for number in range(len(chart.data)):
        chart.bars[number].fillColor = (colours or list(SERIES))[number % len(colours or SERIES)]
        chart.bars[number].strokeColor = None
    drawing.add(chart)
    return drawing


def _legend(drawing: Drawing, items: list[tuple[colors.Color, str]]) -> None:
    legend = Legend()
    legend.x, legend.y = WIDTH - 100, drawing.height - 24
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 6
    legend.dx = legend.dy = 7
    legend.colorNamePairs = items
    drawing.add(legend)
