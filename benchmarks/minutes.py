"""Minutes of a 40-case session (issue 6): the Matchtafel PDF against a bare reportlab document with the same
paragraphs and tables, measured in the same run. Prints, never asserts.

python benchmarks/minutes.py
"""

from __future__ import annotations

import io
import random
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, emit

from matchtafel.reports.document import styles
from matchtafel.reports.minutes import write_minutes
from matchtafel.reports.model import ActionLine, Attendee, CaseSection, Minutes, ProposalLine, ReviewLine

WORDS = [
    "werk",
    "stage",
    "school",
    "ouders",
    "vervoer",
    "jobcoach",
    "uren",
    "contract",
    "werkgever",
    "begeleiding",
    "taal",
    "rijbewijs",
]


def session(cases: int = 40) -> Minutes:
    rng = random.Random(6)
    day = datetime(2026, 11, 20, 13, 30)

    def sentence(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."

    return Minutes(
        title="Matchtafel Achterhoek",
        starts_at=day,
        place="Huis van de Arbeidsmarkt",
        chair="Voorzitter",
        minute_taker="Notulist",
        status="locked",
        locked_at=day + timedelta(days=1),
        locked_by="Voorzitter",
        author_organisation="WSP",
        attendees=[Attendee(f"Persoon {i}", f"Organisatie {i % 7}", "present") for i in range(14)],
        review=[
            ReviewLine(
                f"J-2026-{i:04d} A.B.", sentence(6), "Persoon 1", day.date(), date(2026, 11, 1), "done", None
            )
            for i in range(30)
        ],
        cases=[
            CaseSection(
                f"J-2026-{i:04d} A.B.",
                "Verzorgende IG",
                "2",
                sentence(14),
                " ".join(sentence(12) for _ in range(6)),
                "discussed",
                [ProposalLine("Helpende zorg", "Zorggroep", "Ulft", "proposed")],
                [
                    ActionLine(
                        sentence(7), "Persoon 2", "Organisatie 2", date(2026, 12, 4), f"J-2026-{i:04d}"
                    )
                    for _ in range(3)
                ],
            )
            for i in range(cases)
        ],
        new_vacancies=[],
        next_session=day + timedelta(days=28),
        amendments=[],
    )


def bare(m: Minutes) -> None:
    """The same paragraphs and tables straight into reportlab: no safe text, no footer, no metadata."""
    s = styles()
    story: list[object] = [Paragraph(escape(m.title), s["title"])]

    def grid(rows: list[list[str]], widths: list[float]) -> Table:
        return Table(
            [[Paragraph(escape(c), s["cell"]) for c in row] for row in rows],
            colWidths=[w * mm for w in widths],
            repeatRows=1,
        )

    story.append(
        grid(
            [["a", "b", "c", "d"]] + [[a.name, a.organisation, a.status, ""] for a in m.attendees],
            [45, 55, 40, 34],
        )
    )
    story.append(
        grid(
            [["a", "b", "c", "d", "e"]]
            + [[r.case, r.action, r.owner, "01-11-2026", "Gedaan"] for r in m.review],
            [28, 62, 34, 20, 30],
        )
    )
    for case in m.cases:
        story += [Paragraph(escape(case.label), s["h3"]), Paragraph(escape(case.situation), s["body"])]
        story.append(Paragraph(escape(case.notes), s["body"]))
        story.append(
            grid(
                [["a", "b", "c", "d"]] + [[p.vacancy, p.employer, p.place, p.status] for p in case.proposals],
                [49, 55, 35, 35],
            )
        )
        story.append(
            grid(
                [["a", "b", "c"]] + [[a.action, a.owner, "04-12-2026"] for a in case.agreements], [94, 55, 25]
            )
        )
    story.append(
        grid(
            [["a", "b", "c", "d"]] + [[a.action, a.owner, "04-12-2026", a.case] for a in m.actions()],
            [49, 60, 25, 40],
        )
    )
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)


def timed_pair(
    first: Callable[[], None], second: Callable[[], None], runs: int = 15
) -> tuple[list[float], list[float]]:
    """Both, run in turns so that a busy moment of the machine weighs on both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for step, into in ((first, times[0]), (second, times[1])):
            started = time.perf_counter()
            step()
            into.append(time.perf_counter() - started)
    return times


def main() -> None:
    data = session()
    write_minutes(data, io.BytesIO())  # fonts registered and files read once, as in a running app
    ours, plain = timed_pair(lambda: write_minutes(data, io.BytesIO()), lambda: bare(data))
    emit(Figure("minutes.pdf", "Minutes of a 40-case session (PDF)", "ms", [t * 1000 for t in ours]))
    emit(Figure("minutes.bare", "... bare reportlab, same content", "ms", [t * 1000 for t in plain]))
    ratios = [a / b for a, b in zip(ours, plain, strict=True)]
    emit(Figure("minutes.ratio", "... minutes × bare reportlab (per run)", "x", ratios))


if __name__ == "__main__":
    main()
