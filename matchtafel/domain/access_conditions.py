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


# Rows that belong to no young person but to the organisation that registered them (supporters, matching events,
# an event's invitation of a supporter or an employer): everyone who may read them reads them; changing,
# archiving and deleting is for the owning organisation's logins and the coordinator (NULL: the coordinator's).
OWNER_COLUMN = "owner_organisation_id"
OWNS_EVERYTHING = ("coordinator",)


@dataclass(frozen=True)
class Ownership:
    """How a table's rows are owned. ``unless``: a column that, when filled, makes the row go with a young
    person instead (an invitation of a young person follows the young person); ``parent``: (table, column) of
    a parent row whose owner changes the row too (the event's organiser records who came)."""

    unless: str = ""
    parent: tuple[str, str] | None = None

    def condition(self) -> str:
        """The SQL condition "the login's organisation may change this row" (for roles other than the
        coordinator)."""
        mine = f"{OWNER_COLUMN} = {ME_ORG}"
        if self.parent is not None:
            table, column = self.parent
            mine += f" OR {column} IN (SELECT o.id FROM public.{table} o WHERE o.{OWNER_COLUMN} = {ME_ORG})"
        if self.unless:
            mine = f"{self.unless} IS NOT NULL OR {mine}"
        return f"({mine})"

    def changes(
        self,
        my_organisation: int | None,
        owner: int | None,
        *,
        about_young_person: bool = False,
        parent_owner: int | None = None,
    ) -> bool:
        """The same question in Python, for one row the app shows (``condition`` is the server's)."""
        if self.unless and about_young_person:
            return True
        owners = {owner, parent_owner} if self.parent is not None else {owner}
        return my_organisation is not None and my_organisation in owners


def owned_rows(rows: Mapping[str, str], ownership: Ownership) -> dict[str, str]:
    """``rows`` narrowed, for every role but the coordinator, to the rows its organisation may change."""
    return {
        role: condition
        if role in OWNS_EVERYTHING
        else ownership.condition()
        if condition == ALL
        else f"({condition}) AND {ownership.condition()}"
        for role, condition in rows.items()
    }


def registered_by_me(rows: Mapping[str, str]) -> dict[str, str]:
    """``rows`` for an INSERT: what another role than the coordinator adds is its own organisation's."""
    mine = f"{OWNER_COLUMN} = {ME_ORG}"
    return {
        role: condition
        if role in OWNS_EVERYTHING
        else mine
        if condition == ALL
        else f"({condition}) AND {mine}"
        for role, condition in rows.items()
    }


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
    owned: Ownership | None = None  # rows owned by an organisation: changed by it and the coordinator only

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
    owned: Ownership | None = None,
) -> TableRights:
    """One table's rights. ``owned``: its rows belong to the organisation that registered them, so INSERT,
    UPDATE and DELETE are narrowed (for all but the coordinator) to the login's organisation's own rows, and
    the owner column is fixed."""
    commands = {"select": same(select)}
    if insert:
        checked = registered_by_me(insert) if owned else insert
        commands["insert"] = Command(check=checked, rows=checked)
    if update:
        command = update if isinstance(update, Command) else same(update)
        if owned:
            command = Command(
                rows=owned_rows(command.rows, owned),
                check=owned_rows(command.check, owned) if command.check else {},
                columns=command.columns,
            )
        commands["update"] = command
    if delete:
        commands["delete"] = same(owned_rows(delete, owned) if owned else delete)
    if owned:
        fixed = (*fixed, OWNER_COLUMN)
    return TableRights(table, person_level, commands, fixed, why, owned)
