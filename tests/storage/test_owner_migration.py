"""Migration 0017: who owns the supporters, events and invitations that were there before. The owner comes from the
audit log's "create" event only where the server wrote who did it (``actor_login``); everything else is left to
the coordinator (NULL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from matchtafel.storage.db import alembic_config, open_database

TRACKED = "'2025-01-01', '', '2025-01-01', '', 1"


def test_existing_rows_get_the_owner_the_server_recorded_and_otherwise_none(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0016_overview_indexes")
        kind = conn.execute(text("SELECT min(id) FROM organisation_kinds")).scalar_one()
        for number, name in enumerate(("WSP Achterhoek", "PrO Winterswijk", "Dubbel", "Dubbel"), start=1):
            conn.execute(
                text(
                    "INSERT INTO organisations (id, name, kind_id, place, created_at, created_by, updated_at, "
                    f"updated_by, version) VALUES (:id, :name, :kind, '', {TRACKED})"
                ),
                {"id": number, "name": name, "kind": kind},
            )
        conn.execute(
            text("INSERT INTO db_accounts (login, organisation_id, role) VALUES ('wsp_login', 1, 'wsp')")
        )
        for number in range(1, 6):
            conn.execute(
                text(
                    "INSERT INTO supporters (id, name, kind, organisation, email, phone, place, sectors, wishes, "
                    f"note, created_at, created_by, updated_at, updated_by, version) VALUES "
                    f"(:id, 'Mentor', 'business_mentor', '', '', '', '', '', '', '', {TRACKED})"
                ),
                {"id": number},
            )
        conn.execute(
            text(
                "INSERT INTO matching_events (id, title, kind, starts_at, duration_minutes, place, organiser, "
                f"description, outcome_note, created_at, created_by, updated_at, updated_by, version) VALUES "
                f"(1, 'Speeddate', 'speed_date', '2025-02-01 14:00', 90, '', '', '', '', {TRACKED})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO event_invitations (id, event_id, supporter_id, attendance, created_at, created_by, "
                f"updated_at, updated_by, version) VALUES (1, 1, 1, 'invited', {TRACKED})"
            )
        )
        created = [
            ("supporter", 1, "wsp_login", "WSP Achterhoek"),  # the login's account: WSP
            ("supporter", 2, "removed_login", "PrO Winterswijk"),  # account gone: the name the server wrote
            ("supporter", 3, "", "WSP Achterhoek"),  # before 0014: the client's own words prove nothing
            ("supporter", 5, "removed_login", "Dubbel"),  # two organisations of that name: nobody's
            ("matching_event", 1, "wsp_login", "WSP Achterhoek"),
            ("event_invitation", 1, "wsp_login", "WSP Achterhoek"),
            ("supporter", 4, "wsp_login", "WSP Achterhoek"),  # an update, not its creation
        ]
        for number, (entity, entity_id, login, organisation) in enumerate(created):
            conn.execute(
                text(
                    "INSERT INTO audit_events (at, actor, actor_organisation, action, entity, entity_id, detail, "
                    "reason, actor_login) VALUES ('2025-01-01', 'x', :organisation, :action, :entity, :id, '', '', "
                    ":login)"
                ),
                {
                    "organisation": organisation,
                    "action": "update" if number == len(created) - 1 else "create",
                    "entity": entity,
                    "id": entity_id,
                    "login": login,
                },
            )
    engine.dispose()
    db = open_database(path)  # upgrades to the head
    with db.engine.connect() as conn:
        supporters = dict(conn.execute(text("SELECT id, owner_organisation_id FROM supporters")).all())
        event = conn.execute(text("SELECT owner_organisation_id FROM matching_events")).scalar_one()
        invitation = conn.execute(text("SELECT owner_organisation_id FROM event_invitations")).scalar_one()
    db.close()
    assert supporters == {1: 1, 2: 2, 3: None, 4: None, 5: None}
    assert (event, invitation) == (1, 1)
