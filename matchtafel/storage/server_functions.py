"""The shared server's own functions (``server_sql`` installs them as the owner): who the login is, the
periods in which consent shares a young person with WSP, a new young person's id and code, and the triggers
that stamp who did what and guard locked sessions.

Every function has ``SET search_path = pg_catalog, public, pg_temp`` (pg_temp last: a session's temporary objects
never shadow anything) and fully qualified names. SECURITY INVOKER unless it must see past the policies; of the
five SECURITY DEFINER ones three run only as triggers (nobody is granted EXECUTE), one tells how many places of
a vacancy are taken (a number its status shows anyway), to those who move proposals along, and one how many
young people each supporter has open links with (their capacity is the region's, not a school's): numbers,
never who.
"""

from __future__ import annotations

from matchtafel.domain.access_conditions import WSP_WINDOWS
from matchtafel.domain.mentoring_steps import OPEN_LINK

PINNED = "SET search_path = pg_catalog, public, pg_temp"
SECRET_TABLE = "matchtafel_secret"
YOUNG_PERSON_SEQUENCE = "matchtafel_young_person_seq"
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
        _function(
            "matchtafel_supporter_taken(supporter integer)",
            "integer",
            "SELECT count(*)::integer FROM public.mentoring_links l WHERE l.supporter_id = supporter "
            f"AND l.status IN ({', '.join(repr(str(s)) for s in sorted(OPEN_LINK))})",
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
