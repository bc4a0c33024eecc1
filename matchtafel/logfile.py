"""The log file: what happened on this computer, for whoever supports Matchtafel when something goes wrong.

One rotating file (``matchtafel.log``, 1 MB, five old ones kept) in the platform's log folder:
Linux ``~/.local/state/matchtafel/log``, Windows ``%LOCALAPPDATA%\\matchtafel\\Logs``, macOS
``~/Library/Logs/matchtafel``; ``MATCHTAFEL_LOG_DIR`` moves it. It records the start, the database opened,
migrations, and errors with their tracebacks.

Never a young person's name or a note: the log says *that* something happened, with record ids and codes
at most. Exceptions can carry data in their message (SQLAlchemy prints the query's parameters), so the
formatter cuts parameters and quoted text out of every exception it writes.
"""

from __future__ import annotations

import logging
import os
import platform
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TypeAlias

from matchtafel import __version__

LOG_DIR_ENV = "MATCHTAFEL_LOG_DIR"
LOG_NAME = "matchtafel.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

ExcInfo: TypeAlias = tuple[type[BaseException], BaseException, TracebackType | None]

# "[parameters: ('Jansen', 'Zoë', ...)]" from SQLAlchemy, and anything between quotes.
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL)
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")


def log_dir() -> Path:
    chosen = os.environ.get(LOG_DIR_ENV)
    if chosen:
        return Path(chosen)
    from platformdirs import user_log_dir

    return Path(user_log_dir("matchtafel", appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_NAME


def redact(text: str) -> str:
    """An exception's message without the values it quotes: those may be a name or a note."""
    return _QUOTED.sub("'…'", _PARAMETERS.sub("[parameters hidden]", text))


def describe_exception(exc_info: ExcInfo) -> str:
    """The traceback as code locations, and the exception's type with its message redacted."""
    kind, value, tb = exc_info
    lines = ["Traceback (most recent call last):\n"]
    lines += traceback.format_list(traceback.extract_tb(tb))
    # An import error names a module, never a person: its message is what a supporter needs.
    message = str(value) if isinstance(value, ImportError) else redact(str(value))
    lines.append(f"{kind.__module__}.{kind.__qualname__}: {message}")
    cause = value.__cause__ or (None if value.__suppress_context__ else value.__context__)
    if cause is not None and cause is not value:
        lines.append(f"\n  caused by {type(cause).__qualname__}: {redact(str(cause))}")
    return "".join(lines)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached its own (unredacted) text of the exception on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: object) -> str:
        return describe_exception(ei)  # type: ignore[arg-type]


class RotatingLogFile(logging.FileHandler):
    """At most ``MAX_BYTES`` per file; the ``BACKUPS`` before it kept as ``.1`` (newest) to ``.5``.

    What ``logging.handlers.RotatingFileHandler`` does, without importing that module (its socket, pickle
    and queue imports cost the start some 6 ms)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(self.format(record)):
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, text: str) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() > 0 and self.stream.tell() + len(text.encode("utf-8")) + 1 > MAX_BYTES

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # FileHandler.emit opens it again
        base = self.baseFilename
        for number in range(BACKUPS - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")


_handler: logging.Handler | None = None


def start_logging() -> Path | None:
    """Write to the log file from now on (once per process; again when the folder changed).

    Returns the file, or None when it cannot be written (a read-only profile): then nothing is logged
    to a file, and the app works as before."""
    global _handler
    path = log_path()
    root = logging.getLogger()
    if _handler is not None:
        if getattr(_handler, "baseFilename", None) == str(path):
            return path
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingLogFile(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter(_FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _handler = handler
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # a line per plugin, each run
    logging.getLogger("matchtafel").info(
        "Matchtafel %s starts (Python %s, %s %s %s, pid %d%s)",
        __version__,
        platform.python_version(),
        platform.system(),
        platform.release(),
        platform.machine(),
        os.getpid(),
        ", bundle" if getattr(sys, "frozen", False) else "",
    )
    return path


def stop_logging() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def last_lines(count: int = 40) -> list[str]:
    """The end of the log file (for "Kopieer details"); empty when there is none."""
    if _handler is not None:
        _handler.flush()
    try:
        with log_path().open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 16_000))
            text = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    return text.splitlines()[-count:]


def log_uncaught(exc_info: ExcInfo, *, where: str = "") -> None:
    """Write an exception nobody caught to the log (the hooks call this first, before any dialog)."""
    logging.getLogger("matchtafel").error(
        "unexpected error%s", f" in {where}" if where else "", exc_info=exc_info
    )


def print_to_stderr(exc_info: ExcInfo) -> None:
    if sys.stderr is not None:  # a windowed app on Windows has no stderr
        sys.__excepthook__(*exc_info)
