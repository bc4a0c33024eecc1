"""Every benchmark on three sizes of region, printed as one table with goals and verdicts. Never asserts.

    python benchmarks/run.py [--runs 5] [--sizes 2k,20k,100k] [--no-load] [--markdown FILE]   (make bench)

Generates the demo databases in ``.bench/`` (2k: ``demo --size medium``, 20k: ``large``, 100k: ``xl``),
then runs each benchmark script in a fresh process per size: start-up and a round through every screen
(``startup.py``), the register (``registers.py``), matching, import, run mode and the overview; the
minutes once; then the shared-server load test (``load.py``, its own output). Each figure is the median
of its runs with min and max; a goal is met when the median is within it at every size. UI figures end
at the paint a person sees (``paint.py``). The machine's load is printed before and after: on a shared
machine, compare ratios (the start-up is measured against a bare window started in the same run).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCH_DIR = ROOT / ".bench"
sys.path.insert(0, str(HERE))

from figures import Figure, markdown_table, print_table, read  # noqa: E402

SIZES = {"2k": "medium", "20k": "large", "100k": "xl"}
PER_SIZE = ("startup.py", "registers.py", "matching.py", "importing.py", "session.py", "overview.py")


def load_average() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def run_script(script: str, args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        env=env,
        cwd=HERE,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        print(
            f"{script} {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}", file=sys.stderr
        )
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--only", help="comma-separated scripts to run (default: all)")
    parser.add_argument("--no-load", action="store_true", help="skip the PostgreSQL load test")
    parser.add_argument("--markdown", type=Path, help="also write the table in Markdown here (the README's)")
    args = parser.parse_args()
    sizes = [s for s in args.sizes.split(",") if s]
    only = set(args.only.split(",")) if args.only else None
    BENCH_DIR.mkdir(exist_ok=True)
    config = Path(tempfile.mkdtemp())
    (config / "settings.json").write_text('{"user_name": "Benchmark", "user_organisation": "WSP"}')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATCHTAFEL_CONFIG_DIR": str(config)}
    print(f"Before: {load_average()}", flush=True)
    figures: list[Figure] = []
    for size in sizes:
        db = BENCH_DIR / f"{SIZES[size]}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "matchtafel", "demo", "--size", SIZES[size], "--db", str(db)],
            check=True,
            capture_output=True,
            env=env,
        )
        figures.append(
            Figure(
                "demo.generate",
                "Demo generation, one run (medium / large / xl: 200 sessions)",
                "s",
                [time.perf_counter() - started],
                size,
            )
        )
        for script in PER_SIZE:
            if only is None or script in only:
                print(f"... {script} on {size}", flush=True)
                out = run_script(script, [str(db), "--size", size, "--runs", str(args.runs)], env)
                figures += read(out, size)
    if only is None or "minutes.py" in only:
        figures += read(run_script("minutes.py", [], env), "")
    print(f"After: {load_average()}\n")
    figures.sort(key=lambda f: ORDER.index(f.key.split(".")[0]) if f.key.split(".")[0] in ORDER else 99)
    columns = [*sizes, ""] if any(not f.size for f in figures) else sizes
    failed = print_table(figures, columns)
    if args.markdown:
        args.markdown.write_text(markdown_table(figures, columns))
    print(f"\n{failed} goal(s) not met." if failed else "\nEvery goal met.")
    if not args.no_load and only is None:
        print("\nShared PostgreSQL server under 20 clients (issue 10), on a throw-away server")
        sys.stdout.flush()
        subprocess.run([sys.executable, str(HERE / "load.py")], env=env, check=False, cwd=HERE)
    return 0


ORDER = [
    "demo",
    "start",
    "young",
    "vacancies",
    "employers",
    "organisations",
    "tour",
    "matching",
    "import",
    "session",
    "overview",
    "reminders",
    "proposals",
    "nazorg",
    "retention",
    "audit",
    "minutes",
]


if __name__ == "__main__":
    sys.exit(main())
