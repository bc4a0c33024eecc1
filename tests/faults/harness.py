"""Kill -9 at random moments while someone types, and count what was lost: shared by the fault tests and
``benchmarks/faults.py``.

A fork server (``typist.py``) starts once; each round forks a child that opens the run screen on the same
database file, checks that its notes field shows a prefix of the text, and goes on typing it with key events
(now and then an agreement too). The parent kills the child with SIGKILL after a random delay and then looks
at the file the way a restart would: the database's own integrity check, every agreement the child reported
saved, the notes the database has, the journal. The next child's first report is what its field showed after
recovery: the characters lost by the kill before it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from matchtafel.clock import FixedClock
from tests.conftest import NOW  # the tests' pinned clock, also for the children and the benchmark

TYPIST = Path(__file__).with_name("typist.py")
SENTENCES = (
    "Zoë wil in de zorg werken maar heeft nog geen vervoer; school zoekt een BBL-plek dichtbij.",
    "Werkgever in Doetinchem biedt €14,50 per uur, proefplaatsing van twee maanden, jobcoach via UWV.",
    "Café De Zon zoekt iemand voor de keuken; hij wil graag koken en is één keer komen kijken.",
)
WORDS = [word for sentence in SENTENCES for word in sentence.split()]


@dataclass
class KillReport:
    """What the kills did: the figures the issue asks for, with their goals."""

    kills: int = 0
    cps: float = 10.0
    integrity_failures: list[str] = field(default_factory=list)
    committed_lost: list[str] = field(default_factory=list)
    lost_chars: list[int] = field(default_factory=list)
    silent_failures: list[str] = field(default_factory=list)
    agreements_saved: int = 0
    seconds: float = 0.0

    @property
    def lost_seconds(self) -> list[float]:
        return [chars / self.cps for chars in self.lost_chars]

    @property
    def worst_seconds(self) -> float:
        return max(self.lost_seconds, default=0.0)


def master_text(seed: int, length: int = 30_000) -> str:
    chance = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < length:
        word = chance.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)


def prepare_database(path: Path) -> tuple[int, int]:
    """The small demo; the upcoming session's first case gets empty notes. Returns (meeting id, case id)."""
    from matchtafel.demo.region import generate_demo
    from matchtafel.domain.vocabulary import MeetingStatus
    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database

    db = open_database(path)
    try:
        generate_demo(db.sessions, size="small", seed=5, today=NOW.date())
        services = Services.create(db.sessions, Actor("Test"), clock=FixedClock(NOW))
        meeting = next(m for m in services.meetings.rows() if m.status == MeetingStatus.PLANNED)
        case = services.session_view.view(meeting.id).cases[0]
        services.agenda.save_case_notes(case.id, "")
        return meeting.id, case.id
    finally:
        db.close()


def run_kills(
    folder: Path,
    *,
    kills: int,
    seed: int = 1,
    mode: str = "continuous",
    cps: float = 10.0,
    window: tuple[float, float] = (0.2, 2.0),
    agreements: bool = True,
) -> KillReport:
    """``kills`` rounds of type-then-SIGKILL on one database; ``mode`` "continuous" never pauses, "paced"
    pauses between words. The delay before each kill is uniform in ``window`` seconds after recovery."""
    started = time.monotonic()
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "matchtafel.sqlite3"
    meeting_id, case_id = prepare_database(db_path)
    text = master_text(seed)
    chance = random.Random(seed)
    report = KillReport(cps=cps)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MATCHTAFEL_DATA_DIR": str(folder / "data"),
        "MATCHTAFEL_CONFIG_DIR": str(folder / "config"),
    }
    server = subprocess.Popen(
        [sys.executable, str(TYPIST)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert server.stdin is not None and server.stdout is not None and server.stderr is not None
    errors: list[str] = []
    reader = threading.Thread(target=lambda: errors.extend(server.stderr), daemon=True)  # type: ignore[arg-type]
    reader.start()
    saved_agreements: list[str] = []
    last_typed = 0
    try:
        for round_number in range(kills + 1):
            progress = folder / f"progress-{round_number}.txt"
            command = {
                "db": str(db_path),
                "meeting": meeting_id,
                "text": text,
                "progress": str(progress),
                "mode": mode,
                "cps": cps,
                "seed": seed * 1000 + round_number,
                "agreements": agreements,
                "now": NOW.isoformat(),  # the child's services stand on the test's pinned clock
            }
            server.stdin.write(json.dumps(command) + "\n")
            server.stdin.flush()
            pid = json.loads(server.stdout.readline())["pid"]
            recovered = _wait_for_start(progress, pid)
            if recovered is None:
                report.integrity_failures.append(f"round {round_number}: the field showed text never typed")
            elif round_number:
                report.lost_chars.append(max(0, last_typed - recovered))
                if recovered > last_typed:
                    report.integrity_failures.append(
                        f"round {round_number}: {recovered} characters recovered, only {last_typed} typed"
                    )
            if round_number < kills:
                time.sleep(chance.uniform(*window))
            os.kill(pid, signal.SIGKILL)
            code = json.loads(server.stdout.readline())["exit"]
            if code != -signal.SIGKILL:
                report.integrity_failures.append(f"round {round_number}: the typist ended by itself ({code})")
            if round_number == kills:
                break
            report.kills += 1
            lines = progress.read_text(encoding="utf-8").splitlines()
            typed = [int(line[2:]) for line in lines if line.startswith("T ")]
            stored = [int(line[2:]) for line in lines if line.startswith("S ")]
            saved_agreements += [line[2:] for line in lines if line.startswith("A ")]
            last_typed = typed[-1] if typed else (recovered or 0)
            _check_file(
                db_path, case_id, text, max(stored, default=0), saved_agreements, report, round_number
            )
    finally:
        server.stdin.close()
        server.wait(timeout=30)
        reader.join(timeout=5)
        server.stdout.close()
        server.stderr.close()
    report.agreements_saved = len(saved_agreements)
    report.silent_failures += [line.rstrip() for line in errors if "Traceback" in line]
    report.seconds = time.monotonic() - started
    return report


def _wait_for_start(progress: Path, pid: int, timeout: float = 60.0) -> int | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if progress.exists():
            for line in progress.read_text(encoding="utf-8").splitlines():
                if line.startswith("R "):
                    return int(line[2:])
                if line.startswith("X "):
                    return None
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    raise TimeoutError(f"the typist {pid} did not start within {timeout} s")


def _check_file(
    db_path: Path,
    case_id: int,
    text: str,
    committed_length: int,
    saved_agreements: list[str],
    report: KillReport,
    round_number: int,
) -> None:
    """What a restart finds: an intact file, every committed item, notes that are a prefix of the text."""
    connection = sqlite3.connect(db_path)
    try:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            report.integrity_failures.append(f"round {round_number}: integrity_check says {check}")
        notes = connection.execute("SELECT notes FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        actions = [
            row[0]
            for row in connection.execute("SELECT action FROM agreements WHERE case_id = ?", (case_id,))
        ]
    finally:
        connection.close()
    if not text.startswith(notes):
        report.integrity_failures.append(f"round {round_number}: the stored notes are not what was typed")
    if len(notes) < committed_length:
        report.committed_lost.append(
            f"round {round_number}: notes saved with {committed_length} characters, {len(notes)} now"
        )
    for action in saved_agreements:
        if action not in actions:
            report.committed_lost.append(f"round {round_number}: agreement '{action}' is gone")
    doubled = sorted({a for a in actions if a.startswith("Afspraak") and actions.count(a) > 1})
    if doubled:
        report.integrity_failures.append(f"round {round_number}: agreements saved twice: {doubled}")
    for journal in (db_path.parent / "data").glob("journal-*.json"):
        try:
            json.loads(journal.read_text(encoding="utf-8"))
        except ValueError:
            report.integrity_failures.append(f"round {round_number}: {journal.name} is not whole")


@dataclass
class SaveFaults:
    """Saves that failed on purpose, and those of them no banner told the person about."""

    injected: int = 0
    silent: list[str] = field(default_factory=list)


def run_save_faults(folder: Path, *, rounds: int = 3) -> SaveFaults:
    """In this process (a QApplication must exist): the run screen on a real file, typing while another
    program holds the database, while the disk refuses every write (SQLite and the journal), and while only the
    journal cannot be written; each failed save must show the banner and keep the text marked unsaved."""
    import errno

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    import matchtafel.storage.journal
    from matchtafel.services import Actor, Services
    from matchtafel.storage.db import open_database
    from matchtafel.ui.sections.run.run_session import RunSessionScreen
    from matchtafel.ui.weights import MatchWeights
    from tests.faults.conftest import LockHolder, _disk_full

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "faults.sqlite3"
    meeting_id, _case_id = prepare_database(path)
    db = open_database(path)
    result = SaveFaults()
    screen = RunSessionScreen(
        services=Services.create(db.sessions, Actor("Notulist"), clock=FixedClock(NOW)),
        meeting_id=meeting_id,
        weights=MatchWeights(),
    )
    screen.show()
    screen.next_case()
    real_write = matchtafel.storage.journal.os.write

    def no_room(_handle: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def busy() -> object:
        return LockHolder(path)

    try:
        for round_number in range(rounds):
            for fault in ("busy", "full", "journal"):
                holder = busy() if fault == "busy" else None
                if fault in ("full", "journal"):
                    matchtafel.storage.journal.os.write = no_room  # type: ignore[assignment]
                if fault == "full":
                    event.listen(Engine, "do_execute", _disk_full)
                screen.focus_notes()
                from tests.ui.keys import type_text

                type_text(screen.notes, f" {fault} {round_number}")
                screen.save_notes()
                failed = fault != "journal"  # a journal alone failing: the database still has the text
                if failed:
                    result.injected += 1
                    if not (screen.saver.banner.isVisible() and screen.notes.document().isModified()):
                        result.silent.append(f"{fault} {round_number}: no banner or no unsaved mark")
                elif screen.saver.unsaved_count():
                    result.silent.append(f"journal {round_number}: the database did not take the text")
                if holder is not None:
                    holder.release()  # type: ignore[attr-defined]
                    if holder.process.stdout is not None:  # type: ignore[attr-defined]
                        holder.process.stdout.close()  # type: ignore[attr-defined]
                if fault == "full":
                    event.remove(Engine, "do_execute", _disk_full)
                matchtafel.storage.journal.os.write = real_write  # type: ignore[assignment]
                if not screen.saver.flush():
                    result.silent.append(f"{fault} {round_number}: not written after the fault ended")
    finally:
        matchtafel.storage.journal.os.write = real_write  # type: ignore[assignment]
        screen.close()
        screen.deleteLater()
        db.close()
    return result
