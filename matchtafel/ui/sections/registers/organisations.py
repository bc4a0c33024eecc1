"""Organisations at the table (kinds are data: Dutch and Flemish) and the people who work there."""

from __future__ import annotations

from matchtafel.domain.fields.organisations import ORGANISATIONS as ORGANISATION_FIELDS
from matchtafel.domain.fields.organisations import PEOPLE as PERSON_FIELDS
from matchtafel.services import Services
from matchtafel.services.organisations import (
    OrganisationInput,
    OrganisationKindRow,
    OrganisationRow,
    PersonInput,
    PersonRow,
)
from matchtafel.ui.i18n import interface_language, translate
from matchtafel.ui.sections.registers.common import distinct_options
from matchtafel.ui.sections.registers.register import CategoryFilter
from matchtafel.ui.sections.registers.service_register import ServiceRegister
from matchtafel.ui.sections.registers.spec_fields import form_fields, list_columns
from matchtafel.ui.widgets.fields import FieldSpec
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.row_model import Column


def kind_name(kind: OrganisationKindRow | OrganisationRow) -> str:
    if isinstance(kind, OrganisationRow):
        return kind.kind_name_nl if interface_language() == "nl" else kind.kind_name_en
    return kind.name_nl if interface_language() == "nl" else kind.name_en


class OrganisationsRegister(ServiceRegister):
    key = "organisations"
    input_type = OrganisationInput
    export_kind = "organisaties"

    def __init__(self, services: Services) -> None:
        super().__init__(services, services.organisations)

    def title(self) -> str:
        return translate("OrganisationsRegister", "Organisations")

    def columns(self) -> list[Column]:
        # which, in which order, with which heading: the field specs
        return list_columns(
            ORGANISATION_FIELDS,
            {
                "kind_id": lambda title: Column(title, kind_name),
                "category": lambda title: Column(title, lambda r: label(r.category)),
            },
        )

    def filters(self) -> list[CategoryFilter]:
        return [
            CategoryFilter(
                translate("OrganisationsRegister", "Role at the table"),
                lambda r: r.category,
                distinct_options(lambda r: r.category),
            ),
        ]

    def fields(self) -> list[FieldSpec]:
        kinds = lambda: [(k.id, f"{kind_name(k)} ({k.country})") for k in self.services.organisations.kinds()]  # noqa: E731
        return form_fields(ORGANISATION_FIELDS, {"kind_id": {"choices": kinds}})

    def form_title(self, row: OrganisationRow | None) -> str:
        return (
            translate("OrganisationsRegister", "New organisation")
            if row is None
            else translate("OrganisationsRegister", "Organisation: {name}").format(name=row.name)
        )


class PeopleRegister(ServiceRegister):
    key = "people"
    input_type = PersonInput
    export_kind = "personen"

    def __init__(self, services: Services) -> None:
        super().__init__(services, services.people)

    def title(self) -> str:
        return translate("OrganisationsRegister", "People")

    def columns(self) -> list[Column]:
        return list_columns(
            PERSON_FIELDS, {"organisation_id": lambda title: Column(title, lambda r: r.organisation_name)}
        )

    def filters(self) -> list[CategoryFilter]:
        return [
            CategoryFilter(
                translate("OrganisationsRegister", "Organisation"),
                lambda r: r.organisation_name,
                distinct_options(lambda r: r.organisation_name),
            ),
        ]

    def fields(self) -> list[FieldSpec]:
        organisations = lambda: [(o.id, o.name) for o in self.services.organisations.rows()]  # noqa: E731
        return form_fields(PERSON_FIELDS, {"organisation_id": {"choices": organisations}})

    def form_title(self, row: PersonRow | None) -> str:
        return (
            translate("OrganisationsRegister", "New person")
            if row is None
            else translate("OrganisationsRegister", "Person: {name}").format(name=row.name)
        )
