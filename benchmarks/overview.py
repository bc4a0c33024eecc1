"""Outcome figures (issue 7) on a demo database. Prints, never asserts.

python benchmarks/overview.py DB [--size 20k]

Goal: all overview figures computed in <= 300 ms, for everything and (issue 19) for a school year, also
narrowed to one school and one kind of place. Also measured: the charts drawn and turned into SVG for the
screen, the PDF report, the reminders at start, the proposals list, (issue 9) the retention preview and the
audit log screen, and (issue 19) school leavers' contact moments due and 'Mijn afspraken'.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, emit

RUNS = 15
SIZE = ""


def timed(work: Callable[[], Any], runs: int = RUNS) -> tuple[list[float], Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return times, result


def line(key: str, name: str, times: list[float]) -> None:
    emit(Figure(key, name, "ms", [t * 1000 for t in times], SIZE))


def main(db_path: Path) -> int:
    from reportlab.graphics import renderSVG

    from matchtafel.domain.vocabulary import VacancyKind
    from matchtafel.reports.charts import all_charts
    from matchtafel.reports.overview import figures_csv, write_overview
    from matchtafel.reports.period import Period, Selection
    from matchtafel.reports.texts import Words
    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database

    copy = Path(tempfile.mkdtemp()) / "overview.sqlite3"
    shutil.copyfile(db_path, copy)  # computing the figures writes an audit row: never into the shared file
    db = open_database(copy)
    services = Services.create(db.sessions, Actor("benchmark", "Werkgeversservicepunt Achterhoek"))
    times, figures = timed(services.monitoring.figures)
    line("overview.figures", f"Overview: all figures ({figures.proposals} proposals)", times)
    school_year = Period.school_year_of(services.clock.today())
    times, _ = timed(lambda: services.monitoring.figures(period=school_year))
    line("overview.school_year", "Overview: all figures, this school year", times)
    school = services.monitoring.choices().schools[0]
    narrowed = Selection(school_id=school[0], school=school[1], kind=VacancyKind.JOB)
    times, _ = timed(lambda: services.monitoring.figures(period=school_year, selection=narrowed))
    line("overview.narrowed", "Overview: this school year, one school, jobs", times)
    words = Words("nl")
    times, charts = timed(lambda: [renderSVG.drawToString(d) for _, d in all_charts(figures, words)])
    line("overview.charts", f"Overview: {len(charts)} charts drawn as SVG (screen)", times)
    times, _ = timed(lambda: write_overview(figures, io.BytesIO()), runs=5)
    line("overview.pdf", "Overview: PDF report", times)
    times, _ = timed(lambda: figures_csv(figures))
    line("overview.csv", "Overview: CSV", times)
    times, reminders = timed(services.reminders.reminders)
    line("reminders", f"Reminders at start ({reminders.count} for one organisation)", times)
    times, rows = timed(services.pipeline.proposals, runs=5)
    line("proposals", f"Proposals list ({len(rows)} proposals)", times)
    times, calls = timed(services.followup.checkpoints)
    line("nazorg", f"Nazorg calls due ({len(calls)})", times)
    times, due = timed(lambda: services.retention.preview(24), runs=5)
    line("retention", f"Retention preview, 24 months ({len(due)} due)", times)
    times, lines = timed(services.audit_log.lines, runs=5)
    line("audit", f"Audit log, newest {len(lines)} lines", times)
    times, moments = timed(lambda: services.leavers.moments(days_ahead=30))
    line("leavers", f"School leavers' contact moments due ({len(moments)})", times)
    someone = moments[0].young_person_id if moments else 1
    times, _ = timed(lambda: services.my_page.page(someone))
    line("my_page", "'Mijn afspraken' of one young person (data)", times)
    db.close()
    del charts
    return 0


if __name__ == "__main__":
    SIZE = sys.argv[sys.argv.index("--size") + 1] if "--size" in sys.argv else ""
    sys.exit(main(Path(sys.argv[1])))
