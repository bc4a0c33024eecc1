"""Agreement deadlines and session dates as an iCalendar (.ics) file that Outlook and others import.

Pure: events in, bytes out. Each event has a stable UID, so importing a newer file updates the same
appointments instead of doubling them. Sessions carry their time zone (Europe/Amsterdam); a deadline is an
all-day event on its day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

TIME_ZONE = "Europe/Amsterdam"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    title: str
    description: str = ""
    day: date | None = None  # an all-day event (a deadline) ...
    starts_at: datetime | None = None  # ... or a timed one (a session), local time
    minutes: int = 0
    place: str = ""


def calendar_ics(events: list[CalendarEvent], *, name: str, now: datetime) -> bytes:
    """``now``: local time, the file's DTSTAMP."""
    from icalendar import Calendar, Event

    stamp = now.astimezone(UTC)
    zone = ZoneInfo(TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//Matchtafel//Matchtafel//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.title)
        if item.description:
            event.add("description", item.description)
        if item.place:
            event.add("location", item.place)
        if item.starts_at is not None:
            start = item.starts_at.replace(tzinfo=zone)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=max(item.minutes, 1)))
        elif item.day is not None:
            event.add("dtstart", item.day)
            event.add("dtend", item.day + timedelta(days=1))
            event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
        else:
            raise ValueError(f"event {item.uid} has no date")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
