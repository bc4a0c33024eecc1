"""Escalation, as each ordinary login with plain SQL: shadowing the functions and tables the policies read
(temporary schema, search_path), running code with the owner's rights, reading password hashes and server
files, taking another role, changing the rules themselves, and the server's side doors (large objects,
extensions, other sessions)."""

from __future__ import annotations

import pytest

from tests.conftest import PG_URL
from tests.security.conftest import LOGINS, Connect, Region, count, refused, rows

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")


@pytest.mark.parametrize("login", LOGINS)
def test_nothing_can_be_created_to_shadow_what_the_policies_read(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    database = region.database
    temp = f'42501: permission denied to create temporary tables in database "{database}"'
    assert refused(conn, "CREATE TEMP TABLE db_accounts (login text, role text, organisation_id int)") == temp
    assert refused(conn, "CREATE TEMP VIEW young_people AS SELECT 1 AS id") == temp
    assert (
        refused(
            conn,
            "CREATE FUNCTION pg_temp.matchtafel_role() RETURNS text LANGUAGE sql AS $$ SELECT 'coordinator' $$",
        )
        == temp
    )
    schema = "42501: permission denied for schema public"
    assert refused(conn, "CREATE TABLE public.db_accounts_copy (login text)") == schema
    assert (
        refused(
            conn,
            "CREATE FUNCTION public.session_role() RETURNS text LANGUAGE sql AS $$ SELECT 'coordinator' $$",
        )
        == schema
    )
    assert (
        refused(
            conn,
            "CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = pg_catalog.texteq)",
        )
        == schema
    )
    assert (
        refused(
            conn,
            "CREATE OR REPLACE FUNCTION public.matchtafel_role() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$",
        )
        == schema
    )
    assert refused(conn, "CREATE SCHEMA evil") == f"42501: permission denied for database {database}"
    assert refused(conn, "CREATE EXTENSION dblink") == '42501: permission denied to create extension "dblink"'


@pytest.mark.parametrize("login", LOGINS)
@pytest.mark.parametrize(
    "path", ["pg_temp, public, pg_catalog", '"$user", public', "pg_catalog", "''", "public, pg_temp"]
)
def test_search_path_tricks_change_no_answer(region: Region, connect: Connect, login: str, path: str) -> None:
    conn = connect(login)
    rows(conn, f"SET LOCAL search_path = {path}")
    assert sorted(i for (i,) in rows(conn, "SELECT id FROM public.young_people")) == region.seen_by(login)
    assert rows(conn, "SELECT public.matchtafel_role()") == [(LOGINS[login],)]


@pytest.mark.parametrize("login", LOGINS)
def test_the_owners_functions_give_no_more_than_the_policies(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    for function in (
        "matchtafel_wsp_windows_of(1)",
        "matchtafel_young_person_identity()",
        "matchtafel_consent_changed()",
    ):
        name = function.split("(")[0]
        assert refused(conn, f"SELECT public.{function}") == f"42501: permission denied for function {name}"
    assert refused(conn, "SELECT public.matchtafel_permute(1, 30, 'k', 1000)") == (
        "42501: permission denied for function matchtafel_permute"
    )
    # How many places of the vacancy are taken (the vacancy's status says as much): a number, no person.
    assert rows(conn, "SELECT public.matchtafel_places_taken(%s)", (region.vacancy,)) == [(4,)]
    # How many young people a mentor has open links with (the region's capacity): a number, never who.
    assert rows(conn, "SELECT public.matchtafel_supporter_taken(%s)", (region.supporter,)) == [(6,)]


@pytest.mark.parametrize("login", LOGINS)
def test_no_password_hash_and_no_server_file_is_readable(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    assert (
        refused(conn, "SELECT rolpassword FROM pg_authid") == "42501: permission denied for table pg_authid"
    )
    assert refused(conn, "SELECT passwd FROM pg_shadow") == "42501: permission denied for view pg_shadow"
    assert rows(conn, "SELECT DISTINCT rolpassword FROM pg_roles WHERE rolcanlogin") == [("********",)]
    for statement, name in (
        ("SELECT pg_read_file('/etc/passwd')", "pg_read_file"),
        ("SELECT pg_read_binary_file('/etc/passwd')", "pg_read_binary_file"),
        ("SELECT pg_ls_dir('.')", "pg_ls_dir"),
        ("SELECT pg_stat_file('postgresql.conf')", "pg_stat_file"),
        ("SELECT lo_import('/etc/passwd')", "lo_import"),
        ("SELECT lo_export(1, '/tmp/matchtafel-stolen')", "lo_export"),
    ):
        assert refused(conn, statement) == f"42501: permission denied for function {name}", statement


@pytest.mark.parametrize("login", LOGINS)
def test_no_other_role_can_be_taken_or_given(region: Region, connect: Connect, login: str) -> None:
    conn = connect(login)
    for role in ("matchtafel_owner", "matchtafel_coordinator", "postgres"):
        if role == f"matchtafel_{LOGINS[login]}":
            continue
        assert refused(conn, f"SET ROLE {role}") == f'42501: permission denied to set role "{role}"'
        assert refused(conn, "SELECT set_config('role', %s, true)", (role,)) == (
            f'42501: permission denied to set role "{role}"'
        )
    assert refused(conn, "SET SESSION AUTHORIZATION postgres") == (
        '42501: permission denied to set session authorization "postgres"'
    )
    me = region.login_names[login]
    assert refused(conn, f'GRANT matchtafel_coordinator TO "{me}"') == (
        '42501: must have admin option on role "matchtafel_coordinator"'
    )
    assert (
        refused(conn, f'ALTER ROLE "{me}" BYPASSRLS')
        == "42501: must be superuser to change bypassrls attribute"
    )
    assert refused(conn, f'ALTER ROLE "{me}" SUPERUSER') == (
        "42501: must be superuser to alter superuser roles or change superuser attribute"
    )
    assert refused(conn, "CREATE ROLE helper LOGIN") == "42501: permission denied to create role"
    assert (
        refused(conn, "ALTER DEFAULT PRIVILEGES FOR ROLE matchtafel_owner GRANT SELECT ON TABLES TO PUBLIC")
        == '42501: must be member of role "matchtafel_owner"'
    )
    # as its own group role (SET ROLE to the group it is in): the same rows, no more
    rows(conn, f"SET LOCAL ROLE matchtafel_{LOGINS[login]}")
    assert sorted(i for (i,) in rows(conn, "SELECT id FROM young_people")) == region.seen_by(login)


@pytest.mark.parametrize("login", LOGINS)
def test_the_rules_themselves_cannot_be_changed(region: Region, connect: Connect, login: str) -> None:
    conn = connect(login)
    owner = "42501: must be owner of table young_people"
    assert refused(conn, "ALTER TABLE young_people DISABLE ROW LEVEL SECURITY") == owner
    assert refused(conn, "ALTER TABLE young_people NO FORCE ROW LEVEL SECURITY") == owner
    assert refused(conn, "DROP POLICY young_people_select_school ON young_people") == (
        "42501: must be owner of relation young_people"
    )
    assert refused(conn, "CREATE POLICY mine ON young_people USING (true)") == owner
    assert refused(conn, "ALTER TABLE young_people DISABLE TRIGGER ALL") == owner
    assert (
        refused(conn, "ALTER TABLE meetings DISABLE TRIGGER matchtafel_guard")
        == "42501: must be owner of table meetings"
    )
    assert refused(conn, "TRUNCATE cases") == "42501: permission denied for table cases"
    rows(conn, "GRANT SELECT ON young_people TO PUBLIC")  # PostgreSQL only warns: no privileges were granted
    assert rows(conn, "SELECT has_table_privilege('public', 'young_people', 'SELECT')") == [(False,)]
    # Turning row-level security off does not show the rest: the query is refused instead.
    rows(conn, "SET LOCAL row_security = off")
    assert refused(conn, "SELECT count(*) FROM young_people") == (
        '42501: query would be affected by row-level security policy for table "young_people"'
    )


@pytest.mark.parametrize("login", LOGINS)
def test_other_sessions_stay_closed(region: Region, connect: Connect, login: str) -> None:
    import psycopg

    other = psycopg.connect(region.conninfo("coordinator" if login != "coordinator" else "school_a"))
    try:
        pid = other.info.backend_pid
        other.execute("SELECT family_name FROM young_people WHERE id = %s", (region.young["b1"],))
        conn = connect(login)
        assert rows(conn, "SELECT query FROM pg_stat_activity WHERE pid = %s", (pid,)) == [
            ("<insufficient privilege>",)
        ]
        assert refused(conn, "SELECT pg_terminate_backend(%s)", (pid,)) == (
            "42501: must be a member of the role whose process is being terminated or member of pg_signal_backend"
        )
        assert refused(conn, "SELECT pg_cancel_backend(%s)", (pid,)) == (
            "42501: must be a member of the role whose query is being canceled or member of pg_signal_backend"
        )
    finally:
        other.close()


@pytest.mark.parametrize("login", LOGINS)
def test_the_secret_and_the_private_sequences_are_out_of_reach(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    assert (
        refused(conn, "SELECT * FROM matchtafel_secret")
        == "42501: permission denied for table matchtafel_secret"
    )
    assert refused(conn, "SELECT nextval('matchtafel_young_person_seq')") == (
        "42501: permission denied for sequence matchtafel_young_person_seq"
    )
    for sequence in ("young_people_id_seq", "cases_id_seq", "consents_id_seq", "audit_events_id_seq"):
        assert (
            refused(conn, f"SELECT last_value FROM {sequence}")
            == f"42501: permission denied for sequence {sequence}"
        )
    assert refused(conn, "SELECT nextval('young_people_id_seq')") == (
        "42501: permission denied for sequence young_people_id_seq"
    )
    assert refused(conn, "SELECT matchtafel_last_code('J-')") == (
        "42883: function matchtafel_last_code(unknown) does not exist"
    )
    assert count(conn, "SELECT count(*) FROM pg_proc WHERE proname = 'matchtafel_last_code'") == 0
