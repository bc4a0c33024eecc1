"""The shared server's rules as SQL, generated from the one rights table (``matchtafel.domain.access``).

Run by ``matchtafel server init|upgrade`` as the schema's owner (``matchtafel_owner``: no login, not a
superuser, not BYPASSRLS). Idempotent: every run drops and recreates the policies, grants and functions, so
what the server enforces is always exactly what ``access.RIGHTS`` says.

What is made here:

- identity helpers (SECURITY INVOKER): the role, organisation and person of ``session_user`` from
  ``db_accounts``, which each login can read its own row of;
- five SECURITY DEFINER functions (``server_functions``), each with ``SET search_path = pg_catalog, public,
  pg_temp`` and fully qualified names: the periods in which consent shares a young person with WSP (kept
  from consents by a trigger, read by WSP's policies), a new young person's id and code (from a private
  sequence through a keyed permutation, so a code says nothing about other schools' registrations or the
  regional total), how many places of a vacancy are taken, and how many open links each supporter has;
- row-level security ENABLEd and FORCEd on every table, one policy per table, command and role, each starting
  with the login's role from ``db_accounts`` (a login of another region's database in the same group sees
  nothing here), and an all-rows policy for the owner (its functions and views);
- grants per command; UPDATE as column grants (ids, links to the parent and creation stamps are never
  updated); no sequence is readable, only usable where a role inserts;
- triggers: the audit log's actor, organisation, login and time from the login (never from the client);
  ``created_by``/``updated_by``/``by`` stamped the same way; a locked session refuses every change except an
  amendment by its chair, minute taker or the coordinator, recorded in the same transaction.
"""

from __future__ import annotations

from matchtafel.domain.access import (
    AGENDA_VIEWS,
    BY_TABLE,
    GROUP,
    OWNER,
    RIGHTS,
    ROLES,
    may,
)
from matchtafel.domain.access_conditions import WSP_WINDOWS
from matchtafel.storage.server_functions import SECRET_TABLE, YOUNG_PERSON_SEQUENCE, function_statements

GROUPS = ", ".join(GROUP.values())
TRACKED_BY = {
    "proposal_steps": "by",
    "amendments": "by",
    "agreement_reviews": "by",
    "mentoring_link_steps": "by",
}
LOCK_GUARDED = ("cases", "agreements", "attendances", "agreement_reviews")


def _policy_name(table: str, command: str, role: str) -> str:
    return f"{table}_{command}_{role}"


def policy_statements(columns: dict[str, list[str]]) -> list[str]:
    statements: list[str] = []
    for rights in RIGHTS:
        table = f"public.{rights.table}"
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
            f"CREATE POLICY {rights.table}_owner ON {table} TO {OWNER} USING (true) WITH CHECK (true)",
        ]
        for command, granted in rights.commands.items():
            for role in granted.rows:
                # db_accounts is what the role is read from: its own policy cannot ask for the role.
                # The role check as one boolean InitPlan: the planner reckons with half the rows passing, not
                # 0.5 % (what "role = 'x'" gets), so a page of 1000 is read by index, not sorted out of 20,000.
                prefix = (
                    ""
                    if rights.table == "db_accounts"
                    else f"(SELECT public.matchtafel_role() = '{role}') AND "
                )
                clauses = ""
                if command in ("select", "update", "delete"):
                    clauses += f" USING ({prefix}({granted.rows[role]}))"
                if command in ("insert", "update"):
                    clauses += f" WITH CHECK ({prefix}({granted.check_of(role)}))"
                statements.append(
                    f"CREATE POLICY {_policy_name(rights.table, command, role)} ON {table} "
                    f"FOR {command.upper()} TO {GROUP[role]}{clauses}"
                )
                statements.append(_grant(rights.table, command, role, columns))
    return statements


def _grant(table: str, command: str, role: str, columns: dict[str, list[str]]) -> str:
    if command != "update":
        return f"GRANT {command.upper()} ON public.{table} TO {GROUP[role]}"
    rights = BY_TABLE[table]
    allowed = rights.commands["update"].columns.get(role)
    if allowed is None:
        fixed = {"id", "created_at", "created_by", *rights.fixed}
        allowed = tuple(c for c in columns[table] if c not in fixed)
    return f"GRANT UPDATE ({', '.join(allowed)}) ON public.{table} TO {GROUP[role]}"


def revoke_statements() -> list[str]:
    """Nothing for anyone, first: the grants that follow are all there is."""
    everyone = f"PUBLIC, {GROUPS}"
    return [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM {everyone}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA public REVOKE ALL ON TABLES FROM PUBLIC",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA public REVOKE ALL ON SEQUENCES FROM PUBLIC",
    ]


def grant_statements(columns: dict[str, list[str]]) -> list[str]:
    """Grants besides the tables' (those come with their policies)."""
    statements = []
    for name in (
        "matchtafel_role()",
        "matchtafel_organisation()",
        "matchtafel_person()",
        "matchtafel_label()",
    ):
        statements.append(f"GRANT EXECUTE ON FUNCTION public.{name} TO {GROUPS}")
    movers = [GROUP[r] for r in ROLES if may(r, "placements", "insert")]
    statements.append(
        f"GRANT EXECUTE ON FUNCTION public.matchtafel_places_taken(integer) TO {', '.join(movers)}"
    )
    linkers = [GROUP[r] for r in ROLES if may(r, "supporters", "select")]
    statements.append(
        f"GRANT EXECUTE ON FUNCTION public.matchtafel_supporter_taken(integer) TO {', '.join(linkers)}"
    )
    for view in AGENDA_VIEWS:
        statements += [
            f"ALTER VIEW public.{view} SET (security_barrier = true)",
            f"GRANT SELECT ON public.{view} TO {GROUPS}",
        ]
    # Inserting needs the id sequence (nextval only: USAGE, never SELECT); young people get theirs from
    # the permutation, so nobody uses young_people's sequence.
    for rights in RIGHTS:
        if rights.table in ("young_people", "alembic_version", "app_meta", "db_accounts") or not columns.get(
            rights.table
        ):
            continue
        inserters = [GROUP[r] for r in sorted(rights.roles("insert"))]
        if inserters and "id" in columns[rights.table]:
            statements.append(
                f"GRANT USAGE ON SEQUENCE public.{rights.table}_id_seq TO {', '.join(inserters)}"
            )
    return statements


DROP_POLICIES = (
    "DO $$ DECLARE p record; BEGIN FOR p IN SELECT policyname, tablename FROM pg_catalog.pg_policies "
    "WHERE schemaname = 'public' LOOP EXECUTE format('DROP POLICY %I ON public.%I', p.policyname, p.tablename); "
    "END LOOP; END $$"
)


def trigger_statements(tracked: list[str]) -> list[str]:
    statements = [
        f"CREATE SEQUENCE IF NOT EXISTS public.{YOUNG_PERSON_SEQUENCE}",
        f"CREATE TABLE IF NOT EXISTS public.{SECRET_TABLE} (name text PRIMARY KEY, value text NOT NULL)",
        f"ALTER TABLE public.{SECRET_TABLE} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE public.{SECRET_TABLE} FORCE ROW LEVEL SECURITY",
        DROP_POLICIES,
        f"CREATE POLICY {SECRET_TABLE}_owner ON public.{SECRET_TABLE} TO {OWNER} USING (true) WITH CHECK (true)",
        f"INSERT INTO public.{SECRET_TABLE} (name, value) "
        "VALUES ('young_person', gen_random_uuid()::text || gen_random_uuid()::text) ON CONFLICT DO NOTHING",
        "ALTER TABLE public.young_people ALTER COLUMN id DROP DEFAULT",
        f"CREATE TABLE IF NOT EXISTS public.{WSP_WINDOWS} (young_person_id integer NOT NULL "
        "REFERENCES public.young_people (id), shared_from date NOT NULL, shared_until date)",
        f"CREATE INDEX IF NOT EXISTS ix_{WSP_WINDOWS}_young_person_id ON public.{WSP_WINDOWS} (young_person_id)",
    ]
    triggers: list[tuple[str, str, str]] = [
        (
            "young_people",
            "matchtafel_identity",
            "BEFORE INSERT ON public.young_people FOR EACH ROW "
            "EXECUTE FUNCTION public.matchtafel_young_person_identity()",
        ),
        (
            "audit_events",
            "matchtafel_stamp",
            "BEFORE INSERT ON public.audit_events FOR EACH ROW "
            "EXECUTE FUNCTION public.matchtafel_stamp_audit()",
        ),
        (
            "consents",
            "matchtafel_wsp_windows",
            "AFTER INSERT OR UPDATE OR DELETE ON public.consents FOR EACH ROW "
            "EXECUTE FUNCTION public.matchtafel_consent_changed()",
        ),
        (
            "meetings",
            "matchtafel_guard",
            "BEFORE UPDATE OR DELETE ON public.meetings FOR EACH ROW "
            "EXECUTE FUNCTION public.matchtafel_meeting_guard()",
        ),
    ]
    triggers += [
        (
            table,
            "matchtafel_stamp",
            f"BEFORE INSERT OR UPDATE ON public.{table} FOR EACH ROW "
            "EXECUTE FUNCTION public.matchtafel_stamp_tracked()",
        )
        for table in tracked
    ]
    triggers += [
        (
            table,
            "matchtafel_stamp_by",
            f"BEFORE INSERT OR UPDATE ON public.{table} FOR EACH ROW "
            "EXECUTE FUNCTION public.matchtafel_stamp_by()",
        )
        for table in TRACKED_BY
    ]
    for table, name, definition in triggers:
        statements += [
            f"DROP TRIGGER IF EXISTS {name} ON public.{table}",
            f"CREATE TRIGGER {name} {definition}",
        ]
    for table in LOCK_GUARDED:
        statements += [
            f"DROP TRIGGER IF EXISTS matchtafel_locked ON public.{table}",
            f"CREATE CONSTRAINT TRIGGER matchtafel_locked AFTER INSERT OR UPDATE OR DELETE ON public.{table} "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.matchtafel_locked_change()",
        ]
    return statements


# Functions the migrations made (NOTIFY, the audit log's append-only guard) get the pinned search_path too.
PIN_ALL_FUNCTIONS = (
    "DO $$ DECLARE f record; BEGIN FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_catalog.pg_proc p "
    "WHERE p.pronamespace = 'public'::regnamespace LOOP "
    "EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, public, pg_temp', f.sig); END LOOP; END $$"
)


def owner_statements(columns: dict[str, list[str]], tracked: list[str]) -> list[str]:
    """Everything the owner runs, in order: functions, triggers, policies, grants."""
    return [
        *function_statements(),
        *trigger_statements(tracked),
        *revoke_statements(),
        *policy_statements(columns),
        *grant_statements(columns),
        PIN_ALL_FUNCTIONS,
        # after the policies (the owner's among them): every young person's periods, from their consents
        "SELECT public.matchtafel_wsp_windows_of(p.id) FROM (SELECT DISTINCT young_person_id AS id "
        "FROM public.consents) p",
    ]
