"""Consent (toestemming) per young person: given by the young person from 16, by a parent below 16, with a
scope (discuss at the table, share with WSP/UWV, show the profile to an employer, share with a mentor or
coach), and withdrawn on a date.

Every statement is a history row; the newest one given on or before a day and not withdrawn by then is in
force. ``scopes_in_force`` is what every path that shows a name or puts a young person forward asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem, NotFound, UserError, ValidationError
from matchtafel.domain.vocabulary import ConsentGivenBy
from matchtafel.models import Consent, YoungPerson
from matchtafel.models.stamping import session_clock
from matchtafel.services.base import ServiceBase
from matchtafel.services.validation import clean_text

ADULT_FOR_CONSENT = 16


@dataclass(frozen=True)
class ConsentInput:
    given_on: date | None
    given_by: ConsentGivenBy | None
    scope_table: bool = True
    scope_share_wsp: bool = False
    scope_employer_profile: bool = False
    note: str = ""
    scope_supporter: bool = False  # share with a mentor or coach


@dataclass(frozen=True)
class ConsentRow:
    id: int
    given_on: date
    given_by: ConsentGivenBy
    scope_table: bool
    scope_share_wsp: bool
    scope_employer_profile: bool
    withdrawn_on: date | None
    note: str
    recorded_by: str
    scope_supporter: bool = False

    def in_force(self, on: date) -> bool:
        return self.given_on <= on and (self.withdrawn_on is None or self.withdrawn_on > on)


def _row(c: Consent) -> ConsentRow:
    return ConsentRow(
        c.id,
        c.given_on,
        c.given_by,
        c.scope_table,
        c.scope_share_wsp,
        c.scope_employer_profile,
        c.withdrawn_on,
        c.note,
        c.created_by,
        c.scope_supporter,
    )


def scopes_in_force(
    s: Session, young_person_ids: Iterable[int], on: date | None = None
) -> dict[int, ConsentRow]:
    """Per young person, the consent in force on ``on`` (today); absent when there is none."""
    on = on or session_clock(s).today()
    ids = list(young_person_ids)
    found: dict[int, ConsentRow] = {}
    if not ids:
        return found
    for consent in s.scalars(
        select(Consent)
        .where(
            Consent.young_person_id.in_(ids),
            Consent.given_on <= on,
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on),
        )
        .order_by(Consent.given_on, Consent.id)
    ):
        found[consent.young_person_id] = _row(consent)  # the newest wins
    return found


class ConsentService(ServiceBase):
    def history(self, young_person_id: int) -> list[ConsentRow]:
        """Every consent statement, the newest first."""
        with self._transaction() as s:
            return [
                _row(c)
                for c in s.scalars(
                    select(Consent)
                    .where(Consent.young_person_id == young_person_id)
                    .order_by(Consent.given_on.desc(), Consent.id.desc())
                )
            ]

    def in_force(self, young_person_id: int, on: date | None = None) -> ConsentRow | None:
        with self._transaction() as s:
            return scopes_in_force(s, [young_person_id], on).get(young_person_id)

    def record(self, young_person_id: int, given: ConsentInput, *, today: date | None = None) -> ConsentRow:
        """A new consent statement; from now on it is the one in force."""
        today = today or self._clock.today()
        with self._transaction() as s:
            young = s.get(YoungPerson, young_person_id)
            if young is None:
                raise NotFound.of("young_person", young_person_id)
            problems = _problems(given, young.birth_year, today)
            if problems:
                raise ValidationError(problems)
            assert given.given_on is not None and given.given_by is not None
            consent = Consent(
                young_person_id=young_person_id,
                given_on=given.given_on,
                given_by=given.given_by,
                scope_table=given.scope_table,
                scope_share_wsp=given.scope_share_wsp,
                scope_employer_profile=given.scope_employer_profile,
                scope_supporter=given.scope_supporter,
                note=clean_text(given.note),
            )
            s.add(consent)
            s.flush()
            scopes = ",".join(
                name
                for name, on in (
                    ("table", given.scope_table),
                    ("share_wsp", given.scope_share_wsp),
                    ("employer_profile", given.scope_employer_profile),
                    ("supporter", given.scope_supporter),
                )
                if on
            )
            self._audit(s, "consent", "consent", consent.id, scopes, young_person_id=young_person_id)
            return _row(consent)

    def withdraw(self, young_person_id: int, on: date | None = None) -> ConsentRow:
        """Consent is withdrawn from ``on`` (today): every statement given by then; they stay in the history."""
        on = on or self._clock.today()
        with self._transaction() as s:
            current = scopes_in_force(s, [young_person_id], on).get(young_person_id)
            if current is None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "There is no consent in force to withdraw."))
            # Withdrawing is withdrawing consent, not one statement: no older one comes back into force.
            for consent in s.scalars(
                select(Consent).where(
                    Consent.young_person_id == young_person_id,
                    Consent.given_on <= on,
                    Consent.withdrawn_on.is_(None),
                )
            ):
                consent.withdrawn_on = on
                self._audit(s, "withdraw_consent", "consent", consent.id, young_person_id=young_person_id)
            withdrawn = s.get(Consent, current.id)
            assert withdrawn is not None
            return _row(withdrawn)


def _problems(given: ConsentInput, birth_year: int | None, today: date) -> list[FieldProblem]:
    problems = []
    if given.given_on is None:
        problems.append(
            FieldProblem("given_on", QT_TRANSLATE_NOOP("errors", "Fill in the date of the consent."))
        )
    elif given.given_on > today:
        problems.append(
            FieldProblem("given_on", QT_TRANSLATE_NOOP("errors", "A consent cannot be given in the future."))
        )
    if given.given_by is None:
        problems.append(FieldProblem("given_by", QT_TRANSLATE_NOOP("errors", "Choose who gave the consent.")))
    elif birth_year is not None and given.given_on is not None:
        oldest = given.given_on.year - birth_year  # the birthday is not known: one of two ages
        if oldest < ADULT_FOR_CONSENT and given.given_by == ConsentGivenBy.YOUNG_PERSON:
            problems.append(
                FieldProblem(
                    "given_by",
                    QT_TRANSLATE_NOOP("errors", "Below 16 a parent gives the consent, not the young person."),
                )
            )
        if oldest - 1 >= ADULT_FOR_CONSENT and given.given_by == ConsentGivenBy.PARENT:
            problems.append(
                FieldProblem(
                    "given_by",
                    QT_TRANSLATE_NOOP("errors", "From 16 the young person gives the consent, not a parent."),
                )
            )
    if not (
        given.scope_table or given.scope_share_wsp or given.scope_employer_profile or given.scope_supporter
    ):
        problems.append(
            FieldProblem("scope", QT_TRANSLATE_NOOP("errors", "Tick at least one thing the consent covers."))
        )
    return problems
