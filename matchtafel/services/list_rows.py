"""Long lists (a region's 100,000 young people) read straight from the database driver into named tuples.

SQLAlchemy compiles the statement; the driver's cursor runs it and hands back plain tuples, which are
converted column by column, each distinct value once (a date, a level, a school's name), and made into
rows without a Python call per row. Equal texts share one string object, so a list holds each school's
name once. A row costs ~0.3 KiB instead of ~1 KiB as a dataclass, and 100,000 rows read in about half
the time of SQLAlchemy's result rows.

Rows are ``typing.NamedTuple`` classes: immutable and typed like the frozen dataclasses elsewhere, but
built by ``tuple.__new__`` in C.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from functools import partial
from itertools import repeat
from typing import Any, TypeVar, cast

from sqlalchemy import Select
from sqlalchemy.orm import Session

from matchtafel.services.spec_values import NO_EXTRA

T = TypeVar("T")
CHUNK = 5_000


class _Once(dict[Any, Any]):
    """A value's converted form, computed the first time the value is met."""

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, value: Any) -> Any:
        converted = self[value] = self._convert(value)
        return converted


def same(value: Any) -> Any:
    return value


def as_text(value: Any) -> str:
    """A text, shared between equal values; missing as empty."""
    return value or ""


def as_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def as_date(value: Any) -> date | None:
    """SQLite hands dates back as ISO text, PostgreSQL as dates."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def as_enum(enum_type: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else enum_type(value)


def fetch_tuples(s: Session, stmt: Select[Any]) -> list[tuple[Any, ...]]:
    """The statement's rows as the driver's plain tuples (values as the driver gives them)."""
    connection = s.connection()
    compiled = stmt.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params: Any = (
        [compiled.params[name] for name in compiled.positiontup or ()]
        if compiled.positional
        else compiled.params
    )
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return [tuple(row) for row in cursor.fetchall()]
    finally:
        cursor.close()


def fetch_list(
    s: Session,
    stmt: Select[Any],
    row_type: type[T],
    convert: Mapping[str, Callable[[Any], Any]],
    extra: Sequence[tuple[str, Callable[[Any], Any]]] = (),
) -> list[T]:
    """The statement's rows as ``row_type`` (a NamedTuple whose fields are the statement's columns, in
    order). ``convert``: per field, how a driver value becomes the row's value (``same``: as it comes,
    equal texts then sharing one string); the other fields' values are taken as they come. A row type whose
    last field is ``extra`` gets there the values of the statement's last ``len(extra)`` columns (spec-only
    fields, ``services/spec_values.py``) by key, each converted as ``extra`` says."""
    names: tuple[str, ...] = row_type._fields  # type: ignore[attr-defined]
    packs = names[-1] == "extra"
    if packs:
        names = names[:-1]
    extra_keys = [key for key, _ in extra]
    extra_converters = [_Once(converter).__getitem__ for _, converter in extra]
    connection = s.connection()
    compiled = stmt.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    if compiled.positional:
        params: Any = [compiled.params[name] for name in compiled.positiontup or ()]
    else:
        params = compiled.params
    converters = [
        (number, _Once(convert[name]).__getitem__) for number, name in enumerate(names) if name in convert
    ]
    make = cast(Callable[[tuple[Any, ...]], T], partial(tuple.__new__, row_type))
    rows: list[T] = []
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        was_enabled = gc.isenabled()
        gc.disable()  # a million new objects set off full collections that find nothing to free
        try:
            # A chunk at a time: the driver makes a new string for every text it hands over, which the
            # conversion replaces by the one shared string; reading all first would hold them all at once.
            while chunk := cursor.fetchmany(CHUNK):
                count = len(chunk)
                columns: list[Any] = list(zip(*chunk, strict=True))
                del chunk
                for number, converted in converters:
                    columns[number] = map(converted, columns[number])
                if packs:
                    tail = [
                        map(c, column)
                        for c, column in zip(extra_converters, columns[len(names) :], strict=True)
                    ]
                    del columns[len(names) :]
                    columns.append(
                        map(
                            lambda values: dict(zip(extra_keys, values, strict=True)), zip(*tail, strict=True)
                        )
                        if tail
                        else repeat(NO_EXTRA, count)
                    )
                rows.extend(map(make, zip(*columns, strict=True)))
            return rows
        finally:
            if was_enabled:
                gc.enable()
    finally:
        cursor.close()
