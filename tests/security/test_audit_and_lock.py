"""The audit log and the who-columns are written by the server from the login, whatever the client sends; a
locked session cannot be reopened or rewritten, only amended by its chair, minute taker or the coordinator,
with the amendment in the same transaction."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from tests.conftest import PG_URL
from tests.security.conftest import LIMITED, LOGINS, Connect, Region, refused, rows
from tests.security.test_server_setup import WHO_WRITES

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")

PERSON = {
    "coordinator": ("Cor Dinator", "Gemeente Doetinchem"),
    "school_a": ("Fenna Jansen", "Achterhoek College"),
    "school_b": ("Bas Veldkamp", "PrO Winterswijk"),
    "wsp": ("Wendy Smit", "WSP Achterhoek"),
    "municipality": ("Gert Klein", "Gemeente Doetinchem"),
    "minute_taker": ("Mira Notulist", "Gemeente Doetinchem"),
}
STAFF_OF_LOCKED = {"coordinator", "minute_taker"}  # its chair (Cor) and its minute taker (Mira)


def label(login: str) -> str:
    name, organisation = PERSON[login]
    return f"{name} ({organisation})"


@pytest.mark.parametrize("login", LOGINS)
def test_a_forged_audit_row_gets_the_logins_own_actor_organisation_and_time(
    region: Region, admin_sql: psycopg.Connection[Any], login: str
) -> None:
    marker = f"vervalst door {login}"
    with psycopg.connect(region.conninfo(login), autocommit=True) as conn:
        conn.execute(
            "INSERT INTO audit_events (at, actor, actor_organisation, action, entity, entity_id, detail, "
            "young_person_id, reason, actor_login) VALUES ('2000-01-01', 'Cor Dinator', 'Regio', 'view', "
            "'young_person', 1, %s, %s, '', 'postgres')",
            (marker, region.seen_by(login)[0]),
        )
    found = rows(
        admin_sql,
        "SELECT actor, actor_organisation, actor_login, abs(extract(epoch FROM (now() AT TIME ZONE 'UTC') - at)) < 600 "
        "FROM audit_events WHERE detail = %s",
        (marker,),
    )
    name, organisation = PERSON[login]
    assert found == [(name, organisation, region.login_names[login], True)]


@pytest.mark.parametrize("login", LIMITED)
def test_no_audit_row_about_a_young_person_the_login_may_not_see(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    assert (
        refused(
            conn,
            "INSERT INTO audit_events (at, actor, actor_organisation, action, entity, detail, young_person_id, reason) "
            "VALUES (now(), 'x', '', 'view', 'young_person', '', %s, '')",
            (region.hidden_from(login)[0],),
        )
        == '42501: new row violates row-level security policy for table "audit_events"'
    )


@pytest.mark.parametrize("login", LOGINS)
def test_nobody_changes_or_empties_the_audit_log(region: Region, connect: Connect, login: str) -> None:
    conn = connect(login)
    denied = "42501: permission denied for table audit_events"
    assert refused(conn, "UPDATE audit_events SET actor = 'x'") == denied
    assert refused(conn, "DELETE FROM audit_events") == denied
    assert refused(conn, "TRUNCATE audit_events") == denied


def test_who_created_and_changed_a_row_comes_from_the_login(region: Region, connect: Connect) -> None:
    conn = connect("school_a")
    (consent,) = rows(
        conn,
        "INSERT INTO consents (young_person_id, given_on, given_by, scope_table, scope_share_wsp, "
        "scope_employer_profile, note, created_at, created_by, updated_at, updated_by, version) "
        "VALUES (%s, current_date, 'young_person', true, false, false, '', now(), 'Cor Dinator (Regio)', now(), "
        "'Cor Dinator (Regio)', 1) RETURNING id, created_by, updated_by",
        (region.young["a1"],),
    )
    assert consent[1:] == (label("school_a"), label("school_a"))
    assert refused(conn, "UPDATE consents SET created_by = 'Cor' WHERE id = %s", (consent[0],)) == (
        "42501: permission denied for table consents"
    )
    assert rows(
        conn,
        "UPDATE consents SET note = 'x', updated_by = 'Cor Dinator (Regio)' WHERE id = %s RETURNING updated_by",
        (consent[0],),
    ) == [(label("school_a"),)]


@pytest.mark.parametrize("login", LOGINS)
def test_a_locked_session_cannot_be_reopened_or_unlocked(
    region: Region, connect: Connect, admin_sql: psycopg.Connection[Any], login: str
) -> None:
    conn = connect(login)
    locked = region.meetings["locked"]
    for change in ("status = 'closed'", "locked_at = NULL", "notes = 'herschreven'", "title = 'Anders'"):
        statement = f"UPDATE meetings SET {change} WHERE id = %s RETURNING id"
        if login in STAFF_OF_LOCKED:
            assert refused(conn, statement, (locked,)) == (
                f"42501: session {locked} is locked: it cannot be reopened or rewritten"
            )
        else:  # not its chair or minute taker: the session is not theirs to change at all
            assert rows(conn, statement, (locked,)) == []
    assert rows(admin_sql, "SELECT status FROM meetings WHERE id = %s", (locked,)) == [("locked",)]


def _locked_cases(region: Region, login: str) -> list[int]:
    seen = set(region.seen_by(login))
    return [
        region.cases[key] for key in ("locked:a2", "locked:b2") if region.young[key.split(":")[1]] in seen
    ]


def _at_commit(conn: psycopg.Connection[Any], statement: str, params: Any = None) -> str:
    """Run the statements (separated by ";") and the checks that wait for the commit (SET CONSTRAINTS ALL
    IMMEDIATE), in a savepoint."""
    try:
        with conn.transaction():
            for part in statement.split(";"):
                conn.execute(part, params)
            conn.execute("SET CONSTRAINTS ALL IMMEDIATE")
    except psycopg.Error as exc:
        return f"{exc.sqlstate}: {str(exc).splitlines()[0]}"
    return "accepted"


@pytest.mark.parametrize("login", LOGINS)
def test_a_locked_sessions_cases_cannot_be_rewritten_removed_or_added_to(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    locked = region.meetings["locked"]
    role = LOGINS[login]
    cases = _locked_cases(region, login)
    assert cases
    if login in STAFF_OF_LOCKED:
        expected = f"42501: session {locked} is locked: a change is recorded as an amendment"
    else:
        expected = f"42501: session {locked} is locked: only the coordinator, its chair and its minute taker amend it"
    for statement, command in (
        ("UPDATE cases SET notes = 'herschreven' WHERE id = ANY(%(c)s)", "update"),
        ("UPDATE agreements SET action = 'herschreven' WHERE case_id = ANY(%(c)s)", "update:agreements"),
        ("DELETE FROM attendances WHERE meeting_id = %(m)s", "delete:attendances"),
    ):
        table = command.split(":")[1] if ":" in command else "cases"
        may = role in WHO_WRITES.get((table, command.split(":")[0]), set())
        answer = _at_commit(conn, statement, {"c": cases, "m": locked})
        if not may:
            assert answer == f"42501: permission denied for table {table}", statement
        elif table == "attendances" and login not in STAFF_OF_LOCKED:
            assert answer == "accepted"  # nothing deleted: only the session's staff may (0 rows)
        else:
            assert answer == expected, statement
    if role in WHO_WRITES[("cases", "insert")]:
        young = region.seen_by(login)[0]
        on_locked = {region.young[k.split(":")[1]] for k in region.cases if k.startswith("locked:")}
        young = next((y for y in region.seen_by(login) if y not in on_locked), young)
        answer = _at_commit(
            conn,
            "INSERT INTO cases (meeting_id, young_person_id, position, status, time_budget_minutes, "
            "situation_summary, notes, created_at, created_by, updated_at, updated_by, version) "
            "VALUES (%s, %s, 9, 'planned', 5, '', '', now(), '', now(), '', 1)",
            (locked, young),
        )
        assert answer == expected


@pytest.fixture(scope="module")
def bare_case(region: Region) -> Iterator[int]:
    """A case without agreements on the locked session (added by the administrator, who has no account)."""
    with psycopg.connect(region.admin_conninfo(), autocommit=True) as admin:
        (case,) = admin.execute(
            "INSERT INTO cases (meeting_id, young_person_id, position, status, time_budget_minutes, "
            "situation_summary, notes, created_at, created_by, updated_at, updated_by, version) "
            "VALUES (%s, %s, 9, 'planned', 5, '', 'Kaal', now(), '', now(), '', 1) RETURNING id",
            (region.meetings["locked"], region.young["m1"]),
        ).fetchone() or (0,)
    yield case
    with psycopg.connect(region.admin_conninfo(), autocommit=True) as admin:
        admin.execute("DELETE FROM cases WHERE id = %s", (case,))


@pytest.mark.parametrize("login", LOGINS)
def test_a_locked_sessions_case_cannot_be_removed(
    region: Region, connect: Connect, bare_case: int, login: str
) -> None:
    conn = connect(login)
    locked = region.meetings["locked"]
    answer = _at_commit(conn, "DELETE FROM cases WHERE id = %(c)s RETURNING id", {"c": bare_case})
    if LOGINS[login] not in WHO_WRITES[("cases", "delete")]:
        assert answer == "42501: permission denied for table cases"
    elif login in STAFF_OF_LOCKED:
        assert answer == f"42501: session {locked} is locked: a change is recorded as an amendment"
    elif login == "municipality":  # sees m1, may delete cases: but not amend this session
        assert (
            answer
            == f"42501: session {locked} is locked: only the coordinator, its chair and its minute taker amend it"
        )
    else:
        assert answer == "accepted"  # m1 is not theirs to see: nothing was deleted
    assert rows(conn, "SELECT count(*) FROM agenda_cases WHERE id = %s", (bare_case,)) == [(1,)]


def test_following_up_an_agreement_of_a_locked_session_is_not_rewriting_it(
    region: Region, connect: Connect
) -> None:
    conn = connect("school_a")
    case = region.cases["locked:a2"]
    assert (
        _at_commit(
            conn,
            "UPDATE agreements SET status = 'done', closed_on = current_date WHERE case_id = %s",
            (case,),
        )
        == "accepted"
    )


@pytest.mark.parametrize("login", sorted(STAFF_OF_LOCKED))
def test_its_chair_or_minute_taker_amends_a_locked_session_with_an_amendment_the_server_signs(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    locked = region.meetings["locked"]
    (amendment,) = rows(
        conn,
        "INSERT INTO amendments (meeting_id, at, by, description) VALUES (%s, '2000-01-01', 'Iemand anders', "
        "'case: notes') RETURNING by, abs(extract(epoch FROM (now() AT TIME ZONE 'UTC') - at)) < 600",
        (locked,),
    )
    assert amendment == (label(login), True)
    assert (
        _at_commit(conn, "UPDATE cases SET notes = 'aangevuld' WHERE id = %s", (region.cases["locked:b2"],))
        == "accepted"
    )
    denied = "42501: permission denied for table amendments"
    assert refused(conn, "UPDATE amendments SET description = 'niets'") == denied
    assert refused(conn, "DELETE FROM amendments") == denied


def test_an_amendment_of_an_earlier_transaction_does_not_cover_a_later_change(
    region: Region, admin_sql: psycopg.Connection[Any]
) -> None:
    """The minute taker commits a rewrite: refused at commit, though amendments of this session exist."""
    locked = region.meetings["locked"]
    case = region.cases["locked:a2"]
    assert rows(admin_sql, "SELECT count(*) FROM amendments WHERE meeting_id = %s", (locked,))[0][0] > 0
    before = rows(admin_sql, "SELECT notes FROM cases WHERE id = %s", (case,))
    with (
        psycopg.connect(region.conninfo("minute_taker"), autocommit=True) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="a change is recorded as an amendment"),
    ):
        conn.execute("UPDATE cases SET notes = 'herschreven' WHERE id = %s", (case,))
    assert rows(admin_sql, "SELECT notes FROM cases WHERE id = %s", (case,)) == before
