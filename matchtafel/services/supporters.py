"""Supporters (ondersteuners): business mentors, peer coaches, Junior Praktijkopleiders, job coaches and
jobhunters, with what they offer and how many young people they support at once.

A supporter's own name and contact are personal data too: erasing one on request empties them (the links and
counts stay), and the supporter's inzage lists what is kept about them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem, NotFound, ValidationError
from matchtafel.domain.mentoring_steps import TAKES_CAPACITY
from matchtafel.domain.privacy_classes import FREE_TEXT, SUPPORTER
from matchtafel.domain.vocabulary import SupporterKind, SupportWish
from matchtafel.models import (
    Agreement,
    AuditEvent,
    EventInvitation,
    MatchingEvent,
    MentoringLink,
    Organisation,
    Supporter,
)
from matchtafel.models.stamping import session_clock
from matchtafel.services.base import RegisterService, login_account
from matchtafel.services.history import AgreementLine
from matchtafel.services.ownership import check_owned_row, owner_of_new, with_may_change
from matchtafel.services.spec_values import SpecValues, typed_fields
from matchtafel.services.validation import check_email, check_list_items, check_required

WISHES = frozenset(w.value for w in SupportWish)


@dataclass(frozen=True, kw_only=True)
class SupporterInput(SpecValues):
    """The typed fields of ``domain/fields/supporters.py``; a spec-only field travels in ``extra``."""

    name: str
    kind: SupporterKind | None
    organisation: str = ""
    email: str = ""
    phone: str = ""
    place: str = ""
    sectors: list[str] = field(default_factory=list)
    capacity: int | None = None
    wishes: list[str] = field(default_factory=list)
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class SupporterRow(SupporterInput):
    id: int
    version: int
    taken: int  # young people linked now (proposed, introduced or active)
    archived: bool = False
    owner_organisation_id: int | None = None  # on a shared server: the organisation that registered it
    owner: str = ""  # that organisation's name
    may_change: bool = True  # this login may change and archive it (the coordinator and the owner)


def taken_count(s: Session | None = None) -> Any:
    """How many open links a supporter has, as a correlated subquery. On a shared server (``s`` given) the
    server counts them all: row-level security hides the links of other schools' young people, but a
    supporter's capacity is the region's."""
    if s is not None and login_account(s) is not None:
        return func.matchtafel_supporter_taken(Supporter.id)
    return (
        select(func.count(MentoringLink.id))
        .where(MentoringLink.supporter_id == Supporter.id, MentoringLink.status.in_(TAKES_CAPACITY))
        .scalar_subquery()
    )


class SupportersService(RegisterService[Supporter, SupporterInput, SupporterRow]):
    model = Supporter
    input_type = SupporterInput
    row_type = SupporterRow
    entity = "supporter"

    def _list_statement(self) -> Select[Any]:
        s = Supporter
        columns = [getattr(s, name).label(name) for name in typed_fields(SupporterInput)]
        return (
            select(
                s.id,
                s.version,
                *columns,
                taken_count().label("taken"),
                s.archived_at.is_not(None).label("archived"),
                s.owner_organisation_id,
                func.coalesce(Organisation.name, "").label("owner"),
            )
            .outerjoin(Organisation, Organisation.id == s.owner_organisation_id)
            .order_by(s.name)
        )

    def _before_insert(self, s: Session, obj: Supporter) -> None:
        obj.owner_organisation_id = owner_of_new(s)

    def _load_current(self, s: Session, entity_id: int, expected_version: int, mine: Any) -> Supporter:
        check_owned_row(s, Supporter, "supporters", entity_id)
        return super()._load_current(s, entity_id, expected_version, mine)

    def _fetch(self, s: Session, stmt: Select[Any]) -> list[SupporterRow]:
        rows = with_may_change(s, "supporters", super()._fetch(s, stmt))
        if login_account(s) is None or not rows:
            return rows
        # On a shared server every open link counts, also those of young people this login does not see.
        ids = [row.id for row in rows]
        taken = {
            supporter_id: int(count or 0)
            for supporter_id, count in s.execute(
                select(Supporter.id, taken_count(s)).where(Supporter.id.in_(ids))
            ).all()
        }
        return [replace(row, taken=taken.get(row.id, row.taken)) for row in rows]

    def _problems(self, s: Session, data: SupporterInput, current: Supporter | None) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        check_required(data.name, "name", problems)
        if data.kind is None:
            problems.append(
                FieldProblem("kind", QT_TRANSLATE_NOOP("errors", "Choose what kind of supporter."))
            )
        check_email(data.email, "email", problems)
        check_list_items(data.sectors, "sectors", problems)
        if data.capacity is not None and not 0 <= data.capacity <= 50:
            problems.append(
                FieldProblem(
                    "capacity",
                    QT_TRANSLATE_NOOP("errors", "Give how many young people at once, between 0 and 50."),
                )
            )
        if set(data.wishes) - WISHES:
            problems.append(
                FieldProblem("wishes", QT_TRANSLATE_NOOP("errors", "Choose the wishes from the list."))
            )
        if len(data.note) > 500:
            problems.append(
                FieldProblem("note", QT_TRANSLATE_NOOP("errors", "Keep the note under 500 characters."))
            )
        return problems

    def agreements(self, supporter_id: int) -> list[AgreementLine]:
        """The agreements this supporter owns, the soonest deadline first."""
        with self._transaction() as s:
            return [
                AgreementLine(a.id, a.action, supporter, a.deadline, a.status)
                for a, supporter in s.execute(
                    select(Agreement, Supporter.name)
                    .join(Supporter, Supporter.id == Agreement.supporter_id)
                    .where(Agreement.supporter_id == supporter_id)
                    .order_by(Agreement.deadline, Agreement.id)
                )
            ]

    # -- rights of the supporter --------------------------------------------------------------------------

    def erase(self, supporter_id: int, reason: str) -> None:
        """Erasure on request: name, organisation, contact, place and note go (and any spec-only field of class
        supporter or free text); kind, sectors and the links stay (as "S-000012"), so counts stay right."""
        if not reason.strip():
            raise ValidationError.one(
                "reason", QT_TRANSLATE_NOOP("errors", "Say on whose request this is erased.")
            )
        with self._transaction() as s:
            anonymise_supporter(s, supporter_id)
            self._audit(s, "erase", self.entity, supporter_id, reason=reason.strip())

    def subject_access(self, supporter_id: int, reason: str = "inzage") -> dict[str, Any]:
        """Everything kept about one supporter; the young people they were linked to appear by code only."""
        from matchtafel.models import YoungPerson
        from matchtafel.services.subject_access import own_fields

        with self._transaction() as s:
            supporter = s.get(Supporter, supporter_id)
            if supporter is None:
                raise NotFound.of(self.entity, supporter_id)
            links = s.execute(
                select(MentoringLink, YoungPerson.code)
                .join(YoungPerson, YoungPerson.id == MentoringLink.young_person_id)
                .where(MentoringLink.supporter_id == supporter_id)
                .order_by(MentoringLink.id)
            ).all()
            record = {
                "supporter": own_fields(supporter),
                "links": [
                    {**own_fields(link, skip={"steps", "young_person_id"}), "young_person": code}
                    for link, code in links
                ],
                "agreements": [
                    {"action": a.action, "deadline": a.deadline, "status": a.status}
                    for a in s.scalars(select(Agreement).where(Agreement.supporter_id == supporter_id))
                ],
                "events": [
                    {"event": title, "starts_at": at, "attendance": attendance}
                    for title, at, attendance in s.execute(
                        select(MatchingEvent.title, MatchingEvent.starts_at, EventInvitation.attendance)
                        .join(MatchingEvent, MatchingEvent.id == EventInvitation.event_id)
                        .where(EventInvitation.supporter_id == supporter_id)
                        .order_by(MatchingEvent.starts_at)
                    )
                ],
                "audit_log": [
                    own_fields(e, skip={"young_person_id"})
                    for e in s.scalars(
                        select(AuditEvent)
                        .where(AuditEvent.entity == self.entity, AuditEvent.entity_id == supporter_id)
                        .order_by(AuditEvent.id)
                    )
                ],
            }
            self._audit(s, "export", self.entity, supporter_id, "inzage", reason=reason)
            return record


def anonymise_supporter(s: Session, supporter_id: int) -> None:
    supporter = s.get(Supporter, supporter_id)
    if supporter is None:
        raise NotFound.of("supporter", supporter_id)
    supporter.name = f"S-{supporter_id:06d}"
    supporter.organisation = supporter.email = supporter.phone = supporter.place = supporter.note = ""
    for f in Supporter.spec_fields:  # a field added in the spec alone that holds their own data or free text
        if f.privacy in (SUPPORTER, FREE_TEXT):
            setattr(supporter, f.key, f.default)
    supporter.anonymised_at = session_clock(s).utcnow()
    if supporter.archived_at is None:
        supporter.archived_at = supporter.anonymised_at  # nobody is linked to an erased supporter any more
