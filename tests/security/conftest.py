"""One region on a real PostgreSQL server, set up with ``server init``, and a login per role: the attacker's
position is "one ordinary login and a plain SQL connection".

The region (built once per run, through the app's own services as the administrator):

- two schools (A: Achterhoek College, B: PrO Winterswijk), a WSP, a municipality, the region's coordinator;
- young people a1, a2 (school A), b1, b2, b3 (school B), m1 (no school, the municipality's); x1 (school B's,
  erased on request: a line in the erasure ledger);
- consent: everyone's first consent (a year ago) covered WSP; a newer one (200 days ago) without WSP for all but a1 and b2 (the newest
  consent in force wins: WSP sees a1 and b2);
- session "running": minute taker Mira, cases a1 and b1; session "locked": minute taker Mira, cases a2 and
  b2, closed, locked and amended (notes of a2 and b2); session "earlier" (three weeks ago): minute taker Gert,
  case b3, locked and amended; session "other" (a week ago): minute taker Gert (municipality), cases b3 and m1;
- agreements on every case and one general agreement per session, reviewed in "running"; attendance; an
  amendment;
- a proposal for everyone (made under the first consent), placed for a1, b1, b2, m1 (placement, nazorg);
- everyone left school two months ago (a school leaver with contact moments);
- a mentor (supporter) proposed to everyone, a speed date (matching event) with
  everyone, the mentor and the vacancy's employer invited, and a contact with the mentor made by everyone
  (registered by the administrator: owned by no organisation, so the coordinator's to change);
- owned rows, registered through the app by the logins themselves: WSP's business mentor, WSP's speed date
  with that mentor invited (``owned["wsp:supporter"]``, ``"wsp:event"``, ``"wsp:invitation"``), and school B's
  Junior Praktijkopleider (``"school_b:supporter"``).

Who sees which young people is written out here, independently of the policies (``VISIBLE``): the tests
compare what each login gets with it, row for row.

These tests need a real server: CI starts one (MATCHTAFEL_TEST_PG_URL); without it they do not run here.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, text

from matchtafel.clock import FixedClock
from matchtafel.storage.db import open_database, to_url
from tests.conftest import NOW, PG_TEMPLATE, PG_URL, pg_url

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")

PASSWORD = "Geheim-voor-de-aanval-1"
# login -> role; two school logins so that "another school" exists for a school.
LOGINS = {
    "coordinator": "coordinator",
    "school_a": "school",
    "school_b": "school",
    "wsp": "wsp",
    "municipality": "municipality",
    "minute_taker": "minute_taker",
}
ACTIVE = ("a1", "a2", "b1", "b2", "b3", "m1")
YOUNG = (*ACTIVE, "x1")  # x1: school B's, erased
LIMITED = ("school_a", "school_b", "wsp", "minute_taker")  # those that must not see some young people
VISIBLE = {
    "coordinator": set(YOUNG),
    "municipality": set(YOUNG),
    "school_a": {"a1", "a2"},
    "school_b": {"b1", "b2", "b3", "x1"},
    "wsp": {"a1", "b2"},
    "minute_taker": {"a1", "b1", "a2", "b2"},
}


@dataclass
class Region:
    admin_url: str
    database: str
    login_names: dict[str, str]
    young: dict[str, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)
    cases: dict[str, int] = field(default_factory=dict)  # "running:a1" -> case id
    people: dict[str, int] = field(default_factory=dict)
    organisations: dict[str, int] = field(default_factory=dict)
    vacancy: int = 0
    supporter: int = 0
    event: int = 0
    owned: dict[str, int] = field(default_factory=dict)  # "wsp:supporter" -> id (rows an organisation owns)

    def conninfo(self, login: str) -> str:
        return (
            to_url(self.admin_url)
            .set(drivername="postgresql", username=self.login_names[login], password=PASSWORD)
            .render_as_string(hide_password=False)
        )

    def admin_conninfo(self) -> str:
        return to_url(self.admin_url).set(drivername="postgresql").render_as_string(hide_password=False)

    def hidden_from(self, login: str) -> list[int]:
        return sorted(self.young[name] for name in YOUNG if name not in VISIBLE[login])

    def seen_by(self, login: str) -> list[int]:
        return sorted(self.young[name] for name in VISIBLE[login])


def _build(services: Any, clock: FixedClock) -> dict[str, Any]:
    from matchtafel.domain.vocabulary import AttendanceStatus, ContractType, ProposalStatus, ReviewDecision
    from matchtafel.services.meetings import MeetingInput
    from matchtafel.services.organisations import OrganisationInput, PersonInput
    from matchtafel.services.pipeline import PlacementInput
    from matchtafel.services.young_people import YoungPersonInput
    from matchtafel.storage.journal import digest
    from tests.services.helpers import give_consent, kind_id, make_basics, make_vacancy

    basics = make_basics(services)
    orgs = {
        "school_a": basics.school.id,
        "school_b": services.organisations.create(
            OrganisationInput(name="PrO Winterswijk", kind_id=kind_id(services, "pro"))
        ).id,
        "wsp": services.organisations.create(
            OrganisationInput(name="WSP Achterhoek", kind_id=kind_id(services, "wsp"))
        ).id,
        "municipality": services.organisations.create(
            OrganisationInput(name="Gemeente Doetinchem", kind_id=kind_id(services, "gemeente"))
        ).id,
    }
    orgs["coordinator"] = orgs["municipality"]
    orgs["minute_taker"] = orgs["municipality"]

    def person(name: str, organisation: str) -> int:
        return services.people.create(PersonInput(name=name, organisation_id=orgs[organisation])).id

    people = {
        "school_a": basics.coach.id,
        "school_b": person("Bas Veldkamp", "school_b"),
        "wsp": person("Wendy Smit", "wsp"),
        "municipality": person("Gert Klein", "municipality"),
        "minute_taker": person("Mira Notulist", "municipality"),
        "coordinator": person("Cor Dinator", "municipality"),
    }
    young = {}
    for name in YOUNG:  # x1 too, erased below
        school = {"a": orgs["school_a"], "b": orgs["school_b"], "x": orgs["school_b"], "m": None}[name[0]]
        young[name] = services.young_people.create(
            YoungPersonInput(
                given_name=f"Voornaam{name}",
                family_name=f"Achternaam{name}",
                school_id=school,
                programme_name=f"Opleiding {name}",
                support_note=f"Geheime notitie over {name}",
                student_number=f"nr-{name}",
            )
        ).id
    for name in ACTIVE:
        give_consent(services, young[name])
    vacancy = make_vacancy(services, basics, positions=10)
    proposals = {name: services.proposals.propose(young[name], vacancy).id for name in ACTIVE}
    # A newer consent no longer covers WSP for all but a1 and b2: the newest consent in force decides.
    from matchtafel.domain.vocabulary import ConsentGivenBy
    from matchtafel.services.consent import ConsentInput

    for name in ("a2", "b1", "b3", "m1"):
        services.consent.record(
            young[name],
            ConsentInput(clock.today() - timedelta(days=200), ConsentGivenBy.YOUNG_PERSON, scope_table=True),
        )
    for name in ("a1", "b1", "b2", "m1"):
        version = services.pipeline.proposal(proposals[name]).version
        for target in (ProposalStatus.CONTACT_MADE, ProposalStatus.INTERVIEW_PLANNED):
            version = services.pipeline.step(proposals[name], version, target).version
        services.pipeline.step(
            proposals[name],
            version,
            ProposalStatus.PLACED,
            placement=PlacementInput(
                start_date=clock.today() - timedelta(days=100), contract=ContractType.BBL
            ),
        )
    from matchtafel.domain.vocabulary import ContactChannel, ExitStatus
    from matchtafel.services.leavers import LeavingInput

    for name in ACTIVE:  # everyone left school two months ago: kept in view, with contact moments
        left = LeavingInput(
            clock.today() - timedelta(days=60), ExitStatus.DIPLOMA, None, ContactChannel.PHONE
        )
        services.leavers.record(young[name], left)
    # Around the table: a mentor linked to everyone a speed date to which everyone,
    # the mentor and the vacancy's employer are invited, and a contact made there by everyone.
    from tests.services.support_helpers import make_event, make_supporter

    supporter = make_supporter(services, capacity=None).id
    event = make_event(services).id
    for name in ACTIVE:
        services.mentoring.propose(young[name], supporter, note=f"Koppeling {name}")
    for name in ACTIVE:
        services.events.invite(event, "young_person", young[name])
        services.events.add_contact(event, young[name], supporter_id=supporter, note=f"Gesprek met {name}")
    services.events.invite(event, "supporter", supporter)
    services.events.invite(event, "employer", services.vacancies.get(vacancy).employer_id)
    meetings = {}
    cases = {}
    plan = {
        "locked": (-14, "minute_taker", ("a2", "b2")),
        "running": (0, "minute_taker", ("a1", "b1")),
        "other": (-7, "municipality", ("b3", "m1")),
        "earlier": (
            -21,
            "municipality",
            ("b3",),
        ),  # locked and amended: about someone the minute taker never saw
    }
    for title, (days, taker, members) in plan.items():
        meeting = services.meetings.create(
            MeetingInput(
                starts_at=NOW + timedelta(days=days),
                title=f"Sessie {title}",
                chair_id=people["coordinator"],
                minute_taker_id=people[taker],
            )
        ).id
        meetings[title] = meeting
        for name in members:
            case = services.agenda.add_case(meeting, young[name])
            cases[f"{title}:{name}"] = case
            services.agenda.save_case_notes(case, f"Notitie over {name} in {title}", based_on=digest(""))
            services.agenda.add_agreement(
                meeting, action=f"Actie voor {name}", owner_id=people["school_a"], deadline=None, case_id=case
            )
        services.agenda.add_agreement(meeting, action=f"Algemeen {title}", owner_id=None, deadline=None)
        for who in ("school_a", "school_b", "wsp"):
            services.agenda.set_attendance(meeting, people[who], AttendanceStatus.PRESENT)
    for title in ("locked", "earlier"):
        services.agenda.close(meetings[title])
        services.agenda.lock(meetings[title])
    services.agenda.save_case_notes(
        cases["earlier:b3"],
        "Notitie over b3 in earlier, aangevuld",
        based_on=digest("Notitie over b3 in earlier"),
    )
    for name in ("a2", "b2"):  # amendments about a young person of each school, by the administrator
        services.agenda.save_case_notes(
            cases[f"locked:{name}"],
            f"Notitie over {name} in locked, aangevuld",
            based_on=digest(f"Notitie over {name} in locked"),
        )
    services.retention.erase(young["x1"], "op verzoek van de jongere")  # the erasure ledger gets a line
    for item in services.review.items(meetings["running"]):  # every agreement of the two earlier sessions
        services.review.decide(meetings["running"], item.agreement_id, ReviewDecision.KEEP)
    return {
        "young": young,
        "meetings": meetings,
        "cases": cases,
        "people": people,
        "organisations": orgs,
        "vacancy": vacancy,
        "supporter": supporter,
        "event": event,
    }


PEOPLE = {
    "school_a": ("Fenna Jansen", "Achterhoek College"),
    "school_b": ("Bas Veldkamp", "PrO Winterswijk"),
    "wsp": ("Wendy Smit", "WSP Achterhoek"),
    "municipality": ("Gert Klein", "Gemeente Doetinchem"),
    "minute_taker": ("Mira Notulist", "Gemeente Doetinchem"),
    "coordinator": ("Cor Dinator", "Gemeente Doetinchem"),
}


def make_region(database: str) -> Region:
    """A database set up as a shared server, filled, with a login per role (names start with the database's)."""
    from matchtafel.services import Actor, Services
    from matchtafel.storage.server import add_user, init_server

    admin = create_engine(to_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {database} TEMPLATE {PG_TEMPLATE}"))
    admin.dispose()
    url = pg_url(database)
    logins = {login: f"{database}_{login}"[-63:] for login in LOGINS}
    init_server(url)
    clock = FixedClock(NOW)
    db = open_database(url)
    try:
        built = _build(Services.create(db.sessions, Actor("Beheer", "Regio"), clock=clock), clock)
    finally:
        db.close()
    for login, role in LOGINS.items():
        person, organisation = PEOPLE[login]
        add_user(url, logins[login], organisation=organisation, role=role, password=PASSWORD, person=person)
    region = Region(admin_url=url, database=database, login_names=logins, **built)
    region.owned = _build_owned(region, clock)
    return region


def _build_owned(region: Region, clock: FixedClock) -> dict[str, int]:
    """Rows registered by WSP and school B through the app as their own logins (the server stamps the owner)."""
    from matchtafel.domain.vocabulary import SupporterKind
    from matchtafel.services import Actor, Services
    from tests.services.support_helpers import make_event, make_supporter

    owned: dict[str, int] = {}
    for login, (name, kind) in {
        "wsp": ("Bea Bedrijfsmentor", SupporterKind.BUSINESS_MENTOR),
        "school_b": ("Jip Praktijkopleider", SupporterKind.JUNIOR_TRAINER),
    }.items():
        db = open_database(region.conninfo(login))
        try:
            app = Services.create(db.sessions, Actor("Naam uit de instellingen", "Ergens"), clock=clock)
            owned[f"{login}:supporter"] = make_supporter(app, name, kind=kind).id
            if login == "wsp":
                owned["wsp:event"] = make_event(app, "Speeddate WSP").id
                owned["wsp:invitation"] = app.events.invite(
                    owned["wsp:event"], "supporter", owned["wsp:supporter"]
                ).id
        finally:
            db.close()
    return owned


def drop_region(database: str) -> None:
    admin = create_engine(to_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
        for login in LOGINS:
            conn.execute(text(f'DROP ROLE IF EXISTS "{f"{database}_{login}"[-63:]}"'))
    admin.dispose()


@pytest.fixture(scope="session")
def region(pg_admin_url: str) -> Iterator[Region]:
    """The region the attacks run against: read-mostly, every test's changes rolled back."""
    database = f"sec_{os.getpid()}"
    try:
        yield make_region(database)
    finally:
        drop_region(database)


_fresh = itertools.count()


@pytest.fixture
def fresh_region(pg_admin_url: str) -> Iterator[Region]:
    """A region of one's own, for tests that change it through the app."""
    database = f"secapp_{os.getpid()}_{next(_fresh)}"
    try:
        yield make_region(database)
    finally:
        drop_region(database)


Connect = Callable[[str], psycopg.Connection[Any]]


@pytest.fixture
def connect(region: Region) -> Iterator[Connect]:
    """``connect(login)``: a plain SQL connection as that login, in a transaction rolled back at the end."""
    opened: list[psycopg.Connection[Any]] = []

    def open_as(login: str) -> psycopg.Connection[Any]:
        conn = psycopg.connect(region.conninfo(login))
        conn.execute("SELECT 1")  # the test's own transaction: everything after is a savepoint in it
        opened.append(conn)
        return conn

    yield open_as
    for conn in opened:
        conn.rollback()
        conn.close()


@pytest.fixture
def admin_sql(region: Region) -> Iterator[psycopg.Connection[Any]]:
    """The administrator, to read what really is there (rolled back too)."""
    conn = psycopg.connect(region.admin_conninfo())
    conn.execute("SELECT 1")
    yield conn
    conn.rollback()
    conn.close()


def refused(conn: psycopg.Connection[Any], statement: str, params: Any = None) -> str:
    """Run ``statement`` expecting the server to refuse it; returns "SQLSTATE: first line of the message".
    Inside a savepoint: the test's transaction goes on."""
    try:
        with conn.transaction():
            conn.execute(statement, params)
    except psycopg.Error as exc:
        return f"{exc.sqlstate}: {str(exc).splitlines()[0]}"
    raise AssertionError(f"not refused: {statement}")


def rows(conn: psycopg.Connection[Any], statement: str, params: Any = None) -> list[tuple[Any, ...]]:
    """The rows of ``statement`` (inside a savepoint of the test's transaction, which is rolled back)."""
    with conn.transaction():
        cursor = conn.execute(statement, params)
        return cursor.fetchall() if cursor.description else []


def count(conn: psycopg.Connection[Any], statement: str, params: Any = None) -> int:
    found = rows(conn, statement, params)
    return int(found[0][0])
