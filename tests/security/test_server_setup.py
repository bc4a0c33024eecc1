"""The server as a careful DBA would sign it off: owner role, privileges, row-level security on every table, and
the one rights table (access_table.py) equal to what the server really grants and enforces.

WHO_WRITES below is written out by hand, apart from access_table.py: a change of rights shows up here twice (the
rights table and this list), never silently.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from matchtafel.domain.access import BY_TABLE, GROUP, OWNER, PERSON_LEVEL, RIGHTS, ROLES, may
from matchtafel.models import Base
from matchtafel.storage.db import to_url
from tests.conftest import PG_URL
from tests.security.conftest import LOGINS, YOUNG, Region, rows

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")

C, S, W, M, T = "coordinator", "school", "wsp", "municipality", "minute_taker"
EVERY = {C, S, W, M, T}
# (table, command) -> roles; anything not listed: nobody.
WHO_WRITES: dict[tuple[str, str], set[str]] = {
    ("young_people", "insert"): {C, S, M},
    ("young_people", "update"): {C, S, M},
    ("consents", "insert"): {C, S, M},
    ("consents", "update"): {C, S, M},
    ("cases", "insert"): {C, S, M},
    ("cases", "update"): {C, S, M, T},
    ("cases", "delete"): {C, S, M, T},
    ("agreements", "insert"): EVERY,
    ("agreements", "update"): EVERY,
    ("agreements", "delete"): EVERY,
    ("agreement_reviews", "insert"): EVERY,
    ("agreement_reviews", "update"): EVERY,
    ("proposals", "insert"): EVERY,
    ("proposals", "update"): EVERY,
    ("proposals", "delete"): EVERY,
    ("proposal_steps", "insert"): EVERY,
    ("proposal_steps", "update"): {C},
    ("proposal_steps", "delete"): EVERY,
    ("placements", "insert"): EVERY,
    ("placements", "update"): EVERY,
    ("nazorg_checkpoints", "insert"): EVERY,
    ("nazorg_checkpoints", "update"): EVERY,
    ("nazorg_checkpoints", "delete"): EVERY,
    ("school_leavers", "insert"): {C, S, M},
    ("school_leavers", "update"): {C, S, M},
    ("contact_moments", "insert"): {C, S, M},
    ("contact_moments", "update"): {C, S, M},
    ("contact_moments", "delete"): {C, S, M},
    ("mentoring_links", "insert"): {C, S, W, M},
    ("mentoring_links", "update"): {C, S, W, M},
    ("mentoring_links", "delete"): {C, S, W, M},
    ("mentoring_link_steps", "insert"): {C, S, W, M},
    ("mentoring_link_steps", "update"): {C},
    ("mentoring_link_steps", "delete"): {C, S, W, M},
    ("event_invitations", "insert"): {C, S, W, M},
    ("event_invitations", "update"): {C, S, W, M},
    ("event_invitations", "delete"): {C, S, W, M},
    ("event_contacts", "insert"): {C, S, W, M},
    ("event_contacts", "update"): {C, S, W, M},
    ("event_contacts", "delete"): {C, S, W, M},
    ("supporters", "insert"): {C, S, W, M},
    ("supporters", "update"): {C, S, W, M},
    ("matching_events", "insert"): {C, S, W, M},
    ("matching_events", "update"): {C, S, W, M},
    ("audit_events", "insert"): EVERY,
    ("erasures", "insert"): {C},
    ("meetings", "insert"): {C},
    ("meetings", "update"): EVERY,
    ("attendances", "insert"): EVERY,
    ("attendances", "update"): EVERY,
    ("attendances", "delete"): EVERY,
    ("amendments", "insert"): EVERY,
    ("amendments", "update"): {C},  # its words blanked by anonymising
    ("vacancies", "insert"): {C, W},
    ("vacancies", "update"): EVERY,  # the others: its status only, through a proposal's step
    ("employers", "insert"): {C, W},
    ("employers", "update"): {C, W},
    ("organisations", "insert"): {C},
    ("organisations", "update"): {C},
    ("people", "insert"): {C},
    ("people", "update"): {C},
}
# Tables whose rows an organisation owns: those who write the table change only their own organisation's rows
# (the coordinator all of them); an invitation of a young person goes with the young person instead.
OWNED = {"supporters", "matching_events", "event_invitations"}
WHO_READS_ALL_OF_IT = {
    "audit_events": {C},
    "erasures": {C},
    "matchtafel_wsp_windows": {C, W},
}  # every other table: everyone reads (its policy picks the rows)


def test_every_table_of_the_models_has_its_rights_and_person_level_ones_are_marked() -> None:
    tables = set(Base.metadata.tables)
    assert set(BY_TABLE) - tables == {"alembic_version", "matchtafel_wsp_windows"}  # the server's own
    assert tables - set(BY_TABLE) == set(), (
        "a table without rights: add it to matchtafel/domain/access_table.py"
    )
    for table in tables:
        columns = set(Base.metadata.tables[table].columns.keys())
        if {
            "young_person_id",
            "proposal_id",
            "placement_id",
            "case_id",
            "leaver_id",
            "link_id",
        } & columns or table == "young_people":
            assert table in PERSON_LEVEL, f"{table} holds data about a young person: person_level=True"


def test_the_rights_table_says_what_this_list_says() -> None:
    for rights in RIGHTS:
        for command in ("insert", "update", "delete"):
            assert rights.roles(command) == WHO_WRITES.get((rights.table, command), set()), (
                rights.table,
                command,
            )
        assert rights.roles("select") == WHO_READS_ALL_OF_IT.get(rights.table, EVERY), rights.table


def test_the_rights_table_says_which_rows_an_organisation_owns() -> None:
    assert {rights.table for rights in RIGHTS if rights.owned is not None} == OWNED
    for table in OWNED:
        assert "owner_organisation_id" in Base.metadata.tables[table].columns
        assert "owner_organisation_id" in BY_TABLE[table].fixed  # never handed over by an UPDATE
        for command in ("insert", "update", "delete"):
            for role in BY_TABLE[table].roles(command) - {
                C
            }:  # every writer but the coordinator: its own only
                assert "owner_organisation_id = " in BY_TABLE[table].commands[command].rows[role], (
                    table,
                    role,
                )


def test_the_server_grants_exactly_what_the_rights_table_says(admin_sql: psycopg.Connection[Any]) -> None:
    for rights in RIGHTS:
        for role in ROLES:
            group = GROUP[role]
            table = f"public.{rights.table}"
            for command in ("select", "insert", "delete"):
                granted = rows(admin_sql, "SELECT has_table_privilege(%s, %s, %s)", (group, table, command))[
                    0
                ][0]
                assert granted == may(role, rights.table, command), (rights.table, role, command)
            updates = rows(
                admin_sql,
                "SELECT bool_or(has_column_privilege(%s, %s, a.attname, 'UPDATE')), "
                "bool_or(has_column_privilege(%s, %s, a.attname, 'UPDATE') AND a.attname = 'id') "
                "FROM pg_attribute a WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped",
                (group, table, group, table, table),
            )[0]
            assert updates == (may(role, rights.table, "update"), False), (rights.table, role)


def test_row_level_security_is_enabled_and_forced_on_every_table_with_a_policy_per_command_and_role(
    admin_sql: psycopg.Connection[Any],
) -> None:
    tables = rows(
        admin_sql,
        "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
        "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'",
    )
    assert tables and all(enabled and forced for _, enabled, forced in tables), tables
    assert {name for name, _, _ in tables} == {*BY_TABLE, "matchtafel_secret"}
    policies = {
        (table, name, command, tuple(roles))
        for table, name, command, roles in rows(
            admin_sql, "SELECT tablename, policyname, cmd, roles FROM pg_policies WHERE schemaname = 'public'"
        )
    }
    expected = {(t, f"{t}_owner", "ALL", (OWNER,)) for t in (*BY_TABLE, "matchtafel_secret")}
    for rights in RIGHTS:
        for command, granted in rights.commands.items():
            expected |= {
                (rights.table, f"{rights.table}_{command}_{role}", command.upper(), (GROUP[role],))
                for role in granted.rows
            }
    assert policies == expected


def test_an_owner_without_login_or_superuser_owns_every_object(admin_sql: psycopg.Connection[Any]) -> None:
    owner = rows(
        admin_sql,
        "SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = %s",
        (OWNER,),
    )
    assert owner == [(False, False, False, False, False)]
    foreign = rows(
        admin_sql,
        "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
        "AND pg_get_userbyid(relowner) <> %s UNION ALL SELECT proname FROM pg_proc "
        "WHERE pronamespace = 'public'::regnamespace AND pg_get_userbyid(proowner) <> %s",
        (OWNER, OWNER),
    )
    assert foreign == []
    assert rows(admin_sql, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'") == [
        (OWNER,)
    ]
    for group in GROUP.values():
        assert rows(
            admin_sql,
            "SELECT rolcanlogin, rolsuper, rolbypassrls, pg_has_role(%s, %s, 'MEMBER') FROM pg_roles WHERE rolname = %s",
            (group, OWNER, group),
        ) == [(False, False, False, False)]


def test_public_may_neither_connect_nor_create_temporary_objects_nor_create_in_the_schema(
    admin_sql: psycopg.Connection[Any], region: Region
) -> None:
    assert rows(
        admin_sql,
        "SELECT has_database_privilege('public', current_database(), 'CONNECT'), "
        "has_database_privilege('public', current_database(), 'TEMPORARY'), "
        "has_database_privilege('public', current_database(), 'CREATE'), "
        "has_schema_privilege('public', 'public', 'CREATE')",
    ) == [(False, False, False, False)]
    for login in LOGINS:
        name = region.login_names[login]
        assert rows(
            admin_sql,
            "SELECT has_database_privilege(%s, current_database(), 'TEMPORARY'), "
            "has_database_privilege(%s, current_database(), 'CREATE'), has_schema_privilege(%s, 'public', 'CREATE'), "
            "rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = %s",
            (name, name, name, name),
        ) == [(False, False, False, False, False, False, False)], login


def test_every_function_has_a_pinned_search_path_and_only_five_run_with_the_owners_rights(
    admin_sql: psycopg.Connection[Any],
) -> None:
    functions = rows(
        admin_sql,
        "SELECT proname, prosecdef, proconfig, has_function_privilege('public', oid, 'EXECUTE') "
        "FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY proname",
    )
    assert functions
    for name, _definer, config, public_may_run in functions:
        assert config == ["search_path=pg_catalog, public, pg_temp"], name
        assert not public_may_run, name
    assert {name for name, definer, _, _ in functions if definer} == {
        "matchtafel_wsp_windows_of",
        "matchtafel_consent_changed",
        "matchtafel_places_taken",
        "matchtafel_supporter_taken",
        "matchtafel_young_person_identity",
    }


def test_the_agenda_views_are_security_barriers_that_nobody_may_write(
    admin_sql: psycopg.Connection[Any],
) -> None:
    from matchtafel.domain.access import AGENDA_VIEWS

    for view in AGENDA_VIEWS:
        assert rows(
            admin_sql, "SELECT reloptions FROM pg_class WHERE oid = %s::regclass", (f"public.{view}",)
        ) == [(["security_barrier=true"],)]
        for group in GROUP.values():
            privileges = rows(
                admin_sql,
                "SELECT p FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p "
                "WHERE has_table_privilege(%s, %s, p)",
                (group, f"public.{view}"),
            )
            assert privileges == [("SELECT",)], (view, group)


def test_server_init_and_the_app_refuse_an_app_login_with_administrator_rights(region: Region) -> None:
    from matchtafel.domain.errors import DatabaseError, UserError
    from matchtafel.storage.db import open_database
    from matchtafel.storage.server import init_server

    admin = psycopg.connect(region.admin_conninfo(), autocommit=True)
    name = region.login_names["wsp"]
    admin.execute(f'ALTER ROLE "{name}" BYPASSRLS')
    try:
        with pytest.raises(
            UserError, match=f"administrator rights, which row-level security does not hold: {name}"
        ):
            init_server(region.admin_url)
        with pytest.raises(DatabaseError, match="has administrator rights"):
            open_database(region.conninfo("wsp")).close()
    finally:
        admin.execute(f'ALTER ROLE "{name}" NOBYPASSRLS')
        admin.close()


def test_a_login_connects_to_its_own_regions_database_only(region: Region, fresh_region: Region) -> None:
    with psycopg.connect(region.conninfo("municipality")) as conn:
        assert conn.execute("SELECT count(*) FROM young_people").fetchone() == (len(YOUNG),)
    other = to_url(region.conninfo("municipality")).set(
        drivername="postgresql", database=fresh_region.database
    )
    with pytest.raises(
        psycopg.OperationalError, match=f'permission denied for database "{fresh_region.database}"'
    ):
        psycopg.connect(other.render_as_string(hide_password=False)).close()
    with psycopg.connect(fresh_region.admin_conninfo()) as admin:
        groups = [
            g
            for (g,) in admin.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE 'matchtafel\\_%' "
                "AND has_database_privilege(rolname, current_database(), 'CONNECT')"
            )
        ]
    assert groups == []


def test_server_init_reports_what_it_cannot_fix_on_this_server(region: Region) -> None:
    """The test server runs without TLS and with trust lines: init says so, line by line (run again: idempotent)."""
    from matchtafel.storage.server import init_server

    found = init_server(region.admin_url)
    with psycopg.connect(region.admin_conninfo()) as conn:
        ssl = conn.execute("SHOW ssl").fetchone()
        trusted = conn.execute(
            "SELECT line_number FROM pg_hba_file_rules WHERE auth_method = 'trust' AND error IS NULL"
        ).fetchall()
    assert ssl == ("off",) and trusted, "the test server is expected to be the unsafe kind"
    assert found[0].startswith("ssl = off: passwords and data cross the network unencrypted.")
    for (line,) in trusted:
        assert any(w.startswith(f"pg_hba.conf line {line} (") and "without a password" in w for w in found)
