"""Declarative base, naming convention and the bookkeeping columns every mutable table carries."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    Enum,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, declared_attr, mapped_column

from matchtafel.clock import SYSTEM_CLOCK

if TYPE_CHECKING:
    from matchtafel.domain.fields import Entity, Field

# Named constraints keep migrations identical on SQLite and PostgreSQL and let Alembic alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The system clock's naive UTC: only the fallback default of a bookkeeping column, for rows written
    outside a service. A service's writes are stamped from its injected clock (models/stamping.py)."""
    return SYSTEM_CLOCK.utcnow()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # The stored fields of the register's spec that the class does not declare: their columns are made from
    # the spec when the class is created (``class Vacancy(..., Base, fields=VACANCIES)``), see spec_column.
    spec_fields: ClassVar[tuple[Field, ...]] = ()

    def __init_subclass__(cls, fields: Entity | None = None, **kw: Any) -> None:
        if fields is not None:
            added = tuple(f for f in fields.fields if f.stored and not hasattr(cls, f.key))
            for f in added:
                setattr(cls, f.key, spec_column(fields.table, f))
            cls.spec_fields = added
        super().__init_subclass__(**kw)


def spec_column(table: str, f: Field) -> MappedColumn[Any]:
    """The column of a field that exists only in its register's spec, from its widget kind. Its migration adds
    the same: text ``String(200)`` (place ``String(100)``) and note ``Text``, both NOT NULL with
    ``server_default=""``; bool ``Boolean`` NOT NULL with ``server_default=sa.false()``; int ``Integer``,
    date ``Date``, tristate ``Boolean`` and a vocabulary choice (``enum_column(Enum, key)``) NULL."""
    from matchtafel.domain.fields import SIMPLE_WIDGETS

    if f.widget not in SIMPLE_WIDGETS or (f.widget == "choice" and f.enum is None):
        raise TypeError(
            f"{table}.{f.key}: a '{f.widget}' field is not simple enough to exist in its spec alone; "
            "declare its column on the model and its value on the service's input"
        )
    if f.widget in ("text", "place", "note"):
        kind = Text() if f.length is None else String(f.length)
        return mapped_column(kind, nullable=False, default="", server_default="")
    if f.widget == "bool":
        return mapped_column(Boolean, nullable=False, default=False, server_default=false())
    if f.enum is not None:
        return mapped_column(enum_column(f.enum, f.key), nullable=True, default=None)
    kind_of = {"int": Integer, "date": Date, "tristate": Boolean}
    return mapped_column(kind_of[f.widget], nullable=True, default=None)


def enum_column(enum_type: type[StrEnum], name: str) -> Enum:
    """A string column limited to the enum's values by a CHECK constraint (no native PG enum types)."""
    return Enum(
        enum_type,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_type),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class StringList(TypeDecorator[list[str]]):
    """A short list of codes or names stored as ``a|b|c``.

    Chosen over JSON because lists of 20,000 rows decode ten times faster with ``str.split`` and the
    text stays searchable with LIKE; items never contain ``|`` (the services check it).
    """

    impl = String(400)
    cache_ok = True
    SEPARATOR = "|"

    def process_bind_param(self, value: list[str] | None, dialect: Dialect) -> str:
        return self.SEPARATOR.join(value or [])

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[str]:
        return value.split(self.SEPARATOR) if value else []


class Tracked:
    """Who created and last changed a row, when, and a version number for optimistic locking.

    The values are stamped by the session's before-flush hook (``matchtafel.models.stamping``)
    from the actor the service puts in ``session.info``; services never set them by hand.
    """

    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # SQLAlchemy adds "WHERE version = :old" to every UPDATE and raises StaleDataError on 0 rows.
        return {"version_id_col": cls.version}


class Archivable:
    """Rows that others refer to are archived instead of deleted."""

    archived_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
