"""Long lists on a shared server come a page at a time: each page one short query (the load benchmark's goal is
per query); the screen shows the first page at once and adds the rest as they come. In a local file a list
comes whole (one query is quickest there)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

PageRowT = TypeVar("PageRowT")

LIST_PAGE = 500


@dataclass(frozen=True)
class Page(Generic[PageRowT]):
    rows: list[PageRowT]
    last_id: int | None  # ask for the next page after this id; None: this was the last page


def page_of(s: Session, stmt: Select[Any], id_column: Any, after_id: int | None) -> tuple[Select[Any], bool]:
    """``stmt`` as one page by id (keyset: no OFFSET to count through) on a server; whole in a local file."""
    if s.get_bind().dialect.name == "sqlite":
        return stmt, False
    stmt = stmt.order_by(None).order_by(id_column).limit(LIST_PAGE)
    if after_id is not None:
        stmt = stmt.where(id_column > after_id)
    return stmt, True


def page_from(rows: list[Any], paged: bool) -> Page[Any]:
    return Page(rows, rows[-1].id if paged and len(rows) == LIST_PAGE else None)
