"""Append-only audit log and the database's own facts (what wrote it, is it demo data)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from matchtafel.models.base import Base, utcnow


class AuditEvent(Base):
    """Who did what to which record, when (UTC). Never holds personal details: ids and actions only."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    actor_organisation: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40), index=True)
    entity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[str] = mapped_column(String(400), default="")
    # The young person the event is about (no foreign key: the log outlives an erasure), and the reason
    # picked when a full name was shown, printed or exported.
    young_person_id: Mapped[int | None] = mapped_column(Integer, index=True, default=None)
    reason: Mapped[str] = mapped_column(String(200), default="", server_default="")


def append_only_ddl(dialect: str) -> list[str]:
    """Statements that make the database itself refuse UPDATE and DELETE on the audit log."""
    if dialect == "postgresql":
        return [
            "CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$",
            "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
            "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()",
        ]
    return [
        f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
        "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
        for verb in ("UPDATE", "DELETE")
    ]


def drop_append_only_ddl(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [
            "DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events",
            "DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events",
            "DROP FUNCTION IF EXISTS audit_events_append_only()",
        ]
    return ["DROP TRIGGER IF EXISTS audit_events_no_update", "DROP TRIGGER IF EXISTS audit_events_no_delete"]


class Erasure(Base):
    """The erasure ledger: which young person was anonymised (erased on request, or after the retention
    period) and when. Ids and moments only, never a name: the young person is known by their id and the
    moment their record was made (``registered_at``), which together never point at someone else after ids
    were reused. Restoring a backup re-applies it, so a restore never brings an erased young person back."""

    __tablename__ = "erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    young_person_id: Mapped[int] = mapped_column(Integer, index=True)
    registered_at: Mapped[datetime] = mapped_column(DateTime)
    erased_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))  # "erase" or "retention"


class AppMeta(Base):
    """Key/value facts about the database itself, e.g. ``content = demo``."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(400), default="")
