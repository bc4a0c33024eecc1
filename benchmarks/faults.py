"""Fault figures (issue 16): kill -9 at random moments while someone types into the run screen with real key
events, continuously and with pauses, and saves that fail on purpose (a database another program holds, a
full disk, a journal that cannot be written). Prints, never asserts.

    python benchmarks/faults.py [--kills 100] [--runs 5]

Goals: 0 integrity failures, 0 committed items lost, at most 1 s of typing lost per kill (also when the
typing never pauses), 0 silent save failures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.faults.harness import KillReport, run_kills, run_save_faults  # noqa: E402


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=100, help="kills per run and typing mode")
    parser.add_argument("--runs", type=int, default=5, help="runs of the save faults (3 faults each)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="matchtafel-faults-"))
    os.environ["MATCHTAFEL_DATA_DIR"] = str(folder / "data")
    os.environ["MATCHTAFEL_CONFIG_DIR"] = str(folder / "config")
    reports: dict[str, KillReport] = {}
    for number, mode in enumerate(("continuous", "paced")):
        reports[mode] = run_kills(folder / mode, kills=args.kills, seed=100 + number, mode=mode)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    faults = [run_save_faults(folder / f"saves-{n}") for n in range(args.runs)]
    del app
    kills = sum(r.kills for r in reports.values())
    integrity = sum(len(r.integrity_failures) for r in reports.values())
    lost = sum(len(r.committed_lost) for r in reports.values())
    silent = sum(len(r.silent_failures) for r in reports.values()) + sum(len(f.silent) for f in faults)
    print(f"{'figure':<58} {'value':>14} {'goal':>8}  verdict")
    print(f"{'kills (continuous + paced typing)':<58} {kills:>14} {'':>8}")
    print(f"{'integrity failures':<58} {integrity:>14} {'0':>8}  {verdict(integrity == 0)}")
    print(
        f"{'committed items lost (notes saved, agreements saved)':<58} {lost:>14} {'0':>8}  {verdict(lost == 0)}"
    )
    for mode, report in reports.items():
        seconds = report.lost_seconds
        median, worst = statistics.median(seconds), max(seconds)
        figure = f"typing lost per kill, {mode} (median / max, s)"
        print(f"{figure:<58} {median:>6.2f} / {worst:<5.2f} {'<= 1.0':>8}  {verdict(worst <= 1.0)}")
        chars = f"  characters lost per kill, {mode} (median / max)"
        print(f"{chars:<58} {statistics.median(report.lost_chars):>6.0f} / {max(report.lost_chars):<5}")
        print(f"{'  agreements saved between the kills, ' + mode:<58} {report.agreements_saved:>14}")
        print(f"{'  seconds for the ' + mode + ' kills':<58} {report.seconds:>14.0f}")
    injected = sum(f.injected for f in faults)
    print(f"{'save failures injected (busy, disk full; ' + str(args.runs) + ' runs)':<58} {injected:>14}")
    print(
        f"{'silent save failures (no banner, no unsaved mark, traceback)':<58} {silent:>14} {'0':>8}  {verdict(silent == 0)}"
    )
    for report in reports.values():
        for line in report.integrity_failures + report.committed_lost + report.silent_failures:
            print("  " + line)
    for fault in faults:
        for line in fault.silent:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
