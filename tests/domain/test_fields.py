"""The field specs describe every stored column of each register, once: a column cannot be added to a register
without a spec (or a commented place among the non-field columns), and the specs hang together."""

from __future__ import annotations

import dataclasses

import pytest

from matchtafel.domain import privacy_classes
from matchtafel.domain.fields import CELLS, WIDGETS, Entity, entities, entity
from matchtafel.domain.fields import vacancies as vacancy_fields
from matchtafel.domain.privacy_classes import COMMON
from matchtafel.models import Base

CLASSES = {v for k, v in vars(privacy_classes).items() if k.isupper() and isinstance(v, str)}


def uncovered(described: Entity) -> tuple[list[str], list[str]]:
    """(stored columns neither a field nor a named non-field, fields and non-fields that are no column)."""
    columns = {c.name for c in Base.metadata.tables[described.table].columns}
    stored = {f.key for f in described.fields if f.stored}
    named = stored | set(described.non_fields) | (set(COMMON) & columns)
    return sorted(columns - named), sorted((stored | set(described.non_fields)) - columns)


@pytest.mark.parametrize("described", entities(), ids=lambda e: e.table)
def test_every_stored_column_of_a_register_is_a_field_or_a_named_non_field(described: Entity) -> None:
    assert uncovered(described) == ([], [])
    stored = {f.key for f in described.fields if f.stored}
    assert not stored & set(described.non_fields)  # described once, not twice


def test_a_column_left_out_of_the_specs_is_caught() -> None:
    without = dataclasses.replace(
        vacancy_fields.VACANCIES,
        fields=tuple(f for f in vacancy_fields.VACANCIES.fields if f.key != "contract_type"),
    )
    assert uncovered(without) == (["contract_type"], [])


@pytest.mark.parametrize("described", entities(), ids=lambda e: e.table)
def test_each_spec_is_complete_and_its_orders_name_its_fields(described: Entity) -> None:
    keys = [f.key for f in described.fields]
    assert len(keys) == len(set(keys))
    for order in (described.column_order, described.export_order, described.import_order):
        assert set(order) <= set(keys) and len(order) == len(set(order))
    for f in described.fields:
        assert f.widget in WIDGETS and f.cell in CELLS, f.key
        assert f.privacy is None or f.privacy in CLASSES, f.key
        assert set(described.non_fields.values()) <= CLASSES
        assert f.label or (not f.hint and not f.required), (
            f"{f.key}: a hint or 'required' without a form label"
        )
        assert f.import_label or not (f.aliases or f.import_required or f.import_as), f.key
        assert all(a == a.casefold().strip() for a in f.aliases), f"{f.key}: aliases are matched folded"
        assert f.stored or f.label or f.column or f.export or f.import_label, (
            f"{f.key}: not stored, shown nor imported"
        )
    headers = described.export_headers(names=True)
    assert len(headers) == len(set(headers))  # an import reads each header back to one field
    assert entity(described.table) is described


def test_the_orders_place_listed_fields_first_and_the_rest_in_spec_order() -> None:
    vacancies = vacancy_fields.VACANCIES
    assert [f.key for f in vacancies.list_columns()][:5] == list(vacancies.column_order)
    assert vacancies.export_headers()[:3] == ["vacaturenummer", "werkgever", "functie"]
    assert [f.key for f in vacancies.form_fields()][:3] == ["employer_id", "title", "kind"]
