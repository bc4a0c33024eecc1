"""A shared PostgreSQL server: roles, grants and row-level security enforced by the server itself, through
the app and through plain SQL; the audit log untouchable; conflicts; NOTIFY reaching a second client.

These need a real server: CI starts one (MATCHTAFEL_TEST_PG_URL); without it they do not run here.
"""

from __future__ import annotations

import itertools
import os
import select as io_select
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import create_engine, text

from matchtafel.clock import FixedClock
from matchtafel.domain.errors import ConflictError, NotAllowed
from matchtafel.domain.vocabulary import VacancyKind
from matchtafel.services import Actor, Services
from matchtafel.services.organisations import OrganisationInput
from matchtafel.services.vacancies import VacancyInput
from matchtafel.services.young_people import YoungPersonInput
from matchtafel.storage.db import open_database, to_url
from matchtafel.storage.server import add_user, init_server
from tests.conftest import NOW, PG_TEMPLATE, PG_URL, pg_url
from tests.services.helpers import give_consent, kind_id, make_basics

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")
_numbers = itertools.count()
PASSWORD = "Geheim-voor-de-test-1"


@pytest.fixture
def server(pg_admin_url: str) -> Iterator[tuple[str, list[str]]]:
    """A fresh database set up as a shared server; yields its admin URL and a list to put logins in."""
    name = f"matchtafel_server_{os.getpid()}_{next(_numbers)}"
    admin = create_engine(to_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {PG_TEMPLATE}"))
    logins: list[str] = []
    url = pg_url(name)
    init_server(url)
    try:
        yield url, logins
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            for login in logins:
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


def as_login(url: str, login: str) -> str:
    return to_url(url).set(username=login, password=PASSWORD).render_as_string(hide_password=False)


def login_for(server: tuple[str, list[str]], role: str, organisation: str, person: str = "") -> str:
    url, logins = server
    login = f"u{os.getpid()}_{next(_numbers)}_{role}"
    add_user(url, login, organisation=organisation, role=role, password=PASSWORD, person=person)
    logins.append(login)
    return as_login(url, login)


def test_school_staff_see_only_their_own_school_through_the_app_and_plain_sql(
    server: tuple[str, list[str]],
) -> None:
    url, _ = server
    admin_db = open_database(url)
    admin = Services.create(admin_db.sessions, Actor("Beheer"), clock=FixedClock(NOW))
    basics = make_basics(admin)  # school A: Achterhoek College
    school_b = admin.organisations.create(
        OrganisationInput(name="PrO Winterswijk", kind_id=kind_id(admin, "pro"))
    )
    wsp = admin.organisations.create(OrganisationInput(name="WSP Achterhoek", kind_id=kind_id(admin, "wsp")))
    a1 = admin.young_people.create(
        YoungPersonInput(given_name="Anna", family_name="Smit", school_id=basics.school.id)
    )
    b1 = admin.young_people.create(
        YoungPersonInput(given_name="Bram", family_name="Veld", school_id=school_b.id)
    )
    b2 = admin.young_people.create(
        YoungPersonInput(given_name="Cas", family_name="Bos", school_id=school_b.id)
    )
    give_consent(admin, b2.id, scope_employer_profile=False)  # shared with WSP, not with employers
    admin_db.close()

    coach_url = login_for(server, "school", "Achterhoek College")
    coach_db = open_database(coach_url)
    try:
        coach = Services.create(
            coach_db.sessions, Actor("Fenna Jansen", "Achterhoek College"), clock=FixedClock(NOW)
        )
        assert [r.code for r in coach.young_people.rows()] == [a1.code]  # through the app: none of school B
        coach.young_people.create(
            YoungPersonInput(given_name="Dirk", family_name="Ham", school_id=basics.school.id)
        )
        with pytest.raises(NotAllowed, match="does not allow this"):  # may not register school B's
            coach.young_people.create(
                YoungPersonInput(given_name="Eva", family_name="Kok", school_id=school_b.id)
            )
    finally:
        coach_db.close()
    with psycopg.connect(
        coach_url.replace("postgresql+psycopg", "postgresql")
    ) as conn:  # plain SQL, own role
        rows = conn.execute(
            "SELECT count(*) FROM young_people WHERE school_id = %s", (school_b.id,)
        ).fetchone()
        assert rows == (0,)
    wsp_url = login_for(server, "wsp", wsp.name)
    with psycopg.connect(wsp_url.replace("postgresql+psycopg", "postgresql")) as conn:
        codes = [r[0] for r in conn.execute("SELECT code FROM young_people ORDER BY code")]
        assert codes == [b2.code]  # only whom consent lets the WSP see
    assert b1.code not in codes


def test_app_roles_cannot_change_the_audit_log_or_read_it(server: tuple[str, list[str]]) -> None:
    url, _ = server
    admin_db = open_database(url)
    make_basics(Services.create(admin_db.sessions, Actor("Beheer"), clock=FixedClock(NOW)))
    admin_db.close()
    coach_url = login_for(server, "school", "Achterhoek College")
    coordinator_url = login_for(server, "coordinator", "Achterhoek College")
    with psycopg.connect(coach_url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        conn.execute(
            "INSERT INTO audit_events (at, actor, actor_organisation, action, entity, detail, reason) "
            "VALUES (now(), 'x', '', 'test', 'test', '', '')"
        )
        for statement in (
            "UPDATE audit_events SET actor = 'y'",
            "DELETE FROM audit_events",
            "TRUNCATE audit_events",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT actor FROM audit_events")
    with psycopg.connect(
        coordinator_url.replace("postgresql+psycopg", "postgresql"), autocommit=True
    ) as conn:
        assert conn.execute("SELECT count(*) FROM audit_events WHERE action = 'test'").fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_events")


def test_a_concurrent_edit_raises_a_conflict_every_time(server: tuple[str, list[str]]) -> None:
    url, _ = server
    first_db, second_db = open_database(url), open_database(url)
    try:
        first = Services.create(first_db.sessions, Actor("Sanne", "WSP"), clock=FixedClock(NOW))
        second = Services.create(second_db.sessions, Actor("Piet", "WSP"), clock=FixedClock(NOW))
        basics = make_basics(first)
        vacancy = first.vacancies.create(
            VacancyInput(employer_id=basics.employer.id, title="Bakker", kind=VacancyKind.JOB)
        )
        conflicts = 0
        for attempt in range(100):
            mine = first.vacancies.get(vacancy.id)
            theirs = second.vacancies.get(vacancy.id)
            second.vacancies.change(vacancy.id, theirs.version, _input(theirs, f"Bakker {attempt} (Piet)"))
            try:
                first.vacancies.change(vacancy.id, mine.version, _input(mine, f"Bakker {attempt} (Sanne)"))
            except ConflictError as conflict:
                conflicts += 1
                assert conflict.theirs.title == f"Bakker {attempt} (Piet)"  # both versions to compare
        assert conflicts == 100
    finally:
        first_db.close()
        second_db.close()


def _input(row: object, title: str) -> VacancyInput:
    from dataclasses import fields

    values = {f.name: getattr(row, f.name) for f in fields(VacancyInput)}
    return VacancyInput(**{**values, "title": title})


def test_a_change_notifies_a_second_client(server: tuple[str, list[str]]) -> None:
    url, _ = server
    listener = psycopg.connect(
        to_url(url).set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
    )
    try:
        listener.execute("LISTEN matchtafel")
        db = open_database(url)
        try:
            services = Services.create(db.sessions, Actor("Sanne", "WSP"), clock=FixedClock(NOW))
            basics = make_basics(services)
            services.vacancies.create(
                VacancyInput(employer_id=basics.employer.id, title="Heftruckchauffeur", kind=VacancyKind.JOB)
            )
        finally:
            db.close()
        ready, _, _ = io_select.select([listener.fileno()], [], [], 5)
        assert ready, "no notification within 5 seconds"
        tables = {n.payload for n in listener.notifies(timeout=1, stop_after=10)}
        assert "vacancies" in tables and "employers" in tables
    finally:
        listener.close()


def test_add_user_checks_the_role_and_the_organisation(server: tuple[str, list[str]]) -> None:
    from matchtafel.domain.errors import UserError

    url, _ = server
    with pytest.raises(UserError, match="is not a role"):
        add_user(url, "iemand", organisation="x", role="admin", password=PASSWORD)
    with pytest.raises(UserError, match="No organisation is called"):
        add_user(url, "iemand", organisation="Nergens", role="school", password=PASSWORD)


def test_the_server_verbs_of_the_command_line(
    server: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from functools import partial

    from matchtafel.cli.main import run as run_now

    run = partial(run_now, clock=FixedClock(NOW))
    url, logins = server
    assert run(["server", "upgrade", "--url", url]) == 0  # idempotent: again on a set-up server
    db = open_database(url)
    make_basics(Services.create(db.sessions, Actor("Beheer"), clock=FixedClock(NOW)))
    db.close()
    login = f"cli{os.getpid()}_{next(_numbers)}"
    logins.append(login)
    monkeypatch.setenv("MATCHTAFEL_NEW_PASSWORD", "kort")
    assert (
        run(
            [
                "server",
                "add-user",
                login,
                "--organisation",
                "Achterhoek College",
                "--role",
                "school",
                "--url",
                url,
            ]
        )
        == 1
    )
    assert "at least 12 characters" in capsys.readouterr().err
    monkeypatch.setenv("MATCHTAFEL_NEW_PASSWORD", PASSWORD)
    assert (
        run(
            [
                "server",
                "add-user",
                login,
                "--organisation",
                "achterhoek college",
                "--role",
                "school",
                "--person",
                "Fenna Jansen",
                "--url",
                url,
            ]
        )
        == 0
    )
    assert f"Login {login} (school, achterhoek college) created." in capsys.readouterr().out
    assert run(["sessions", "--db", as_login(url, login)]) == 0  # the app's own commands, as that person


def test_a_vacancy_added_elsewhere_reaches_the_open_lists_within_seconds(
    server: tuple[str, list[str]], qtbot: object
) -> None:
    from matchtafel.storage.changes import conninfo_of
    from matchtafel.ui.change_listener import ChangeListener

    url, _ = server
    listener = ChangeListener(conninfo_of(to_url(url)))
    listener.start()
    try:
        db = open_database(url)
        try:
            services = Services.create(db.sessions, Actor("Sanne", "WSP"), clock=FixedClock(NOW))
            basics = make_basics(services)
            with qtbot.waitSignal(  # type: ignore[attr-defined]
                listener.areas_changed,
                timeout=5_000,
                check_params_cb=lambda areas: "vacancies" in areas,
            ) as changed:
                services.vacancies.create(
                    VacancyInput(
                        employer_id=basics.employer.id, title="Heftruckchauffeur", kind=VacancyKind.JOB
                    )
                )
        finally:
            db.close()
        assert "vacancies" in changed.args[0]
    finally:
        listener.stop()


def test_a_dropped_connection_mid_session_loses_no_typed_text(
    server: tuple[str, list[str]], qtbot: object, tmp_path: object
) -> None:
    from matchtafel.services.meetings import MeetingInput
    from matchtafel.ui.sections.run.run_session import RunSessionScreen
    from matchtafel.ui.weights import MatchWeights
    from tests.services.helpers import make_young_person

    url, _ = server
    name = to_url(url).database
    db = open_database(url)
    admin = create_engine(to_url(PG_URL), isolation_level="AUTOCOMMIT")
    try:
        services = Services.create(db.sessions, Actor("Minute taker"), clock=FixedClock(NOW))
        basics = make_basics(services)
        from datetime import timedelta

        meeting = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=1))).id
        case = services.agenda.add_case(meeting, make_young_person(services, basics).id)
        screen = RunSessionScreen(services=services, meeting_id=meeting, weights=MatchWeights())
        qtbot.addWidget(screen)  # type: ignore[attr-defined]
        screen.show_case_page()
        screen.notes.setPlainText("Wil graag in de bakkerij werken")
        with admin.connect() as conn:  # the server goes away for this database, mid-sentence
            conn.execute(text(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false"))
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name}
            )
        screen.notes.setPlainText("Wil graag in de bakkerij werken; start in januari")
        screen.save_notes()
        assert screen.saver.banner.isVisibleTo(screen) and "away" in screen.saver.message.text()
        assert screen.saver.journal.pending() == {case: "Wil graag in de bakkerij werken; start in januari"}
        with admin.connect() as conn:  # it comes back
            conn.execute(text(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
        qtbot.waitUntil(lambda: not screen.saver.journal.pending(), timeout=15_000)  # type: ignore[attr-defined]
        assert not screen.saver.banner.isVisibleTo(screen)
        view = services.session_view.view(meeting)
        assert view.cases[0].notes == "Wil graag in de bakkerij werken; start in januari"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
        admin.dispose()
        db.close()


def test_on_a_shared_agenda_another_schools_young_person_is_code_and_initials_only(
    server: tuple[str, list[str]],
) -> None:
    from datetime import datetime

    from matchtafel.services.meetings import MeetingInput

    url, _ = server
    admin_db = open_database(url)
    admin = Services.create(admin_db.sessions, Actor("Beheer"), clock=FixedClock(NOW))
    basics = make_basics(admin)
    school_b = admin.organisations.create(
        OrganisationInput(name="PrO Winterswijk", kind_id=kind_id(admin, "pro"))
    )
    own = admin.young_people.create(
        YoungPersonInput(
            given_name="Anna", family_name="Smit", school_id=basics.school.id, programme_name="Zorg"
        )
    )
    other = admin.young_people.create(
        YoungPersonInput(
            given_name="Bram", family_name="Veld", school_id=school_b.id, programme_name="Metaal"
        )
    )
    meeting = admin.meetings.create(MeetingInput(starts_at=datetime(2026, 12, 15, 13, 30))).id
    for young in (own, other):
        admin.agenda.add_case(meeting, young.id)
    admin.agenda.add_agreement(meeting, action="Stage zoeken", owner_id=None, deadline=None)
    admin_db.close()
    coach_db = open_database(login_for(server, "school", "Achterhoek College"))
    try:
        coach = Services.create(
            coach_db.sessions, Actor("Fenna Jansen", "Achterhoek College"), clock=FixedClock(NOW)
        )
        cases = coach.session_view.view(meeting).cases
        assert [(c.code, c.initials, c.programme_name) for c in cases] == [
            (own.code, own.initials, "Zorg"),
            (other.code, other.initials, ""),  # at the table, but nothing more of another school's
        ]
        minutes = coach.minutes.minutes(meeting, force=True)  # planned: printed on request
        assert [c.label for c in minutes.cases] == [
            f"{own.code} {own.initials}",
            f"{other.code} {other.initials}",
        ]
        assert [r.code for r in coach.young_people.rows()] == [own.code]
    finally:
        coach_db.close()


def test_the_app_knows_the_role_of_its_login(server: tuple[str, list[str]]) -> None:
    url, _ = server
    admin_db = open_database(url)
    make_basics(Services.create(admin_db.sessions, Actor("Beheer"), clock=FixedClock(NOW)))
    assert (
        Services.create(admin_db.sessions, Actor("Beheer"), clock=FixedClock(NOW)).accounts.my_role() is None
    )  # the administrator
    admin_db.close()
    coach_db = open_database(login_for(server, "school", "Achterhoek College"))
    try:
        assert (
            Services.create(coach_db.sessions, Actor("Fenna"), clock=FixedClock(NOW)).accounts.my_role()
            == "school"
        )
    finally:
        coach_db.close()


def test_a_school_plans_an_event_invites_and_takes_an_invitation_back(server: tuple[str, list[str]]) -> None:
    """The deletes the features around the table need (an invitation taken back, a link undone) are granted."""
    from tests.services.support_helpers import make_event, make_supporter

    url, _ = server
    admin_db = open_database(url)
    admin = Services.create(admin_db.sessions, Actor("Beheer"), clock=_clock())
    basics = make_basics(admin)
    admin_db.close()
    db = open_database(login_for(server, "school", "Achterhoek College"))
    try:
        school = Services.create(db.sessions, Actor("Fenna"), clock=_clock())
        young = school.young_people.create(
            YoungPersonInput(given_name="Anna", family_name="Smit", school_id=basics.school.id)
        )
        event = make_event(school)
        invitation = school.events.invite(event.id, "young_person", young.id)
        school.events.uninvite(invitation.id)
        assert school.events.invitations(event.id) == []
        link = school.mentoring.propose(young.id, make_supporter(school).id)
        school.mentoring.retract(link.id)
        assert school.mentoring.links() == []
    finally:
        db.close()


def _clock() -> object:
    from matchtafel.clock import FixedClock

    return FixedClock(NOW)
