"""Setting up a shared PostgreSQL server: an owner role, group roles, grants, row-level security, one login per
person, and a report of what a careful DBA checks.

Run with an administrator's URL (``matchtafel server init|upgrade|add-user``). The app then connects as the
person's own login, and the server enforces who sees what; the interface only mirrors it.

Ownership: every object of the schema belongs to ``matchtafel_owner`` (no login, not a superuser, not
BYPASSRLS, no CREATEROLE/CREATEDB); the migrations run as that role. PUBLIC may not connect, create temporary
objects or create anything in the schema. The app's group roles get only the commands ``access.RIGHTS`` names.

A new table (a person-level one especially) gets its rules in ``matchtafel/domain/access_table.py``: one entry in RIGHTS
(what it holds, who may read and write which rows); ``server_sql.py`` turns it into grants and policies, and
``tests/security`` fails for a table of the models without an entry, and attacks every person-level one.

Roles (``access_table.py`` has the full table): coordinator (everything; organisations, people and the audit log),
school (their own school's young people), wsp (young people whose consent covers sharing with WSP/UWV;
vacancies and employers), municipality (all young people: the Doorstroompunt follows everyone up to 27),
minute_taker (the young people on the agendas of the sessions they take minutes for).
"""

from __future__ import annotations

from typing import Any

from matchtafel.domain.access import GROUP, OWNER, ROLES, may_read_audit, may_write
from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError

__all__ = ["GROUP", "OWNER", "ROLES", "add_user", "init_server", "may_read_audit", "may_write"]

ROLE_ATTRIBUTES = "NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION"


def _admin_statements(database: str, admin_is_superuser: bool) -> list[str]:
    """Roles, the database's and the schema's privileges, and the ownership of what exists already."""
    statements = [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
        f"CREATE ROLE {role} {ROLE_ATTRIBUTES}; END IF; END $$"
        for role in (OWNER, *GROUP.values())
    ]
    statements += [f"ALTER ROLE {role} {ROLE_ATTRIBUTES}" for role in (OWNER, *GROUP.values())]
    if not admin_is_superuser:  # to run the migrations as the owner (SET ROLE)
        statements.append(f"GRANT {OWNER} TO current_user")
    groups = ", ".join(GROUP.values())
    db = f'"{database}"'
    statements += [
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",  # no CONNECT, no TEMPORARY for whoever has a login
        # CONNECT per login (add_user), not per group: the groups are the cluster's, a login is one region's
        f"REVOKE ALL ON DATABASE {db} FROM {groups}",
        "DO $$ DECLARE a record; BEGIN IF to_regclass('public.db_accounts') IS NOT NULL THEN "
        "FOR a IN SELECT login FROM public.db_accounts WHERE login IN (SELECT rolname FROM pg_roles) LOOP "
        "EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), a.login); END LOOP; END IF; END $$",
        # short queries only: compiling one (JIT) costs more than it saves, a second on a misjudged plan
        f"ALTER DATABASE {db} SET jit = off",
        f"ALTER SCHEMA public OWNER TO {OWNER}",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {groups}",
        # What an earlier version (or the administrator's own first run) created belongs to the owner now.
        "DO $$ DECLARE r record; BEGIN "
        "FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c "
        "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p', 'S') "
        f"AND pg_get_userbyid(c.relowner) <> '{OWNER}' "
        "AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'a')) "
        "LOOP EXECUTE format('ALTER %s %s OWNER TO " + OWNER + "', "
        "CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' "
        "ELSE 'TABLE' END, r.name); END LOOP; "
        "FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p "
        f"WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> '{OWNER}' "
        "LOOP EXECUTE format('ALTER FUNCTION %s OWNER TO " + OWNER + "', r.name); END LOOP; END $$",
    ]
    return statements


def _owner_engine(admin_url: str) -> Any:
    """An engine whose connections act as the owner: what they create belongs to it."""
    from sqlalchemy import create_engine, event

    from matchtafel.storage.db import to_url

    engine = create_engine(to_url(admin_url))

    def as_owner(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET ROLE {OWNER}")
        dbapi_connection.commit()

    event.listen(engine, "connect", as_owner)
    return engine


def init_server(admin_url: str) -> list[str]:
    """Roles and privileges, the schema through the same migrations as every database (as the owner), then
    functions, triggers, policies and grants from the rights table. Returns the warnings of the checks."""
    from sqlalchemy import create_engine, text

    from matchtafel.storage.db import Database, migrate, to_url
    from matchtafel.storage.server_checks import app_login_problems, warnings

    url = to_url(admin_url)
    if url.get_backend_name() != "postgresql":
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "A shared server is PostgreSQL; give a postgresql:// URL.")
        )
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            superuser, createrole = conn.execute(
                text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")
            ).one()
            if not (superuser or createrole):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Set up the server as its administrator (a superuser or a role with CREATEROLE).",
                    )
                )
            problems = app_login_problems(conn)
            if problems:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "These logins of the app have administrator rights, which row-level security does not "
                        "hold: {logins}. Make them ordinary (ALTER ROLE … NOSUPERUSER NOBYPASSRLS NOCREATEROLE "
                        "NOCREATEDB) first; nothing was changed.",
                    ),
                    logins=", ".join(problems),
                )
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            for statement in _admin_statements(database, bool(superuser)):
                conn.execute(text(statement))
        owner = _owner_engine(admin_url)
        try:
            migrate(
                Database(
                    backend="postgresql", url=url, engine=owner, description=f"{url.host}/{url.database}"
                )
            )
            with owner.begin() as conn:
                for statement in owner_statements(conn):
                    conn.execute(text(statement))
        finally:
            owner.dispose()
        with admin.connect() as conn:
            return warnings(conn)
    finally:
        admin.dispose()


def owner_statements(conn: Any) -> list[str]:
    from sqlalchemy import text

    from matchtafel.storage.server_sql import owner_statements as generate

    columns: dict[str, list[str]] = {}
    for table, column in conn.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"
        )
    ):
        columns.setdefault(table, []).append(column)
    tracked = sorted(t for t, names in columns.items() if "created_by" in names and t not in _views(conn))
    return generate(columns, tracked)


def _views(conn: Any) -> set[str]:
    from sqlalchemy import text

    return set(
        conn.execute(
            text("SELECT table_name FROM information_schema.views WHERE table_schema = 'public'")
        ).scalars()
    )


def add_user(
    admin_url: str, login: str, *, organisation: str, role: str, password: str, person: str = ""
) -> None:
    """A login role for one person, in the group of their role, tied to their organisation (and person)."""
    from psycopg import sql

    from matchtafel.models import DbAccount, Organisation, Person
    from matchtafel.services.base import ids_named
    from matchtafel.storage.db import open_database

    if role not in ROLES:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "'{role}' is not a role; choose {roles}."),
            role=role,
            roles=", ".join(ROLES),
        )
    if not login.replace("_", "").isalnum() or login != login.lower() or not login.isascii():
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
                cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,))
                if cursor.fetchone() is not None:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "errors", "A login called '{login}' exists already; choose another."
                        ),
                        login=login,
                    )
                cursor.execute(
                    sql.SQL(
                        "CREATE ROLE {} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION "
                        "PASSWORD {} IN ROLE {}"
                    ).format(sql.Identifier(login), sql.Literal(password), sql.Identifier(GROUP[role]))
                )
                cursor.execute(  # this region's database only (the group is the whole cluster's)
                    sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                        sql.Identifier(db.url.database or ""), sql.Identifier(login)
                    )
                )
            s.merge(DbAccount(login=login, person_id=person_id, organisation_id=organisation_id, role=role))
    finally:
        db.close()
