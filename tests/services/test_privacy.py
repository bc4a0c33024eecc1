"""Consent with its history and rules, proposals gated by it, and an audit log the database keeps append-only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from matchtafel.domain.errors import UserError, ValidationError
from matchtafel.domain.vocabulary import ConsentGivenBy
from matchtafel.models import AuditEvent
from matchtafel.services import Services
from matchtafel.services.consent import ConsentInput
from matchtafel.services.young_people import YoungPersonInput
from matchtafel.storage.db import Database
from tests.conftest import TODAY
from tests.services.helpers import make_basics, make_vacancy, make_young_person

YOUNG, PARENT = ConsentGivenBy.YOUNG_PERSON, ConsentGivenBy.PARENT


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def test_consent_is_a_history_and_the_newest_statement_in_force_counts(services: Services) -> None:
    young = services.young_people.create(
        YoungPersonInput(given_name="Zoë", family_name="Smit", birth_year=ago(632).year - 16)
    ).id
    assert services.consent.in_force(young) is None
    first = services.consent.record(young, ConsentInput(ago(632), PARENT, scope_table=True), today=TODAY)
    second = services.consent.record(
        young,
        ConsentInput(ago(295), YOUNG, scope_table=True, scope_share_wsp=True, note="Met mentor besproken"),
        today=TODAY,
    )
    assert services.consent.in_force(young, ago(540)) == first  # before the second one
    current = services.consent.in_force(young, TODAY)
    assert current == second and current.scope_share_wsp and not current.scope_employer_profile
    withdrawn = services.consent.withdraw(young, ago(22))
    assert withdrawn.id == second.id and withdrawn.withdrawn_on == ago(22)
    # Withdrawn is withdrawn: the older statement does not come back into force.
    assert services.consent.in_force(young, TODAY) is None
    assert services.consent.in_force(young, ago(23)).id == second.id  # type: ignore[union-attr]
    with pytest.raises(UserError, match="no consent in force"):
        services.consent.withdraw(young, TODAY)
    history = services.consent.history(young)
    assert [h.id for h in history] == [second.id, first.id] and all(h.withdrawn_on for h in history)
    assert history[0].recorded_by == "Test Gebruiker (Testschool)"


def test_who_may_give_consent_depends_on_age(services: Services) -> None:
    given = ago(30)
    young = services.young_people.create(
        YoungPersonInput(given_name="Daan", family_name="Smit", birth_year=given.year - 15)
    ).id
    with pytest.raises(ValidationError, match="Below 16 a parent"):
        services.consent.record(young, ConsentInput(given, YOUNG), today=TODAY)  # 14 or 15
    services.consent.record(young, ConsentInput(given, PARENT), today=TODAY)
    older = services.young_people.create(
        YoungPersonInput(given_name="Mila", family_name="Smit", birth_year=given.year - 18)
    ).id
    with pytest.raises(ValidationError, match="From 16 the young person"):
        services.consent.record(older, ConsentInput(given, PARENT), today=TODAY)  # 17 or 18
    turning = services.young_people.create(
        YoungPersonInput(given_name="Sem", family_name="Smit", birth_year=given.year - 16)
    ).id
    for who in (YOUNG, PARENT):  # 15 or 16 that year: either may have given it
        services.consent.record(turning, ConsentInput(given, who), today=TODAY)
    with pytest.raises(ValidationError) as refused:
        services.consent.record(turning, ConsentInput(ago(-40), None, scope_table=False), today=TODAY)
    assert [p.field for p in refused.value.problems] == ["given_on", "given_by", "scope"]


def test_a_proposal_needs_consent_for_wsp_and_employers(services: Services) -> None:
    basics = make_basics(services)
    vacancy = make_vacancy(services, basics)
    young = make_young_person(services, basics, consent=False)
    with pytest.raises(ValidationError, match="has no consent in force"):
        services.proposals.propose(young.id, vacancy)
    services.consent.record(young.id, ConsentInput(ago(300), YOUNG, scope_table=True))
    with pytest.raises(ValidationError, match="sharing with WSP/UWV"):
        services.proposals.propose(young.id, vacancy)
    services.consent.record(young.id, ConsentInput(ago(200), YOUNG, scope_share_wsp=True))
    with pytest.raises(ValidationError, match="showing the profile to an employer"):
        services.proposals.propose(young.id, vacancy)
    services.consent.record(
        young.id, ConsentInput(ago(100), YOUNG, scope_share_wsp=True, scope_employer_profile=True)
    )
    assert services.proposals.propose(young.id, vacancy).id


def test_the_database_refuses_to_change_or_delete_audit_rows(services: Services, db: Database) -> None:
    basics = make_basics(services)
    make_young_person(services, basics)
    with db.sessions() as s:
        count = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()))
        assert count
        consent = s.scalars(select(AuditEvent).where(AuditEvent.action == "consent")).one()
        assert consent.young_person_id is not None and consent.detail == "table,share_wsp,employer_profile"
    for statement in (
        update(AuditEvent).values(actor="someone else"),
        delete(AuditEvent),
        text("DELETE FROM audit_events WHERE id = 1"),
    ):
        with pytest.raises(DBAPIError, match="append-only"), db.sessions.begin() as s:
            s.execute(statement)
    with db.sessions() as s:
        assert s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc())) == count
        assert "someone else" not in set(s.scalars(select(AuditEvent.actor)))
