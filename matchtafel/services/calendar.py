"""What goes into a calendar file: the open agreements of one person or organisation (a supporter's too), the
sessions and the matching events."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, or_, select

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError
from matchtafel.domain.vocabulary import AgreementStatus
from matchtafel.io.calendar import CalendarEvent
from matchtafel.models import (
    Agreement,
    Case,
    ContactMoment,
    MatchingEvent,
    Meeting,
    Organisation,
    Person,
    SchoolLeaver,
    Supporter,
    YoungPerson,
)
from matchtafel.reports.texts import Words
from matchtafel.services.base import ServiceBase, ids_named
from matchtafel.services.owners import AgreementOwner

SESSIONS_LOOK_BACK = timedelta(days=90)


class CalendarService(ServiceBase):
    def events(
        self, *, person: str = "", organisation: str = "", now: datetime | None = None, language: str = "nl"
    ) -> list[CalendarEvent]:
        """Open agreements with a deadline and school leavers' contact moments not yet made (of ``person``, of
        ``organisation``'s people, or everyone's; a supporter's agreements go with everyone's and with their own
        name), and the sessions and matching events of the last three months and all to come. Young people appear
        by code only."""
        now = now or self._clock.now()
        with self._transaction() as s:
            owners = select(Person.id)
            supporters = None if organisation else select(Supporter.id)
            if person:
                ids = ids_named(s, Person.id, Person.name, person)
                supporter_ids = ids_named(s, Supporter.id, Supporter.name, person)
                if not ids and not supporter_ids:
                    raise UserError(QT_TRANSLATE_NOOP("errors", "No person is called '{name}'."), name=person)
                owners = owners.where(Person.id.in_(ids))
                supporters = select(Supporter.id).where(Supporter.id.in_(supporter_ids))
            if organisation:
                ids = ids_named(s, Organisation.id, Organisation.name, organisation)
                if not ids:
                    raise UserError(
                        QT_TRANSLATE_NOOP("errors", "No organisation is called '{name}'."), name=organisation
                    )
                owners = owners.where(Person.organisation_id.in_(ids))
            owned: ColumnElement[bool] = Agreement.owner_id.in_(owners)
            if supporters is not None:
                owned = or_(owned, Agreement.supporter_id.in_(supporters))
            owner = AgreementOwner()
            events = [
                CalendarEvent(
                    uid=f"agreement-{agreement_id}@matchtafel",
                    title=f"{code} · {action}" if code else action,
                    description=f"{who} · {meeting_title} {meeting_day:%d-%m-%Y}",
                    day=deadline,
                )
                for agreement_id, action, deadline, code, who, meeting_title, meeting_day in s.execute(
                    owner.join(
                        select(
                            Agreement.id,
                            Agreement.action,
                            Agreement.deadline,
                            YoungPerson.code,
                            owner.name,
                            Meeting.title,
                            Meeting.starts_at,
                        )
                    )
                    .join(Meeting, Meeting.id == Agreement.meeting_id)
                    .outerjoin(Case, Case.id == Agreement.case_id)
                    .outerjoin(YoungPerson, YoungPerson.id == Case.young_person_id)
                    .where(Agreement.status == AgreementStatus.OPEN, Agreement.deadline.is_not(None), owned)
                    .order_by(Agreement.deadline, Agreement.id)
                )
            ]
            words = Words(language)
            events += [
                CalendarEvent(
                    uid=f"contact-moment-{moment_id}@matchtafel",
                    title=f"{code} · " + words["calendar_contact"].format(months=months),
                    description=f"{who} · " + words["calendar_left"].format(day=words.date(left_on)),
                    day=due_on,
                )
                for moment_id, code, months, due_on, who, left_on in s.execute(
                    select(
                        ContactMoment.id,
                        YoungPerson.code,
                        ContactMoment.months_after_leaving,
                        ContactMoment.due_on,
                        Person.name,
                        SchoolLeaver.left_on,
                    )
                    .join(Person, Person.id == ContactMoment.assigned_to_id)
                    .join(SchoolLeaver, SchoolLeaver.id == ContactMoment.leaver_id)
                    .join(YoungPerson, YoungPerson.id == SchoolLeaver.young_person_id)
                    .where(ContactMoment.answered_on.is_(None), ContactMoment.assigned_to_id.in_(owners))
                    .order_by(ContactMoment.due_on, ContactMoment.id)
                )
            ]
            events += [
                CalendarEvent(
                    uid=f"session-{meeting_id}@matchtafel",
                    title=title,
                    starts_at=starts_at,
                    minutes=minutes,
                    place=place,
                )
                for meeting_id, title, starts_at, minutes, place in s.execute(
                    select(
                        Meeting.id, Meeting.title, Meeting.starts_at, Meeting.duration_minutes, Meeting.place
                    )
                    .where(Meeting.starts_at >= now - SESSIONS_LOOK_BACK)
                    .order_by(Meeting.starts_at)
                )
            ]
            events += [
                CalendarEvent(
                    uid=f"event-{event_id}@matchtafel",
                    title=title,
                    description=organiser,
                    starts_at=starts_at,
                    minutes=minutes,
                    place=place,
                )
                for event_id, title, starts_at, minutes, place, organiser in s.execute(
                    select(
                        MatchingEvent.id,
                        MatchingEvent.title,
                        MatchingEvent.starts_at,
                        MatchingEvent.duration_minutes,
                        MatchingEvent.place,
                        MatchingEvent.organiser,
                    )
                    .where(
                        MatchingEvent.starts_at >= now - SESSIONS_LOOK_BACK,
                        MatchingEvent.archived_at.is_(None),
                    )
                    .order_by(MatchingEvent.starts_at)
                )
            ]
            self._audit(s, "export", "calendar", None, f"{len(events)} events")
            return events
