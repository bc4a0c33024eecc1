"""School leavers kept in view (who keeps contact, and contact moments at 3, 6 and 12 months after leaving),
the BPV check during a BPV period (a checkpoint's kind, a placement's planned end), and the levels and
pathway of Flemish education (BuSO, OKAN, BSO; duaal leren).

Revision ID: 0009_leavers
Revises: 0007_agenda_view
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision = "0009_leavers"
down_revision = "0007_agenda_view"
branch_labels = None
depends_on = None

OLD_LEVELS = ("pro", "vso", "entree", "1", "2", "3", "4", "other")
LEVELS = ("pro", "vso", "buso", "okan", "entree", "1", "2", "bso", "3", "4", "other")
OLD_LEERWEGEN = ("bol", "bbl")
LEERWEGEN = ("bol", "bbl", "duaal")


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def _replace_check(
    table: str, column: str, name: str, values: tuple[str, ...], old_length: int, length: int
) -> None:
    """A CHECK of allowed values replaced by a wider one (and the column widened when a value is longer)."""
    constraint = f"ck_{table}_{name}"
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(op.f(constraint), table, type_="check")
        if length != old_length:
            op.alter_column(
                table, column, type_=sa.String(length=length), existing_type=sa.String(length=old_length)
            )
        op.create_check_constraint(op.f(constraint), table, _in(column, values))
        return
    # SQLite cannot change a constraint in place: batch mode copies the table with the new one.
    with op.batch_alter_table(table, recreate="always") as batch_op:
        batch_op.drop_constraint(op.f(constraint), type_="check")
        if length != old_length:
            batch_op.alter_column(
                column, type_=sa.String(length=length), existing_type=sa.String(length=old_length)
            )
        batch_op.create_check_constraint(op.f(constraint), _in(column, values))


@contextmanager
def _agenda_view_set_aside() -> Iterator[None]:
    """SQLite refuses to swap in the copied young_people table while a view reads it (migration 0007)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP VIEW agenda_young_people")
    yield
    if sqlite:
        op.execute(
            "CREATE VIEW agenda_young_people AS SELECT y.id, y.code, y.initials FROM young_people y "
            "WHERE EXISTS (SELECT 1 FROM cases c WHERE c.young_person_id = y.id)"
        )


def upgrade() -> None:
    op.create_table(
        "school_leavers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=False),
        sa.Column(
            "exit_status",
            _enum(
                "in_school",
                "diploma",
                "diploma_expected",
                "left_without_diploma",
                "praktijkverklaring",
                name="leaver_exit_status",
            ),
            nullable=False,
        ),
        sa.Column("keeper_id", sa.Integer(), nullable=True),
        sa.Column(
            "contact_channel", _enum("phone", "in_person", "message", name="contact_channel"), nullable=False
        ),
        sa.Column("contact_every_weeks", sa.Integer(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            "contact_every_weeks BETWEEN 1 AND 52", name=op.f("ck_school_leavers_contact_every_weeks_range")
        ),
        sa.ForeignKeyConstraint(
            ["keeper_id"], ["people.id"], name=op.f("fk_school_leavers_keeper_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["young_person_id"],
            ["young_people.id"],
            name=op.f("fk_school_leavers_young_person_id_young_people"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_leavers")),
    )
    with op.batch_alter_table("school_leavers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_school_leavers_keeper_id"), ["keeper_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_school_leavers_left_on"), ["left_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_school_leavers_young_person_id"), ["young_person_id"], unique=False
        )
    op.create_table(
        "contact_moments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("leaver_id", sa.Integer(), nullable=False),
        sa.Column("months_after_leaving", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            _enum("working", "learning", "looking", "no_contact", name="leaver_status"),
            nullable=True,
        ),
        sa.Column("job_permanent", sa.Boolean(), nullable=True),
        sa.Column("job_below_level", sa.Boolean(), nullable=True),
        sa.Column("job_outside_field", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"], ["people.id"], name=op.f("fk_contact_moments_assigned_to_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["leaver_id"], ["school_leavers.id"], name=op.f("fk_contact_moments_leaver_id_school_leavers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_moments")),
    )
    with op.batch_alter_table("contact_moments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_moments_assigned_to_id"), ["assigned_to_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_moments_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_moments_leaver_id"), ["leaver_id"], unique=False)
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("planned_end", sa.Date(), nullable=True))
    with op.batch_alter_table("nazorg_checkpoints", schema=None) as batch_op:
        # Every call made so far followed a job placement.
        batch_op.add_column(
            sa.Column(
                "kind", _enum("job", "bpv", name="checkpoint_kind"), nullable=False, server_default="job"
            )
        )
    with _agenda_view_set_aside():
        _replace_check("young_people", "level", "level", LEVELS, 6, 6)
        _replace_check("young_people", "leerweg", "leerweg", LEERWEGEN, 3, 5)
    _replace_check("vacancies", "required_level", "required_level", LEVELS, 6, 6)


def downgrade() -> None:
    _replace_check("vacancies", "required_level", "required_level", OLD_LEVELS, 6, 6)
    with _agenda_view_set_aside():
        _replace_check("young_people", "leerweg", "leerweg", OLD_LEERWEGEN, 5, 3)
        _replace_check("young_people", "level", "level", OLD_LEVELS, 6, 6)
    with op.batch_alter_table("nazorg_checkpoints", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_nazorg_checkpoints_checkpoint_kind"), type_="check")
        batch_op.drop_column("kind")
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_column("planned_end")
    op.drop_table("contact_moments")
    op.drop_table("school_leavers")
