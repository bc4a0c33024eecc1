"""What the database's own faults mean to a person: a SQLite file another program holds (busy), a full or failing
disk, a server or network gone. Each rolls the whole transaction back; the message says nothing was written."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, ConnectionLost, DatabaseBusy, StorageFull


def database_fault(exc: DBAPIError) -> DatabaseBusy | StorageFull | ConnectionLost | None:
    """The user-facing error for ``exc``, or None when it is not one of these (a bad statement: a bug)."""
    storage = _storage_fault(exc)
    if storage is not None:
        return storage
    if not isinstance(exc, OperationalError) or not _is_connection_loss(exc):
        return None
    return ConnectionLost(
        QT_TRANSLATE_NOOP("errors", "The database cannot be reached just now ({detail}); nothing was lost."),
        detail=str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__,
    )


def _storage_fault(exc: DBAPIError) -> DatabaseBusy | StorageFull | None:
    """SQLite's own faults that a person can do something about: another program holding the file (busy),
    a full or failing disk. Both roll the whole transaction back (https://sqlite.org/rescode.html)."""
    if not isinstance(exc, OperationalError):
        return None
    text = str(exc.orig).lower() if exc.orig is not None else ""
    if "database is locked" in text or "database is busy" in text or "database table is locked" in text:
        return DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database is busy: another program holds it ({detail}). Nothing was written; "
                "trying again in a moment works.",
            ),
            detail=str(exc.orig).strip().splitlines()[0],
        )
    if any(sign in text for sign in ("disk is full", "disk i/o error", "readonly database", "out of memory")):
        return StorageFull(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk refused to write ({detail}): it may be full. Nothing was written; make room "
                "and try again.",
            ),
            detail=str(exc.orig).strip().splitlines()[0],
        )
    return None


def _is_connection_loss(exc: OperationalError) -> bool:
    """A server or network gone, not a locked SQLite file or a bad statement."""
    if exc.connection_invalidated:
        return True
    text = str(exc.orig).lower() if exc.orig is not None else ""
    return any(
        sign in text
        for sign in (
            "connection",
            "server closed",
            "terminating",
            "does not allow connections",
            "timeout expired",
        )
    )
