"""Access rules on a shared server (issue 15): the agenda of every session by code and initials (a view, so that
row-level security on cases can hide the rest of another school's case), the login behind each audit event,
indexes behind the policies, and no more "last code" function (a new young person's code comes from the
server's own trigger on a shared server; see matchtafel/storage/server_sql.py).

Revision ID: 0014_access_rules
Revises: 0013_initials_apostrophes
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_access_rules"
down_revision = "0013_initials_apostrophes"
branch_labels = None
depends_on = None

AGENDA_CASES = (
    "SELECT k.id, k.meeting_id, k.young_person_id, k.position, k.status, k.time_budget_minutes, "
    "y.code, y.initials FROM cases k JOIN young_people y ON y.id = k.young_person_id"
)


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actor_login", sa.String(length=63), nullable=False, server_default=""))
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_minute_taker_id"), ["minute_taker_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_chair_id"), ["chair_id"], unique=False)
    barrier = " WITH (security_barrier = true)" if postgresql else ""
    op.execute(f"CREATE VIEW agenda_cases{barrier} AS {AGENDA_CASES}")
    if postgresql:
        op.execute("ALTER VIEW agenda_young_people SET (security_barrier = true)")
        op.execute("DROP FUNCTION IF EXISTS matchtafel_last_code(text)")


def downgrade() -> None:
    op.execute("DROP VIEW agenda_cases")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_chair_id"))
        batch_op.drop_index(batch_op.f("ix_meetings_minute_taker_id"))
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("actor_login")
