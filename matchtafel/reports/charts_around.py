"""The overview's charts around the table, drawn like the others (``charts``): BPV place and job found and
kept, the quality of first jobs, school leavers' contact moments, and employers engaged against the target."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from matchtafel.domain.vocabulary import LeaverStatus
from matchtafel.reports.charts import SERIES, _bars, _legend
from matchtafel.reports.document import FONT
from matchtafel.reports.figures import Figures
from matchtafel.reports.texts import Words

QUALITY = (colors.HexColor("#1f4e79"), colors.HexColor("#e08a1e"), colors.HexColor("#c9c9c9"))
STATUS_COLOURS = {
    LeaverStatus.WORKING: colors.HexColor("#1f4e79"),
    LeaverStatus.LEARNING: colors.HexColor("#5b9bd5"),
    LeaverStatus.LOOKING: colors.HexColor("#e08a1e"),
    LeaverStatus.NO_CONTACT: colors.HexColor("#7f7f7f"),
}
NOT_YET = colors.HexColor("#e3e3e3")
TARGET = colors.HexColor("#a00000")


def moments_chart(figures: Figures, w: Words) -> Drawing:
    moments = (figures.bpv, figures.jobs)
    data = [[m.found for m in moments], [m.checked for m in moments], [m.kept for m in moments]]
    # A horizontal chart draws the first series lowest: reversed, "found" is the top bar of each pair.
    drawing = _bars(
        HorizontalBarChart(),
        data[::-1],
        [w["moment_bpv"], w["moment_job"]],
        height=150,
        colours=list(SERIES)[::-1],
    )
    _legend(drawing, list(zip(SERIES, (w["found"], w["checked"], w["kept"]), strict=True)))
    return drawing


def first_jobs_chart(figures: Figures, w: Words) -> Drawing:
    jobs = figures.first_jobs
    good = [jobs.permanent, jobs.at_level, jobs.in_field]
    weak = [jobs.temporary, jobs.below_level, jobs.outside_field]
    unknown = [jobs.count - g - b for g, b in zip(good, weak, strict=True)]
    names = [w["quality_contract"], w["quality_level"], w["quality_field"]]
    drawing = _bars(HorizontalBarChart(), [good, weak, unknown], names, stacked=True, colours=list(QUALITY))
    _legend(
        drawing,
        list(zip(QUALITY, (w["quality_good"], w["quality_weak"], w["quality_unknown"]), strict=True)),
    )
    return drawing


def leavers_chart(figures: Figures, w: Words) -> Drawing:
    moments = figures.leavers.moments
    data = [[m.statuses.get(status, 0) for m in moments] for status in STATUS_COLOURS]
    data.append([m.not_yet for m in moments])
    names = [w["after_months"].format(months=m.months) for m in moments]
    colours = [*STATUS_COLOURS.values(), NOT_YET]
    drawing = _bars(HorizontalBarChart(), data, names, stacked=True, colours=colours)
    _legend(drawing, [(STATUS_COLOURS[s], w[str(s)]) for s in STATUS_COLOURS] + [(NOT_YET, w["not_yet"])])
    return drawing


def engagement_chart(figures: Figures, w: Words) -> Drawing:
    """One bar of all employers: engaged as employer, as partner, not engaged; a red line at the target."""
    engaged = figures.engagement
    rest = engaged.employers - engaged.engaged
    data = [[engaged.as_employer], [engaged.as_partner], [rest]]
    colours = [SERIES[0], SERIES[1], QUALITY[2]]
    drawing = _bars(HorizontalBarChart(), data, [""], stacked=True, colours=colours, height=120)
    chart = next(c for c in drawing.contents if isinstance(c, HorizontalBarChart))
    if engaged.employers:
        x = chart.x + chart.width * engaged.employers * engaged.target / chart.valueAxis.valueMax
        drawing.add(Line(x, chart.y - 4, x, chart.y + chart.height + 4, strokeColor=TARGET, strokeWidth=1.5))
        label = w["target_line"].format(share=f"{engaged.target:.0%}")
        drawing.add(String(x + 3, chart.y + chart.height + 6, label, fontName=FONT, fontSize=7.5))
    _legend(drawing, list(zip(colours, (w["as_employer"], w["as_partner"], w["not_engaged"]), strict=True)))
    return drawing
