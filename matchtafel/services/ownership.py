"""Rows an organisation owns (supporters, matching events, an event's invitation of a supporter or employer): on a
shared server they are stamped with the organisation of the login that registers them, and changing, archiving
or deleting one is for that organisation and the coordinator (``domain/access.py``: ``may_change``; the server's
policies say the same). A local file has no accounts: nothing is stamped and everyone changes everything.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matchtafel.domain.access import may, may_change
from matchtafel.domain.errors import QT_TRANSLATE_NOOP, NotAllowed
from matchtafel.models import Organisation
from matchtafel.services.base import login_account, not_allowed


def owner_of_new(s: Session) -> int | None:
    """The owner a new row gets: the login's organisation on a shared server, nobody in a local file."""
    account = login_account(s)
    return account.organisation_id if account is not None else None


def owner_name(s: Session, owner: int | None) -> str:
    if owner is None:
        return ""
    return str(s.scalar(select(Organisation.name).where(Organisation.id == owner)) or "")


def check_may_change(
    s: Session,
    table: str,
    owner: int | None,
    *,
    about_young_person: bool = False,
    parent_owner: int | None = None,
) -> None:
    """Refuse, with a message saying who may, a change of a row another organisation owns. The server would
    refuse it too, but only as "0 rows" (row-level security): this says why, before anything is written."""
    account = login_account(s)
    if account is None:
        return
    if not (may(account.role, table, "update") or may(account.role, table, "delete")):
        raise not_allowed()  # the role writes none of this table: the usual words
    if may_change(
        account.role,
        table,
        my_organisation=account.organisation_id,
        owner=owner,
        about_young_person=about_young_person,
        parent_owner=parent_owner,
    ):
        return
    owners = [name for name in (owner_name(s, owner), owner_name(s, parent_owner)) if name]
    if not owners:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "This was registered without an owning organisation: only the coordinator may change, "
                "archive or delete it. Nothing was changed.",
            )
        )
    raise NotAllowed(
        QT_TRANSLATE_NOOP(
            "errors",
            "This belongs to {owner}: only {owner} and the coordinator may change, archive or delete it. "
            "Nothing was changed.",
        ),
        owner=" / ".join(dict.fromkeys(owners)),
    )


def check_owned_row(s: Session, model: Any, table: str, entity_id: int) -> None:
    """``check_may_change`` for one row of a register, read before it is locked: ``SELECT … FOR UPDATE``
    passes through the UPDATE policy, which hides another organisation's row (it would look deleted)."""
    found = s.execute(select(model.owner_organisation_id).where(model.id == entity_id)).first()
    if found is not None:
        check_may_change(s, table, found[0])


def with_may_change(s: Session, table: str, rows: list[Any]) -> list[Any]:
    """Rows (with ``owner_organisation_id`` and ``may_change``) answered for this login: may it change each?"""
    account = login_account(s)
    if account is None or not rows:
        return rows
    return [
        replace(
            row,
            may_change=may_change(
                account.role, table, my_organisation=account.organisation_id, owner=row.owner_organisation_id
            ),
        )
        for row in rows
    ]
