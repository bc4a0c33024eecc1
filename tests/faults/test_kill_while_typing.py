"""kill -9 at random moments while someone types into the run screen with real key events: 50 kills, each
followed by what a restart does. Nothing committed may be lost, the file never damaged, and no more than one
second of typing lost per kill, also when the typing never pauses (``benchmarks/faults.py`` does more kills
and prints the figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import run_kills


@pytest.mark.parametrize(("mode", "kills", "seed"), [("continuous", 30, 11), ("paced", 20, 12)])
def test_kills_while_typing_lose_no_committed_item_and_at_most_a_second(
    tmp_path: Path, mode: str, kills: int, seed: int
) -> None:
    report = run_kills(tmp_path, kills=kills, seed=seed, mode=mode)
    assert report.kills == kills
    assert report.integrity_failures == []
    assert report.committed_lost == []
    assert report.silent_failures == []
    assert len(report.lost_chars) == kills
    assert report.worst_seconds <= 1.0, report.lost_chars
    assert report.agreements_saved > 0  # agreements were typed and saved between the kills too
