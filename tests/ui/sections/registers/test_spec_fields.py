"""A register's list columns and form fields are read from its field specs (``domain/fields``)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matchtafel.domain.fields import Field
from matchtafel.domain.fields import vacancies as vacancy_fields
from matchtafel.services import Services
from matchtafel.ui.sections.registers import vacancies as vacancies_register
from matchtafel.ui.widgets.fields import FieldSpec
from tests.ui.register_helpers import page_for


def headings(services: Services, qtbot: QtBot) -> list[str]:
    page = page_for(services, "vacancies", qtbot)
    model = page.model
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def test_the_columns_follow_the_spec(
    services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert headings(services, qtbot)[:4] == ["Reference", "Title", "Employer", "Sector"]
    spec = vacancy_fields.VACANCIES
    without_sector = tuple(dataclasses.replace(f, column="") if f.key == "sector" else f for f in spec.fields)
    changed = dataclasses.replace(spec, fields=without_sector, column_order=("status", "reference"))
    monkeypatch.setattr(vacancies_register, "VACANCY_FIELDS", changed)
    shown = headings(services, qtbot)
    assert shown[:3] == ["Status", "Reference", "Employer"] and "Sector" not in shown


def test_the_form_follows_the_spec(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    register = vacancies_register.VacanciesRegister(services, ["Zorg"])
    form: list[FieldSpec] = register.fields()
    assert [f.name for f in form][:3] == ["employer_id", "title", "kind"]
    assert next(f for f in form if f.name == "sector").completions is not None  # the register's addition
    spec = vacancy_fields.VACANCIES
    extra = Field("salary", label="&Salary", widget="int", hint="per month")
    monkeypatch.setattr(
        vacancies_register, "VACANCY_FIELDS", dataclasses.replace(spec, fields=(extra, *spec.fields))
    )
    first = register.fields()[0]
    assert (first.name, first.label, first.kind, first.hint) == ("salary", "&Salary", "int", "per month")
