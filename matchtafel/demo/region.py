"""Demo data: fictional, realistic, the same for the same seed and reference date.

Rows are built in memory with explicit ids and written with one bulk insert per table, so the large
set (20,000 young people, 10,000 vacancies, 200 sessions) takes seconds, not minutes.
A database holding anything that is not demo data is never overwritten.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from matchtafel.clock import SYSTEM_CLOCK, Clock
from matchtafel.demo.builder import SIZES, DemoBuilder
from matchtafel.demo.regions import REGIONS
from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError
from matchtafel.models import (
    Agreement,
    AgreementReview,
    Amendment,
    AppMeta,
    Attendance,
    AuditEvent,
    Base,
    Case,
    Consent,
    ContactMoment,
    Employer,
    EventContact,
    EventInvitation,
    LinkStep,
    MatchingEvent,
    Meeting,
    MentoringLink,
    NazorgCheckpoint,
    Organisation,
    OrganisationKind,
    Person,
    Placement,
    Proposal,
    ProposalStep,
    SchoolLeaver,
    Supporter,
    Vacancy,
    YoungPerson,
)
from matchtafel.models.audit import append_only_ddl, drop_append_only_ddl
from matchtafel.models.base import Tracked

DEMO_ACTOR = "Matchtafel demo"


@dataclass(frozen=True)
class DemoSummary:
    size: str
    seed: int
    counts: dict[str, int]
    region: str = "achterhoek"


def generate_demo(
    sessions: sessionmaker[Session],
    *,
    size: str = "small",
    seed: int = 42,
    today: date | None = None,
    clock: Clock = SYSTEM_CLOCK,
    region: str = "achterhoek",
) -> DemoSummary:
    """Replace the database's content with demo data, in one transaction. Refuses real data.

    The data is built around ``today`` (the clock's date unless given): the same seed and date give the
    same data. ``region``: achterhoek (the default) or kempen (Flanders)."""
    if size not in SIZES:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Unknown demo size '{size}'; use small, medium, large or xl."),
            size=size,
        )
    if region not in REGIONS:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Unknown demo region '{region}'; use achterhoek or kempen."),
            region=region,
        )
    today = today or clock.today()
    with sessions.begin() as s:
        _refuse_real_data(s)
        kinds = {
            code: kind_id for code, kind_id in s.execute(select(OrganisationKind.code, OrganisationKind.id))
        }
        builder = DemoBuilder(
            SIZES[size], kinds=kinds, rng=random.Random(seed), seed=seed, today=today, region=REGIONS[region]
        )
        tables = builder.build()
        _clear(s)
        stamp = _stamp(datetime.combine(today, datetime.min.time()))
        for model, rows in tables:
            if rows:
                if issubclass(model, Tracked):  # history rows (steps) carry their own who and when
                    rows = [{**stamp, **row} for row in rows]
                s.execute(insert(model), rows)
        _advance_sequences(s, [model for model, _ in tables])
        s.add_all(
            [
                AppMeta(key="content", value="demo"),
                AppMeta(key="demo_size", value=size),
                AppMeta(key="demo_seed", value=str(seed)),
                AppMeta(key="demo_date", value=today.isoformat()),
                AppMeta(key="demo_region", value=region),
            ]
        )
        s.add(
            AuditEvent(
                at=clock.utcnow(), actor=DEMO_ACTOR, action="demo_generate", entity="database", detail=size
            )
        )
        return DemoSummary(
            size=size,
            seed=seed,
            counts={model.__tablename__: len(rows) for model, rows in tables},
            region=region,
        )


def _stamp(at: datetime) -> dict[str, Any]:
    return {
        "created_at": at,
        "created_by": DEMO_ACTOR,
        "updated_at": at,
        "updated_by": DEMO_ACTOR,
        "version": 1,
    }


CONTENT_TABLES: tuple[type[Base], ...] = (
    EventContact,
    EventInvitation,
    LinkStep,
    MentoringLink,
    ContactMoment,
    SchoolLeaver,
    AgreementReview,
    Amendment,
    ProposalStep,
    NazorgCheckpoint,
    Placement,
    Proposal,
    Agreement,
    Case,
    Attendance,
    Meeting,
    Consent,
    MatchingEvent,
    Supporter,
    YoungPerson,
    Vacancy,
    Employer,
    Person,
    Organisation,
)


def _refuse_real_data(s: Session) -> None:
    """Overwriting is allowed on an empty database, or one whose only writer was the demo generator."""
    is_demo = s.scalar(select(AppMeta.value).where(AppMeta.key == "content")) == "demo"
    others = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.actor != DEMO_ACTOR))
    if is_demo and not others:
        return
    if any(s.scalar(select(func.count()).select_from(model)) for model in CONTENT_TABLES) or others:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database holds data that is not demo data; nothing was changed. "
                "Give another file with --db for the demo.",
            )
        )


def _clear(s: Session) -> None:
    """Only ever on demo data (see ``_refuse_real_data``): its audit log goes too, past the guard."""
    dialect = s.get_bind().dialect.name
    for statement in drop_append_only_ddl(dialect):
        s.execute(text(statement))
    everything: tuple[type[Base], ...] = (*CONTENT_TABLES, AuditEvent, AppMeta)
    for model in everything:
        s.execute(delete(model))
    for statement in append_only_ddl(dialect):
        s.execute(text(statement))


def _advance_sequences(s: Session, models: list[type[Base]]) -> None:
    """Explicit ids bypass PostgreSQL's sequences; move them past the highest id."""
    if s.get_bind().dialect.name != "postgresql":
        return
    for model in models:
        table = model.__tablename__
        s.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
