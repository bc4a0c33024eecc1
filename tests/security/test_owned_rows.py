"""Rows an organisation owns (supporters, matching events, an event's invitation of a supporter or employer): every
login that reads them still reads them, but changing, archiving and deleting is for the owning organisation's
logins and the coordinator — with plain SQL as each role's login, and through the app (a clear refusal)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import psycopg
import pytest

from matchtafel.domain.access import may_change
from matchtafel.domain.errors import NotAllowed
from matchtafel.domain.vocabulary import AttendanceStatus
from tests.conftest import PG_URL
from tests.security.conftest import Connect, Region, refused, rows
from tests.security.test_app_as_roles import app_as
from tests.security.test_server_setup import OWNED
from tests.security.test_writing import RLS

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")

# What each attack changes, per owned row of WSP: (table, key in region.owned, a harmless change).
WSP_ROWS = (
    ("supporters", "wsp:supporter", "name = 'Overgenomen'"),
    ("matching_events", "wsp:event", "title = '', place = ''"),  # blank a WSP speed date
    ("event_invitations", "wsp:invitation", "attendance = 'absent'"),
)
NOT_OWNERS = ("school_a", "school_b", "municipality")  # they write these tables, but not WSP's rows


def _snapshot(admin: psycopg.Connection[Any], table: str, row_id: int) -> list[tuple[Any, ...]]:
    return rows(admin, f"SELECT * FROM {table} WHERE id = %s", (row_id,))


@pytest.mark.parametrize("login", NOT_OWNERS)
@pytest.mark.parametrize(("table", "key", "change"), WSP_ROWS)
def test_another_organisation_cannot_change_archive_or_delete_wsps_rows(
    region: Region,
    connect: Connect,
    admin_sql: psycopg.Connection[Any],
    login: str,
    table: str,
    key: str,
    change: str,
) -> None:
    row_id = region.owned[key]
    before = _snapshot(admin_sql, table, row_id)
    conn = connect(login)
    assert rows(conn, f"SELECT id FROM {table} WHERE id = %s", (row_id,)) == [(row_id,)]  # still read
    assert rows(conn, f"UPDATE {table} SET {change} WHERE id = %s RETURNING id", (row_id,)) == []
    if table != "event_invitations":  # archiving is an update too
        assert (
            rows(conn, f"UPDATE {table} SET archived_at = now() WHERE id = %s RETURNING id", (row_id,)) == []
        )
    if table == "event_invitations":
        assert rows(conn, f"DELETE FROM {table} WHERE id = %s RETURNING id", (row_id,)) == []
    else:  # nobody deletes a supporter or an event (archive them)
        assert refused(conn, f"DELETE FROM {table} WHERE id = %s", (row_id,)) == (
            f"42501: permission denied for table {table}"
        )
    # Nor can the row be made one's own: the owner is never changed after insert.
    assert refused(
        conn,
        f"UPDATE {table} SET owner_organisation_id = %s WHERE id = %s",
        (region.organisations[login], row_id),
    ) == (f"42501: permission denied for table {table}")
    assert _snapshot(admin_sql, table, row_id) == before


def test_a_school_cannot_change_another_schools_junior_trainer(
    region: Region, connect: Connect, admin_sql: psycopg.Connection[Any]
) -> None:
    jpo = region.owned["school_b:supporter"]
    before = _snapshot(admin_sql, "supporters", jpo)
    conn = connect("school_a")
    assert (
        rows(conn, "UPDATE supporters SET capacity = 0, note = 'x' WHERE id = %s RETURNING id", (jpo,)) == []
    )
    assert _snapshot(admin_sql, "supporters", jpo) == before
    own = connect("school_b")
    assert rows(own, "UPDATE supporters SET capacity = 0 WHERE id = %s RETURNING id", (jpo,)) == [(jpo,)]


@pytest.mark.parametrize("login", ["wsp", "coordinator"])
@pytest.mark.parametrize(("table", "key", "change"), WSP_ROWS)
def test_the_owner_and_the_coordinator_change_archive_and_delete_them(
    region: Region, connect: Connect, login: str, table: str, key: str, change: str
) -> None:
    row_id = region.owned[key]
    conn = connect(login)
    assert rows(conn, f"UPDATE {table} SET {change} WHERE id = %s RETURNING id", (row_id,)) == [(row_id,)]
    if table == "event_invitations":
        assert rows(conn, f"DELETE FROM {table} WHERE id = %s RETURNING id", (row_id,)) == [(row_id,)]
    else:
        assert rows(
            conn, f"UPDATE {table} SET archived_at = now() WHERE id = %s RETURNING id", (row_id,)
        ) == [(row_id,)]


def test_the_minute_taker_writes_none_of_them(region: Region, connect: Connect) -> None:
    conn = connect("minute_taker")
    for table, key, change in WSP_ROWS:
        assert refused(conn, f"UPDATE {table} SET {change} WHERE id = %s", (region.owned[key],)) == (
            f"42501: permission denied for table {table}"
        )


def test_rows_without_an_owner_are_the_coordinators(region: Region, connect: Connect) -> None:
    """The mentor and speed date the administrator registered (and rows from before owners were kept)."""
    for login in ("school_a", "wsp", "municipality"):
        conn = connect(login)
        assert (
            rows(conn, "UPDATE supporters SET note = 'x' WHERE id = %s RETURNING id", (region.supporter,))
            == []
        )
        assert (
            rows(conn, "UPDATE matching_events SET place = '' WHERE id = %s RETURNING id", (region.event,))
            == []
        )
    conn = connect("coordinator")
    assert rows(conn, "UPDATE supporters SET note = 'x' WHERE id = %s RETURNING id", (region.supporter,)) == [
        (region.supporter,)
    ]


@pytest.mark.parametrize("owner", ["wsp", None])
def test_nobody_registers_a_row_in_another_organisations_name(
    region: Region, connect: Connect, owner: str | None
) -> None:
    given = region.organisations[owner] if owner else None
    conn = connect("school_a")
    assert (
        refused(
            conn,
            "INSERT INTO supporters (name, kind, organisation, email, phone, place, sectors, wishes, note, "
            "owner_organisation_id, created_at, created_by, updated_at, updated_by, version) "
            "VALUES ('Nep', 'business_mentor', '', '', '', '', '[]', '[]', '', %s, now(), '', now(), '', 1)",
            (given,),
        )
        == f'{RLS} "supporters"'
    )
    assert (
        refused(
            conn,
            "INSERT INTO event_invitations (event_id, supporter_id, attendance, owner_organisation_id, created_at, "
            "created_by, updated_at, updated_by, version) VALUES (%s, %s, 'invited', %s, now(), '', now(), '', 1)",
            (region.event, region.owned["school_b:supporter"], given),
        )
        == f'{RLS} "event_invitations"'
    )


def test_the_events_organiser_records_who_came_also_of_those_others_invited(
    region: Region, connect: Connect, admin_sql: psycopg.Connection[Any]
) -> None:
    school_b = connect("school_b")
    invitation = rows(
        school_b,
        "INSERT INTO event_invitations (event_id, supporter_id, attendance, owner_organisation_id, created_at, "
        "created_by, updated_at, updated_by, version) VALUES (%s, %s, 'invited', %s, now(), '', now(), '', 1) "
        "RETURNING id",
        (region.owned["wsp:event"], region.owned["school_b:supporter"], region.organisations["school_b"]),
    )[0][0]
    school_b.commit()  # visible to the others (removed at the end)
    try:
        change = "UPDATE event_invitations SET attendance = 'present' WHERE id = %s RETURNING id"
        for login, changed in (("school_a", []), ("wsp", [(invitation,)]), ("school_b", [(invitation,)])):
            conn = connect(login)  # school A: neither who invited nor the organiser; WSP organises; B invited
            found = rows(conn, change, (invitation,))
            conn.rollback()  # lets go of the row for the next one
            assert found == changed, login
    finally:
        with admin_sql.transaction():
            admin_sql.execute("DELETE FROM event_invitations WHERE id = %s", (invitation,))
        admin_sql.commit()


def test_the_owner_is_stamped_from_the_login(region: Region, admin_sql: psycopg.Connection[Any]) -> None:
    found = {
        key: rows(
            admin_sql, f"SELECT owner_organisation_id FROM {table} WHERE id = %s", (region.owned[key],)
        )[0][0]
        for table, key, _ in WSP_ROWS
    }
    assert found == dict.fromkeys(found, region.organisations["wsp"])
    assert rows(
        admin_sql, "SELECT owner_organisation_id FROM supporters WHERE id = %s", (region.supporter,)
    ) == [(None,)]
    assert set(OWNED) == {"supporters", "matching_events", "event_invitations"}


# -- through the app --------------------------------------------------------------------------------------------


def _input(row: Any, input_type: type[Any], **changes: Any) -> Any:
    return input_type(**{**{f.name: getattr(row, f.name, None) for f in fields(input_type)}, **changes})


def test_the_app_refuses_a_school_wsps_mentor_event_and_invitation_saying_who_may(
    fresh_region: Region,
) -> None:
    from matchtafel.services.events import EventInput
    from matchtafel.services.supporters import SupporterInput

    owned = fresh_region.owned
    with app_as(fresh_region, "school_a") as app:
        mentor = app.supporters.get(owned["wsp:supporter"])
        assert (mentor.owner, mentor.may_change) == ("WSP Achterhoek", False)
        jpo = app.supporters.get(owned["school_b:supporter"])
        assert (jpo.owner, jpo.may_change) == ("PrO Winterswijk", False)
        with pytest.raises(
            NotAllowed, match="belongs to WSP Achterhoek: only WSP Achterhoek and the coordinator"
        ):
            app.supporters.change(
                mentor.id, mentor.version, _input(mentor, SupporterInput, name="Overgenomen")
            )
        with pytest.raises(NotAllowed, match="belongs to WSP Achterhoek"):
            app.supporters.archive(mentor.id, mentor.version)
        with pytest.raises(NotAllowed, match="belongs to PrO Winterswijk"):
            app.supporters.archive(jpo.id, jpo.version)
        with pytest.raises(NotAllowed, match="only the coordinator may change"):
            app.supporters.archive(fresh_region.supporter, app.supporters.get(fresh_region.supporter).version)
        event = app.events.get(owned["wsp:event"])
        assert (event.owner, event.may_change) == ("WSP Achterhoek", False)
        with pytest.raises(NotAllowed, match="belongs to WSP Achterhoek"):
            app.events.archive(event.id, event.version)
        blank = _input(event, EventInput, title="-", day=event.starts_at.date(), start_time="14:30")
        with pytest.raises(NotAllowed, match="belongs to WSP Achterhoek"):
            app.events.change(event.id, event.version, blank)
        invitation = next(i for i in app.events.invitations(event.id) if i.id == owned["wsp:invitation"])
        assert (invitation.may_change, invitation.owner) == (False, "WSP Achterhoek")
        with pytest.raises(NotAllowed, match="belongs to WSP Achterhoek"):
            app.events.uninvite(invitation.id)
        with pytest.raises(NotAllowed, match="belongs to WSP Achterhoek"):
            app.events.set_attendance(invitation.id, AttendanceStatus.PRESENT)
        own = app.supporters.create(_input(jpo, SupporterInput, name="Eigen JPO"))  # its own: its to change
        assert (own.owner, own.may_change) == ("Achterhoek College", True)
        app.supporters.archive(own.id, own.version)
    with app_as(fresh_region, "wsp") as app:
        mentor = app.supporters.get(owned["wsp:supporter"])
        assert mentor.may_change
        changed = app.supporters.change(
            mentor.id, mentor.version, _input(mentor, SupporterInput, place="Zutphen")
        )
        assert changed.place == "Zutphen"
        event = app.events.get(owned["wsp:event"])
        day = event.starts_at.date()
        app.events.change(
            event.id, event.version, _input(event, EventInput, day=day, place="Lochem", start_time="15:00")
        )
        app.events.set_attendance(owned["wsp:invitation"], AttendanceStatus.PRESENT)
        app.events.uninvite(owned["wsp:invitation"])
    with app_as(fresh_region, "coordinator") as app:
        assert all(row.may_change for row in app.supporters.rows())
        jpo = app.supporters.get(owned["school_b:supporter"])
        app.supporters.archive(jpo.id, jpo.version)


def test_may_change_answers_what_the_server_enforces(region: Region) -> None:
    wsp, school = region.organisations["wsp"], region.organisations["school_a"]
    for table in OWNED:
        assert may_change("coordinator", table, my_organisation=school, owner=None)
        assert may_change("wsp", table, my_organisation=wsp, owner=wsp)
        assert not may_change("school", table, my_organisation=school, owner=wsp)
        assert not may_change("municipality", table, my_organisation=school, owner=None)
        assert not may_change("minute_taker", table, my_organisation=wsp, owner=wsp)
        assert may_change(None, table, my_organisation=None, owner=wsp)  # a local file
    assert may_change(
        "school", "event_invitations", my_organisation=school, owner=wsp, about_young_person=True
    )
    assert may_change("wsp", "event_invitations", my_organisation=wsp, owner=school, parent_owner=wsp)
