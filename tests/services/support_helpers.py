"""Builders for the tests of supporters, mentoring links and matching events."""

from __future__ import annotations

from datetime import timedelta

from matchtafel.domain.vocabulary import EventKind, SupporterKind, SupportWish
from matchtafel.services import Services
from matchtafel.services.events import EventInput, EventRow
from matchtafel.services.supporters import SupporterInput, SupporterRow


def make_supporter(
    services: Services,
    name: str = "Henk Wolters",
    *,
    kind: SupporterKind = SupporterKind.BUSINESS_MENTOR,
    place: str = "Doetinchem",
    sectors: tuple[str, ...] = ("Techniek en installatie",),
    capacity: int | None = 2,
    wishes: tuple[SupportWish, ...] = (SupportWish.NETWORK, SupportWish.APPLYING),
) -> SupporterRow:
    return services.supporters.create(
        SupporterInput(
            name=name,
            kind=kind,
            organisation="Installatiebedrijf Wolters",
            place=place,
            sectors=list(sectors),
            capacity=capacity,
            wishes=[w.value for w in wishes],
            email="henk@wolters.nl",
        )
    )


def make_event(services: Services, title: str = "Speeddate Techniek", *, in_days: int = 10) -> EventRow:
    return services.events.create(
        EventInput(
            title=title,
            kind=EventKind.SPEED_DATE,
            day=services.clock.today() + timedelta(days=in_days),
            start_time="14:30",
            duration_minutes=90,
            place="Doetinchem",
            organiser="Werkgeversservicepunt Achterhoek",
        )
    )
