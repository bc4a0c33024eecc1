"""The live session's journal: what was typed but is not yet in the database stays in a small file on this
computer until the database has it. A crash, a dropped server, a locked database or a full disk loses no
typed text; the person can also save what is unsent to a file of their own.

One file per database (named by a hash of its address), written whole each time: a temporary file (0600),
flushed to disk, then put in place atomically, so that a kill at any moment leaves the old or the new file.

What it holds (format 2, JSON)::

    {"format": 2,
     "notes": {"<case id>": {"text": "...", "based_on": "..."}},
     "actions": {"<key>": {"kind": "agreement", ...}}}

``based_on`` is what the text was typed over (a digest or version of the stored notes, chosen by the
caller; empty when unknown): a replay can compare it with what the database holds now to tell an earlier
crash of this computer from someone else's newer text. Format 1 (``{"<case id>": "text"}``) is still read.

The file never holds text *older* than the database's: when it cannot be rewritten after the database took
a text, it is removed (the unsaved rest stays in memory, where the caller keeps retrying it).

Public: ``keep``/``written``/``pending``/``based_on``/``resolved``/``replay`` for notes, ``keep_action``/``action_done``/
``pending_actions`` for agreements and proposals, ``export``, ``on_disk``; errors as ``JournalError``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matchtafel.domain.errors import NotesConflict, NotFound

FORMAT = 2


class JournalError(OSError):
    """The journal file cannot be written (disk full, folder gone, no permission); ``reason`` says why."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.reason = cause.strerror or type(cause).__name__


def digest(text: str) -> str:
    """A short fingerprint of stored notes, for ``based_on``: the service compares it with the notes it holds
    (``AgendaService.save_case_notes``). Control characters do not count: the database stores the text without
    them, and a text typed with one must not look like someone else's."""
    kept = "".join(ch for ch in text if ch in "\n\r\t" or unicodedata.category(ch) != "Cc")
    return hashlib.sha256(kept.encode("utf-8")).hexdigest()[:16]


class NotesJournal:
    def __init__(self, folder: Path, database_key: str) -> None:
        name = hashlib.sha256(database_key.encode("utf-8")).hexdigest()[:16]
        self.path = folder / f"journal-{name}.json"
        self._notes: dict[int, dict[str, str]] = {}
        self._actions: dict[str, dict[str, Any]] = {}
        self._read()
        self._stale = False  # the file could not be rewritten: it may lag behind memory

    # -- notes ---------------------------------------------------------------------------------------

    def keep(self, case_id: int, text: str, *, based_on: str | None = None) -> None:
        """Before the database is asked: whatever happens next, the text is on disk. Raises JournalError
        when the file cannot be written; the text is then held in memory only."""
        previous = self._notes.get(case_id, {})
        self._notes[case_id] = {
            "text": text,
            "based_on": previous.get("based_on", "") if based_on is None else based_on,
        }
        self._write()

    def written(self, case_id: int, text: str) -> None:
        """The database has this text: forget it (unless newer text came in meanwhile, which from now on goes on
        from what the database has)."""
        entry = self._notes.get(case_id)
        if entry is None:
            return
        if entry["text"] == text:
            del self._notes[case_id]
        else:
            entry["based_on"] = digest(text)
        self._write_or_remove()

    def resolved(self, case_id: int, stored: str) -> None:
        """After a conflict the person has seen the stored text: the text kept here now goes on from it."""
        if case_id in self._notes:
            self._notes[case_id]["based_on"] = digest(stored)
            self._write()

    def replay(self, save: Callable[[int, str, str], None]) -> list[NotesConflict]:
        """Write what is pending with ``save(case_id, text, based_on)`` (``save_case_notes``), after a dropped
        connection or a crash. A text whose notes someone else changed meanwhile stays here and comes back as
        a NotesConflict (both texts, for the conflict dialog): never overwritten. A case that is gone is
        forgotten; any other error (the database away again) goes to the caller, the rest stays."""
        conflicts = []
        for case_id, text in self.pending().items():
            try:
                save(case_id, text, self.based_on(case_id))
            except NotesConflict as conflict:
                conflicts.append(conflict)
                continue
            except NotFound:
                pass
            self.written(case_id, text)
        return conflicts

    def pending(self) -> dict[int, str]:
        return {case_id: entry["text"] for case_id, entry in self._notes.items()}

    def based_on(self, case_id: int) -> str:
        return self._notes.get(case_id, {}).get("based_on", "")

    # -- agreements and proposals -----------------------------------------------------------------------

    def keep_action(self, key: str, action: dict[str, Any]) -> None:
        """An agreement or proposal about to be written (plain JSON values); raises JournalError like keep."""
        self._actions[key] = dict(action)
        self._write()

    def action_done(self, key: str) -> None:
        if self._actions.pop(key, None) is not None:
            self._write_or_remove()

    def pending_actions(self) -> dict[str, dict[str, Any]]:
        return {key: dict(action) for key, action in self._actions.items()}

    # -- the file -------------------------------------------------------------------------------------

    @property
    def on_disk(self) -> bool:
        """Everything held in memory is also in the file (false after a write failed)."""
        return not self._stale

    def export(self, target: Path, labels: dict[int, str]) -> None:
        """The unsent notes and agreements as plain text, for when the database stays away."""
        lines = []
        for case_id, entry in self._notes.items():
            lines += [labels.get(case_id, f"case {case_id}"), entry["text"], ""]
        for action in self._actions.values():
            if action.get("kind") == "agreement":
                case = labels.get(int(action.get("case_id") or 0), "")
                lines += [" · ".join(p for p in (case, str(action.get("action", ""))) if p), ""]
        target.write_text("\n".join(lines), encoding="utf-8")

    def _read(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(raw, dict):
            return
        if raw.get("format") == FORMAT:
            for case, entry in (raw.get("notes") or {}).items():
                if isinstance(entry, dict) and isinstance(entry.get("text"), str):
                    self._notes[int(case)] = {
                        "text": entry["text"],
                        "based_on": str(entry.get("based_on", "")),
                    }
            self._actions = {str(k): v for k, v in (raw.get("actions") or {}).items() if isinstance(v, dict)}
        else:  # format 1: case id -> text
            self._notes = {int(case): {"text": str(text), "based_on": ""} for case, text in raw.items()}

    def _write(self) -> None:
        if not self._notes and not self._actions:
            self._remove()
            return
        content = json.dumps(
            {
                "format": FORMAT,
                "notes": {str(k): v for k, v in self._notes.items()},
                "actions": self._actions,
            },
            ensure_ascii=False,
        ).encode("utf-8")
        temporary = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                view = memoryview(content)
                while view:
                    view = view[os.write(handle, view) :]
                os.fsync(handle)  # on disk before it replaces the old file: a power cut leaves one whole
            finally:
                os.close(handle)
            os.replace(temporary, self.path)
        except OSError as exc:
            self._stale = True
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)  # a half-written file on a full disk gives room back
            raise JournalError(self.path, exc) from exc
        self._stale = False

    def _write_or_remove(self) -> None:
        """After the database took a text: the file must not keep an older one. Rewrite it, or else remove
        it (what is still unsent stays in memory)."""
        try:
            self._write()
        except JournalError:
            self._remove()
            self._stale = bool(self._notes or self._actions)

    def _remove(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            self._stale = True
            raise JournalError(self.path, exc) from exc
        self._stale = False
