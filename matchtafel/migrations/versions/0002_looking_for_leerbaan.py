"""Young people can be looking for a leerbaan (BBL): the matcher's hard filter needs to know.

Revision ID: 0002_looking_for_leerbaan
Revises: 0001_initial
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_looking_for_leerbaan"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("young_people", schema=None) as batch_op:
        # Existing rows: not looking for a leerbaan until someone says so.
        batch_op.add_column(
            sa.Column("looking_for_leerbaan", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("young_people", schema=None) as batch_op:
        batch_op.drop_column("looking_for_leerbaan")
