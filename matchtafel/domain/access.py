"""Who may do what: the questions the app and the services ask of the one rights table (``access_table``).

``server_sql`` turns the same table into the server's grants and row-level security policies; the interface
and the services ask ``may()`` and friends here, so the two cannot drift apart. How to add a table: see
``access_table``.
"""

from __future__ import annotations

from matchtafel.domain.access_conditions import GROUP, OWNER, OWNS_EVERYTHING, ROLES, SEES_EVERYONE
from matchtafel.domain.access_table import RIGHTS

__all__ = ["GROUP", "OWNER", "RIGHTS", "ROLES", "may", "may_change", "may_read_audit", "may_write"]

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
    "supporters": "supporters",  # the section's supporters and events registers
}


def may(role: str | None, table: str, command: str) -> bool:
    """May ``role`` run ``command`` on ``table`` at all (some rows)? ``role`` None: a local file or a login
    without an account (an administrator), where everything is allowed."""
    return role is None or role in BY_TABLE[table].roles(command)


def may_write(role: str | None, register: str) -> bool:
    """May the role add records to (and change and archive) this register of the interface?"""
    table = REGISTER_TABLES.get(register)
    return table is None or (may(role, table, "insert") and may(role, table, "update"))


def may_change(
    role: str | None,
    table: str,
    *,
    my_organisation: int | None,
    owner: int | None,
    about_young_person: bool = False,
    parent_owner: int | None = None,
) -> bool:
    """May this login change, archive or delete this one row of ``table`` — ``may()`` for one row of a table
    whose rows an organisation owns (``access_table``: ``owned``): the coordinator any, another role its own
    organisation's (``owner``; ``parent_owner``: the event's owner, for an invitation) and, where the table
    says so, rows about a young person it may see. Elsewhere what ``may(role, table, "update")`` says."""
    rights = BY_TABLE[table]
    if role is None:
        return True
    if not (may(role, table, "update") or may(role, table, "delete")):
        return False
    if rights.owned is None or role in OWNS_EVERYTHING:
        return True
    return rights.owned.changes(
        my_organisation, owner, about_young_person=about_young_person, parent_owner=parent_owner
    )


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
    "amendments",
    "mentoring_link_steps",
    "event_contacts",
    "supporters",
)


def may_erase(role: str | None) -> bool:
    """Anonymise a young person (erasure, retention): who may change everything that is anonymised."""
    return all(may(role, table, "update") for table in ANONYMISED) and may(role, "erasures", "insert")
