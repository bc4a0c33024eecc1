"""Organisations at the table (kinds are data: Dutch and Flemish) and the people who work there."""

from __future__ import annotations

from matchtafel.services import Services
from matchtafel.services.organisations import (
    OrganisationInput,
    OrganisationKindRow,
    OrganisationRow,
    PersonInput,
    PersonRow,
)
from matchtafel.ui.i18n import interface_language, translate
from matchtafel.ui.sections.registers.common import distinct_options, place_field
from matchtafel.ui.sections.registers.register import CategoryFilter
from matchtafel.ui.sections.registers.service_register import ServiceRegister
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
        return [
            Column(translate("OrganisationsRegister", "Name"), lambda r: r.name),
            Column(translate("OrganisationsRegister", "Kind"), kind_name),
            Column(translate("OrganisationsRegister", "Role at the table"), lambda r: label(r.category)),
            Column(translate("OrganisationsRegister", "Place"), lambda r: r.place),
        ]

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
        return [
            FieldSpec("name", translate("OrganisationsRegister", "&Name"), required=True),
            FieldSpec(
                "kind_id",
                translate("OrganisationsRegister", "&Kind"),
                kind="choice",
                required=True,
                choices=kinds,
            ),
            place_field("place", translate("OrganisationsRegister", "&Place")),
        ]

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
        return [
            Column(translate("OrganisationsRegister", "Name"), lambda r: r.name),
            Column(translate("OrganisationsRegister", "Organisation"), lambda r: r.organisation_name),
            Column(translate("OrganisationsRegister", "Role"), lambda r: r.role),
            Column(translate("OrganisationsRegister", "E-mail"), lambda r: r.email),
            Column(translate("OrganisationsRegister", "Phone"), lambda r: r.phone),
        ]

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
        return [
            FieldSpec("name", translate("OrganisationsRegister", "&Name"), required=True),
            FieldSpec(
                "organisation_id",
                translate("OrganisationsRegister", "&Organisation"),
                kind="choice",
                required=True,
                choices=organisations,
            ),
            FieldSpec(
                "role",
                translate("OrganisationsRegister", "&Role"),
                hint=translate("OrganisationsRegister", "e.g. loopbaancoach, accountmanager"),
            ),
            FieldSpec("email", translate("OrganisationsRegister", "&E-mail")),
            FieldSpec("phone", translate("OrganisationsRegister", "&Phone")),
        ]

    def form_title(self, row: PersonRow | None) -> str:
        return (
            translate("OrganisationsRegister", "New person")
            if row is None
            else translate("OrganisationsRegister", "Person: {name}").format(name=row.name)
        )
