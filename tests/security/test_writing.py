"""Writing, as each ordinary login with plain SQL: another school's rows cannot be changed, deleted or added to
(RETURNING gives nothing back, ON CONFLICT opens no side door), views cannot be written through, and nobody
can widen what they see (consents, minute taker, cases, accounts)."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from tests.conftest import PG_URL
from tests.security.conftest import LIMITED, LOGINS, Connect, Region, refused, rows
from tests.security.test_reading import ABOUT, TABLES
from tests.security.test_server_setup import WHO_WRITES

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")

CHANGED = {
    "young_people": "support_note",
    "consents": "note",
    "cases": "notes",
    "agreements": "action",
    "agreement_reviews": "decision",
    "proposals": "status",
    "proposal_steps": "note",
    "placements": "hours_per_week",
    "nazorg_checkpoints": "note",
    "school_leavers": "contact_every_weeks",
    "contact_moments": "note",
    "mentoring_links": "status",
    "mentoring_link_steps": "note",
    "event_invitations": "attendance",
    "event_contacts": "note",
    "amendments": "description",
}
RLS = "42501: new row violates row-level security policy for table"


def _hidden_rows(region: Region, admin: psycopg.Connection[Any], login: str, table: str) -> list[int]:
    hidden = set(region.hidden_from(login))
    return sorted(int(i) for i, young in rows(admin, ABOUT[table]) if young in hidden)


def _may(login: str, table: str, command: str) -> bool:
    return LOGINS[login] in WHO_WRITES.get((table, command), set())


@pytest.mark.parametrize("login", LIMITED)
@pytest.mark.parametrize("table", TABLES)
def test_another_schools_rows_cannot_be_changed_or_deleted(
    region: Region, connect: Connect, admin_sql: psycopg.Connection[Any], login: str, table: str
) -> None:
    others = _hidden_rows(region, admin_sql, login, table)
    assert others, "the region has rows about someone this login may not see, in every table"
    conn = connect(login)
    column = CHANGED[table]
    update = f"UPDATE {table} SET {column} = {column} WHERE id = ANY(%s) RETURNING *"
    delete = f"DELETE FROM {table} WHERE id = ANY(%s) RETURNING *"
    for statement, command in ((update, "update"), (delete, "delete")):
        if _may(login, table, command):
            assert rows(conn, statement, (others,)) == [], statement  # RETURNING gives nothing back either
        else:
            assert refused(conn, statement, (others,)) == f"42501: permission denied for table {table}"
    before = rows(admin_sql, f"SELECT * FROM {table} WHERE id = ANY(%s) ORDER BY id", (others,))
    assert len(before) == len(others)


@pytest.mark.parametrize("login", LIMITED)
@pytest.mark.parametrize("table", TABLES)
def test_nothing_can_be_added_about_another_schools_young_person(
    region: Region, connect: Connect, admin_sql: psycopg.Connection[Any], login: str, table: str
) -> None:
    """A copy of a row about a hidden young person (new id), inserted as the login: refused, also with
    ON CONFLICT, and with the same message whether or not the row would clash (no oracle)."""
    others = _hidden_rows(region, admin_sql, login, table)
    assert others
    with admin_sql.transaction():
        cursor = admin_sql.execute(f"SELECT * FROM {table} WHERE id = %s", (others[0],))
        names = [c.name for c in cursor.description or []]
        values = dict(zip(names, cursor.fetchone() or (), strict=True))
    del values["id"]
    if table == "young_people":
        values["student_number"] = "gestolen-1"
    columns = ", ".join(values)
    marks = ", ".join(["%s"] * len(values))
    denied = f"42501: permission denied for table {table}"
    expected = f'{RLS} "{table}"' if _may(login, table, "insert") else denied
    upsert = expected if _may(login, table, "update") else denied
    conn = connect(login)
    change = f"{CHANGED[table]} = EXCLUDED.{CHANGED[table]}"
    for suffix, answer in (
        ("", expected),
        (" ON CONFLICT DO NOTHING RETURNING id", expected),
        (f" ON CONFLICT (id) DO UPDATE SET {change} RETURNING *", upsert),
    ):
        statement = f"INSERT INTO {table} ({columns}) VALUES ({marks}){suffix}"
        assert refused(conn, statement, list(values.values())) == answer, statement
    for existing in (others[0], 2_000_000_000):  # an existing row's id or a free one: the same answer
        explicit = f"INSERT INTO {table} (id, {columns}) VALUES (%s, {marks}) ON CONFLICT (id) DO UPDATE SET {change}"
        assert refused(conn, explicit, [existing, *values.values()]) == upsert


@pytest.mark.parametrize("login", LIMITED)
def test_ones_own_rows_cannot_be_moved_to_another_young_person_or_school(
    region: Region, connect: Connect, login: str
) -> None:
    hidden = region.hidden_from(login)
    target = hidden[0]
    conn = connect(login)
    for table in (
        "cases",
        "consents",
        "proposals",
        "placements",
        "mentoring_links",
        "event_contacts",
        "event_invitations",
    ):
        statement = f"UPDATE {table} SET young_person_id = %s WHERE young_person_id = ANY(%s)"
        assert (
            refused(conn, statement, (target, region.seen_by(login)))
            == f"42501: permission denied for table {table}"
        )
    if LOGINS[login] == "school":
        other_school = region.organisations["school_b" if login == "school_a" else "school_a"]
        assert (
            refused(
                conn,
                "UPDATE young_people SET school_id = %s WHERE id = ANY(%s)",
                (other_school, region.seen_by(login)),
            )
            == f'{RLS} "young_people"'
        )


@pytest.mark.parametrize("login", LOGINS)
def test_the_views_cannot_be_written_through(region: Region, connect: Connect, login: str) -> None:
    conn = connect(login)
    for view in ("agenda_cases", "agenda_young_people"):
        answers = {
            refused(conn, f"UPDATE {view} SET code = 'X-1' WHERE id = %s", (region.young["b1"],)),
            refused(conn, f"DELETE FROM {view}"),
            refused(conn, f"INSERT INTO {view} (id, code, initials) VALUES (1, 'X-1', 'X.')"),
        }
        assert answers == (
            {f"42501: permission denied for view {view}"}
            if view == "agenda_young_people"  # updatable in form, so privileges refuse it
            else {  # a join: not updatable at all
                '55000: cannot update view "agenda_cases"',
                '55000: cannot delete from view "agenda_cases"',
                '55000: cannot insert into view "agenda_cases"',
            }
        )


@pytest.mark.parametrize("login", LOGINS)
def test_the_account_table_is_read_for_ones_own_row_only_and_never_written(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    assert rows(conn, "SELECT login, role FROM db_accounts") == [(region.login_names[login], LOGINS[login])]
    denied = "42501: permission denied for table db_accounts"
    assert refused(conn, "UPDATE db_accounts SET role = 'coordinator' WHERE login = session_user") == denied
    assert (
        refused(conn, "INSERT INTO db_accounts (login, organisation_id, role) VALUES ('x', 1, 'coordinator')")
        == denied
    )
    assert refused(conn, "DELETE FROM db_accounts") == denied


def test_wsp_cannot_give_itself_consent(region: Region, connect: Connect) -> None:
    conn = connect("wsp")
    denied = "42501: permission denied for table consents"
    assert (
        refused(
            conn,
            "INSERT INTO consents (young_person_id, given_on, given_by, scope_table, scope_share_wsp, "
            "scope_employer_profile, note, created_at, created_by, updated_at, updated_by, version) "
            "VALUES (%s, current_date, 'young_person', true, true, true, '', now(), '', now(), '', 1)",
            (region.young["b1"],),
        )
        == denied
    )
    assert refused(conn, "UPDATE consents SET scope_share_wsp = true") == denied
    assert refused(
        conn, "INSERT INTO matchtafel_wsp_windows VALUES (%s, current_date, NULL)", (region.young["b1"],)
    ) == ("42501: permission denied for table matchtafel_wsp_windows")
    assert rows(conn, "SELECT young_person_id FROM matchtafel_wsp_windows ORDER BY 1") == [
        (i,) for i in region.seen_by("wsp")
    ]


def test_the_minute_taker_cannot_widen_its_view(region: Region, connect: Connect) -> None:
    conn = connect("minute_taker")
    me = region.people["minute_taker"]
    other = region.meetings["other"]
    assert refused(conn, "UPDATE meetings SET minute_taker_id = %s WHERE id = %s", (me, other)) == (
        "42501: permission denied for table meetings"
    )
    assert refused(
        conn, "UPDATE meetings SET chair_id = %s WHERE id = %s", (me, region.meetings["running"])
    ) == ("42501: permission denied for table meetings")
    assert (
        refused(
            conn,
            "INSERT INTO meetings (title, starts_at, duration_minutes, place, minute_taker_id, status, notes, "
            "locked_by, created_at, created_by, updated_at, updated_by, version) "
            "VALUES ('Eigen', now(), 90, '', %s, 'planned', '', '', now(), '', now(), '', 1)",
            (me,),
        )
        == "42501: permission denied for table meetings"
    )
    assert (
        refused(
            conn,
            "INSERT INTO cases (meeting_id, young_person_id, position, status, time_budget_minutes, situation_summary, "
            "notes, created_at, created_by, updated_at, updated_by, version) "
            "VALUES (%s, %s, 9, 'planned', 5, '', '', now(), '', now(), '', 1)",
            (region.meetings["running"], region.young["m1"]),
        )
        == "42501: permission denied for table cases"  # a case would widen its view: others put them on
    )
    assert (
        refused(
            conn,
            "UPDATE cases SET meeting_id = %s WHERE id = %s",
            (region.meetings["running"], region.cases["other:b3"]),
        )
        == "42501: permission denied for table cases"
    )
    assert sorted(i for (i,) in rows(conn, "SELECT id FROM young_people")) == region.seen_by("minute_taker")


@pytest.mark.parametrize("login", ["school_a", "school_b", "wsp", "municipality"])
def test_who_is_not_chair_or_minute_taker_cannot_run_a_session(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    running = region.meetings["running"]
    assert rows(conn, "UPDATE meetings SET status = 'closed' WHERE id = %s RETURNING id", (running,)) == []
    assert (
        refused(
            conn,
            "INSERT INTO attendances (meeting_id, person_id, status, created_at, created_by, updated_at, updated_by, "
            "version) VALUES (%s, %s, 'present', now(), '', now(), '', 1)",
            (running, region.people["coordinator"]),
        )
        == f'{RLS} "attendances"'
    )
    assert rows(conn, "DELETE FROM attendances WHERE meeting_id = %s RETURNING id", (running,)) == []
    assert (
        refused(
            conn,
            "INSERT INTO amendments (meeting_id, at, by, description) VALUES (%s, now(), 'x', 'x')",
            (region.meetings["locked"],),
        )
        == f'{RLS} "amendments"'
    )
