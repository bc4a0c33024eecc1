"""The erasure ledger: which young person (by id, never by name) was anonymised when, so that a restored
backup erases them again. Those anonymised before this version are entered from their records.

Revision ID: 0010_erasure_ledger
Revises: 0009_leavers
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_erasure_ledger"
down_revision = "0009_leavers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
    )
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasures_young_person_id"), ["young_person_id"], unique=False)
    op.execute(
        "INSERT INTO erasures (young_person_id, registered_at, erased_at, kind) "
        "SELECT id, created_at, anonymised_at, 'retention' FROM young_people WHERE anonymised_at IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasures_young_person_id"))
    op.drop_table("erasures")
