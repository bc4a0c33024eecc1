"""The values of fields that exist only in a register's spec, carried generically (``domain/fields``).

A register's typed fields are typed attributes of its input and row dataclasses. A simple stored field that
a developer adds with a spec line alone (and its migration) has no attribute there: its value travels in
the one mapping ``extra`` (key -> value) of the input, the row and the lean list row. ``getattr(row, key)``
finds it there too (the form, the list's columns and the conflict dialog read rows that way); typed code
reads ``row.extra[key]`` (mypy does not see the ``getattr`` route, so a misspelt typed attribute still fails).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Self

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem
from matchtafel.domain.fields import Field

SpecValue = str | int | date | bool | StrEnum | None
NO_EXTRA: Mapping[str, SpecValue] = MappingProxyType({})


def _extra_attribute(self: Any, name: str) -> Any:
    """``row.key`` for a spec-only field: its value in ``extra`` (only asked when no attribute has the name)."""
    try:
        extra = object.__getattribute__(self, "extra")
    except (AttributeError, IndexError):  # a row being built, or a lean row of an older shape
        raise AttributeError(name) from None
    if name in extra:
        return extra[name]
    raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, kw_only=True)
class SpecValues:
    """The base of a register's input (and so its row): ``extra`` holds the spec-only fields' values."""

    extra: Mapping[str, SpecValue] = field(default_factory=lambda: NO_EXTRA)

    if not TYPE_CHECKING:
        __getattr__ = _extra_attribute

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> Self:
        """The input from a form's or an import's values by field key: the typed fields as arguments, every
        other key into ``extra`` (the service refuses a key that is no spec-only field of its register)."""
        typed = {f.name for f in fields(cls)} - {"extra"}
        extra = {k: v for k, v in values.items() if k not in typed and k != "extra"}
        return cls(
            **{k: v for k, v in values.items() if k in typed}, extra={**values.get("extra", {}), **extra}
        )


def typed_fields(input_type: type[Any]) -> list[str]:
    """The names of an input's typed fields (its dataclass fields but ``extra``), in order."""
    return [f.name for f in fields(input_type) if f.name != "extra"]


def spec_keys(model: Any) -> list[str]:
    """The keys of the model's spec-only fields."""
    return [f.key for f in model.spec_fields]


def with_spec_defaults(model: Any, values: Mapping[str, Any], stored: Mapping[str, Any]) -> dict[str, Any]:
    """An import's values with each spec-only text or yes/no that the file leaves empty (None) or out as stored,
    or for a new record its default ("" or no): those columns hold no NULL (an empty date or number clears)."""
    completed = dict(values)
    for f in model.spec_fields:
        if f.default is not None and completed.get(f.key) is None:
            kept = stored.get(f.key)
            completed[f.key] = f.default if kept is None else kept
    return completed


def carry_extra(row_type: type[Any]) -> None:
    """Let a lean list row (a NamedTuple, whose body cannot say it) answer ``row.key`` from its ``extra``."""
    row_type.__getattr__ = _extra_attribute


def apply_extra(obj: Any, spec_fields: Iterable[Field], extra: Mapping[str, SpecValue]) -> list[str]:
    """Copy the spec-only values onto the model (or an import's plain record); the names that changed."""
    known = {f.key for f in spec_fields}
    unknown = sorted(set(extra) - known)
    if unknown:
        raise ValueError(f"{type(obj).__name__}: no spec-only field {', '.join(unknown)}")
    changed = []
    for key, value in extra.items():
        if getattr(obj, key, None) != value:
            setattr(obj, key, value)
            changed.append(key)
    return changed


def extra_problems(spec_fields: Iterable[Field], extra: Mapping[str, SpecValue]) -> list[FieldProblem]:
    """What a form checks of every spec-only field: given when required, a text within its column."""
    problems: list[FieldProblem] = []
    for f in spec_fields:
        value = extra.get(f.key, f.default)
        if f.required and (value is None or value == ""):
            problems.append(FieldProblem(f.key, QT_TRANSLATE_NOOP("errors", "Fill this in.")))
        elif isinstance(value, str) and f.length is not None:
            limit = f.length
            if len(value) > limit:
                problems.append(
                    FieldProblem(
                        f.key,
                        QT_TRANSLATE_NOOP("errors", "Keep this under {limit} characters."),
                        (("limit", limit),),
                    )
                )
    return problems


def listed(model: Any) -> list[Field]:
    """The model's spec-only fields that the register's list shows (``column=``): a lean list selects them
    last, in this order, and ``fetch_list`` gathers them into the row's ``extra``."""
    return [f for f in model.spec_fields if f.column]


def listed_columns(model: Any) -> list[Any]:
    return [getattr(model, f.key) for f in listed(model)]


def listed_converters(model: Any) -> list[tuple[str, Callable[[Any], Any]]]:
    return [(f.key, list_converter(f)) for f in listed(model)]


def list_converter(f: Field) -> Callable[[Any], Any]:
    """How a lean list reads a spec-only column from the driver (SQLite: dates as text, yes/no as 0/1)."""
    from matchtafel.services.list_rows import as_bool, as_date, as_enum, same

    if f.enum is not None:
        return as_enum(f.enum)
    return {"date": as_date, "bool": as_bool, "tristate": as_bool}.get(f.widget, same)
