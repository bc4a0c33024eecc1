"""Background work hands back the memory it left behind (glibc's malloc_trim after every pool job)."""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from matchtafel.ui.widgets import memory, worker


def test_every_background_job_gives_back_what_it_freed_even_when_it_fails(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(worker, "give_back_freed_memory", lambda: calls.append("trim"))
    results: list[object] = []

    def fails() -> None:
        raise ValueError("kapot")

    worker.run_in_background(lambda: list(range(100_000)), results.append, results.append)
    worker.run_in_background(fails, results.append, results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)
    assert calls == ["trim", "trim"]
    assert any(isinstance(r, ValueError) for r in results)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim is Linux only")
def test_on_linux_glibcs_trim_is_found_and_runs() -> None:
    assert memory._malloc_trim() is not None
    memory.give_back_freed_memory()  # returns; a second call finds nothing more to give back
    memory.give_back_freed_memory()
