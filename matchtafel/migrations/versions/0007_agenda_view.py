"""The young people on any agenda, by code and initials only: on a shared server a school's staff see the
other schools' young people at the table this way, and nothing more of them (row-level security hides the
rest; the view reads with its owner's rights).

Revision ID: 0007_agenda_view
Revises: 0006_shared_server
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0007_agenda_view"
down_revision = "0006_shared_server"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIEW agenda_young_people AS SELECT y.id, y.code, y.initials FROM young_people y "
        "WHERE EXISTS (SELECT 1 FROM cases c WHERE c.young_person_id = y.id)"
    )


def downgrade() -> None:
    op.execute("DROP VIEW agenda_young_people")
