"""Injected faults: a disk that fills up, a database another program holds, a journal that cannot be written.

The full disk is a real one where this process may mount a small tmpfs (root, as in CI containers with
CAP_SYS_ADMIN); elsewhere the same tests run against a shim at the two places the disk is written: SQLite
answers "database or disk is full" to every write (through SQLAlchemy's ``do_execute``, so it arrives as
SQLite's own error would) and the journal's writes fail with ENOSPC.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

import matchtafel.storage.journal


class Disk:
    """Where the database and the journal live, and a way to fill it up and make room again."""

    def __init__(self, folder: Path, real: bool) -> None:
        self.folder, self.real = folder, real
        self._filler = folder / "filler.bin"
        self._engines: list[Any] = []
        self._undo: list[Any] = []

    def fill(self, *engines: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
        for engine in engines:  # an empty write-ahead log: the next write needs new room
            raw = engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            finally:
                raw.close()
        if self.real:
            handle = os.open(self._filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9):  # big blocks, then the last pages
                    with contextlib.suppress(OSError):
                        while True:
                            os.write(handle, b"\0" * size)
            finally:
                os.close(handle)
            return
        for target in engines or (Engine,):  # no engine given: every engine, also those opened later
            event.listen(target, "do_execute", _disk_full)
            self._engines.append(target)
        real_write = os.write

        def write(handle: int, data: Any) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(matchtafel.storage.journal.os, "write", write)
        self._undo.append(lambda: monkeypatch.setattr(matchtafel.storage.journal.os, "write", real_write))

    def free(self) -> None:
        self._filler.unlink(missing_ok=True)
        for target in self._engines:
            event.remove(target, "do_execute", _disk_full)
        self._engines.clear()
        for undo in self._undo:
            undo()
        self._undo.clear()


def _disk_full(cursor: Any, statement: str, parameters: Any, context: Any) -> None:
    if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
        raise sqlite3.OperationalError("database or disk is full")


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Disk]:
    """A 32 MB file system of its own when one can be mounted, else a folder with the shim above. The data
    folder (journal) lives on it too."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = (
        sys.platform.startswith("linux")
        and not os.environ.get("MATCHTAFEL_TEST_DISK_SHIM")  # to run the shim where tmpfs works too
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=32m,mode=0700", "tmpfs", str(folder)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    monkeypatch.setenv("MATCHTAFEL_DATA_DIR", str(folder / "data"))
    try:
        yield Disk(folder, real=mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")  # the write lock, as a database browser left open would hold it
    print("locked", flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
    connection.close()
    """
)


class LockHolder:
    """A second process that holds an SQLite file's write lock until ``release()``."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("\n")
            self.process.stdin.close()
            self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def lock_holder() -> Iterator[type[LockHolder]]:
    holders: list[LockHolder] = []

    class Tracked(LockHolder):
        def __init__(self, path: Path) -> None:
            super().__init__(path)
            holders.append(self)

    yield Tracked
    for holder in holders:
        holder.release()
