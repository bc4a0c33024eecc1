"""Who owns a supporter, a matching event and an event invitation: the organisation of the login that registered
it (``owner_organisation_id``). On a shared server changing, archiving and deleting such a row is for that
organisation's logins and the coordinator only (an invitation of a young person goes with the young person, as
before); everyone who may read it still reads it. A local file has no accounts: the column stays empty there and
nothing changes.

Existing rows (the backfill): the owner is taken from the audit log's "create" event of the row, but only where
the server itself wrote who did it — ``actor_login``, stamped by the server from the login since
0014_access_rules (before that the actor came from the client's settings file and proves nothing). The login's
account gives the organisation; when the account has since been removed, the organisation's name the server
stamped with it (``actor_organisation``) is used if exactly one organisation has that name. Every other row
(registered in a local file, by an administrator without an account, before 0014, or whose audit event was not
found) keeps NULL: only the coordinator changes it until the coordinator hands it to an organisation.

Revision ID: 0017_owner_organisations
Revises: 0016_overview_indexes
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_owner_organisations"
down_revision = "0016_overview_indexes"
branch_labels = None
depends_on = None

# table -> the audit log's entity for its rows
OWNED = {
    "supporters": "supporter",
    "matching_events": "matching_event",
    "event_invitations": "event_invitation",
}


def _backfill(table: str, entity: str) -> str:
    created = (
        "SELECT {pick} FROM audit_events e {join} WHERE e.action = 'create' AND e.entity = '{entity}' "
        "AND e.entity_id = {table}.id AND e.actor_login <> '' {extra} ORDER BY e.id LIMIT 1"
    )
    by_account = created.format(
        pick="a.organisation_id",
        join="JOIN db_accounts a ON a.login = e.actor_login",
        entity=entity,
        table=table,
        extra="",
    )
    by_name = created.format(
        pick="o.id",
        join="JOIN organisations o ON o.name = e.actor_organisation",
        entity=entity,
        table=table,
        extra="AND (SELECT count(*) FROM organisations n WHERE n.name = e.actor_organisation) = 1",
    )
    return f"UPDATE {table} SET owner_organisation_id = COALESCE(({by_account}), ({by_name}))"


def upgrade() -> None:
    for table, entity in OWNED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("owner_organisation_id", sa.Integer(), nullable=True))
            batch_op.create_index(
                batch_op.f(f"ix_{table}_owner_organisation_id"), ["owner_organisation_id"], unique=False
            )
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_owner_organisation_id_organisations"),
                "organisations",
                ["owner_organisation_id"],
                ["id"],
            )
        op.execute(_backfill(table, entity))


def downgrade() -> None:
    for table in OWNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(
                batch_op.f(f"fk_{table}_owner_organisation_id_organisations"), type_="foreignkey"
            )
            batch_op.drop_index(batch_op.f(f"ix_{table}_owner_organisation_id"))
            batch_op.drop_column("owner_organisation_id")
