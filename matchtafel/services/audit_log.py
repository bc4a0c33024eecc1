"""The audit log for the privacy officer: read, filtered and exported; never changed (there is no path for that
here, and the database refuses it). Reading the log is itself logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from matchtafel.domain.text_fold import fold
from matchtafel.models import AuditEvent, YoungPerson
from matchtafel.services.base import ServiceBase

HEADERS = ("when", "who", "organisation", "action", "record", "record id", "young person", "reason", "detail")


@dataclass(frozen=True)
class AuditFilter:
    person: str = ""  # part of who did it
    young_person: str = ""  # a young person's code, or part of it
    action: str = ""
    since: date | None = None
    until: date | None = None  # up to and including this day


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime
    actor: str
    actor_organisation: str
    action: str
    entity: str
    entity_id: int | None
    young_person_code: str
    reason: str
    detail: str


class AuditLogService(ServiceBase):
    def lines(self, wanted: AuditFilter | None = None, *, limit: int = 10_000) -> list[AuditLine]:
        """The newest first, at most ``limit``."""
        wanted = wanted or AuditFilter()
        stmt = (
            select(
                AuditEvent.id,
                AuditEvent.at,
                AuditEvent.actor,
                AuditEvent.actor_organisation,
                AuditEvent.action,
                AuditEvent.entity,
                AuditEvent.entity_id,
                func.coalesce(YoungPerson.code, ""),
                AuditEvent.reason,
                AuditEvent.detail,
            )
            .outerjoin(YoungPerson, YoungPerson.id == AuditEvent.young_person_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        )
        if wanted.action:
            stmt = stmt.where(AuditEvent.action == wanted.action)
        if wanted.since:
            stmt = stmt.where(AuditEvent.at >= datetime.combine(wanted.since, time.min))
        if wanted.until:
            stmt = stmt.where(AuditEvent.at < datetime.combine(wanted.until + timedelta(days=1), time.min))
        if wanted.young_person:
            stmt = stmt.where(YoungPerson.code.ilike(f"%{wanted.young_person.strip()}%"))
        with self._transaction() as s:
            rows = [AuditLine(*row) for row in s.execute(stmt)]
            if wanted.person:  # folded in Python: SQLite's LIKE folds ASCII only
                needle = fold(wanted.person)
                rows = [r for r in rows if needle in fold(r.actor) or needle in fold(r.actor_organisation)]
            self._audit(s, "view", "audit_log", None, _describe(wanted))
        return rows[:limit]

    def actions(self) -> list[str]:
        with self._transaction() as s:
            return sorted(s.scalars(select(AuditEvent.action).distinct()))

    def table(self, wanted: AuditFilter | None = None) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
        """Headers and rows for a CSV or XLSX file for the privacy officer; exporting is logged."""
        lines = self.lines(wanted, limit=1_000_000)
        with self._transaction() as s:
            self._audit(
                s, "export", "audit_log", None, f"{len(lines)} lines; {_describe(wanted or AuditFilter())}"
            )
        return HEADERS, [
            (
                line.at,
                line.actor,
                line.actor_organisation,
                line.action,
                line.entity,
                line.entity_id,
                line.young_person_code,
                line.reason,
                line.detail,
            )
            for line in lines
        ]


def _describe(wanted: AuditFilter) -> str:
    parts = [f"{name}={value}" for name, value in vars(wanted).items() if value]
    return "; ".join(parts)[:400]
