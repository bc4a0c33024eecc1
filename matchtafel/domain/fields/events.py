"""The fields of matching events (speed dates, open days, workshops, ...), described once; see
``matchtafel.domain.fields``.

The form asks the day and the time apart (``day``, ``start_time``), the table keeps one moment
(``starts_at``); the counts of who was invited and came, the contacts and the proposals are derived. Events
have no import.
"""

from __future__ import annotations

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.fields import Entity, Field
from matchtafel.domain.privacy_classes import BUSINESS, FREE_TEXT, STAFF
from matchtafel.domain.vocabulary import EventKind

EVENTS = Entity(
    table="matching_events",
    context="EventsRegister",
    fields=(
        Field(
            "title",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("EventsRegister", "&Title"),
            required=True,
            column=QT_TRANSLATE_NOOP("EventsRegister", "Event"),
            export="titel",
        ),
        Field(
            "kind",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("EventsRegister", "&Kind"),
            widget="choice",
            enum=EventKind,
            required=True,
            column=QT_TRANSLATE_NOOP("EventsRegister", "Kind"),
            export="soort",
        ),
        Field(  # not stored: the form's day of ``starts_at``
            "day",
            label=QT_TRANSLATE_NOOP("EventsRegister", "&Date"),
            widget="date",
            required=True,
        ),
        Field(  # not stored: the form's time of ``starts_at`` (HH:MM)
            "start_time",
            label=QT_TRANSLATE_NOOP("EventsRegister", "&Starts at"),
            required=True,
            hint=QT_TRANSLATE_NOOP("EventsRegister", "e.g. 14:00"),
        ),
        Field(
            "starts_at",
            BUSINESS,
            column=QT_TRANSLATE_NOOP("EventsRegister", "Date"),
            export="begint",
        ),
        Field(
            "duration_minutes",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("EventsRegister", "D&uration (minutes)"),
            widget="int",
            export="minuten",
        ),
        Field(
            "place",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("EventsRegister", "&Place"),
            widget="place",
            column=QT_TRANSLATE_NOOP("EventsRegister", "Place"),
            export="plaats",
        ),
        Field(
            "organiser",
            BUSINESS,
            label=QT_TRANSLATE_NOOP("EventsRegister", "&Organiser"),
            column=QT_TRANSLATE_NOOP("EventsRegister", "Organiser"),
            export="organisator",
        ),
        Field(
            "description",
            FREE_TEXT,
            label=QT_TRANSLATE_NOOP("EventsRegister", "Descr&iption"),
            widget="note",
            hint=QT_TRANSLATE_NOOP("EventsRegister", "What happens; no details about young people."),
        ),
        Field(
            "outcome_note",
            FREE_TEXT,
            label=QT_TRANSLATE_NOOP("EventsRegister", "What came o&f it"),
            widget="note",
            hint=QT_TRANSLATE_NOOP(
                "EventsRegister", "Afterwards: how it went, what follows. No details about young people."
            ),
        ),
        # not stored: the counts of the event's invitations, contacts and proposals
        Field("invited", column=QT_TRANSLATE_NOOP("EventsRegister", "Invited"), export="uitgenodigd"),
        Field("present", column=QT_TRANSLATE_NOOP("EventsRegister", "Came"), export="aanwezig"),
        Field("contacts", column=QT_TRANSLATE_NOOP("EventsRegister", "Contacts"), export="contacten"),
        Field("proposals", column=QT_TRANSLATE_NOOP("EventsRegister", "Proposals"), export="voordrachten"),
    ),
    non_fields={"owner_organisation_id": STAFF},  # on a shared server: the organisation that planned it
    column_order=("starts_at",),
)
