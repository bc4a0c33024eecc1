"""Who may do what: ONE table for the app and the shared server.

Every table of the schema is listed here with, per command (select / insert / update / delete), the roles that
may run it and the rows they may touch, as a SQL condition. ``matchtafel.server_sql`` turns this table into the
server's grants and row-level security policies (one policy per table, command and role); the interface and
the services ask ``may()`` the same table, so the two cannot drift apart. A test fails when a table of the
models is missing here (``tests/test_access.py``), and the attack suite (``tests/security``) checks the server.

Adding a table (issue 19a/19b and later):

1. Say what it holds: ``person_level(...)`` when its rows are about one young person (directly through a
   ``young_person_id`` column, or through a parent row that is: ``through(...)``); ``shared(...)`` when every
   role at the table may read it (reference data, vacancies, staff).
2. Give each command its roles: ``follows_young_person("young_person_id")`` is the usual answer for
   person-level reading; writing names the roles explicitly (``{"coordinator": ALL, "school": VISIBLE}``).
3. Name the columns nobody changes after insert (``fixed``: the links to the parent and the young person).
4. ``matchtafel server upgrade`` applies it; the attack suite's table walk picks it up by itself.

Conditions are SQL over the table's own columns. Their helpers (``ME_ORG``, ``ME_PERSON``) read the login's
row in ``db_accounts`` through SECURITY INVOKER functions; nested reads of other tables go through those
tables' own policies (a school's ``EXISTS (SELECT ... FROM public.young_people ...)`` sees its own young people
only), which is what "follows the young person's visibility" means.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

ROLES = ("coordinator", "school", "wsp", "municipality", "minute_taker")
GROUP = {role: f"matchtafel_{role}" for role in ROLES}
OWNER = "matchtafel_owner"
COMMANDS = ("select", "insert", "update", "delete")
SEES_EVERYONE = ("coordinator", "municipality")  # the Doorstroompunt follows every young person up to 27

ALL = "true"
ME_ORG = "(SELECT public.matchtafel_organisation())"
ME_PERSON = "(SELECT public.matchtafel_person())"


# WSP and UWV see a young person while the consent in force covers sharing with them; the newest consent wins.
# A policy cannot work that out without recursing into consents' own policies, and a function doing it per
# query costs too much on 20,000 young people: the server keeps, per young person, the periods in which their
# consent shares them with WSP (matchtafel_wsp_windows, written by a trigger on consents, see server_sql.py),
# and WSP reads the periods that hold today.
WSP_WINDOWS = "matchtafel_wsp_windows"
SHARED_WITH_WSP = f"(SELECT w.young_person_id FROM public.{WSP_WINDOWS} w)"
_WINDOW_HOLDS_TODAY = "shared_from <= CURRENT_DATE AND (shared_until IS NULL OR shared_until > CURRENT_DATE)"


def staff_of(column: str) -> str:
    """The login's person chairs or takes the minutes of the session in ``column``."""
    return (
        f"{column} IN (SELECT m.id FROM public.meetings m "
        f"WHERE {ME_PERSON} IN (m.chair_id, m.minute_taker_id))"
    )


def minuted(column: str) -> str:
    """The login's person takes the minutes of the session in ``column`` (the minute_taker role's view)."""
    return f"{column} IN (SELECT m.id FROM public.meetings m WHERE m.minute_taker_id = {ME_PERSON})"


ON_MY_AGENDAS = f"(SELECT k.young_person_id FROM public.cases k WHERE {minuted('k.meeting_id')})"


def young_person_visible(column: str, role: str = "") -> str:
    """The young person of ``column`` is one the login may see (through ``young_people``'s own policies).
    For WSP straight from the consent periods young_people's policy reads too: the same rows, without
    reading all of young_people first."""
    if role == "wsp":
        return f"{column} IN {SHARED_WITH_WSP}"
    if role == "minute_taker":  # likewise: those on the agendas it takes the minutes of
        return f"{column} IN {ON_MY_AGENDAS}"
    return f"EXISTS (SELECT 1 FROM public.young_people y WHERE y.id = {column})"


def follows_young_person(column: str, roles: tuple[str, ...] = ROLES) -> dict[str, str]:
    return {role: ALL if role in SEES_EVERYONE else young_person_visible(column, role) for role in roles}


def parent_visible(table: str, column: str, roles: tuple[str, ...] = ROLES) -> dict[str, str]:
    """Rows that hang under a parent row (steps under a proposal): visible with their parent."""
    condition = f"EXISTS (SELECT 1 FROM public.{table} parent WHERE parent.id = {column})"
    return {role: ALL if role in SEES_EVERYONE else condition for role in roles}


@dataclass(frozen=True)
class Command:
    """Who may run one command on a table: role -> rows (USING); ``check`` for the rows written (WITH CHECK,
    the same as ``rows`` unless given); ``columns`` limits what a role may UPDATE (column grants)."""

    rows: Mapping[str, str] = field(default_factory=dict)
    check: Mapping[str, str] = field(default_factory=dict)
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def check_of(self, role: str) -> str:
        return self.check.get(role, self.rows[role])


@dataclass(frozen=True)
class TableRights:
    table: str
    person_level: bool  # holds data about one young person (directly or through a parent row)
    commands: Mapping[str, Command]
    fixed: tuple[str, ...] = ()  # columns nobody updates after insert (besides the id)
    why: str = ""

    def roles(self, command: str) -> frozenset[str]:
        found = self.commands.get(command)
        return frozenset(found.rows) if found else frozenset()


def _same(rows: Mapping[str, str]) -> Command:
    return Command(rows=rows)


def _table(
    table: str,
    *,
    person_level: bool,
    select: Mapping[str, str],
    insert: Mapping[str, str] | None = None,
    update: Command | Mapping[str, str] | None = None,
    delete: Mapping[str, str] | None = None,
    fixed: tuple[str, ...] = (),
    why: str = "",
) -> TableRights:
    commands = {"select": _same(select)}
    if insert:
        commands["insert"] = Command(check=insert, rows=insert)
    if update:
        commands["update"] = update if isinstance(update, Command) else _same(update)
    if delete:
        commands["delete"] = _same(delete)
    return TableRights(table, person_level, commands, fixed, why)


EVERYONE = dict.fromkeys(ROLES, ALL)
COORDINATOR = {"coordinator": ALL}
WSP_DESK = {"coordinator": ALL, "wsp": ALL}

# Everyone who registers and follows young people; WSP and the minute taker read them only.
_YP_WRITE = {"coordinator": ALL, "municipality": ALL, "school": f"school_id = {ME_ORG}"}
# Who keeps school leavers in view: who registers and follows young people (the Doorstroompunt, schools).
_YP_WRITERS = ("coordinator", "municipality", "school")
_YP_FOLLOW_UP = follows_young_person("young_person_id", _YP_WRITERS)
# Who moves proposals along, places and follows up: whoever sees the young person.
_PIPELINE = follows_young_person("young_person_id")
_STAFF = {"coordinator": ALL, **{role: staff_of("meeting_id") for role in ROLES if role != "coordinator"}}
_CASE_OF_MEETING = (
    "case_id IS NULL OR EXISTS (SELECT 1 FROM public.cases k "
    "WHERE k.id = case_id AND k.meeting_id = agreements.meeting_id)"
)
# What was agreed about a young person goes with that young person (also for the agreement's owner: an action
# about someone the owner may not see is itself a sharing without consent).
_AGREEMENT_SEEN = "case_id IS NULL OR EXISTS (SELECT 1 FROM public.cases k WHERE k.id = case_id)"
# A proposal step may change its vacancy's status (filled / open again), nothing else of the vacancy.
_VACANCY_OF_A_PROPOSAL = "EXISTS (SELECT 1 FROM public.proposals p WHERE p.vacancy_id = vacancies.id)"
_VACANCY_STATUS = ("status", "updated_at", "updated_by", "version")

RIGHTS: tuple[TableRights, ...] = (
    # -- person-level: rows about one young person -------------------------------------------------------
    _table(
        "young_people",
        person_level=True,
        select={
            "coordinator": ALL,
            "municipality": ALL,
            "school": f"school_id = {ME_ORG}",
            "wsp": f"id IN {SHARED_WITH_WSP}",
            "minute_taker": f"id IN {ON_MY_AGENDAS}",
        },
        insert=_YP_WRITE,
        update=_YP_WRITE,
        why="the young person: a school sees its own, WSP the consented, the minute taker those on its agendas",
    ),
    _table(
        "consents",
        person_level=True,
        select=follows_young_person("young_person_id"),
        insert=follows_young_person("young_person_id", ("coordinator", "municipality", "school")),
        update=follows_young_person("young_person_id", ("coordinator", "municipality", "school")),
        fixed=("young_person_id",),
        why="consent decides what WSP sees: WSP and the minute taker never write it",
    ),
    _table(
        "cases",
        person_level=True,
        select={**follows_young_person("young_person_id"), "minute_taker": minuted("meeting_id")},
        # Not the minute taker: a case widens what the minute taker sees (and its policy would recurse).
        insert=follows_young_person("young_person_id", ("coordinator", "municipality", "school")),
        update={
            **follows_young_person("young_person_id", ("coordinator", "municipality", "school")),
            "minute_taker": minuted("meeting_id"),
        },
        delete={
            **follows_young_person("young_person_id", ("coordinator", "municipality", "school")),
            "minute_taker": minuted("meeting_id"),
        },
        fixed=("meeting_id", "young_person_id"),
        why="notes and situation of one young person at one session; others see code and initials (agenda_cases)",
    ),
    _table(
        "agreements",
        person_level=True,
        select={role: ALL if role in SEES_EVERYONE else _AGREEMENT_SEEN for role in ROLES},
        insert={role: ALL if role in SEES_EVERYONE else _CASE_OF_MEETING for role in ROLES},
        update=Command(
            rows={role: ALL if role in SEES_EVERYONE else _AGREEMENT_SEEN for role in ROLES},
            check={role: ALL if role in SEES_EVERYONE else _CASE_OF_MEETING for role in ROLES},
        ),
        delete={role: ALL if role in SEES_EVERYONE else _CASE_OF_MEETING for role in ROLES},
        fixed=("meeting_id", "case_id"),
        why="what was agreed about a case: with the case's young person",
    ),
    _table(
        "agreement_reviews",
        person_level=True,
        select=parent_visible("agreements", "agreement_id"),
        insert={
            "coordinator": ALL,
            **{
                role: f"{staff_of('meeting_id')} AND EXISTS (SELECT 1 FROM public.agreements a WHERE a.id = agreement_id)"
                for role in ROLES
                if role != "coordinator"
            },
        },
        update={
            "coordinator": ALL,
            **{
                role: f"{staff_of('meeting_id')} AND EXISTS (SELECT 1 FROM public.agreements a WHERE a.id = agreement_id)"
                for role in ROLES
                if role != "coordinator"
            },
        },
        fixed=("meeting_id", "agreement_id"),
        why="a session's decision on an agreement: with the agreement",
    ),
    _table(
        "proposals",
        person_level=True,
        select=follows_young_person("young_person_id"),
        insert=_PIPELINE,
        update=_PIPELINE,
        delete=_PIPELINE,
        fixed=("young_person_id", "vacancy_id", "case_id"),
        why="a young person put forward for a vacancy",
    ),
    _table(
        "proposal_steps",
        person_level=True,
        select=parent_visible("proposals", "proposal_id"),
        insert=parent_visible("proposals", "proposal_id"),
        update=COORDINATOR,  # a step is never changed; only anonymising blanks its note
        delete=parent_visible("proposals", "proposal_id"),  # with its proposal (undo of a proposal)
        fixed=("proposal_id",),
        why="a proposal's history: who, when, why",
    ),
    _table(
        "placements",
        person_level=True,
        select=follows_young_person("young_person_id"),
        insert=_PIPELINE,
        update=_PIPELINE,
        fixed=("young_person_id", "proposal_id"),
        why="a young person's job or trial placement",
    ),
    _table(
        "nazorg_checkpoints",
        person_level=True,
        select=parent_visible("placements", "placement_id"),
        insert=parent_visible("placements", "placement_id"),
        update=parent_visible("placements", "placement_id"),
        delete=parent_visible("placements", "placement_id"),  # calls planned again after a trial
        fixed=("placement_id",),
        why="follow-up calls after a placement",
    ),
    _table(
        "school_leavers",
        person_level=True,
        select=follows_young_person("young_person_id"),
        insert=_YP_FOLLOW_UP,
        update=_YP_FOLLOW_UP,
        fixed=("young_person_id",),
        why="a young person's leaving of school and who keeps contact (recorded with the young person's exit)",
    ),
    _table(
        "contact_moments",
        person_level=True,
        select=parent_visible("school_leavers", "leaver_id"),
        insert=parent_visible("school_leavers", "leaver_id", _YP_WRITERS),
        update=parent_visible("school_leavers", "leaver_id", _YP_WRITERS),
        delete=parent_visible("school_leavers", "leaver_id", _YP_WRITERS),  # a second leaving replaces them
        fixed=("leaver_id",),
        why="contacts after leaving school: what the leaver does, how good the job is",
    ),
    _table(
        WSP_WINDOWS,
        person_level=True,
        select={"coordinator": ALL, "wsp": _WINDOW_HOLDS_TODAY},
        why="when a young person's consent shares them with WSP (kept by the server from consents)",
    ),
    _table(
        "audit_events",
        person_level=True,
        select=COORDINATOR,
        insert={
            role: ALL
            if role in SEES_EVERYONE
            else f"young_person_id IS NULL OR {young_person_visible('young_person_id', role)}"
            for role in ROLES
        },
        why="who did what about whom: written by all (actor and time by the server), read by the coordinator",
    ),
    # -- a session: shared by everyone at the table, written by its chair, minute taker and the coordinator
    _table(
        "meetings",
        person_level=False,
        select=EVERYONE,
        insert=COORDINATOR,  # who takes the minutes decides who sees what: planned by the coordinator
        update=Command(
            rows={
                "coordinator": ALL,
                **{r: f"{ME_PERSON} IN (chair_id, minute_taker_id)" for r in ROLES if r != "coordinator"},
            },
            columns={
                role: (
                    "title",
                    "duration_minutes",
                    "place",
                    "status",
                    "closed_at",
                    "locked_at",
                    "locked_by",
                    "notes",
                    "updated_at",
                    "updated_by",
                    "version",
                )
                for role in ROLES
                if role != "coordinator"
            },
        ),
        why="date, place, chair and minute taker of a session; no young person in it",
    ),
    _table(
        "attendances",
        person_level=False,
        select=EVERYONE,
        insert=_STAFF,
        update=_STAFF,
        delete=_STAFF,
        fixed=("meeting_id", "person_id"),
        why="which staff member came to a session",
    ),
    _table(
        "amendments",
        person_level=False,
        select=EVERYONE,
        insert=_STAFF,
        why="changes after locking: who, when, what (no personal details); never changed",
    ),
    # -- shared registers ------------------------------------------------------------------------------------
    _table(
        "vacancies",
        person_level=False,
        select=EVERYONE,
        insert=WSP_DESK,
        update=Command(
            rows={**WSP_DESK, **{r: _VACANCY_OF_A_PROPOSAL for r in ROLES if r not in WSP_DESK}},
            columns={r: _VACANCY_STATUS for r in ROLES if r not in WSP_DESK},
        ),
        why="open places, kept by WSP",
    ),
    _table(
        "employers", person_level=False, select=EVERYONE, insert=WSP_DESK, update=WSP_DESK, why="employers"
    ),
    _table(
        "organisations",
        person_level=False,
        select=EVERYONE,
        insert=COORDINATOR,
        update=COORDINATOR,
        why="who sits at the table",
    ),
    _table(
        "people", person_level=False, select=EVERYONE, insert=COORDINATOR, update=COORDINATOR, why="staff"
    ),
    _table("organisation_kinds", person_level=False, select=EVERYONE, why="reference data"),
    _table("app_meta", person_level=False, select=EVERYONE, why="facts about the database"),
    _table("alembic_version", person_level=False, select=EVERYONE, why="the schema's version"),
    _table(
        "db_accounts",
        person_level=False,
        select=dict.fromkeys(ROLES, "login = session_user"),
        why="login -> person, organisation, role: each login reads its own row only",
    ),
)
BY_TABLE = {rights.table: rights for rights in RIGHTS}
PERSON_LEVEL = tuple(r.table for r in RIGHTS if r.person_level)

# Views: the agenda shows who is at the table by code and initials, past the policies on purpose; they read
# with their owner's rights, are security barriers and read-only (SELECT is all anyone is granted).
AGENDA_VIEWS = ("agenda_young_people", "agenda_cases")

# The registers of the interface and the table behind each.
REGISTER_TABLES = {
    "young_people": "young_people",
    "vacancies": "vacancies",
    "employers": "employers",
    "organisations": "organisations",
    "people": "people",
    "sessions": "meetings",
}


def may(role: str | None, table: str, command: str) -> bool:
    """May ``role`` run ``command`` on ``table`` at all (some rows)? ``role`` None: a local file or a login
    without an account (an administrator), where everything is allowed."""
    return role is None or role in BY_TABLE[table].roles(command)


def may_write(role: str | None, register: str) -> bool:
    """May the role add records to (and change and archive) this register of the interface?"""
    table = REGISTER_TABLES.get(register)
    return table is None or (may(role, table, "insert") and may(role, table, "update"))


def may_read_audit(role: str | None) -> bool:
    return may(role, "audit_events", "select")


def may_arrange_agenda(role: str | None, *, is_staff: bool) -> bool:
    """Reorder, time and remove the cases of a session: who sees all of them (the coordinator, the
    municipality, the session's minute taker) — a school's staff see their own cases only."""
    return role is None or role in SEES_EVERYONE or (role == "minute_taker" and is_staff)


def may_amend(role: str | None, *, is_staff: bool) -> bool:
    """Change a locked session (an amendment): the coordinator, and the session's chair and minute taker."""
    return role is None or role == "coordinator" or is_staff


# What erasure and the retention purge change (services/retention.py, _anonymise).
ANONYMISED = (
    "young_people",
    "consents",
    "cases",
    "agreements",
    "proposal_steps",
    "nazorg_checkpoints",
    "contact_moments",
)


def may_erase(role: str | None) -> bool:
    """Anonymise a young person (erasure, retention): who may change everything that is anonymised."""
    return all(may(role, table, "update") for table in ANONYMISED)
