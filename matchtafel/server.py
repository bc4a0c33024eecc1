"""Setting up a shared PostgreSQL server: group roles, grants, row-level security, one login per person.

Run with an administrator's URL (``matchtafel server init|upgrade|add-user``). The app then connects as the
person's own login, and the server enforces who sees what; the interface only mirrors it.

Roles: coordinator (everything; organisations, people and the audit log), school (their own school's young
people), wsp (young people whose consent covers sharing with WSP/UWV; vacancies and employers),
municipality (all young people: the Doorstroompunt follows everyone up to 27), minute_taker (the young people
on the agendas of the sessions they take minutes for).
"""

from __future__ import annotations

from typing import Any

from matchtafel.errors import QT_TRANSLATE_NOOP, UserError

ROLES = ("coordinator", "school", "wsp", "municipality", "minute_taker")
GROUP = {role: f"matchtafel_{role}" for role in ROLES}
# Tables the app deletes rows from (undo, re-planning nazorg calls): others are never deleted from.
DELETABLE = (
    "cases",
    "agreements",
    "proposals",
    "proposal_steps",
    "nazorg_checkpoints",
    "attendances",
    "mentoring_links",  # undo of a link just proposed
    "mentoring_link_steps",
    "event_invitations",  # an invitation taken back
    "event_contacts",
    "contact_moments",  # a second leaving replaces the moments not yet made
)
READ_ONLY = ("alembic_version", "app_meta", "db_accounts", "organisation_kinds")
COORDINATOR_WRITES = ("organisations", "people")
WSP_WRITES = ("vacancies", "employers")

# Which roles may add and change which register: what the grants and policies below allow, so that the
# interface can offer only that (the server refuses the rest anyway).
WRITERS: dict[str, frozenset[str]] = {
    "young_people": frozenset({"coordinator", "school", "municipality"}),
    "vacancies": frozenset({"coordinator", "wsp"}),
    "employers": frozenset({"coordinator", "wsp"}),
    "organisations": frozenset({"coordinator"}),
    "people": frozenset({"coordinator"}),
}


def may_write(role: str | None, register: str) -> bool:
    """``role`` None: a local file or an account without a role, where everything is allowed."""
    return role is None or role in WRITERS.get(register, frozenset(ROLES))


def may_read_audit(role: str | None) -> bool:
    return role is None or role == "coordinator"


_YOUNG_PEOPLE_POLICIES = {
    "coordinator": "true",
    "municipality": "true",
    "school": "school_id = matchtafel_organisation()",
    "wsp": (
        "EXISTS (SELECT 1 FROM consents c WHERE c.young_person_id = young_people.id AND c.scope_share_wsp "
        "AND c.given_on <= current_date AND (c.withdrawn_on IS NULL OR c.withdrawn_on > current_date))"
    ),
    "minute_taker": (
        "EXISTS (SELECT 1 FROM cases k JOIN meetings m ON m.id = k.meeting_id "
        "WHERE k.young_person_id = young_people.id AND m.minute_taker_id = matchtafel_person())"
    ),
}


def init_statements() -> list[str]:
    """Idempotent: run again after an upgrade to grant on new tables."""
    statements = [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN "
        f"CREATE ROLE {group} NOLOGIN; END IF; END $$"
        for group in GROUP.values()
    ]
    groups = ", ".join(GROUP.values())
    statements += [
        # Who is asking, from the login: SECURITY DEFINER reads db_accounts whatever the caller may.
        "CREATE OR REPLACE FUNCTION matchtafel_organisation() RETURNS integer LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public AS "
        "$$ SELECT organisation_id FROM db_accounts WHERE login = session_user $$",
        "CREATE OR REPLACE FUNCTION matchtafel_person() RETURNS integer LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public AS $$ SELECT person_id FROM db_accounts WHERE login = session_user $$",
        f"DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO {groups}', current_database()); END $$",
        f"GRANT USAGE ON SCHEMA public TO {groups}",
        f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {groups}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {groups}",
        f"GRANT DELETE ON {', '.join(DELETABLE)} TO {groups}",
        f"REVOKE INSERT, UPDATE ON {', '.join(READ_ONLY)} FROM {groups}",
        # The audit log: everyone adds to it, nobody changes it, only the coordinator reads it.
        f"REVOKE SELECT, UPDATE, DELETE, TRUNCATE ON audit_events FROM {groups}",
        f"GRANT SELECT ON audit_events TO {GROUP['coordinator']}",
        f"GRANT SELECT (id) ON audit_events TO {groups}",  # INSERT ... RETURNING id needs to read the id
    ]
    others = [GROUP[r] for r in ROLES if r != "coordinator"]
    statements.append(f"REVOKE INSERT, UPDATE ON {', '.join(COORDINATOR_WRITES)} FROM {', '.join(others)}")
    not_wsp = [GROUP[r] for r in ROLES if r not in ("coordinator", "wsp")]
    statements.append(f"REVOKE INSERT, UPDATE ON {', '.join(WSP_WRITES)} FROM {', '.join(not_wsp)}")
    statements.append("ALTER TABLE young_people ENABLE ROW LEVEL SECURITY")
    for role, condition in _YOUNG_PEOPLE_POLICIES.items():
        name = f"young_people_{role}"
        statements += [
            f"DROP POLICY IF EXISTS {name} ON young_people",
            f"CREATE POLICY {name} ON young_people TO {GROUP[role]} USING ({condition}) WITH CHECK ({condition})",
        ]
    return statements


def init_server(admin_url: str) -> None:
    """Schema through the same migrations as every database, then roles, grants and policies."""
    from sqlalchemy import text

    from matchtafel.db import open_database

    db = open_database(admin_url)
    try:
        if not db.url.get_backend_name() == "postgresql":
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "A shared server is PostgreSQL; give a postgresql:// URL.")
            )
        with db.engine.begin() as conn:
            for statement in init_statements():
                conn.execute(text(statement))
    finally:
        db.close()


def add_user(
    admin_url: str, login: str, *, organisation: str, role: str, password: str, person: str = ""
) -> None:
    """A login role for one person, in the group of their role, tied to their organisation (and person)."""
    from psycopg import sql

    from matchtafel.db import open_database
    from matchtafel.models import DbAccount, Organisation, Person
    from matchtafel.services.base import ids_named

    if role not in ROLES:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "'{role}' is not a role; choose {roles}."),
            role=role,
            roles=", ".join(ROLES),
        )
    if not login.replace("_", "").isalnum() or login != login.lower():
        raise UserError(QT_TRANSLATE_NOOP("errors", "A login is lower-case letters, digits and _ only."))
    db = open_database(admin_url)
    try:
        with db.sessions.begin() as s:
            organisation_id = next(iter(ids_named(s, Organisation.id, Organisation.name, organisation)), None)
            if organisation_id is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "No organisation is called '{name}'."), name=organisation
                )
            person_id = None
            if person:
                person_id = next(iter(ids_named(s, Person.id, Person.name, person)), None)
                if person_id is None:
                    raise UserError(QT_TRANSLATE_NOOP("errors", "No person is called '{name}'."), name=person)
            raw: Any = s.connection().connection.driver_connection
            with raw.cursor() as cursor:
                cursor.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                        sql.Identifier(login), sql.Literal(password), sql.Identifier(GROUP[role])
                    )
                )
            s.merge(DbAccount(login=login, person_id=person_id, organisation_id=organisation_id, role=role))
    finally:
        db.close()
