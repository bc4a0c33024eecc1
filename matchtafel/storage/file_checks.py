"""Checks on a file before it is opened as a database, made without writing anything beside it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, DatabaseError


def check_foreign_file(path: Path) -> str | None:
    """Another program's SQLite file, or one of a newer Matchtafel, is refused before anything is written
    beside it: read through an immutable, read-only connection (no lock, no journal, no write-ahead log).
    Returns the schema revision the file itself records (its write-ahead log may hold a newer one)."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None  # the normal open says what is wrong
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if "alembic_version" in tables
            else None
        )
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} cannot be used as a database ({detail}). Nothing was changed."
            ),
            path=path,
            detail=str(exc),
        ) from exc
    finally:
        connection.close()
    if tables and "alembic_version" not in tables:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "{db} holds other tables but no Matchtafel data. Nothing was changed."
            ),
            db=path,
        )
    if revision and not known_revision(str(revision[0])):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{db} was written by a newer Matchtafel (schema {revision}). "
                "Update Matchtafel to open it; nothing was changed.",
            ),
            db=path,
            revision=revision[0],
        )
    return str(revision[0]) if revision else None


def known_revision(revision: str) -> bool:
    """A migration of this version (each lives in a file named after its revision id)."""
    versions = Path(__file__).resolve().parent.parent / "migrations" / "versions"
    return (versions / f"{revision}.py").is_file()
