"""The export lists of supporters, mentoring links and matching events (``ExportService`` hands them out).

Young people appear by code and initials only: no export of these lists carries a young person's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from matchtafel.domain.fields.events import EVENTS
from matchtafel.domain.fields.supporters import SUPPORTERS
from matchtafel.domain.vocabulary import SupportWish
from matchtafel.models import MatchingEvent, MentoringLink, Supporter
from matchtafel.services.events import event_statement
from matchtafel.services.mentoring import link_statement
from matchtafel.services.supporters import taken_count

Table = tuple[list[str], list[list[Any]]]


def supporters_table(s: Any, ids: Sequence[int] | None) -> Table:
    """The columns and headers of the supporters' field specs (``domain/fields/supporters.py``)."""
    p = Supporter
    fields = SUPPORTERS.exported()
    shown = {"taken": taken_count(s)}
    stmt = (
        select(*[shown[f.key] if f.key in shown else getattr(p, f.key) for f in fields])
        .where(p.archived_at.is_(None))
        .order_by(p.name)
    )
    if ids is not None:
        stmt = stmt.where(p.id.in_(list(ids)))
    # wishes are stored as values: members, so the export writes them in the interface's words
    wishes = [f.key for f in fields].index("wishes")
    return [f.export for f in fields], [
        [_wishes(v) if i == wishes else v for i, v in enumerate(r)] for r in s.execute(stmt)
    ]


def _wishes(values: Sequence[str]) -> list[SupportWish | str]:
    known = {w.value for w in SupportWish}
    return [SupportWish(v) if v in known else v for v in values or []]


def links_table(s: Any, ids: Sequence[int] | None) -> Table:
    stmt = link_statement()
    if ids is not None:
        stmt = stmt.where(MentoringLink.id.in_(list(ids)))
    headers = [
        "jongere",
        "initialen",
        "ondersteuner",
        "soort",
        "status",
        "reden einde",
        "actief vanaf",
        "einde",
        "event",
    ]
    return headers, [
        [r.code, r.initials, r.name, r.kind, r.status, r.end_reason, r.started_on, r.ended_on, r.event_title]
        for r in s.execute(stmt)
    ]


def events_table(s: Any, ids: Sequence[int] | None) -> Table:
    """The columns and headers of the events' field specs (``domain/fields/events.py``)."""
    stmt = event_statement().where(MatchingEvent.archived_at.is_(None))
    stmt = stmt.add_columns(*(getattr(MatchingEvent, f.key).label(f.key) for f in MatchingEvent.spec_fields))
    if ids is not None:
        stmt = stmt.where(MatchingEvent.id.in_(list(ids)))
    fields = EVENTS.exported()
    return [f.export for f in fields], [[getattr(r, f.key) for f in fields] for r in s.execute(stmt)]
