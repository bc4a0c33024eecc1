"""The overview (monitoring) as a PDF report with its charts, and as a CSV file with the same figures."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from matchtafel.reports.charts import all_charts
from matchtafel.reports.document import CONTENT_WIDTH, build, para, section, table
from matchtafel.reports.figures import Figures
from matchtafel.reports.overview_around import around_key_figures, around_rows, selection_lines
from matchtafel.reports.texts import Words


def write_overview(
    figures: Figures, out: str | Path | BinaryIO, *, language: str = "nl", author: str = ""
) -> None:
    w = Words(language)
    story: list[Flowable] = [
        para(w["overview"], "title"),
        para(w["overview_intro"].format(day=w.date(figures.made_on))),
        para(w["overview_period"].format(period=w.period(figures.period))),
        *[para(line) for line in selection_lines(figures, w)],
        para(w["proposals_total"].format(n=figures.proposals)),
        Spacer(0, 4 * mm),
    ]
    for title, drawing in all_charts(figures, w):
        story += section(title, room=drawing.height / mm + 12)  # the heading stays with its chart
        story.append(drawing)
    story += section(w["key_figures"], room=60)
    story.append(_key_figures(figures, w))
    build(story, out, words=w, title=w["overview"], subject=w["overview_subject"], author=author)


def figures_csv(figures: Figures, *, language: str = "nl") -> str:
    """Long format (figure; group; item; value) that a spreadsheet pivots as it likes; no names."""
    w = Words(language)
    rows: list[tuple[str, str, str, object]] = []
    period = figures.period
    if period.start is not None and period.end is not None:
        rows += [
            (w["period"], w.period(period), w["from"], period.start.isoformat()),
            (w["period"], w.period(period), w["until"], period.end.isoformat()),
        ]
    rows += [(w["selection"], "", line, "") for line in selection_lines(figures, w)[:-1]]
    rows += [(w["csv_funnel"], "", w.vocab(stage), n) for stage, n in figures.funnel]
    rows += [(w["csv_status"], "", w.vocab(status), n) for status, n in figures.statuses]
    rows += [(w["csv_months"], "", f"{first:%Y-%m}", n) for first, n in figures.placements_per_month]
    for durable in figures.durable:
        name = w["csv_durable"].format(months=durable.months)
        rows.append((name, "", w["answered"], durable.answered))
        rows += [(name, "", w.answer(answer), n) for answer, n in sorted(durable.answers.items())]
        rows.append((name, "", w["in_work"], durable.in_work))
    for key, groups, unnamed in (
        ("csv_school", figures.by_school, w["no_school"]),
        ("csv_level", figures.by_level, w["no_level"]),
    ):
        for group in groups:
            name = group.name if key == "csv_school" else w.level(group.name)
            name = name or unnamed
            rows += [
                (w[key], name, w["discussed_people"], group.discussed),
                (w[key], name, w["placed_people"], group.placed),
                (w[key], name, w["answered_6"], group.answered_6),
                (w[key], name, w["in_work_6_long"], group.in_work_6),
            ]
    rows += around_rows(figures, w)
    days = figures.days_to_placement
    rows.append((w["csv_days"], "", w["count"], len(days)))
    if days:
        quartiles = figures.quartiles_days_to_placement()
        rows.append((w["csv_days"], "", w["median"], _number(figures.median_days_to_placement)))
        if quartiles:
            rows += [
                (w["csv_days"], "", w["p25"], _number(quartiles[0])),
                (w["csv_days"], "", w["p75"], _number(quartiles[1])),
            ]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([w["figure"], w["group"], w["item"], w["value"]])
    writer.writerows(rows)
    return out.getvalue()


def _key_figures(figures: Figures, w: Words) -> Flowable:
    """The numbers behind the lasting-work and time charts, for those who read tables rather than bars."""
    rows = []
    for durable in figures.durable:
        share = f"{durable.share_in_work:.0%}" if durable.share_in_work is not None else "—"
        rows.append(
            [
                w["csv_durable"].format(months=durable.months),
                w["key_durable"].format(in_work=durable.in_work, answered=durable.answered, share=share),
            ]
        )
    quartiles = figures.quartiles_days_to_placement()
    rows.append(
        [
            w["csv_days"],
            w["key_days"].format(
                median=_number(figures.median_days_to_placement),
                p25=_number(quartiles[0]) if quartiles else "—",
                p75=_number(quartiles[1]) if quartiles else "—",
                n=len(figures.days_to_placement),
            )
            if figures.days_to_placement
            else w["no_placements"],
        ]
    )
    rows += around_key_figures(figures, w)
    return table(
        [w["figure"].capitalize(), w["value"].capitalize()], rows, [CONTENT_WIDTH * 0.4, CONTENT_WIDTH * 0.6]
    )


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
