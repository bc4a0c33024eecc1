"""Stamps created/updated columns on flush from the actor and clock a service put in ``session.info``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from matchtafel.clock import SYSTEM_CLOCK, Clock
from matchtafel.models.base import Tracked

ACTOR_KEY = "actor_label"
CLOCK_KEY = "clock"


def session_clock(session: Session) -> Clock:
    """The clock of the service that opened this session (the system clock outside a service)."""
    clock: Clock = session.info.get(CLOCK_KEY, SYSTEM_CLOCK)
    return clock


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    actor = str(session.info.get(ACTOR_KEY, ""))
    now = session_clock(session).utcnow()
    for obj in session.new:
        if isinstance(obj, Tracked):
            obj.created_at = obj.updated_at = now
            obj.created_by = obj.updated_by = actor
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = actor


def install_stamping(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _stamp)
