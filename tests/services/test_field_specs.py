"""The export, the import, the DPIA inventory and the register screens read the field specs: a spec line
changed in ``domain/fields`` shows up in each of them, with nothing else touched."""

from __future__ import annotations

import dataclasses

import pytest

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.fields import Field
from matchtafel.domain.fields import vacancies as vacancy_fields
from matchtafel.domain.privacy_classes import FREE_TEXT
from matchtafel.domain.privacy_inventory import category_of
from matchtafel.io.import_spec import guess_mapping
from matchtafel.services import Services

from .helpers import make_basics, make_vacancy

# The vacancy's description as a field a developer opens up to the lists and files in one spec line.
DESCRIPTION = Field(
    "description",
    FREE_TEXT,
    label=QT_TRANSLATE_NOOP("VacanciesRegister", "Description"),
    widget="note",
    column=QT_TRANSLATE_NOOP("VacanciesRegister", "Description"),
    export="omschrijving",
    import_label=QT_TRANSLATE_NOOP("VacanciesRegister", "Description"),
    aliases=("omschrijving", "beschrijving"),
)


@pytest.fixture
def description_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = vacancy_fields.VACANCIES
    changed = tuple(DESCRIPTION if f.key == "description" else f for f in spec.fields)
    monkeypatch.setattr(vacancy_fields, "VACANCIES", dataclasses.replace(spec, fields=changed))


def test_before_the_change_the_description_is_in_no_file(services: Services) -> None:
    basics = make_basics(services)
    make_vacancy(services, basics, description="Deeg kneden")
    headers, rows = services.exports.table("vacatures")
    assert "omschrijving" not in headers and "Deeg kneden" not in repr(rows)
    assert "description" not in [f.name for f in services.imports.fields("vacatures")]
    assert category_of("vacancies", "description") == "business"


@pytest.mark.usefixtures("description_spec")
def test_a_changed_spec_appears_in_export_import_and_inventory(services: Services) -> None:
    basics = make_basics(services)
    make_vacancy(services, basics, description="Deeg kneden")
    headers, rows = services.exports.table("vacatures")
    assert headers[-2:] == ["omschrijving", "status"]  # in spec order: after the banenafspraak
    assert rows[0][headers.index("omschrijving")] == "Deeg kneden"
    fields = services.imports.fields("vacatures")
    field = next(f for f in fields if f.name == "description")
    assert field.aliases == ("omschrijving", "beschrijving") and field.parse("  Deeg ") == "Deeg"
    assert guess_mapping(["Vacaturenummer", "Beschrijving"], fields) == {"reference": 0, "description": 1}
    assert category_of("vacancies", "description") == FREE_TEXT
    assert ("vacancies", "description", FREE_TEXT) in services.retention.inventory()


def test_each_register_input_holds_exactly_the_fields_its_form_shows() -> None:
    """A form field is a typed attribute of the service's input, or a spec-only field the model made from
    the spec (carried in the input's ``extra``); a typed field without its form line, or a form line whose
    typed attribute was removed from the model but not from the input, is caught here."""
    from matchtafel.domain.fields import entities
    from matchtafel.models import (
        Employer,
        MatchingEvent,
        Organisation,
        Person,
        Supporter,
        Vacancy,
        YoungPerson,
    )
    from matchtafel.services.employers import EmployerInput
    from matchtafel.services.events import EventInput
    from matchtafel.services.organisations import OrganisationInput, PersonInput
    from matchtafel.services.spec_values import typed_fields
    from matchtafel.services.supporters import SupporterInput
    from matchtafel.services.vacancies import VacancyInput
    from matchtafel.services.young_people import YoungPersonInput

    inputs = {
        "young_people": YoungPersonInput,
        "vacancies": VacancyInput,
        "employers": EmployerInput,
        "organisations": OrganisationInput,
        "people": PersonInput,
        "supporters": SupporterInput,
        "matching_events": EventInput,
    }
    models = {
        "young_people": YoungPerson,
        "vacancies": Vacancy,
        "employers": Employer,
        "organisations": Organisation,
        "people": Person,
        "supporters": Supporter,
        "matching_events": MatchingEvent,
    }
    for described in entities():
        on_form = {f.key for f in described.form_fields()}
        typed = set(typed_fields(inputs[described.table]))
        spec_only = models[described.table].spec_fields
        assert not typed & {f.key for f in spec_only}, described.table
        assert on_form == typed | {f.key for f in spec_only if f.label}, described.table
