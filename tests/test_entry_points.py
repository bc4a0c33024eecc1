"""Two entry points, one program: the command line (console) and the window (gui-script, no console)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from matchtafel import __main__ as entry

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_declares_a_console_and_a_windowed_command() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["matchtafel"] == "matchtafel.__main__:main"
    assert project["gui-scripts"]["matchtafel-gui"] == "matchtafel.__main__:gui_main"


def test_a_windowed_start_without_streams_still_has_somewhere_to_write(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", None)  # what pythonw and a windowed bundle get on Windows
    monkeypatch.setattr(sys, "stderr", None)
    entry._give_streams_somewhere_to_go()
    assert sys.stdout is not None and sys.stderr is not None
    print("a verb's output goes nowhere, and nothing fails")
    sys.stdout.close()


def test_the_windowed_entry_runs_a_verb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from matchtafel.storage.db import open_database

    db = tmp_path / "x.sqlite3"
    open_database(db).close()  # 'sessions' only reads: it never makes a database
    monkeypatch.setattr(sys, "argv", ["matchtafel-gui", "sessions", "--db", str(db)])
    assert entry.gui_main() == 0
    from matchtafel.logfile import log_path, stop_logging

    stop_logging()
    assert "command: sessions" in log_path().read_text(encoding="utf-8")


def test_every_package_of_the_source_is_in_the_wheel() -> None:
    """A package missing from pyproject's list installs fine and fails at start (it happened: ui.registers)."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    )
    source = {
        ".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "matchtafel").rglob("__init__.py")
    }
    assert source <= listed
