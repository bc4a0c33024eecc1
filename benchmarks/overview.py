"""Outcome figures on the large demo database (issue 7). Prints, never asserts.

python benchmarks/overview.py [DB]

Goal: all overview figures computed in <= 300 ms, for everything and (issue 19) for a school year, also
narrowed to one school and one kind of place. Also measured: the charts drawn and turned into SVG for the
screen, the PDF report, the reminders at start, the proposals list, (issue 9) the retention preview and the
audit log screen, and (issue 19) school leavers' contact moments due and 'Mijn afspraken'.
"""

from __future__ import annotations

import io
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

LARGE_DB = Path(__file__).resolve().parents[1] / ".bench" / "large.sqlite3"
RUNS = 15


def timed(work: Callable[[], Any], runs: int = RUNS) -> tuple[list[float], Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return times, result


def line(name: str, times: list[float], goal: str = "") -> None:
    median, worst = statistics.median(times) * 1000, max(times) * 1000
    print(f"{name:<52} median {median:7.1f} ms   worst {worst:7.1f} ms   {goal}")


def main(db_path: Path = LARGE_DB) -> int:
    from reportlab.graphics import renderSVG

    from matchtafel.db import open_database
    from matchtafel.reports.charts import all_charts
    from matchtafel.reports.overview import figures_csv, write_overview
    from matchtafel.reports.period import Period, Selection
    from matchtafel.reports.texts import Words
    from matchtafel.services import Actor, Services
    from matchtafel.vocabulary import VacancyKind

    if not db_path.exists():
        raise SystemExit(f"{db_path} is missing: run `python benchmarks/run.py` (it makes the large demo)")
    copy = Path(tempfile.mkdtemp()) / "overview.sqlite3"
    shutil.copyfile(db_path, copy)  # computing the figures writes an audit row: never into the shared file
    db = open_database(copy)
    services = Services.create(db.sessions, Actor("benchmark", "Werkgeversservicepunt Achterhoek"))
    times, figures = timed(services.monitoring.figures)
    print(
        f"large demo: {figures.proposals} proposals, {sum(n for _, n in figures.placements_per_month)} "
        f"placements in the last 12 months, {len(figures.by_school)} schools, "
        f"{len(figures.days_to_placement)} young people placed"
    )
    line(
        "overview: all figures", times, f"goal <= 300 ms ({statistics.median(times) * 1000 / 300:.2f} of it)"
    )
    school_year = Period.school_year_of(services.clock.today())
    times, _ = timed(lambda: services.monitoring.figures(period=school_year))
    line("overview: all figures, this school year", times, "goal <= 300 ms")
    school = services.monitoring.choices().schools[0]
    narrowed = Selection(school_id=school[0], school=school[1], kind=VacancyKind.JOB)
    times, _ = timed(lambda: services.monitoring.figures(period=school_year, selection=narrowed))
    line("overview: this school year, one school, jobs", times, "goal <= 300 ms")
    words = Words("nl")
    times, charts = timed(lambda: [renderSVG.drawToString(d) for _, d in all_charts(figures, words)])
    line(f"overview: {len(charts)} charts drawn as SVG (screen)", times)
    times, _ = timed(lambda: write_overview(figures, io.BytesIO()), runs=5)
    line("overview: PDF report", times)
    times, _ = timed(lambda: figures_csv(figures))
    line("overview: CSV", times)
    times, reminders = timed(services.reminders.reminders)
    line(f"reminders at start ({reminders.count} for one organisation)", times)
    times, rows = timed(services.pipeline.proposals, runs=5)
    line(f"proposals list ({len(rows)} proposals)", times)
    times, calls = timed(services.followup.checkpoints)
    line(f"nazorg calls due ({len(calls)})", times)
    times, due = timed(lambda: services.retention.preview(24), runs=5)
    line(f"retention preview, 24 months ({len(due)} due)", times)
    times, lines = timed(services.audit_log.lines, runs=5)
    line(f"audit log, newest {len(lines)} lines", times)
    times, moments = timed(lambda: services.leavers.moments(days_ahead=30))
    line(f"school leavers' contact moments due ({len(moments)})", times)
    someone = moments[0].young_person_id if moments else 1
    times, _ = timed(lambda: services.my_page.page(someone))
    line("'Mijn afspraken' of one young person (data)", times)
    db.close()
    del charts
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else LARGE_DB))
