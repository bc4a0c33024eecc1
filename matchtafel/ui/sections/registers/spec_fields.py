"""A register's form fields and list columns, made from its field specs (``matchtafel.domain.fields``).

The spec says which fields the form and the list show, in which order, with which label and widget; a
register adds only what needs the services or a screen: the options of a link (which employers), completions,
a remark while typing, and how a column shows a value that is not plain text (a name for a link, a level
sorted by rank).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import Any

from matchtafel.domain.fields import Entity, Field
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.registers.common import date_text, enum_choices, place_field
from matchtafel.ui.widgets.fields import FieldSpec
from matchtafel.ui.widgets.labels import label, yes_no
from matchtafel.ui.widgets.row_model import Column

# Per field key: the FieldSpec arguments a register adds (choices, completions, warn, problem_keys).
Extras = Mapping[str, Mapping[str, Any]]
# Per field key: how the list shows the column, given its translated heading.
Renderers = Mapping[str, Callable[[str], Column]]


def form_fields(entity: Entity, extras: Extras | None = None) -> list[FieldSpec]:
    """The form's fields in spec order, labels and hints translated in the register's context."""
    specs: list[FieldSpec] = []
    for f in entity.form_fields():
        text = translate(entity.context, f.label)
        hint = translate(entity.context, f.hint) if f.hint else ""
        more = dict((extras or {}).get(f.key, {}))
        if f.widget == "place":
            specs.append(place_field(f.key, text, hint))
            continue
        if f.enum is not None:
            more.setdefault("choices", enum_choices(f.enum))
        specs.append(FieldSpec(f.key, text, kind=f.widget, required=f.required, hint=hint, **more))
    return specs


def list_columns(entity: Entity, renderers: Renderers | None = None) -> list[Column]:
    """The list's columns in the spec's column order; by default a text, a vocabulary word, yes/no, a date or a
    number as such (a spec-only field needs nothing more)."""
    custom = renderers or {}
    columns: list[Column] = []
    for f in entity.list_columns():
        title = translate(entity.context, f.column)
        columns.append(custom[f.key](title) if f.key in custom else _plain_column(f, title))
    return columns


def _plain_column(f: Field, title: str) -> Column:
    key = f.key
    if f.enum is not None:
        return Column(title, lambda r: label(getattr(r, key)), field=key)
    if f.widget in ("bool", "tristate"):
        return Column(title, lambda r: yes_no(getattr(r, key)), searchable=False)
    if f.widget in ("text", "place", "note"):
        return Column(title, attrgetter(key), field=key)
    if f.widget == "date":
        return Column(title, lambda r: date_text(getattr(r, key)), sort_key=attrgetter(key))
    if f.widget == "int":
        return Column(
            title,
            lambda r: "" if getattr(r, key) is None else str(getattr(r, key)),
            sort_key=attrgetter(key),
            align_right=True,
        )
    raise ValueError(f"the column of '{key}' ({f.widget}) needs a renderer in its register")
