"""Matching events (matchingsevents): a calendar of speed dates, open days, workshops, the Week van het Talent
and regional meetings; who was invited (young people, supporters, employers), who came, and the contacts made.

What came of an event (contacts, proposals and links started there), the events coming up and the printed
invitation list are in ``event_outcome.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem, NotFound, ValidationError
from matchtafel.domain.vocabulary import AttendanceStatus, EventKind
from matchtafel.models import (
    Employer,
    EventContact,
    EventInvitation,
    MatchingEvent,
    Organisation,
    Proposal,
    Supporter,
    YoungPerson,
)
from matchtafel.services.base import RegisterService, login_account
from matchtafel.services.ownership import (
    check_may_change,
    check_owned_row,
    owner_name,
    owner_of_new,
    with_may_change,
)
from matchtafel.services.spec_values import SpecValues
from matchtafel.services.validation import check_plausible_date, check_required, clean_text

TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
YOUNG, SUPPORTER, EMPLOYER = "young_person", "supporter", "employer"


@dataclass(frozen=True, kw_only=True)
class EventInput(SpecValues):
    """The typed fields of ``domain/fields/events.py``; a spec-only field travels in ``extra``."""

    title: str
    kind: EventKind | None
    day: date | None
    start_time: str = "14:00"  # HH:MM
    duration_minutes: int | None = 120
    place: str = ""
    organiser: str = ""
    description: str = ""
    outcome_note: str = ""


@dataclass(frozen=True, kw_only=True)
class EventRow(SpecValues):
    id: int
    version: int
    title: str
    kind: EventKind
    starts_at: datetime
    duration_minutes: int
    place: str
    organiser: str
    description: str
    outcome_note: str
    invited: int
    present: int
    contacts: int
    proposals: int
    archived: bool = False
    owner_organisation_id: int | None = None  # on a shared server: the organisation that planned it
    owner: str = ""  # that organisation's name
    may_change: bool = True  # this login may change and archive it (the coordinator and the owner)


@dataclass(frozen=True)
class InvitationRow:
    id: int
    version: int
    invitee: str  # young_person | supporter | employer
    invitee_id: int
    label: str  # code and initials, a supporter's name, an employer's name
    attendance: AttendanceStatus
    may_change: bool = True  # this login may record attendance and take the invitation back
    owner: str = ""  # who invited (a supporter or an employer): the organisation that may change it


@dataclass(frozen=True)
class ContactRow:
    id: int
    young_person_id: int
    young_label: str  # code and initials
    with_label: str  # the employer or supporter met
    note: str


def parse_time(text: str) -> time | None:
    match = TIME.match(text or "")
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return time(int(match[1]), int(match[2]))


def _count(model: Any, *conditions: Any) -> Any:
    return (
        select(func.count(model.id)).where(model.event_id == MatchingEvent.id, *conditions).scalar_subquery()
    )


def event_statement() -> Select[Any]:
    """One row per event with its counts: invited, present, contacts made, proposals started there."""
    e = MatchingEvent
    return (
        select(
            e.id,
            e.version,
            e.title,
            e.kind,
            e.starts_at,
            e.duration_minutes,
            e.place,
            e.organiser,
            e.description,
            e.outcome_note,
            _count(EventInvitation).label("invited"),
            _count(EventInvitation, EventInvitation.attendance == AttendanceStatus.PRESENT).label("present"),
            _count(EventContact).label("contacts"),
            _count(Proposal).label("proposals"),
            e.archived_at.is_not(None).label("archived"),
            e.owner_organisation_id,
            func.coalesce(Organisation.name, "").label("owner"),
        )
        .outerjoin(Organisation, Organisation.id == e.owner_organisation_id)
        .order_by(e.starts_at)
    )


class EventsService(RegisterService[MatchingEvent, EventInput, EventRow]):
    model = MatchingEvent
    input_type = EventInput
    row_type = EventRow
    entity = "matching_event"

    def _list_statement(self) -> Select[Any]:
        return event_statement()

    def _fetch(self, s: Session, stmt: Select[Any]) -> list[EventRow]:
        return with_may_change(s, "matching_events", super()._fetch(s, stmt))

    def _before_insert(self, s: Session, obj: MatchingEvent) -> None:
        obj.owner_organisation_id = owner_of_new(s)

    def _load_current(self, s: Session, entity_id: int, expected_version: int, mine: Any) -> MatchingEvent:
        check_owned_row(s, MatchingEvent, "matching_events", entity_id)
        return super()._load_current(s, entity_id, expected_version, mine)

    def _apply(self, s: Session, obj: MatchingEvent, data: EventInput) -> list[str]:
        assert data.day is not None and data.kind is not None  # checked by _problems
        starts_at = datetime.combine(data.day, parse_time(data.start_time) or time(0, 0))
        values = {
            "title": data.title.strip(),
            "kind": data.kind,
            "starts_at": starts_at,
            "duration_minutes": data.duration_minutes or 120,
            "place": data.place,
            "organiser": data.organiser,
            "description": data.description,
            "outcome_note": data.outcome_note,
        }
        changed = [name for name, value in values.items() if getattr(obj, name, None) != value]
        for name in changed:
            setattr(obj, name, values[name])
        return changed + self._apply_extra(obj, data)

    def _problems(self, s: Session, data: EventInput, current: MatchingEvent | None) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        check_required(data.title, "title", problems)
        if data.kind is None:
            problems.append(FieldProblem("kind", QT_TRANSLATE_NOOP("errors", "Choose what kind of event.")))
        if data.day is None:
            problems.append(
                FieldProblem("day", QT_TRANSLATE_NOOP("errors", "Fill in the date of the event."))
            )
        check_plausible_date(data.day, "day", self._clock.today(), problems)
        if parse_time(data.start_time) is None:
            problems.append(
                FieldProblem("start_time", QT_TRANSLATE_NOOP("errors", "Write the time like 14:00."))
            )
        if data.duration_minutes is not None and not 15 <= data.duration_minutes <= 720:
            problems.append(
                FieldProblem(
                    "duration_minutes",
                    QT_TRANSLATE_NOOP("errors", "An event lasts between 15 and 720 minutes."),
                )
            )
        return problems

    # -- invitations and attendance -----------------------------------------------------------------------

    def invitations(self, event_id: int) -> list[InvitationRow]:
        """Everyone invited; young people by code and initials only."""
        with self._transaction() as s:
            return _invitations(s, event_id)

    def invite(self, event_id: int, invitee: str, invitee_id: int) -> InvitationRow:
        """One invitee more: ``invitee`` is young_person, supporter or employer."""
        column = {YOUNG: "young_person_id", SUPPORTER: "supporter_id", EMPLOYER: "employer_id"}[invitee]
        target = {YOUNG: YoungPerson, SUPPORTER: Supporter, EMPLOYER: Employer}[invitee]
        with self._transaction() as s:
            if s.get(MatchingEvent, event_id) is None:
                raise NotFound.of(self.entity, event_id)
            if s.get(target, invitee_id) is None:
                raise NotFound.of(invitee, invitee_id)
            if s.scalar(
                select(EventInvitation.id).where(
                    EventInvitation.event_id == event_id, getattr(EventInvitation, column) == invitee_id
                )
            ):
                raise ValidationError.one(
                    "invitee", QT_TRANSLATE_NOOP("errors", "Already invited to this event.")
                )
            invitation = EventInvitation(
                event_id=event_id, owner_organisation_id=owner_of_new(s), **{column: invitee_id}
            )
            s.add(invitation)
            s.flush()
            self._audit(
                s,
                "create",
                "event_invitation",
                invitation.id,
                invitee,
                young_person_id=invitee_id if invitee == YOUNG else None,
            )
            return next(row for row in _invitations(s, event_id) if row.id == invitation.id)

    def uninvite(self, invitation_id: int) -> None:
        with self._transaction() as s:
            invitation = s.get(EventInvitation, invitation_id)
            if invitation is None:
                raise NotFound.of("event_invitation", invitation_id)
            _check_invitation(s, invitation)
            young = invitation.young_person_id
            s.delete(invitation)
            self._audit(s, "delete", "event_invitation", invitation_id, young_person_id=young)

    def set_attendance(self, invitation_id: int, attendance: AttendanceStatus) -> None:
        """One key per invitee: present, absent, excused (or back to invited)."""
        with self._transaction() as s:
            invitation = s.get(EventInvitation, invitation_id)
            if invitation is None:
                raise NotFound.of("event_invitation", invitation_id)
            _check_invitation(s, invitation)
            invitation.attendance = attendance
            self._audit(
                s,
                "update",
                "event_invitation",
                invitation_id,
                attendance.value,
                young_person_id=invitation.young_person_id,
            )

    # -- contacts made ---------------------------------------------------------------------------------------

    def contacts(self, event_id: int) -> list[ContactRow]:
        with self._transaction() as s:
            return _contacts(s, event_id)

    def add_contact(
        self,
        event_id: int,
        young_person_id: int,
        *,
        employer_id: int | None = None,
        supporter_id: int | None = None,
        note: str = "",
    ) -> ContactRow:
        """A young person met an employer or a supporter at this event."""
        if (employer_id is None) == (supporter_id is None):
            raise ValidationError.one(
                "with", QT_TRANSLATE_NOOP("errors", "Choose the employer or the supporter met.")
            )
        with self._transaction() as s:
            if s.get(MatchingEvent, event_id) is None:
                raise NotFound.of(self.entity, event_id)
            for model, key in (
                (YoungPerson, young_person_id),
                (Employer, employer_id),
                (Supporter, supporter_id),
            ):
                if key is not None and s.get(model, key) is None:
                    raise NotFound.of(model.__tablename__, key)
            contact = EventContact(
                event_id=event_id,
                young_person_id=young_person_id,
                employer_id=employer_id,
                supporter_id=supporter_id,
                note=clean_text(note),
            )
            s.add(contact)
            s.flush()
            self._audit(s, "create", "event_contact", contact.id, young_person_id=young_person_id)
            return next(row for row in _contacts(s, event_id) if row.id == contact.id)

    def remove_contact(self, contact_id: int) -> None:
        with self._transaction() as s:
            contact = s.get(EventContact, contact_id)
            if contact is None:
                raise NotFound.of("event_contact", contact_id)
            young = contact.young_person_id
            s.delete(contact)
            self._audit(s, "delete", "event_contact", contact_id, young_person_id=young)


def _event_owner(s: Session, event_id: int) -> int | None:
    owner: int | None = s.scalar(
        select(MatchingEvent.owner_organisation_id).where(MatchingEvent.id == event_id)
    )
    return owner


def _check_invitation(s: Session, invitation: EventInvitation) -> None:
    check_may_change(
        s,
        "event_invitations",
        invitation.owner_organisation_id,
        about_young_person=invitation.young_person_id is not None,
        parent_owner=_event_owner(s, invitation.event_id),
    )


def _invitations(s: Session, event_id: int) -> list[InvitationRow]:
    from matchtafel.domain.access import may_change

    rows = s.execute(
        select(EventInvitation, YoungPerson.code, YoungPerson.initials, Supporter.name, Employer.name)
        .outerjoin(YoungPerson, YoungPerson.id == EventInvitation.young_person_id)
        .outerjoin(Supporter, Supporter.id == EventInvitation.supporter_id)
        .outerjoin(Employer, Employer.id == EventInvitation.employer_id)
        .where(EventInvitation.event_id == event_id)
    ).all()
    account = login_account(s)
    event_owner = _event_owner(s, event_id) if account is not None else None
    found = []
    for invitation, code, initials, supporter, employer in rows:
        changeable = account is None or may_change(
            account.role,
            "event_invitations",
            my_organisation=account.organisation_id,
            owner=invitation.owner_organisation_id,
            about_young_person=invitation.young_person_id is not None,
            parent_owner=event_owner,
        )
        owner = "" if changeable else owner_name(s, invitation.owner_organisation_id)
        if invitation.young_person_id is not None:  # row-level security may hide who: then "…"
            kind, key, text = YOUNG, invitation.young_person_id, f"{code} {initials}" if code else "…"
        elif invitation.supporter_id is not None:
            kind, key, text = SUPPORTER, invitation.supporter_id, supporter
        else:
            kind, key, text = EMPLOYER, int(invitation.employer_id or 0), employer
        found.append(
            InvitationRow(
                invitation.id, invitation.version, kind, key, text, invitation.attendance, changeable, owner
            )
        )
    order = {YOUNG: 0, SUPPORTER: 1, EMPLOYER: 2}
    return sorted(found, key=lambda r: (order[r.invitee], r.label.casefold()))


def _contacts(s: Session, event_id: int) -> list[ContactRow]:
    return [
        ContactRow(c.id, c.young_person_id, f"{code} {initials}", employer or supporter or "", c.note)
        for c, code, initials, employer, supporter in s.execute(
            select(EventContact, YoungPerson.code, YoungPerson.initials, Employer.name, Supporter.name)
            .join(YoungPerson, YoungPerson.id == EventContact.young_person_id)
            .outerjoin(Employer, Employer.id == EventContact.employer_id)
            .outerjoin(Supporter, Supporter.id == EventContact.supporter_id)
            .where(EventContact.event_id == event_id)
            .order_by(EventContact.id)
        )
    ]
