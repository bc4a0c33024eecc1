"""The words the rights table (``matchtafel.domain.access``) is written in: the roles, and SQL conditions over a table's
own columns that the server's policies are made of.

``ME_ORG`` and ``ME_PERSON`` read the login's row in ``db_accounts`` through SECURITY INVOKER functions. A nested
read of another table goes through that table's own policies: a school's ``EXISTS (SELECT ... FROM
public.young_people ...)`` sees its own young people only, which is what "follows the young person's visibility"
means. For WSP and the minute taker the same rows come straight from what young_people's policy reads (the
consent periods, the cases of their sessions): no reading of all young people first, and no policy that reads
its own table (PostgreSQL refuses that as infinite recursion).
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
WINDOW_HOLDS_TODAY = "shared_from <= CURRENT_DATE AND (shared_until IS NULL OR shared_until > CURRENT_DATE)"


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


def same(rows: Mapping[str, str]) -> Command:
    return Command(rows=rows)


def table(
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
    commands = {"select": same(select)}
    if insert:
        commands["insert"] = Command(check=insert, rows=insert)
    if update:
        commands["update"] = update if isinstance(update, Command) else same(update)
    if delete:
        commands["delete"] = same(delete)
    return TableRights(table, person_level, commands, fixed, why)
