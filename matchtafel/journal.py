"""The live session's journal: notes typed but not yet written to the database stay in a small file on this
computer until the database has them. A dropped connection to a shared server loses no typed text; the
person can also save what is unsent to a file of their own.

One file per database (named by a hash of its address), written whole each time (atomic replace).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path


class NotesJournal:
    def __init__(self, folder: Path, database_key: str) -> None:
        digest = hashlib.sha256(database_key.encode("utf-8")).hexdigest()[:16]
        self.path = folder / f"journal-{digest}.json"
        self._pending: dict[int, str] = self._read()

    def _read(self) -> dict[int, str]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {int(case): str(text) for case, text in raw.items()} if isinstance(raw, dict) else {}

    def _write(self) -> None:
        if not self._pending:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(
            json.dumps({str(k): v for k, v in self._pending.items()}, ensure_ascii=False), "utf-8"
        )
        os.replace(temporary, self.path)

    def keep(self, case_id: int, text: str) -> None:
        """Before the database is asked: whatever happens next, the text is on disk."""
        self._pending[case_id] = text
        self._write()

    def written(self, case_id: int, text: str) -> None:
        """The database has this text: forget it (unless newer text came in meanwhile)."""
        if self._pending.get(case_id) == text:
            del self._pending[case_id]
            self._write()

    def pending(self) -> dict[int, str]:
        return dict(self._pending)

    def export(self, target: Path, labels: dict[int, str]) -> None:
        """The unsent notes as plain text, for when the server stays away."""
        lines = []
        for case_id, text in self._pending.items():
            lines += [labels.get(case_id, f"case {case_id}"), text, ""]
        target.write_text("\n".join(lines), encoding="utf-8")
