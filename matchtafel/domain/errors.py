"""The user's or the environment's errors: each carries a message a person can act on.

A message is an English source template plus parameters; the interface translates the template
(context "errors"), the command line prints it as it is. Program bugs are *not* UserErrors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a template for translation without importing Qt here."""
    return text


class UserError(Exception):
    """Something the user or the environment can fix; shown as one clear line, never a traceback."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class DatabaseError(UserError):
    """The database cannot be opened or used: locked, damaged, too new, unreachable, not writable."""


class ServerUnreachable(DatabaseError):
    """The PostgreSQL server did not answer in time: the app offers to open the local file instead."""


class ConnectionLost(DatabaseError):
    """The database went away during a user action (a dropped network, a restarted server)."""


class DatabaseBusy(DatabaseError):
    """Another program holds the database's write lock (SQLite's "database is locked"); trying again later
    works. Nothing of the action was written."""


class StorageFull(DatabaseError):
    """The disk (or the file system under the database) refused to write: full, read-only or failing.
    Nothing of the action was written."""


class SaveHeld(UserError):
    """Run mode could not write an agreement or proposal now (one of the faults above): it is kept on this
    computer and written by the retry; the person should not type it again."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Not saved yet: kept on this computer and written as soon as the database can take it.",
            )
        )


class NotAllowed(UserError):
    """The shared server's rules do not let this person's role do this (grants, row-level security)."""


class PassphraseNeeded(DatabaseError):
    """The file is encrypted (SQLCipher): the app asks for the passphrase, the command line reads it."""


class WrongPassphrase(PassphraseNeeded):
    """The passphrase given does not open the file."""


class NotFound(UserError):
    @classmethod
    def of(cls, entity: str, entity_id: object) -> NotFound:
        """The record someone was working with is gone (archived or deleted elsewhere)."""
        return cls(
            QT_TRANSLATE_NOOP("errors", "This {entity} no longer exists (id {id})."),
            entity=entity,
            id=entity_id,
        )


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: which field, and an English message that says how to fix it."""

    field: str
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.params))


class ValidationError(UserError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("{details}", details="; ".join(f"{p.field}: {p.message}" for p in problems))

    @classmethod
    def one(cls, field: str, template: str, params: tuple[tuple[str, Any], ...] = ()) -> ValidationError:
        """One invalid field: ``raise ValidationError.one("deadline", QT_TRANSLATE_NOOP("errors", "..."))``."""
        return cls([FieldProblem(field, template, params)])


class ConflictError(UserError):
    """Someone else saved the record first. Carries what the user tried and what is stored now."""

    def __init__(self, *, entity: str, entity_id: int, expected_version: int, mine: Any, theirs: Any) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.expected_version = expected_version
        self.mine = mine
        self.theirs = theirs
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Someone else changed this {entity} while you were editing it "
                "(your version {expected}, stored version {stored}). Your text is kept; compare and save again.",
            ),
            entity=entity,
            expected=expected_version,
            stored=getattr(theirs, "version", "?"),
        )


class NotesConflict(UserError):
    """Someone else wrote a case's notes after this text was started (a second writer, or a journal replayed
    after a dropped connection): nothing was overwritten; both texts are here for the person to compare."""

    def __init__(self, *, case_id: int, mine: str, theirs: str, saved_by: str) -> None:
        self.case_id = case_id
        self.mine = mine
        self.theirs = theirs
        self.saved_by = saved_by
        if saved_by:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{who} changed these notes while you were writing; nothing was overwritten. Your text is "
                    "kept: compare both and choose.",
                ),
                who=saved_by,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Someone else changed these notes while you were writing; nothing was overwritten. Your "
                    "text is kept: compare both and choose.",
                )
            )
