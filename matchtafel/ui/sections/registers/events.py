"""The calendar of matching events: speed dates, open days, workshops, the Week van het Talent and regional
meetings, with who came and what came of it. Events in the next two weeks are marked."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from matchtafel.domain.access import may
from matchtafel.domain.vocabulary import EventKind
from matchtafel.services import Services
from matchtafel.services.events import EventInput, EventRow
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.registers.common import distinct_options, enum_choices, place_field
from matchtafel.ui.sections.registers.event_panel import EventPanel
from matchtafel.ui.sections.registers.register import CategoryFilter
from matchtafel.ui.sections.registers.service_register import ServiceRegister
from matchtafel.ui.widgets.fields import FieldSpec
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.record_form import RecordForm
from matchtafel.ui.widgets.row_model import Column

SOON_DAYS = 14


class EventsRegister(ServiceRegister):
    key = "events"
    input_type = EventInput
    export_kind = "evenementen"

    def __init__(self, services: Services) -> None:
        super().__init__(services, services.events)

    def title(self) -> str:
        return translate("EventsRegister", "Matching events")

    def _now(self) -> datetime:
        return self.services.clock.now()

    def columns(self) -> list[Column]:
        return [
            Column(
                translate("EventsRegister", "Date"),
                lambda r: f"{r.starts_at:%d-%m-%Y %H:%M}",
                sort_key=lambda r: r.starts_at,
                searchable=False,
            ),
            Column(translate("EventsRegister", "Event"), lambda r: r.title),
            Column(translate("EventsRegister", "Kind"), lambda r: label(r.kind)),
            Column(translate("EventsRegister", "Place"), lambda r: r.place),
            Column(translate("EventsRegister", "Organiser"), lambda r: r.organiser),
            Column(
                translate("EventsRegister", "Invited"),
                lambda r: str(r.invited),
                sort_key=lambda r: r.invited,
                searchable=False,
                align_right=True,
            ),
            Column(
                translate("EventsRegister", "Came"),
                lambda r: str(r.present),
                sort_key=lambda r: r.present,
                searchable=False,
                align_right=True,
            ),
            Column(
                translate("EventsRegister", "Contacts"),
                lambda r: str(r.contacts),
                sort_key=lambda r: r.contacts,
                searchable=False,
                align_right=True,
            ),
            Column(
                translate("EventsRegister", "Proposals"),
                lambda r: str(r.proposals),
                sort_key=lambda r: r.proposals,
                searchable=False,
                align_right=True,
            ),
        ]

    def filters(self) -> list[CategoryFilter]:
        return [
            CategoryFilter(
                translate("EventsRegister", "Kind"), lambda r: r.kind, distinct_options(lambda r: r.kind)
            ),
            CategoryFilter(
                translate("EventsRegister", "When"),
                lambda r: r.starts_at >= self._now(),
                lambda rows: [
                    (True, translate("EventsRegister", "Coming up")),
                    (False, translate("EventsRegister", "Held")),
                ],
            ),
        ]

    def highlight(self, row: EventRow) -> bool:
        now = self._now()
        return now <= row.starts_at <= now + timedelta(days=SOON_DAYS) and not row.archived

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("title", translate("EventsRegister", "&Title"), required=True),
            FieldSpec(
                "kind",
                translate("EventsRegister", "&Kind"),
                kind="choice",
                required=True,
                choices=enum_choices(EventKind),
            ),
            FieldSpec("day", translate("EventsRegister", "&Date"), kind="date", required=True),
            FieldSpec(
                "start_time",
                translate("EventsRegister", "&Starts at"),
                required=True,
                hint=translate("EventsRegister", "e.g. 14:00"),
            ),
            FieldSpec("duration_minutes", translate("EventsRegister", "D&uration (minutes)"), kind="int"),
            place_field("place", translate("EventsRegister", "&Place")),
            FieldSpec("organiser", translate("EventsRegister", "&Organiser")),
            FieldSpec(
                "description",
                translate("EventsRegister", "Descr&iption"),
                kind="note",
                hint=translate("EventsRegister", "What happens; no details about young people."),
            ),
            FieldSpec(
                "outcome_note",
                translate("EventsRegister", "What came o&f it"),
                kind="note",
                hint=translate(
                    "EventsRegister", "Afterwards: how it went, what follows. No details about young people."
                ),
            ),
        ]

    def values_of(self, row: EventRow) -> dict[str, Any]:
        values = super().values_of(row)
        values.update(day=row.starts_at.date(), start_time=f"{row.starts_at:%H:%M}")
        return values

    def new_values(self) -> dict[str, Any]:
        return {"start_time": "14:00", "duration_minutes": 120}

    def form_title(self, row: EventRow | None) -> str:
        if row is None:
            return translate("EventsRegister", "New matching event")
        return translate("EventsRegister", "Event: {title} ({date})").format(
            title=row.title, date=f"{row.starts_at:%d-%m-%Y}"
        )

    def prepare_form(self, form: RecordForm, row: EventRow | None) -> None:
        if row is not None:
            panel = EventPanel(self.services, row.id, row.title, prompts=form.prompts)
            panel.set_read_only(not may(self.services.accounts.my_role(), "event_invitations", "insert"))
            form.add_extra(panel)
