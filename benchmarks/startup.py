"""Start-up as a person sees it, next to a bare PySide6 window started in the same run. Prints, never asserts.

    python benchmarks/startup.py DB [--runs 5] [--size 20k]

Each run starts a bare window and then Matchtafel (``startup_child.py``), one after the other, so both see
the same machine; the ratio is taken per run. Matchtafel's run goes on to visit every screen and run mode,
giving the time each list took to appear and the peak memory after normal use. Works on a copy of DB:
run mode and retention write.

Matchtafel starts from compiled bytecode, as an installed copy does (pip and the bundle compile it at
install): the package is compiled once into ``.bench/pycache`` (``PYTHONPYCACHEPREFIX``, so the source tree
stays clean) before the first run, even where the environment says ``PYTHONDONTWRITEBYTECODE``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from figures import Figure, emit  # noqa: E402

CHILD = str(HERE / "startup_child.py")
SCREENS = {
    "young_people": ("young.shown", "Young people: list shown after Ctrl+2 (first paint with rows)"),
    "vacancies": ("vacancies.shown", "Vacancies: list shown after Ctrl+3"),
    "employers": ("employers.shown", "Employers: list shown after Ctrl+4"),
    "organisations": ("organisations.shown", "Organisations: list shown after Ctrl+5"),
}


def spawn(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Runs a child; returns each reported stage in seconds since the spawn (memory in MiB)."""
    started = time.time()  # noqa: TID251 (compared with the child's wall clock, not a date)
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode:
        raise SystemExit(f"{args} failed ({done.returncode}): {done.stdout}\n{done.stderr[-2000:]}")
    stages: dict[str, float] = {}
    for line in done.stdout.splitlines():
        *name, value = line.split()
        key = " ".join(name)
        if key == "memory" or key.startswith("shown "):
            stages[key] = float(value)
        elif key in ("window", "data"):
            stages[key] = float(value) - started
    return stages


def installed_environment() -> dict[str, str]:
    """The children's environment: offscreen, and the package's bytecode compiled as an install has it."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": str(HERE.parent / ".bench" / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if "MATCHTAFEL_CONFIG_DIR" not in env:  # run alone (not from run.py): someone who has started before
        config = Path(tempfile.mkdtemp())
        (config / "settings.json").write_text('{"user_name": "Benchmark", "user_organisation": "WSP"}')
        env["MATCHTAFEL_CONFIG_DIR"] = str(config)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(HERE.parent / "matchtafel")], env=env, check=True
    )
    return env


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="")
    parser.add_argument("--no-tour", action="store_true", help="start-up figures only")
    args = parser.parse_args()
    py = sys.executable
    env = installed_environment()
    folder = Path(tempfile.mkdtemp())
    copy = folder / "start.sqlite3"
    shutil.copyfile(args.db, copy)
    app = [py, CHILD, "app", str(copy), *([] if args.no_tour else ["--tour"])]
    spawn(app, env)  # once before measuring: file caches warm, retention done, as on a normal day
    bare, window, data, memory = [], [], [], []
    shown: dict[str, list[float]] = {key: [] for key in SCREENS}
    for _ in range(args.runs):
        reference = spawn([py, CHILD, "bare"], env)["window"]
        stages = spawn(app, env)
        bare.append(reference)
        window.append(stages["window"] / reference)
        data.append(stages["data"] / reference)
        if not args.no_tour:
            memory.append(stages["memory"])
            for key in SCREENS:
                shown[key].append(stages[f"shown {key}"])
    shutil.rmtree(folder, ignore_errors=True)
    ms = lambda values: [v * 1000 for v in values]  # noqa: E731
    emit(Figure("start.bare", "Bare PySide6 window: first paint (reference)", "ms", ms(bare), args.size))
    emit(
        Figure("start.window_ratio", "Matchtafel window: first paint, × bare window", "x", window, args.size)
    )
    emit(
        Figure(
            "start.data_ratio",
            "Matchtafel showing data (counts + sessions list painted), × bare",
            "x",
            data,
            args.size,
            note=f"{statistics.median(data) * statistics.median(bare) * 1000:.0f} ms",
        )
    )
    if args.no_tour:
        return 0
    for key, (figure_key, name) in SCREENS.items():
        emit(Figure(figure_key, name, "ms", ms(shown[key]), args.size))
    emit(
        Figure(
            "tour.memory",
            "Peak memory after every screen, suggestions and run mode",
            "MiB",
            memory,
            args.size,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
