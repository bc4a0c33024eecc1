"""A field that exists only in its register's spec gets its column from its widget kind; one that is not simple
enough is refused when the model is made, naming it."""

from __future__ import annotations

import pytest
from sqlalchemy import Boolean, Date, Integer, String, Text

from matchtafel.domain.fields import Field
from matchtafel.domain.privacy_classes import BUSINESS
from matchtafel.domain.vocabulary import YesNoUnknown
from matchtafel.models.base import spec_column


@pytest.mark.parametrize(
    ("widget", "kind", "nullable"),
    [("text", String, False), ("note", Text, False), ("int", Integer, True), ("date", Date, True),
     ("bool", Boolean, False), ("tristate", Boolean, True)],
)  # fmt: skip
def test_each_simple_kind_has_its_column(widget: str, kind: type, nullable: bool) -> None:
    column = spec_column("vacancies", Field("added", BUSINESS, widget=widget)).column
    assert isinstance(column.type, kind) and column.nullable is nullable


def test_a_vocabulary_choice_is_limited_to_its_values() -> None:
    column = spec_column("vacancies", Field("added", BUSINESS, widget="choice", enum=YesNoUnknown)).column
    assert column.nullable and list(column.type.enums) == [v.value for v in YesNoUnknown]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "field", [Field("added", BUSINESS, widget="list"), Field("added", BUSINESS, widget="choice")]
)
def test_a_field_that_is_not_simple_is_refused_by_name(field: Field) -> None:
    with pytest.raises(TypeError, match=r"vacancies\.added: a '\w+' field is not simple enough"):
        spec_column("vacancies", field)
