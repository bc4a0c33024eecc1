"""Agreement reviews: what a session decided about open agreements from earlier sessions.

Revision ID: 0004_agreement_reviews
Revises: 0003_amendments
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_agreement_reviews"
down_revision = "0003_amendments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("previous_deadline", sa.Date(), nullable=True),
        sa.Column("new_deadline", sa.Date(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreements.id"], name=op.f("fk_agreement_reviews_agreement_id_agreements")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_agreement_reviews_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_reviews")),
        sa.UniqueConstraint("meeting_id", "agreement_id", name=op.f("uq_agreement_reviews_meeting_id")),
    )
    with op.batch_alter_table("agreement_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_reviews_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_reviews_meeting_id"), ["meeting_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("agreement_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_reviews_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_reviews_agreement_id"))
    op.drop_table("agreement_reviews")
