"""The live session's journal: notes typed but not yet written to the database stay in a small file on this
computer until the database has them. A dropped connection to a shared server loses no typed text; the
person can also save what is unsent to a file of their own.

Each entry keeps the text and the stored text it was based on, so that writing it later (a replay after the
connection came back) notices when someone else wrote the notes meanwhile: the service raises NotesConflict,
the entry stays here, and the person compares both texts. Nothing is overwritten without being seen.

One file per database (named by a hash of its address), written whole each time (atomic replace).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from matchtafel.errors import NotesConflict, NotFound


@dataclass(frozen=True)
class JournalEntry:
    text: str
    based_on: str | None  # the stored text the edit started from; None: not known (an older journal)


class NotesJournal:
    def __init__(self, folder: Path, database_key: str) -> None:
        digest = hashlib.sha256(database_key.encode("utf-8")).hexdigest()[:16]
        self.path = folder / f"journal-{digest}.json"
        self._pending: dict[int, JournalEntry] = self._read()

    def _read(self) -> dict[int, JournalEntry]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        entries = {}
        for case, value in raw.items():
            if isinstance(value, dict):
                base = value.get("based_on")
                entries[int(case)] = JournalEntry(
                    str(value.get("text", "")), None if base is None else str(base)
                )
            else:  # the journal of an earlier version: text only
                entries[int(case)] = JournalEntry(str(value), None)
        return entries

    def _write(self) -> None:
        if not self._pending:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(
            json.dumps(
                {str(k): {"text": e.text, "based_on": e.based_on} for k, e in self._pending.items()},
                ensure_ascii=False,
            ),
            "utf-8",
        )
        os.replace(temporary, self.path)

    def keep(self, case_id: int, text: str, based_on: str | None = None) -> None:
        """Before the database is asked: whatever happens next, the text is on disk. A newer text of the same
        case keeps the base of the first one not yet written (that is what the database still holds)."""
        earlier = self._pending.get(case_id)
        self._pending[case_id] = JournalEntry(text, earlier.based_on if earlier else based_on)
        self._write()

    def written(self, case_id: int, text: str) -> None:
        """The database has this text: forget it (unless newer text came in meanwhile, which is now based on
        what was written)."""
        entry = self._pending.get(case_id)
        if entry is None:
            return
        if entry.text == text:
            del self._pending[case_id]
        else:
            self._pending[case_id] = JournalEntry(entry.text, text)
        self._write()

    def resolved(self, case_id: int, stored: str) -> None:
        """After a conflict the person saw the stored text: what they write next is based on it."""
        entry = self._pending.get(case_id)
        if entry is not None:
            self._pending[case_id] = JournalEntry(entry.text, stored)
            self._write()

    def pending(self) -> dict[int, str]:
        return {case: entry.text for case, entry in self._pending.items()}

    def entry(self, case_id: int) -> JournalEntry | None:
        return self._pending.get(case_id)

    def replay(self, save: Callable[[int, str, str | None], None]) -> list[NotesConflict]:
        """Write every pending entry with ``save(case_id, text, based_on)`` (the service's save_case_notes).

        Written entries are forgotten; a case that is gone meanwhile too (nothing to write to). A NotesConflict
        keeps the entry and is returned, for the person to compare both texts. Any other error (the database
        away again: ConnectionLost) goes to the caller, and what was not written yet stays."""
        conflicts = []
        for case_id, entry in list(self._pending.items()):
            try:
                save(case_id, entry.text, entry.based_on)
            except NotesConflict as conflict:
                conflicts.append(conflict)
                continue
            except NotFound:
                self.written(case_id, entry.text)
                continue
            self.written(case_id, entry.text)
        return conflicts

    def export(self, target: Path, labels: dict[int, str]) -> None:
        """The unsent notes as plain text, for when the server stays away."""
        lines = []
        for case_id, entry in self._pending.items():
            lines += [labels.get(case_id, f"case {case_id}"), entry.text, ""]
        target.write_text("\n".join(lines), encoding="utf-8")
