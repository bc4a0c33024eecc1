"""Reading, as each ordinary login with plain SQL: exactly the rows about the young people the login may see, in
every person-level table, directly, through joins, views, subqueries and COPY; 0 rows about the others."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from matchtafel.domain.access import PERSON_LEVEL
from tests.conftest import PG_URL
from tests.security.conftest import LOGINS, Connect, Region, count, refused, rows

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")

# Each person-level table's rows with the young person they are about (NULL: a general row, e.g. an agreement
# without a case). A new person-level table needs its line here: the test below says so.
ABOUT = {
    "young_people": "SELECT t.id, t.id FROM young_people t",
    "consents": "SELECT t.id, t.young_person_id FROM consents t",
    "cases": "SELECT t.id, t.young_person_id FROM cases t",
    "agreements": "SELECT t.id, k.young_person_id FROM agreements t LEFT JOIN cases k ON k.id = t.case_id",
    "agreement_reviews": "SELECT t.id, k.young_person_id FROM agreement_reviews t "
    "JOIN agreements a ON a.id = t.agreement_id LEFT JOIN cases k ON k.id = a.case_id",
    "proposals": "SELECT t.id, t.young_person_id FROM proposals t",
    "proposal_steps": "SELECT t.id, p.young_person_id FROM proposal_steps t JOIN proposals p ON p.id = t.proposal_id",
    "placements": "SELECT t.id, t.young_person_id FROM placements t",
    "nazorg_checkpoints": "SELECT t.id, p.young_person_id FROM nazorg_checkpoints t "
    "JOIN placements p ON p.id = t.placement_id",
    "school_leavers": "SELECT t.id, t.young_person_id FROM school_leavers t",
    "contact_moments": "SELECT t.id, l.young_person_id FROM contact_moments t JOIN school_leavers l ON l.id = t.leaver_id",
    "mentoring_links": "SELECT t.id, t.young_person_id FROM mentoring_links t",
    "mentoring_link_steps": "SELECT t.id, l.young_person_id FROM mentoring_link_steps t "
    "JOIN mentoring_links l ON l.id = t.link_id",
    "event_invitations": "SELECT t.id, t.young_person_id FROM event_invitations t",
    "event_contacts": "SELECT t.id, t.young_person_id FROM event_contacts t",
    "amendments": "SELECT t.id, t.young_person_id FROM amendments t",
    "audit_events": "SELECT t.id, t.young_person_id FROM audit_events t",
    "erasures": "SELECT t.id, t.young_person_id FROM erasures t",
    "matchtafel_wsp_windows": "SELECT t.young_person_id, t.young_person_id FROM matchtafel_wsp_windows t",
}
COORDINATOR_ONLY = ("audit_events", "erasures")
TABLES = [t for t in ABOUT if t not in (*COORDINATOR_ONLY, "matchtafel_wsp_windows")]


def _truth(admin: psycopg.Connection[Any], table: str) -> list[tuple[int, int | None]]:
    return [(int(i), y) for i, y in rows(admin, ABOUT[table])]


def test_every_person_level_table_is_attacked_here(
    region: Region, admin_sql: psycopg.Connection[Any]
) -> None:
    assert set(ABOUT) == set(PERSON_LEVEL)
    other_school = set(region.hidden_from("school_a"))
    for table in ABOUT:  # the region holds rows about another school's young people in every one of them
        assert any(young in other_school for _, young in _truth(admin_sql, table)), table


@pytest.mark.parametrize("login", LOGINS)
@pytest.mark.parametrize("table", TABLES)
def test_each_login_reads_exactly_the_rows_about_whom_it_may_see(
    region: Region, connect: Connect, admin_sql: psycopg.Connection[Any], login: str, table: str
) -> None:
    truth = _truth(admin_sql, table)
    seen, hidden = set(region.seen_by(login)), set(region.hidden_from(login))
    expected = sorted(i for i, young in truth if young is None or young in seen)
    others = sorted(i for i, young in truth if young in hidden)
    assert truth
    conn = connect(login)
    assert [i for (i,) in rows(conn, f"SELECT id FROM {table} ORDER BY id")] == expected
    assert count(conn, f"SELECT count(*) FROM {table} WHERE id = ANY(%s)", (others,)) == 0
    # and past the planner: no index, a sequential scan of everything, a non-leakproof comparison
    assert (
        count(
            conn,
            f"SELECT count(*) FROM {table} WHERE id::text = ANY(%s::text[])",
            ([str(i) for i in others],),
        )
        == 0
    )


@pytest.mark.parametrize("login", LOGINS)
@pytest.mark.parametrize("table", COORDINATOR_ONLY)
def test_nobody_but_the_coordinator_reads_the_audit_log_and_the_erasure_ledger(
    region: Region, connect: Connect, login: str, table: str
) -> None:
    conn = connect(login)
    if login == "coordinator":
        assert count(conn, f"SELECT count(*) FROM {table}") > 0
    else:
        denied = f"42501: permission denied for table {table}"
        assert refused(conn, f"SELECT count(*) FROM {table}") == denied
        assert refused(conn, f"SELECT young_person_id FROM {table}") == denied


@pytest.mark.parametrize("login", LOGINS)
def test_the_periods_consent_shares_someone_with_wsp_are_read_by_wsp_for_today_only(
    region: Region, connect: Connect, admin_sql: psycopg.Connection[Any], login: str
) -> None:
    conn = connect(login)
    statement = "SELECT young_person_id, shared_from, shared_until FROM matchtafel_wsp_windows ORDER BY 1, 2"
    everything = rows(admin_sql, statement)
    if login == "coordinator":
        assert rows(conn, statement) == everything
    elif login == "wsp":
        assert sorted(i for i, _, _ in rows(conn, statement)) == region.seen_by("wsp")
        assert len(everything) > len(
            region.seen_by("wsp")
        )  # periods that ended (a newer consent) stay hidden
    else:
        assert refused(conn, statement) == "42501: permission denied for table matchtafel_wsp_windows"


@pytest.mark.parametrize("login", LOGINS)
def test_joins_subqueries_and_set_operations_give_nothing_of_the_others(
    region: Region, connect: Connect, login: str
) -> None:
    hidden = region.hidden_from(login)
    conn = connect(login)
    for statement in (
        "SELECT count(*) FROM cases k JOIN young_people y ON y.id = k.young_person_id WHERE k.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM agenda_cases a JOIN cases k ON k.id = a.id WHERE a.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM agenda_cases a JOIN young_people y ON y.id = a.young_person_id "
        "WHERE a.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM agenda_cases a JOIN agreements g ON g.case_id = a.id WHERE a.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM agenda_cases a JOIN proposals p ON p.case_id = a.id OR p.young_person_id = a.young_person_id "
        "WHERE a.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM proposals p JOIN vacancies v ON v.id = p.vacancy_id WHERE p.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM vacancies v JOIN placements p ON p.vacancy_id = v.id WHERE p.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM meetings m JOIN cases k ON k.meeting_id = m.id WHERE k.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM (SELECT (SELECT y.family_name FROM young_people y WHERE y.id = a.young_person_id) AS n "
        "FROM agenda_cases a WHERE a.young_person_id = ANY(%(h)s)) s WHERE n IS NOT NULL",
        "SELECT count(*) FROM agenda_cases a, LATERAL (SELECT c.note FROM consents c "
        "WHERE c.young_person_id = a.young_person_id) l WHERE a.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM (SELECT id FROM young_people UNION ALL SELECT young_person_id FROM consents "
        "UNION ALL SELECT young_person_id FROM cases) u WHERE id = ANY(%(h)s)",
        "WITH RECURSIVE r(id) AS (SELECT young_person_id FROM placements UNION SELECT id FROM r) "
        "SELECT count(*) FROM r WHERE id = ANY(%(h)s)",
        "SELECT count(*) FROM young_people WHERE id IN (SELECT young_person_id FROM agenda_cases) "
        "AND id = ANY(%(h)s)",
        # around the table: through the shared registers of supporters and events, and the agenda
        "SELECT count(*) FROM supporters s JOIN mentoring_links l ON l.supporter_id = s.id "
        "WHERE l.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM supporters s JOIN mentoring_links l ON l.supporter_id = s.id "
        "JOIN mentoring_link_steps t ON t.link_id = l.id WHERE l.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM matching_events e JOIN event_invitations i ON i.event_id = e.id "
        "WHERE i.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM matching_events e JOIN event_contacts c ON c.event_id = e.id "
        "JOIN supporters s ON s.id = c.supporter_id WHERE c.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM agenda_cases a JOIN event_contacts c ON c.young_person_id = a.young_person_id "
        "WHERE a.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM agenda_young_people a JOIN mentoring_links l ON l.young_person_id = a.id "
        "WHERE a.id = ANY(%(h)s)",
        "SELECT count(*) FROM proposals p JOIN matching_events e ON e.id = p.event_id "
        "WHERE p.young_person_id = ANY(%(h)s)",
        "SELECT count(*) FROM agreements g JOIN supporters s ON s.id = g.supporter_id "
        "JOIN cases k ON k.id = g.case_id WHERE k.young_person_id = ANY(%(h)s)",
    ):
        assert count(conn, statement, {"h": hidden}) == 0, statement


@pytest.mark.parametrize("login", LOGINS)
def test_the_agenda_views_show_code_and_initials_of_everyone_on_an_agenda_and_nothing_more(
    region: Region, connect: Connect, admin_sql: psycopg.Connection[Any], login: str
) -> None:
    conn = connect(login)
    with conn.transaction():
        cursor = conn.execute("SELECT * FROM agenda_cases LIMIT 0")
        assert [c.name for c in cursor.description or []] == [
            "id",
            "meeting_id",
            "young_person_id",
            "position",
            "status",
            "time_budget_minutes",
            "code",
            "initials",
        ]
        cursor = conn.execute("SELECT * FROM agenda_young_people LIMIT 0")
        assert [c.name for c in cursor.description or []] == ["id", "code", "initials"]
    assert count(conn, "SELECT count(*) FROM agenda_cases") == count(admin_sql, "SELECT count(*) FROM cases")


@pytest.mark.parametrize("login", LOGINS)
def test_copy_out_shows_the_same_rows_as_select_and_copy_in_or_to_files_is_refused(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    with conn.transaction(), conn.cursor() as cursor, cursor.copy("COPY young_people (id) TO STDOUT") as copy:
        copied = sorted(int(row[0]) for row in copy.rows())
    assert copied == region.seen_by(login)
    for statement, message in (
        ("COPY young_people TO '/tmp/stolen.csv'", "pg_write_server_files role to COPY to a file"),
        (
            "COPY (SELECT 1) TO PROGRAM 'id'",
            "pg_execute_server_program role to COPY to or from an external program",
        ),
        ("COPY young_people FROM '/etc/hostname'", "pg_read_server_files role to COPY from a file"),
    ):
        assert refused(conn, statement) == f"42501: must be superuser or have privileges of the {message}"
    if LOGINS[login] in ("coordinator", "school", "municipality"):  # those who may insert young people
        assert refused(conn, "COPY young_people (code) FROM STDIN") == (
            "0A000: COPY FROM not supported with row-level security"
        )
    else:
        assert refused(conn, "COPY young_people (code) FROM STDIN") == (
            "42501: permission denied for table young_people"
        )


@pytest.mark.parametrize("login", LOGINS)
def test_leaky_casts_and_divisions_run_after_the_policies_so_they_reveal_nothing(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    hidden = region.hidden_from(login)
    for statement in (
        "SELECT count(*) FROM young_people WHERE id = ANY(%(h)s) AND family_name::int > 0",
        "SELECT count(*) FROM young_people WHERE id = ANY(%(h)s) AND 1 / (length(support_note) - length(support_note)) = 1",
        "SELECT count(*) FROM cases WHERE young_person_id = ANY(%(h)s) AND notes::numeric > 0",
        "SELECT count(*) FROM consents WHERE young_person_id = ANY(%(h)s) AND to_date(note, 'YYYY') IS NULL",
    ):
        assert count(conn, statement, {"h": hidden}) == 0, statement  # no error carrying another's text


@pytest.mark.parametrize("login", LOGINS)
def test_explain_analyze_counts_only_the_visible_rows_and_the_statistics_stay_hidden(
    region: Region, connect: Connect, login: str
) -> None:
    conn = connect(login)
    plan = rows(conn, "EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM young_people")[0][0]
    assert plan[0]["Plan"]["Actual Rows"] == len(region.seen_by(login))
    # Column statistics (most common values: names, places) of a table with row-level security: not shown.
    assert (
        count(
            conn,
            "SELECT count(*) FROM pg_stats WHERE schemaname = 'public' AND tablename IN "
            "('young_people', 'cases', 'consents', 'agreements')",
        )
        == 0
    )
