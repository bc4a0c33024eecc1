"""The calendar of matching events: speed dates, open days, workshops, the Week van het Talent and regional
meetings, with who came and what came of it. Events in the next two weeks are marked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from operator import attrgetter
from typing import Any

from matchtafel.domain.access import may
from matchtafel.domain.fields.events import EVENTS as EVENT_FIELDS
from matchtafel.services import Services
from matchtafel.services.events import EventInput, EventRow
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.registers.common import distinct_options
from matchtafel.ui.sections.registers.event_panel import EventPanel
from matchtafel.ui.sections.registers.register import CategoryFilter
from matchtafel.ui.sections.registers.service_register import ServiceRegister
from matchtafel.ui.sections.registers.spec_fields import form_fields, list_columns
from matchtafel.ui.widgets.fields import FieldSpec
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
        # which, in which order, with which heading: the field specs; here how the moment and the counts show
        def count(key: str) -> Callable[[str], Column]:
            return lambda title: Column(
                title,
                lambda r: str(getattr(r, key)),
                sort_key=attrgetter(key),
                searchable=False,
                align_right=True,
            )

        return list_columns(
            EVENT_FIELDS,
            {
                "starts_at": lambda title: Column(
                    title,
                    lambda r: f"{r.starts_at:%d-%m-%Y %H:%M}",
                    sort_key=lambda r: r.starts_at,
                    searchable=False,
                ),
                **{key: count(key) for key in ("invited", "present", "contacts", "proposals")},
            },
        )

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
        return form_fields(EVENT_FIELDS)

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
