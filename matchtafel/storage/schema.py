"""The schema's version: the head this code knows (read from the migration files), the revision a database
holds, and the upgrade (Alembic, imported only when a migration is due; a SQLite file is backed up first)."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from matchtafel.storage.db import Database

log = logging.getLogger(__name__)


def _alembic_head() -> str:
    """The newest migration this code knows, read from the migrations' own ``revision`` and ``down_revision``
    lines (the revision no other migration revises), without importing Alembic at start. A test compares it
    with Alembic's ScriptDirectory."""
    versions = Path(__file__).resolve().parent.parent / "migrations" / "versions"
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in versions.glob("[0-9]*.py"):
        source = path.read_text(encoding="utf-8")
        found = re.search(r'^revision\s*=\s*"([^"]+)"', source, re.M)
        if found:
            revisions.add(found.group(1))
        revised.update(re.findall(r'^down_revision\s*=\s*"([^"]+)"', source, re.M))
    heads = sorted(revisions - revised)
    if len(heads) != 1:
        raise RuntimeError(
            f"the migrations have {len(heads)} heads: {heads}"
        )  # a packaging error, not a user's
    return heads[0]


SCHEMA_HEAD = _alembic_head()


def current_revision(conn: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(db: Database, *, may_upgrade: bool = True, now: datetime | None = None) -> None:
    """Bring the schema to this code's head (nothing to do when it is there already)."""
    from sqlalchemy.exc import DBAPIError

    try:
        bring_to_head(db, may_upgrade=may_upgrade, now=now)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501" or db.is_sqlite:
            raise
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{db} must be upgraded by its administrator first (matchtafel server upgrade); "
                "your login may not change the schema. Nothing was changed.",
            ),
            db=db.description,
        ) from exc


def bring_to_head(db: Database, *, may_upgrade: bool = True, now: datetime | None = None) -> None:
    from sqlalchemy import inspect

    with db.engine.connect() as conn:
        revision = current_revision(conn)
        has_tables = bool(inspect(conn).get_table_names())
    if revision == SCHEMA_HEAD:
        return
    if revision is None and has_tables:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "{db} holds other tables but no Matchtafel data. Nothing was changed."
            ),
            db=db.description,
        )
    if not may_upgrade:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "{db} must be upgraded first; close the other Matchtafel that has it open."
            ),
            db=db.description,
        )
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    config = alembic_config()
    if revision is not None:
        try:
            ScriptDirectory.from_config(config).get_revision(revision)
        except CommandError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{db} was written by a newer Matchtafel (schema {revision}). "
                    "Update Matchtafel to open it; nothing was changed.",
                ),
                db=db.description,
                revision=revision,
            ) from exc
    if revision is not None and db.is_sqlite and now is not None:
        db.backup("upgrade", now=now)  # the data as it was; a failed backup stops the upgrade
    with db.engine.connect() as conn:
        sqlite = db.is_sqlite
        if sqlite:
            # Batch migrations copy a table and drop the old one; with foreign keys on, that drop fails
            # as soon as other rows refer to it. The pragma only works outside a transaction, so it goes
            # straight to the driver; the keys are checked by hand before anything is committed.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                log.info("upgrading the schema from %s to %s", revision or "an empty file", SCHEMA_HEAD)
                command.upgrade(config, "head")
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise DatabaseError(
                        QT_TRANSLATE_NOOP(
                            "errors", "Upgrading {db} would break links between records; nothing was changed."
                        ),
                        db=db.description,
                    )
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "matchtafel:migrations")
    return config
