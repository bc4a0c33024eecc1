"""Writing a document to disk whole or not at all: a half-written PDF never lies in the folder; a folder that
is not there yet is made."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError


def save_whole(path: Path, produce: Callable[[BinaryIO], object]) -> Path:
    """Let ``produce`` write into a temporary file beside ``path``, then put it in place."""
    path = path.expanduser()
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # a folder that is not there yet is made
        handle, name = tempfile.mkstemp(prefix=".matchtafel-", suffix=".pdf", dir=path.parent)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as out:
            produce(out)
        os.replace(temporary, path)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or exc,
        ) from exc
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)  # gone already when it was put in place
    return path


def minutes_file_name(day: object, *, language: str = "nl") -> str:
    """``Verslag Matchtafel 2026-11-20.pdf``: the name people look for in their documents folder."""
    word = "Verslag" if language == "nl" else "Minutes"
    return f"{word} Matchtafel {day:%Y-%m-%d}.pdf"


def actions_file_name(day: object, organisation: str = "", *, language: str = "nl") -> str:
    word = "Actielijst" if language == "nl" else "Action list"
    suffix = f" {organisation}" if organisation else ""
    cleaned = "".join(c for c in suffix if c not in '<>:"/\\|?*')
    return f"{word} Matchtafel {day:%Y-%m-%d}{cleaned}.pdf"
