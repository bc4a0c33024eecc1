"""Shared server: logins mapped to a person, organisation and role (read by PostgreSQL's row-level security),
and on PostgreSQL a NOTIFY on every change of the shared lists, so other clients refresh.

Revision ID: 0006_shared_server
Revises: 0005_privacy
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_shared_server"
down_revision = "0005_privacy"
branch_labels = None
depends_on = None

NOTIFIED = ("young_people", "vacancies", "employers", "meetings", "cases", "agreements", "proposals")


def upgrade() -> None:
    op.create_table(
        "db_accounts",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_db_accounts_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_db_accounts_person_id_people")),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_db_accounts")),
    )
    with op.batch_alter_table("db_accounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_db_accounts_organisation_id"), ["organisation_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION matchtafel_notify() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_notify('matchtafel', TG_TABLE_NAME); RETURN NULL; END $$"
        )
        for table in NOTIFIED:
            op.execute(
                f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION matchtafel_notify()"
            )
        # A new code must follow the highest of all codes, also those row-level security hides from the
        # person registering: the function runs with its owner's rights and returns the code only.
        op.execute(
            "CREATE OR REPLACE FUNCTION matchtafel_last_code(prefix text) RETURNS text LANGUAGE sql STABLE "
            "SECURITY DEFINER SET search_path = public AS $$ SELECT code FROM young_people "
            "WHERE code LIKE prefix || '%' ORDER BY length(code) DESC, code DESC LIMIT 1 $$"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFIED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS matchtafel_notify()")
        op.execute("DROP FUNCTION IF EXISTS matchtafel_last_code(text)")
    with op.batch_alter_table("db_accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_db_accounts_organisation_id"))
    op.drop_table("db_accounts")
