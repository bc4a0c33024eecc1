"""An exclusive lock file next to the database, held for as long as a Matchtafel process has it open.

The operating system releases the lock when the process dies, so a crash never leaves a stale lock. The
file holds the holder's process id while it is open and is emptied when it is let go properly: a
process id found in it when the lock is taken means the last holder stopped without closing (a crash,
a power cut, kill -9), which ``unclean`` tells.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO


class LockHeldError(Exception):
    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


class LockUnavailable(Exception):
    """The lock file itself cannot be opened (no permission, a read-only folder, a name taken by a folder)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None
        self.unclean = False  # the previous holder did not release the lock (known once acquired)

    def acquire(self) -> None:
        try:  # readable by its owner only, like the database beside it
            handle = os.fdopen(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600), "a+", encoding="ascii")
        except OSError as exc:
            raise LockUnavailable(exc.strerror or str(exc)) from exc
        try:
            _lock(handle)
        except OSError as exc:
            handle.seek(0)
            holder = handle.read().strip()
            handle.close()
            raise LockHeldError(holder) from exc
        handle.seek(0)
        self.unclean = bool(handle.read().strip())
        try:  # who holds it, for the message another process shows; a full disk may refuse it
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
        except OSError:
            pass
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.seek(0)
            self._handle.truncate()  # closed properly: the next holder need not suspect a crash
            self._handle.flush()
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
