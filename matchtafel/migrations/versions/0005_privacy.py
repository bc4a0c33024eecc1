"""Privacy: the audit log names the young person an event is about and why a name was shown, and the
database itself refuses to change or delete audit rows (triggers on SQLite and PostgreSQL).

Revision ID: 0005_privacy
Revises: 0004_agreement_reviews
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from matchtafel.models.audit import append_only_ddl, drop_append_only_ddl

revision = "0005_privacy"
down_revision = "0004_agreement_reviews"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("young_person_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.String(length=200), nullable=False, server_default=""))
        batch_op.create_index(
            batch_op.f("ix_audit_events_young_person_id"), ["young_person_id"], unique=False
        )
    # Earlier events about a young person's own record name them too, so the filter finds them.
    op.execute("UPDATE audit_events SET young_person_id = entity_id WHERE entity = 'young_person'")
    for statement in append_only_ddl(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_append_only_ddl(op.get_bind().dialect.name):
        op.execute(statement)
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_young_person_id"))
        batch_op.drop_column("reason")
        batch_op.drop_column("young_person_id")
