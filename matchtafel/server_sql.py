"""The shared server's rules as SQL, generated from the one rights table (``matchtafel.access``).

Run by ``matchtafel server init|upgrade`` as the schema's owner (``matchtafel_owner``: no login, not a
superuser, not BYPASSRLS). Idempotent: every run drops and recreates the policies, grants and functions, so
what the server enforces is always exactly what ``access.RIGHTS`` says.

What is made here:

- identity helpers (SECURITY INVOKER): the role, organisation and person of ``session_user`` from
  ``db_accounts``, which each login can read its own row of;
- three SECURITY DEFINER functions, each with ``SET search_path = pg_catalog, public, pg_temp`` and fully
  qualified names: who WSP may see (the newest consent in force), a new young person's id and code (from a
  private sequence through a keyed permutation, so a code says nothing about other schools' registrations or
  the regional total), and how many places of a vacancy are taken;
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

from matchtafel.access import (
    AGENDA_VIEWS,
    BY_TABLE,
    GROUP,
    OWNER,
    RIGHTS,
    ROLES,
    WSP_WINDOWS,
    may,
)

PINNED = "SET search_path = pg_catalog, public, pg_temp"
GROUPS = ", ".join(GROUP.values())
SECRET_TABLE = "matchtafel_secret"
YOUNG_PERSON_SEQUENCE = "matchtafel_young_person_seq"
TRACKED_BY = {"proposal_steps": "by", "amendments": "by", "agreement_reviews": "by"}
LOCK_GUARDED = ("cases", "agreements", "attendances", "agreement_reviews")
CODE_DIGITS = 6  # J-2026-418327: a million codes per server


def _function(
    signature: str,
    returns: str,
    body: str,
    *,
    definer: bool = False,
    language: str = "sql",
    volatility: str = "STABLE",
) -> str:
    security = "SECURITY DEFINER" if definer else "SECURITY INVOKER"
    return (
        f"CREATE OR REPLACE FUNCTION public.{signature} RETURNS {returns} LANGUAGE {language} {volatility} "
        f"{security} {PINNED} AS $fn$ {body} $fn$"
    )


def function_statements() -> list[str]:
    account = "FROM public.db_accounts a WHERE a.login = session_user"
    in_force = (
        "{c}.given_on <= CURRENT_DATE AND ({c}.withdrawn_on IS NULL OR {c}.withdrawn_on > CURRENT_DATE)"
    )
    return [
        _function("matchtafel_role()", "text", f"SELECT a.role {account}"),
        _function("matchtafel_organisation()", "integer", f"SELECT a.organisation_id {account}"),
        _function("matchtafel_person()", "integer", f"SELECT a.person_id {account}"),
        # "Name (Organisation)" of the login, as the app labels its writes; NULL for an administrator.
        _function(
            "matchtafel_label()",
            "text",
            "SELECT COALESCE(p.name, a.login) || COALESCE(' (' || o.name || ')', '') "
            "FROM public.db_accounts a LEFT JOIN public.people p ON p.id = a.person_id "
            "LEFT JOIN public.organisations o ON o.id = a.organisation_id WHERE a.login = session_user",
        ),
        # The periods in which one young person's newest consent in force shares them with WSP: the answer
        # can only change on a date some statement of theirs was given or withdrawn.
        _function(
            "matchtafel_wsp_windows_of(person integer)",
            "void",
            f"""DECLARE day date; shared boolean; opened date;
            BEGIN
              DELETE FROM public.{WSP_WINDOWS} w WHERE w.young_person_id = person;
              FOR day IN SELECT c.given_on FROM public.consents c WHERE c.young_person_id = person
                  UNION SELECT c.withdrawn_on FROM public.consents c
                  WHERE c.young_person_id = person AND c.withdrawn_on IS NOT NULL ORDER BY 1 LOOP
                SELECT c.scope_share_wsp INTO shared FROM public.consents c
                  WHERE c.young_person_id = person AND {in_force.format(c="c").replace("CURRENT_DATE", "day")}
                  ORDER BY c.given_on DESC, c.id DESC LIMIT 1;
                IF COALESCE(shared, false) AND opened IS NULL THEN
                  opened := day;
                ELSIF NOT COALESCE(shared, false) AND opened IS NOT NULL THEN
                  INSERT INTO public.{WSP_WINDOWS} (young_person_id, shared_from, shared_until)
                    VALUES (person, opened, day);
                  opened := NULL;
                END IF;
              END LOOP;
              IF opened IS NOT NULL THEN
                INSERT INTO public.{WSP_WINDOWS} (young_person_id, shared_from, shared_until)
                  VALUES (person, opened, NULL);
              END IF;
            END""",
            definer=True,
            language="plpgsql",
            volatility="VOLATILE",
        ),
        _function(
            "matchtafel_consent_changed()",
            "trigger",
            """BEGIN
              IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM public.matchtafel_wsp_windows_of(OLD.young_person_id); END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM public.matchtafel_wsp_windows_of(NEW.young_person_id); END IF;
              RETURN NULL;
            END""",
            definer=True,
            language="plpgsql",
            volatility="VOLATILE",
        ),
        _function(
            "matchtafel_places_taken(vacancy integer)",
            "integer",
            "SELECT count(*)::integer FROM public.placements p "
            "WHERE p.vacancy_id = vacancy AND p.ended_on IS NULL",
            definer=True,
        ),
        # A keyed Feistel permutation of [1, below), cycle-walking inside 2^bits: unique, unpredictable.
        _function(
            "matchtafel_permute(n bigint, bits integer, key text, below bigint)",
            "bigint",
            """DECLARE half integer := bits / 2; mask bigint := (1::bigint << half) - 1;
              l bigint; r bigint; t bigint; x bigint := n;
            BEGIN
              IF n < 1 OR n >= below OR below > (1::bigint << bits) THEN
                RAISE EXCEPTION 'matchtafel_permute: % out of range', n;
              END IF;
              LOOP
                l := x >> half; r := x & mask;
                FOR round IN 1..4 LOOP
                  t := r;
                  r := l # (('x' || substr(md5(key || ':' || round || ':' || r), 1, 8))::bit(32)::bigint & mask);
                  l := t;
                END LOOP;
                x := (l << half) | r;
                EXIT WHEN x > 0 AND x < below;
              END LOOP;
              RETURN x;
            END""",
            language="plpgsql",
            volatility="IMMUTABLE",
        ),
        _function(
            "matchtafel_young_person_identity()",
            "trigger",
            f"""DECLARE account boolean := public.matchtafel_role() IS NOT NULL;
              secret text; n bigint; new_id bigint; new_code text;
              year text := to_char(CURRENT_DATE, 'YYYY');
            BEGIN
              IF NOT account AND NEW.id IS NOT NULL AND COALESCE(NEW.code, '') <> '' THEN RETURN NEW; END IF;
              SELECT s.value INTO secret FROM public.{SECRET_TABLE} s WHERE s.name = 'young_person';
              FOR attempt IN 1..50 LOOP
                n := nextval('public.{YOUNG_PERSON_SEQUENCE}');
                IF n >= 1000000 THEN RAISE EXCEPTION 'no more codes for young people on this server'; END IF;
                new_id := public.matchtafel_permute(n, 30, secret || '-id', 1073741824);
                new_code := 'J-' || year || '-' || lpad(public.matchtafel_permute(n, 20, secret || '-code',
                  1000000)::text, {CODE_DIGITS}, '0');
                IF NOT EXISTS (SELECT 1 FROM public.young_people y WHERE y.id = new_id OR y.code = new_code) THEN
                  IF account OR NEW.id IS NULL THEN NEW.id := new_id; END IF;
                  IF account OR COALESCE(NEW.code, '') = '' THEN NEW.code := new_code; END IF;
                  RETURN NEW;
                END IF;
              END LOOP;
              RAISE EXCEPTION 'no free code for a young person';
            END""",
            definer=True,
            language="plpgsql",
            volatility="VOLATILE",
        ),
        # -- stamps: who and when from the login, never from the client ------------------------------------
        _function(
            "matchtafel_stamp_audit()",
            "trigger",
            """DECLARE who text; organisation text;
            BEGIN
              NEW.actor_login := session_user;
              SELECT COALESCE(p.name, a.login), COALESCE(o.name, '') INTO who, organisation
                FROM public.db_accounts a LEFT JOIN public.people p ON p.id = a.person_id
                LEFT JOIN public.organisations o ON o.id = a.organisation_id WHERE a.login = session_user;
              IF FOUND THEN
                NEW.actor := who; NEW.actor_organisation := organisation;
                NEW.at := now() AT TIME ZONE 'UTC';
              END IF;
              RETURN NEW;
            END""",
            language="plpgsql",
            volatility="VOLATILE",
        ),
        _function(
            "matchtafel_stamp_tracked()",
            "trigger",
            """DECLARE label text := public.matchtafel_label();
            BEGIN
              IF label IS NULL THEN RETURN NEW; END IF;
              IF TG_OP = 'INSERT' THEN
                NEW.created_by := label;
              ELSE
                NEW.created_by := OLD.created_by; NEW.created_at := OLD.created_at;
              END IF;
              NEW.updated_by := label;
              RETURN NEW;
            END""",
            language="plpgsql",
            volatility="VOLATILE",
        ),
        _function(
            "matchtafel_stamp_by()",
            "trigger",
            """DECLARE label text := public.matchtafel_label();
            BEGIN
              IF label IS NULL THEN RETURN NEW; END IF;
              NEW.by := label;
              IF TG_TABLE_NAME = 'amendments' THEN
                NEW.at := now() AT TIME ZONE 'UTC';
              END IF;
              RETURN NEW;
            END""",
            language="plpgsql",
            volatility="VOLATILE",
        ),
        # -- locked sessions -------------------------------------------------------------------------------
        _function(
            "matchtafel_meeting_guard()",
            "trigger",
            """DECLARE role text := public.matchtafel_role();
            BEGIN
              IF role IS NULL THEN
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NEW;
              END IF;
              IF OLD.status = 'locked' THEN
                RAISE EXCEPTION 'session % is locked: it cannot be reopened or rewritten', OLD.id
                  USING ERRCODE = '42501';
              END IF;
              IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
              IF NEW.locked_at IS DISTINCT FROM OLD.locked_at THEN
                NEW.locked_by := public.matchtafel_label();
              END IF;
              RETURN NEW;
            END""",
            language="plpgsql",
            volatility="VOLATILE",
        ),
        _function(
            "matchtafel_locked_change()",
            "trigger",
            """DECLARE role text := public.matchtafel_role(); meeting integer;
            BEGIN
              IF role IS NULL THEN RETURN NULL; END IF;
              IF TG_OP = 'DELETE' THEN meeting := OLD.meeting_id; ELSE meeting := NEW.meeting_id; END IF;
              IF NOT EXISTS (SELECT 1 FROM public.meetings m WHERE m.id = meeting AND m.status = 'locked') THEN
                RETURN NULL;
              END IF;
              IF TG_TABLE_NAME = 'agreements' AND TG_OP = 'UPDATE' THEN
                IF (NEW.action, NEW.owner_id) IS NOT DISTINCT FROM (OLD.action, OLD.owner_id) THEN
                  RETURN NULL;  -- following an agreement up (status, deadline) does not rewrite the minutes
                END IF;
              END IF;
              IF role <> 'coordinator' AND NOT EXISTS (SELECT 1 FROM public.meetings m WHERE m.id = meeting
                  AND public.matchtafel_person() IN (m.chair_id, m.minute_taker_id)) THEN
                RAISE EXCEPTION 'session % is locked: only the coordinator, its chair and its minute taker amend it',
                  meeting USING ERRCODE = '42501';
              END IF;
              -- An amendment of this transaction (or one of its savepoints): other transactions' rows that
              -- are not committed are invisible, so a visible row still in progress is this transaction's.
              IF NOT EXISTS (SELECT 1 FROM public.amendments a WHERE a.meeting_id = meeting
                  AND pg_xact_status(((pg_current_xact_id()::text::bigint >> 32 << 32)
                    | a.xmin::text::bigint)::text::xid8) = 'in progress') THEN
                RAISE EXCEPTION 'session % is locked: a change is recorded as an amendment', meeting
                  USING ERRCODE = '42501';
              END IF;
              RETURN NULL;
            END""",
            language="plpgsql",
            volatility="VOLATILE",
        ),
    ]


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
                prefix = "" if rights.table == "db_accounts" else f"(SELECT public.matchtafel_role() = '{role}') AND "
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
