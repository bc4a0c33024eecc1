"""The fields of employers, organisations and the people who work there, described once; see
``matchtafel.domain.fields``."""

from __future__ import annotations

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.fields import Entity, Field
from matchtafel.domain.privacy_classes import BUSINESS, STAFF

EMPLOYERS = Entity(
    table="employers",
    context="EmployersRegister",
    fields=(
        Field(
            "name",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("EmployersRegister", "&Name"),
            required=True,
            column=QT_TRANSLATE_NOOP("EmployersRegister", "Name"),
            export="werkgever",
        ),
        Field(
            "place",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("EmployersRegister", "&Place"),
            widget="place",
            column=QT_TRANSLATE_NOOP("EmployersRegister", "Place"),
            export="plaats",
        ),
        Field(
            "sector",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("EmployersRegister", "&Sector"),
            column=QT_TRANSLATE_NOOP("EmployersRegister", "Sector"),
            export="sector",
        ),
        Field(
            "recognised_training_company",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("EmployersRegister", "Recognised training company (SBB)"),
            widget="bool",
            column=QT_TRANSLATE_NOOP("EmployersRegister", "Recognised training company"),
            export="erkend leerbedrijf",
        ),
        Field(
            "contact_name",
            STAFF,
            label=QT_TRANSLATE_NOOP("EmployersRegister", "&Contact person"),
            column=QT_TRANSLATE_NOOP("EmployersRegister", "Contact"),
            export="contactpersoon",
        ),
        Field(
            "contact_email",
            STAFF,
            label=QT_TRANSLATE_NOOP("EmployersRegister", "Contact &e-mail"),
            export="e-mail",
        ),
        Field(
            "contact_phone",
            STAFF,
            label=QT_TRANSLATE_NOOP("EmployersRegister", "Contact p&hone"),
            column=QT_TRANSLATE_NOOP("EmployersRegister", "Phone"),
            export="telefoon",
        ),
    ),
    non_fields={},  # every column besides the COMMON ones is a field
)

ORGANISATIONS = Entity(
    table="organisations",
    context="OrganisationsRegister",
    fields=(
        Field(
            "name",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("OrganisationsRegister", "&Name"),
            required=True,
            column=QT_TRANSLATE_NOOP("OrganisationsRegister", "Name"),
            export="organisatie",
        ),
        Field(
            "kind_id",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("OrganisationsRegister", "&Kind"),
            widget="choice",
            required=True,
            column=QT_TRANSLATE_NOOP("OrganisationsRegister", "Kind"),
            export="soort",
        ),
        Field(  # not stored: the category of the organisation's kind (school, municipality, WSP, ...)
            "category",
            column=QT_TRANSLATE_NOOP("OrganisationsRegister", "Role at the table"),
        ),
        Field(
            "place",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("OrganisationsRegister", "&Place"),
            widget="place",
            column=QT_TRANSLATE_NOOP("OrganisationsRegister", "Place"),
            export="plaats",
        ),
    ),
    non_fields={},  # every column besides the COMMON ones is a field
)

PEOPLE = Entity(
    table="people",
    context="OrganisationsRegister",
    fields=(
        Field(
            "name",
            STAFF,
            label=QT_TRANSLATE_NOOP("OrganisationsRegister", "&Name"),
            required=True,
            column=QT_TRANSLATE_NOOP("OrganisationsRegister", "Name"),
            export="naam",
        ),
        Field(
            "organisation_id",
            STAFF,
            label=QT_TRANSLATE_NOOP("OrganisationsRegister", "&Organisation"),
            widget="choice",
            required=True,
            column=QT_TRANSLATE_NOOP("OrganisationsRegister", "Organisation"),
            export="organisatie",
        ),
        Field(
            "role",
            STAFF,
            label=QT_TRANSLATE_NOOP("OrganisationsRegister", "&Role"),
            hint=QT_TRANSLATE_NOOP("OrganisationsRegister", "e.g. loopbaancoach, accountmanager"),
            column=QT_TRANSLATE_NOOP("OrganisationsRegister", "Role"),
            export="rol",
        ),
        Field(
            "email",
            STAFF,
            label=QT_TRANSLATE_NOOP("OrganisationsRegister", "&E-mail"),
            column=QT_TRANSLATE_NOOP("OrganisationsRegister", "E-mail"),
            export="e-mail",
        ),
        Field(
            "phone",
            STAFF,
            label=QT_TRANSLATE_NOOP("OrganisationsRegister", "&Phone"),
            column=QT_TRANSLATE_NOOP("OrganisationsRegister", "Phone"),
            export="telefoon",
        ),
    ),
    non_fields={},  # every column besides the COMMON ones is a field
)
