"""The fields of supporters (ondersteuners: mentors and coaches), described once; see ``matchtafel.domain.fields``.

A supporter's own name and work contact are personal data (``SUPPORTER``); what they offer is not. Supporters
have no import: no field has an import heading.
"""

from __future__ import annotations

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.fields import Entity, Field
from matchtafel.domain.privacy_classes import BUSINESS, FREE_TEXT, STAFF, SUPPORTER, TECHNICAL
from matchtafel.domain.vocabulary import SupporterKind, SupportWish

SUPPORTERS = Entity(
    table="supporters",
    context="SupportersRegister",
    fields=(
        Field(
            "name",
            SUPPORTER,
            label=QT_TRANSLATE_NOOP("SupportersRegister", "&Name"),
            required=True,
            column=QT_TRANSLATE_NOOP("SupportersRegister", "Name"),
            export="naam",
        ),
        Field(
            "kind",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("SupportersRegister", "&Kind"),
            widget="choice",
            enum=SupporterKind,
            required=True,
            column=QT_TRANSLATE_NOOP("SupportersRegister", "Kind"),
            export="soort",
        ),
        Field(
            "organisation",
            SUPPORTER,
            label=QT_TRANSLATE_NOOP("SupportersRegister", "&Organisation"),
            hint=QT_TRANSLATE_NOOP("SupportersRegister", "company, school or foundation"),
            column=QT_TRANSLATE_NOOP("SupportersRegister", "Organisation"),
            export="organisatie",
        ),
        Field(
            "place",
            SUPPORTER,
            label=QT_TRANSLATE_NOOP("SupportersRegister", "&Place"),
            widget="place",
            hint=QT_TRANSLATE_NOOP("SupportersRegister", "where they meet young people; for the distance"),
            column=QT_TRANSLATE_NOOP("SupportersRegister", "Place"),
            export="plaats",
        ),
        Field(
            "email",
            SUPPORTER,
            label=QT_TRANSLATE_NOOP("SupportersRegister", "&E-mail"),
            export="e-mail",
        ),
        Field(
            "phone",
            SUPPORTER,
            label=QT_TRANSLATE_NOOP("SupportersRegister", "P&hone"),
            export="telefoon",
        ),
        Field(
            "sectors",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("SupportersRegister", "Se&ctors"),
            widget="list",
            hint=QT_TRANSLATE_NOOP("SupportersRegister", "the sectors they know; separate with commas"),
            column=QT_TRANSLATE_NOOP("SupportersRegister", "Sectors"),
            export="sectoren",
        ),
        Field(  # the list shows it with the young people linked now ("2 / 3")
            "capacity",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("SupportersRegister", "&Young people at once"),
            widget="int",
            hint=QT_TRANSLATE_NOOP(
                "SupportersRegister", "how many young people they support at the same time"
            ),
            column=QT_TRANSLATE_NOOP("SupportersRegister", "Linked / capacity"),
            export="capaciteit",
        ),
        Field("taken", export="gekoppeld"),  # not stored: the young people linked now (proposed to active)
        Field(
            "wishes",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("SupportersRegister", "O&ffers"),
            widget="multi",
            enum=SupportWish,
            hint=QT_TRANSLATE_NOOP("SupportersRegister", "the help they like to give (their wishes)"),
            column=QT_TRANSLATE_NOOP("SupportersRegister", "Offers"),
            export="wensen",
        ),
        Field(
            "note",
            FREE_TEXT,
            label=QT_TRANSLATE_NOOP("SupportersRegister", "No&te"),
            widget="note",
            hint=QT_TRANSLATE_NOOP(
                "SupportersRegister", "Availability, preferences. No details about young people."
            ),
        ),
    ),
    non_fields={
        "anonymised_at": TECHNICAL,  # when the supporter's own data were erased on request
        "owner_organisation_id": STAFF,  # on a shared server: the organisation that registered it
    },
    export_order=("name", "kind", "organisation", "place", "sectors", "capacity", "taken", "wishes"),
)
