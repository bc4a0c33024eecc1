"""Stamps created/updated columns on flush from the actor a service put in ``session.info``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from matchtafel.models.base import Tracked, utcnow

ACTOR_KEY = "actor_label"


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    actor = str(session.info.get(ACTOR_KEY, ""))
    now = utcnow()
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
