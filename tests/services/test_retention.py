"""Retention, erasure and inzage: what is anonymised, what stays for the counts, and that no name is left in
the database file; the audit log read, filtered and exported."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from matchtafel.domain.dates import add_months
from matchtafel.domain.errors import ValidationError
from matchtafel.domain.vocabulary import ContractType, ProposalStatus
from matchtafel.models import Case, YoungPerson
from matchtafel.services import Services
from matchtafel.services.audit_log import AuditFilter
from matchtafel.services.meetings import MeetingInput
from matchtafel.services.pipeline import PlacementInput
from matchtafel.storage.db import Database
from tests.conftest import TODAY
from tests.services.helpers import Basics, make_basics, make_vacancy, make_young_person

P = ProposalStatus


def days_ago(days: int) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days), time(14, 0))


def discussed_and_placed(services: Services, basics: Basics, given: str, family: str, when: datetime) -> int:
    """A young person discussed at a session on ``when`` with notes, an agreement and a placement."""
    young = make_young_person(services, basics, given, family)
    meeting = services.meetings.create(MeetingInput(starts_at=when)).id
    case = services.agenda.add_case(meeting, young.id)
    services.agenda.save_case_notes(case, f"{given} {family} wil in de bakkerij werken")
    services.agenda.add_agreement(
        meeting, action=f"{given} bellen", owner_id=basics.coach.id, deadline=None, case_id=case
    )
    proposal = services.proposals.propose(young.id, make_vacancy(services, basics, "Medewerker bakkerij"))
    version = proposal.version
    for target in (P.CONTACT_MADE, P.INTERVIEW_PLANNED):
        version = services.pipeline.step(proposal.id, version, target, note=f"Gesprek met {given}").version
    start = when.date() + timedelta(days=20)
    services.pipeline.step(
        proposal.id, version, P.PLACED, placement=PlacementInput(start, ContractType.BBL), today=start
    )
    return young.id


def test_the_preview_lists_who_is_due_and_the_purge_leaves_counts_but_no_names(
    services: Services, basics_db: tuple[Basics, Database]
) -> None:
    basics, db = basics_db
    discussed = days_ago(1363)  # 3 years and 9 months ago
    old = discussed_and_placed(services, basics, "Zoë", "Wolterink", discussed)
    recent = discussed_and_placed(services, basics, "Daan", "Hulshof", days_ago(175))
    with db.sessions.begin() as s:  # registered long ago too
        s.execute(update(YoungPerson).values(created_at=days_ago(1422)))
    today = TODAY
    before = services.monitoring.figures(today)
    preview = services.retention.preview(24, today)
    # Zoë: the last nazorg call 12 months after her start, due 24 months after that (8 months ago).
    # Daan: not yet.
    last_call = add_months(discussed.date() + timedelta(days=20), 12)
    assert [(c.young_person_id, c.last_activity, c.due_since) for c in preview] == [
        (old, last_call, add_months(last_call, 24))
    ]
    assert services.retention.purge([old, recent], 24, today) == 1  # Daan is not due: kept as he is
    with db.sessions() as s:
        zoe, daan = s.get(YoungPerson, old), s.get(YoungPerson, recent)
        assert zoe is not None and daan is not None
        assert (zoe.given_name, zoe.family_name, zoe.initials, zoe.code) == ("", "", "", f"X-{old:06d}")
        assert zoe.anonymised_at is not None and daan.given_name == "Daan"
        assert s.scalar(select(Case.notes).where(Case.young_person_id == old)) == ""
    after = services.monitoring.figures(today)
    assert (after.funnel, after.by_school, after.days_to_placement) == (
        before.funnel,
        before.by_school,
        before.days_to_placement,
    )
    assert services.retention.preview(24, today) == []
    if db.url.get_backend_name() == "sqlite":  # the file itself: nothing of Zoë left in any page
        data = b"".join(
            p.read_bytes() for p in (Path(str(db.url.database)), Path(f"{db.url.database}-wal")) if p.exists()
        )
        assert b"Wolterink" not in data and "Zoë".encode() not in data and b"Hulshof" in data


def test_erasure_asks_a_reason_and_inzage_holds_everything_including_the_log(
    services: Services, basics_db: tuple[Basics, Database]
) -> None:
    basics, db = basics_db
    young = discussed_and_placed(services, basics, "Mila", "Ter Haar", days_ago(83))
    services.young_people.reveal_name(young, "preparing the case")
    record = services.retention.subject_access(young)
    text = json.dumps(record, default=str)
    for expected in (
        "Mila",
        "Ter Haar",
        "wil in de bakkerij werken",
        "Mila bellen",
        "Gesprek met Mila",
        "bbl",
    ):
        assert expected in text
    assert [e["action"] for e in record["audit_log"]][:2] == ["create", "consent"]
    assert "preparing the case" in [e["reason"] for e in record["audit_log"]]
    assert len(record["placements"][0]["checkpoints"]) == 3
    with pytest.raises(ValidationError, match="on whose request"):
        services.retention.erase(young, "")
    services.retention.erase(young, "verzoek van de jongere, 20-11-2026")
    text = json.dumps(services.retention.subject_access(young), default=str)
    for gone in ("Mila", "Ter Haar", "bakkerij werken", "Gesprek met Mila"):
        assert gone not in text
    if db.url.get_backend_name() == "sqlite":
        data = b"".join(
            p.read_bytes() for p in (Path(str(db.url.database)), Path(f"{db.url.database}-wal")) if p.exists()
        )
        assert b"Ter Haar" not in data and b"Mila" not in data
    lines = services.audit_log.lines(AuditFilter(young_person=f"X-{young:06d}", action="erase"))
    assert len(lines) == 1 and lines[0].reason == "verzoek van de jongere, 20-11-2026"


def test_the_audit_log_filters_and_exports_and_reading_it_is_logged(
    services: Services, basics_db: tuple[Basics, Database]
) -> None:
    basics, _db = basics_db
    young = make_young_person(services, basics)
    services.young_people.view(young.id)
    everything = services.audit_log.lines()
    assert everything[0].at >= everything[-1].at  # newest first
    views = services.audit_log.lines(AuditFilter(action="view", young_person=young.code))
    assert [(v.action, v.entity, v.young_person_code) for v in views] == [
        ("view", "young_person", young.code)
    ]
    assert services.audit_log.lines(AuditFilter(person="GEBRUIKER"))  # folded: matches "Test Gebruiker"
    assert services.audit_log.lines(AuditFilter(person="nobody")) == []
    assert services.audit_log.lines(AuditFilter(since=TODAY + timedelta(days=1))) == []
    assert services.audit_log.lines(AuditFilter(until=TODAY))
    headers, rows = services.audit_log.table(AuditFilter(action="consent"))
    assert headers[0] == "when" and len(rows) == 1 and rows[0][3] == "consent"
    actions = services.audit_log.actions()
    assert {"view", "export", "consent", "create"} <= set(actions)
    assert "audit_log" in {line.entity for line in services.audit_log.lines(AuditFilter(action="export"))}


@pytest.fixture
def basics_db(services: Services, db: Database) -> tuple[Basics, Database]:
    return make_basics(services), db
