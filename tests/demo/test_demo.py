"""Demo data: realistic shape, the same for the same seed, never over real data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from matchtafel.clock import FixedClock
from matchtafel.demo.region import generate_demo
from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import (
    AgreementStatus,
    CheckpointKind,
    LeaverStatus,
    Leerweg,
    Level,
    MeetingStatus,
    OrganisationCategory,
    VacancyKind,
)
from matchtafel.matching.places import gazetteer
from matchtafel.models import (
    Agreement,
    Base,
    ContactMoment,
    Meeting,
    NazorgCheckpoint,
    Organisation,
    OrganisationKind,
    Placement,
    Vacancy,
    YoungPerson,
)
from matchtafel.services import Actor, Services
from matchtafel.services.employers import EmployerInput
from matchtafel.storage.db import Database
from tests.conftest import TODAY as DAY


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    skip = {"audit_events", "app_meta", "alembic_version"}
    with db.engine.connect() as conn:
        return {
            name: [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
            for name, table in Base.metadata.tables.items()
            if name not in skip
        }


def test_small_demo_has_the_table_of_the_achterhoek(db: Database) -> None:
    summary = generate_demo(db.sessions, size="small", seed=1, today=DAY)
    counts = summary.counts
    assert counts["young_people"] == 200 and counts["vacancies"] == 120 and counts["employers"] == 40
    assert counts["meetings"] == 15 and counts["cases"] > 60 and counts["agreements"] > counts["cases"]
    assert counts["proposals"] > 20 and counts["placements"] > 0 and counts["nazorg_checkpoints"] > 0
    with db.sessions() as s:
        kinds = dict(s.execute(select(Organisation.name, OrganisationKind.code).join(OrganisationKind)).all())
        assert sorted(kinds.values()) == ["doorstroompunt", "gemeente", "mbo", "pro", "uwv", "vso", "wsp"]
        statuses = [m.status for m in s.scalars(select(Meeting).order_by(Meeting.starts_at))]
        assert statuses == [MeetingStatus.LOCKED] * 13 + [MeetingStatus.CLOSED, MeetingStatus.PLANNED]
        upcoming = s.scalars(select(Meeting).where(Meeting.status == MeetingStatus.PLANNED)).one()
        assert upcoming.starts_at.date() > DAY
        codes = s.scalars(select(YoungPerson.code)).all()
        assert len(set(codes)) == 200 and all(
            c.startswith((f"J-{DAY.year}-", f"J-{DAY.year - 1}-")) for c in codes
        )


def test_same_seed_gives_the_same_data_and_another_seed_does_not(db: Database) -> None:
    generate_demo(db.sessions, size="small", seed=5, today=DAY)
    first = dump(db)
    generate_demo(db.sessions, size="small", seed=5, today=DAY)  # overwriting demo data is allowed
    assert dump(db) == first
    generate_demo(db.sessions, size="small", seed=6, today=DAY)
    assert dump(db)["young_people"] != first["young_people"]


def test_demo_refuses_a_database_with_real_data(db: Database, services: Services) -> None:
    services.employers.create(EmployerInput(name="Echte Werkgever BV"))
    with pytest.raises(UserError, match="holds data that is not demo data; nothing was changed"):
        generate_demo(db.sessions, size="small", seed=1, today=DAY)
    assert [e.name for e in services.employers.rows()] == ["Echte Werkgever BV"]


def test_demo_refuses_once_someone_worked_in_the_demo_database(db: Database, services: Services) -> None:
    generate_demo(db.sessions, size="small", seed=1, today=DAY)
    employer = services.employers.rows()[0]
    services.employers.archive(employer.id, employer.version)
    with pytest.raises(UserError):
        generate_demo(db.sessions, size="small", seed=1, today=DAY)


def test_unknown_size_is_a_user_error(db: Database) -> None:
    with pytest.raises(UserError, match="use small, medium, large or xl"):
        generate_demo(db.sessions, size="huge")


def test_ids_continue_after_demo_data(db: Database, services: Services) -> None:
    """Explicit demo ids must not collide with the next record a person creates (PostgreSQL sequences)."""
    generate_demo(db.sessions, size="small", seed=1, today=DAY)
    created = services.employers.create(EmployerInput(name="Nieuwe Werkgever"))
    assert created.id == 41  # the demo wrote employers 1..40


@pytest.mark.parametrize("seed", range(6))
def test_past_sessions_lie_in_the_past_and_one_session_is_upcoming(db: Database, seed: int) -> None:
    generate_demo(db.sessions, size="small", seed=seed, today=DAY)
    with db.sessions() as s:
        meetings = s.scalars(select(Meeting).order_by(Meeting.starts_at)).all()
    assert all(m.starts_at.date() < DAY for m in meetings if m.status != MeetingStatus.PLANNED)
    assert [m.status for m in meetings if m.starts_at.date() > DAY] == [MeetingStatus.PLANNED]


@pytest.mark.parametrize("seed", [1, 42])
def test_the_upcoming_session_looks_like_a_real_table(db: Database, seed: int, clock: FixedClock) -> None:
    """8 to 15 cases, 10 to 20 open agreements to review, invitees from 4 to 6 organisations."""
    generate_demo(db.sessions, size="small", seed=seed, today=DAY)
    services = Services.create(db.sessions, Actor("Demo", ""), clock=clock)
    upcoming = next(m for m in services.meetings.rows() if m.status == MeetingStatus.PLANNED)
    view = services.session_view.view(upcoming.id)
    assert 8 <= len(view.cases) <= 15
    assert 10 <= len(view.review) <= 20, len(view.review)
    invited = [name for _, name, invited in view.people if invited]
    organisations = {name.rsplit(" (", 1)[1] for name in invited}
    assert 4 <= len(organisations) <= 6 and 8 <= len(invited) <= 14
    assert upcoming.chair_id in [pid for pid, _, invited in view.people if invited]
    # agreements get done: most agreements made before the last session are closed by now
    with db.sessions() as s:
        old = s.scalars(select(Agreement).join(Meeting).where(Meeting.status == MeetingStatus.LOCKED)).all()
    assert sum(a.status == AgreementStatus.OPEN for a in old) < len(old) / 10


def test_the_demo_keeps_school_leavers_in_view_and_checks_bpv_places(
    db: Database, services: Services
) -> None:
    summary = generate_demo(db.sessions, size="small", seed=1, today=DAY)
    assert summary.counts["school_leavers"] > 20
    assert summary.counts["contact_moments"] == 3 * summary.counts["school_leavers"]
    with db.sessions() as s:
        statuses = set(s.scalars(select(ContactMoment.status).where(ContactMoment.answered_on.is_not(None))))
        assert statuses == set(LeaverStatus)
        assert all(
            d <= DAY
            for d in s.scalars(
                select(ContactMoment.answered_on).where(ContactMoment.answered_on.is_not(None))
            )
        )
        bpv = s.execute(
            select(Vacancy.kind, NazorgCheckpoint.kind)
            .join(Placement, Placement.id == NazorgCheckpoint.placement_id)
            .join(Vacancy, Vacancy.id == Placement.vacancy_id)
            .distinct()
        ).all()
    assert all((vacancy == VacancyKind.BPV) == (check == CheckpointKind.BPV) for vacancy, check in bpv)
    upcoming = next(m for m in services.meetings.rows() if m.status == MeetingStatus.PLANNED)
    reasons = {r for case in services.agenda.propose(upcoming.id).cases for r in case.reasons}
    assert "a school leaver's contact moment gave a worrying answer, not discussed since" in reasons


def test_the_kempen_demo_is_a_flemish_table(db: Database) -> None:
    summary = generate_demo(db.sessions, size="small", seed=1, today=DAY, region="kempen")
    assert summary.region == "kempen" and summary.counts["school_leavers"] > 20
    with db.sessions() as s:
        kinds = set(s.execute(select(OrganisationKind.code).join(Organisation)).scalars())
        assert kinds == {"be_school", "be_gemeente", "be_clb", "be_vdab"}
        places = set(s.scalars(select(YoungPerson.home_place)))
        assert {"Turnhout", "Geel"} <= places and not places & {"Doetinchem", "Winterswijk"}
        levels = set(s.scalars(select(YoungPerson.level)))
        assert {Level.BUSO, Level.OKAN, Level.BSO} <= levels and Level.MBO2 not in levels
        assert Leerweg.DUAAL in set(s.scalars(select(YoungPerson.leerweg)))
        assert set(s.scalars(select(Meeting.title))) == {"Matchtafel Kempen"}
        vdab = s.scalars(select(OrganisationKind.category).where(OrganisationKind.code == "be_vdab")).one()
        assert vdab == OrganisationCategory.EMPLOYER_SERVICE
    for place in ("Turnhout", "Geel", "Mol", "Herentals"):
        assert gazetteer().lookup(place) is not None, place


def test_unknown_region_is_a_user_error(db: Database) -> None:
    with pytest.raises(UserError, match="use achterhoek or kempen"):
        generate_demo(db.sessions, region="limburg")
