"""Start-up, demo generation and list figures on the large demo database. Prints, never asserts.

    python benchmarks/run.py [--runs 5] [--keep]

Goals (issue 2): start to main window shown <= 2.5 x a bare PySide6 window measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / ".bench"
LARGE_DB = BENCH_DIR / "large.sqlite3"

BARE_WINDOW = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 760)
window.show()
def done():
    print("shown", f"{time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def run_child(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning the process to the moment it reports, and its peak memory in MiB."""
    started = time.time()  # noqa: TID251 (compared with the child's time.time(), not a date)
    child = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    out = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)  # reaps the child and tells its peak memory
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{args} failed ({child.returncode}): {out}")
    return float(out.split()[-1]) - started, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    BENCH_DIR.mkdir(exist_ok=True)
    py = sys.executable
    config = Path(tempfile.mkdtemp())
    (config / "settings.json").write_text('{"user_name": "Benchmark", "user_organisation": "WSP"}')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATCHTAFEL_CONFIG_DIR": str(config)}
    rows: list[tuple[str, str, str]] = []

    # Demo generation (large), fresh file each run of the benchmark.
    for suffix in ("", "-wal", "-shm"):
        Path(str(LARGE_DB) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [py, "-m", "matchtafel", "demo", "--size", "large", "--db", str(LARGE_DB)],
        check=True,
        capture_output=True,
        env=env,
    )
    rows.append(
        (
            "demo --size large (20k young people, 10k vacancies, 200 sessions)",
            f"{time.perf_counter() - started:.2f} s",
            "-",
        )
    )

    # Start-up: bare window vs Matchtafel, alternated so that both see the same machine state.
    bare, shown, ready, peaks = [], [], [], []
    app = [py, "-m", "matchtafel", "--db", str(LARGE_DB)]
    for _ in range(args.runs):
        bare.append(run_child([py, "-c", BARE_WINDOW], env)[0])
        shown.append(run_child(app, {**env, "MATCHTAFEL_EXIT_WHEN_READY": "shown"})[0])
        seconds, peak = run_child(app, {**env, "MATCHTAFEL_EXIT_WHEN_READY": "ready"})
        ready.append(seconds)
        peaks.append(peak)
    b, s, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    rows.append(("bare PySide6 window shown (median)", f"{b * 1000:.0f} ms", "reference"))
    rows.append(
        (
            "Matchtafel main window shown, large db (median)",
            f"{s * 1000:.0f} ms",
            f"{s / b:.2f} x bare (goal <= 2.5 x)",
        )
    )
    rows.append(("... database open and counts shown (median)", f"{r * 1000:.0f} ms", f"{r / b:.2f} x bare"))
    rows.append(("app peak memory at counts shown", f"{max(peaks):.0f} MiB", "-"))

    # Listing 20,000 young people through the service (what the register screen will load).
    listing = (
        "import time, statistics, resource\n"
        "from matchtafel.db import open_database\n"
        "from matchtafel.services import Actor, Services\n"
        f"db = open_database({str(LARGE_DB)!r})\n"
        "svc = Services.create(db.sessions, Actor('bench'))\n"
        "times = []\n"
        "for _ in range(5):\n"
        "    t = time.perf_counter(); rows = svc.young_people.rows(); times.append(time.perf_counter() - t)\n"
        "print(len(rows), statistics.median(times), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    out = subprocess.run(
        [py, "-c", listing], check=True, capture_output=True, text=True, env=env
    ).stdout.split()
    rows.append((f"service: list {out[0]} young people (median of 5)", f"{float(out[1]) * 1000:.0f} ms", "-"))
    rows.append(("peak memory of that process", f"{float(out[2]):.0f} MiB", "-"))

    print("Start-up and services (issue 2)")
    print_table(rows)
    print("\nRegister lists (issue 3), in a fresh process")
    sys.stdout.flush()
    subprocess.run(
        [py, str(Path(__file__).with_name("registers.py")), str(LARGE_DB)],
        env=env,
        check=True,
        stderr=subprocess.DEVNULL,
    )
    print("\nImport (issue 8), in a fresh process")
    sys.stdout.flush()
    subprocess.run(
        [py, str(Path(__file__).with_name("importing.py"))], env=env, check=True, cwd=Path(__file__).parent
    )
    print("\nLive session (issue 5), in a fresh process")
    sys.stdout.flush()
    subprocess.run(
        [py, str(Path(__file__).with_name("session.py")), str(LARGE_DB)],
        env=env,
        check=True,
        cwd=Path(__file__).parent,
        stderr=subprocess.DEVNULL,
    )
    print("\nMatching (issue 4), in a fresh process")
    sys.stdout.flush()
    subprocess.run(
        [py, str(Path(__file__).with_name("matching.py")), str(LARGE_DB)],
        env=env,
        check=True,
        cwd=Path(__file__).parent,
    )
    print("\nMinutes (issue 6), in a fresh process")
    sys.stdout.flush()
    subprocess.run(
        [py, str(Path(__file__).with_name("minutes.py"))], env=env, check=True, cwd=Path(__file__).parent
    )
    print("\nShared PostgreSQL server under 20 clients (issue 10), on a throw-away server")
    sys.stdout.flush()
    subprocess.run(
        [py, str(Path(__file__).with_name("load.py"))], env=env, check=False, cwd=Path(__file__).parent
    )
    print("\nOverview, reminders and follow-up lists (issue 7), in a fresh process")
    sys.stdout.flush()
    subprocess.run(
        [py, str(Path(__file__).with_name("overview.py")), str(LARGE_DB)],
        env=env,
        check=True,
        cwd=Path(__file__).parent,
    )
    return 0


def print_table(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'figure':>10}  ratio / goal")
    for name, figure, ratio in rows:
        print(f"{name:<{width}}  {figure:>10}  {ratio}")


if __name__ == "__main__":
    sys.exit(main())
