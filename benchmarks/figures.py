"""Figures of the benchmarks: every run kept, printed as median (min–max) with the goal and its verdict.

A benchmark script measures and calls ``emit``; ``run.py`` gathers the figures of every script and size
and prints one table whose columns are the demo sizes (2k / 20k / 100k young people), so a region sees
how each figure grows. The goals live here, in one place, next to the issue that set them.
"""

from __future__ import annotations

import json
import statistics
import sys
from dataclasses import asdict, dataclass, field

PREFIX = "FIGURE "

# key -> (limit, unit, goal text). A goal holds when the median at every size measured is within it.
GOALS: dict[str, tuple[float, str]] = {
    "start.window_ratio": (2.5, "≤ 2.5 × bare"),
    "start.data_ratio": (2.5, "≤ 2.5 × bare"),
    "tour.memory": (300, "≤ 300 MiB"),
    "young.shown": (300, "≤ 300 ms"),
    "vacancies.shown": (300, "≤ 300 ms"),
    "young.filter": (16, "≤ 16 ms"),
    "young.sort": (100, "≤ 100 ms"),
    "matching.one_person": (20, "≤ 20 ms"),
    "matching.agenda": (300, "≤ 300 ms"),
    "import.csv": (5, "≤ 5 s"),
    "import.xlsx": (5, "≤ 5 s"),
    "session.switch": (100, "≤ 100 ms"),
    "session.autosave": (10, "≤ 10 ms"),
    "overview.figures": (300, "≤ 300 ms"),
    "overview.school_year": (300, "≤ 300 ms"),
    "overview.narrowed": (300, "≤ 300 ms"),
    "minutes.pdf": (1000, "≤ 1000 ms"),
    "minutes.ratio": (1.25, "≤ 1.25 × bare"),
}


@dataclass
class Figure:
    key: str
    name: str
    unit: str  # ms, s, x, MiB
    values: list[float]
    size: str = ""  # the demo it was measured on: 2k, 20k, 100k
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def cell(self) -> str:
        low, high = min(self.values), max(self.values)
        if len(self.values) == 1:
            return _number(self.median, self.unit)
        return f"{_number(self.median, self.unit)} ({_number(low, '')}–{_number(high, '')})"


def _number(value: float, unit: str) -> str:
    if unit == "x" or unit == "s":
        text = f"{value:.2f}"
    elif abs(value) >= 100 or unit == "MiB":
        text = f"{value:.0f}"
    else:
        text = f"{value:.1f}"
    return f"{text} {unit}".strip() if unit else text


def emit(figure: Figure) -> None:
    """A script's figure, as one line that ``run.py`` reads (and a person can read too)."""
    print(PREFIX + json.dumps(asdict(figure), ensure_ascii=False), flush=True)


def read(lines: str, size: str) -> list[Figure]:
    figures = []
    for line in lines.splitlines():
        if line.startswith(PREFIX):
            figure = Figure(**json.loads(line[len(PREFIX) :]))
            figure.size = figure.size or size
            figures.append(figure)
    return figures


def verdict(key: str, medians: list[float]) -> tuple[str, str]:
    """The goal's text and whether it is met at every size measured."""
    if key not in GOALS:
        return "-", ""
    limit, text = GOALS[key]
    return text, "met" if all(m <= limit for m in medians) else "NOT MET"


def table(figures: list[Figure], sizes: list[str]) -> tuple[list[str], list[list[str]], int]:
    """The header, one row per figure (one column per size, then goal and verdict), and how many goals
    were not met."""
    order: list[str] = []
    by_key: dict[str, dict[str, Figure]] = {}
    names: dict[str, str] = {}
    for figure in figures:
        if figure.key not in by_key:
            order.append(figure.key)
            by_key[figure.key] = {}
            names[figure.key] = figure.name
        by_key[figure.key][figure.size] = figure
    rows = []
    failed = 0
    for key in order:
        cells = [by_key[key][s].cell() if s in by_key[key] else "" for s in sizes]
        goal, judged = verdict(key, [f.median for f in by_key[key].values()])
        failed += judged == "NOT MET"
        rows.append([names[key], *cells, goal, judged])
    header = ["figure (median of the runs, min–max)", *(s or "no db" for s in sizes), "goal", "verdict"]
    return header, rows, failed


def print_table(figures: list[Figure], sizes: list[str], out: object = sys.stdout) -> int:
    """One row per figure, one column per size; returns how many goals were not met."""
    header, rows, failed = table(figures, sizes)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(
                cell.ljust(width) if i in (0, len(header) - 2, len(header) - 1) else cell.rjust(width)
                for i, (cell, width) in enumerate(zip(row, widths, strict=True))
            ).rstrip(),
            file=out,  # type: ignore[arg-type]
        )
    return failed


def markdown_table(figures: list[Figure], sizes: list[str]) -> str:
    """The same table in Markdown (the README's growth curves): a figure's growth reads along its row."""
    header, rows, _failed = table(figures, sizes)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
