"""Amendments in parts: what was done to what, about whom, so the minutes can say it as a sentence in their
own language ("Afspraak 'Cv bijwerken' van J-2026-0081 T.B. verwijderd door ... op ...").

Revision ID: 0012_amendment_parts
Revises: 0011_supporters_events
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_amendment_parts"
down_revision = "0011_supporters_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("action", sa.String(length=20), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("entity", sa.String(length=30), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("young_person_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("subject", sa.String(length=400), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("detail", sa.String(length=100), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_amendments_young_person_id"), ["young_person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendments_young_person_id"))
        for column in ("detail", "subject", "young_person_id", "entity", "action"):
            batch_op.drop_column(column)
