"""Small leaks: a new young person's code and id say nothing about other schools' registrations or the regional
total (no "last code" function, no readable sequence, client values ignored); NOTIFY payloads anyone can send
are only hints to reload, and unknown ones are dropped."""

from __future__ import annotations

import re
from typing import Any

import psycopg
import pytest

from tests.conftest import PG_URL
from tests.security.conftest import Connect, Region, refused, rows

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")


def _register(conn: psycopg.Connection[Any], region: Region, code: str, young_id: int) -> tuple[int, str]:
    (found,) = rows(
        conn,
        "INSERT INTO young_people (id, code, initials, given_name, family_name, school_id, programme_name, crebo, "
        "home_place, wanted_sectors, needs_job_coach, support_note, doelgroepregister, is_concern, "
        "looking_for_leerbaan, created_at, created_by, updated_at, updated_by, version) VALUES (%s, %s, 'N.N.', "
        "'Nieuw', 'Nieuw', %s, '', '', '', '', false, '', 'unknown', false, false, now(), '', now(), '', 1) "
        "RETURNING id, code",
        (young_id, code, region.organisations["school_a"]),
    )
    return int(found[0]), str(found[1])


def test_the_server_hands_out_codes_and_ids_that_tell_nothing_and_ignores_chosen_ones(
    region: Region, connect: Connect, admin_sql: psycopg.Connection[Any]
) -> None:
    conn = connect("school_a")
    existing = rows(admin_sql, "SELECT code FROM young_people WHERE id = %s", (region.young["b1"],))[0][0]
    made = [
        _register(conn, region, existing, region.young["b1"]) for _ in range(12)
    ]  # someone else's code and id
    codes = [code for _, code in made]
    assert all(re.fullmatch(r"J-\d{4}-\d{6}", code) for code in codes), codes
    assert existing not in codes and region.young["b1"] not in [i for i, _ in made]
    numbers = [int(code.rsplit("-", 1)[1]) for code in codes]
    assert len(set(numbers)) == len(numbers) and numbers != sorted(numbers)  # not counted on from anything
    assert len({i for i, _ in made}) == len(made)


def test_there_is_no_function_that_reveals_the_highest_code(connect: Connect) -> None:
    conn = connect("school_b")
    assert refused(conn, "SELECT matchtafel_last_code('J-2026-')") == (
        "42883: function matchtafel_last_code(unknown) does not exist"
    )
    assert rows(conn, "SELECT max(code) FROM agenda_young_people") != []  # what is on an agenda: by design


def test_spoofed_notifications_are_dropped_and_known_ones_only_ask_for_a_reload(region: Region) -> None:
    from matchtafel.storage.changes import ChangeFeed

    feed = ChangeFeed(region.conninfo("school_a"))
    try:
        with psycopg.connect(region.conninfo("wsp"), autocommit=True) as spoofer:
            spoofer.execute("NOTIFY matchtafel, 'young_people; DROP TABLE cases'")
            spoofer.execute("SELECT pg_notify('matchtafel', repeat('x', 7000))")
            spoofer.execute("SELECT pg_notify('matchtafel', 'J-2026-0001 Zoë van der Berg')")
            spoofer.execute("NOTIFY matchtafel, 'vacancies'")
            for number in range(300):  # a flood: read at most MAX_PER_WAIT a time, never blocking
                spoofer.execute("SELECT pg_notify('matchtafel', %s)", (f"junk {number}",))
        received: set[str] = set()
        for _ in range(5):
            received |= feed.wait(timeout=0.5)
        assert received == {"vacancies"}
    finally:
        feed.close()
