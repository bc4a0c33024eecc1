"""Around the table: supporters (mentors and coaches), mentoring links with their steps, matching events with
invitations and contacts; a young person's wishes for a supporter, the consent scope "share with a mentor or
coach", agreements owned by a supporter, and the event a proposal started from.

Revision ID: 0011_supporters_events
Revises: 0010_erasure_ledger
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from matchtafel.models.base import StringList

revision = "0011_supporters_events"
down_revision = "0010_erasure_ledger"
branch_labels = None
depends_on = None

NOTIFIED = ("supporters", "mentoring_links", "matching_events", "event_invitations", "event_contacts")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def _given(column: str) -> str:
    return f"(CASE WHEN {column} IS NULL THEN 0 ELSE 1 END)"


EVENT_KINDS = ("speed_date", "open_day", "workshop", "week_of_talent", "regional_meeting")
SUPPORTER_KINDS = ("business_mentor", "peer_coach", "junior_trainer", "job_coach", "jobhunter")
LINK_STATUSES = ("proposed", "introduced", "active", "ended")
END_REASONS = ("completed", "young_person_stopped", "supporter_stopped", "no_click", "no_contact", "other")


def upgrade() -> None:
    op.create_table(
        "matching_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", _enum("event_kind", *EVENT_KINDS), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("organiser", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("outcome_note", sa.Text(), nullable=False),
        *_tracked(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_events")),
    )
    _indexes("matching_events", "kind", "starts_at")

    op.create_table(
        "supporters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", _enum("supporter_kind", *SUPPORTER_KINDS), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("sectors", StringList(length=400), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("wishes", StringList(length=400), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        *_tracked(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity >= 0", name=op.f("ck_supporters_capacity_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supporters")),
    )
    _indexes("supporters", "kind", "name")

    op.create_table(
        "event_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("supporter_id", sa.Integer(), nullable=True),
        sa.Column("employer_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            f"{_given('supporter_id')} + {_given('employer_id')} = 1",
            name=op.f("ck_event_contacts_one_contact"),
        ),
        _fk("event_contacts", "employer_id", "employers"),
        _fk("event_contacts", "event_id", "matching_events"),
        _fk("event_contacts", "supporter_id", "supporters"),
        _fk("event_contacts", "young_person_id", "young_people"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_contacts")),
    )
    _indexes("event_contacts", "employer_id", "event_id", "supporter_id", "young_person_id")

    op.create_table(
        "event_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=True),
        sa.Column("supporter_id", sa.Integer(), nullable=True),
        sa.Column("employer_id", sa.Integer(), nullable=True),
        sa.Column(
            "attendance",
            _enum("invitation_attendance", "invited", "present", "absent", "excused"),
            nullable=False,
        ),
        *_tracked(),
        sa.CheckConstraint(
            f"{_given('young_person_id')} + {_given('supporter_id')} + {_given('employer_id')} = 1",
            name=op.f("ck_event_invitations_one_invitee"),
        ),
        _fk("event_invitations", "employer_id", "employers"),
        _fk("event_invitations", "event_id", "matching_events"),
        _fk("event_invitations", "supporter_id", "supporters"),
        _fk("event_invitations", "young_person_id", "young_people"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_invitations")),
        sa.UniqueConstraint("event_id", "employer_id", name="uq_event_invitations_employer"),
        sa.UniqueConstraint("event_id", "supporter_id", name="uq_event_invitations_supporter"),
        sa.UniqueConstraint("event_id", "young_person_id", name="uq_event_invitations_young_person"),
    )
    _indexes("event_invitations", "employer_id", "event_id", "supporter_id", "young_person_id")

    op.create_table(
        "mentoring_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("supporter_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("status", _enum("link_status", *LINK_STATUSES), nullable=False),
        sa.Column("end_reason", _enum("link_end_reason", *END_REASONS), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("last_step_at", sa.DateTime(), nullable=False),
        *_tracked(),
        _fk("mentoring_links", "case_id", "cases"),
        _fk("mentoring_links", "event_id", "matching_events"),
        _fk("mentoring_links", "supporter_id", "supporters"),
        _fk("mentoring_links", "young_person_id", "young_people"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_links")),
    )
    _indexes("mentoring_links", "case_id", "event_id", "status", "supporter_id", "young_person_id")

    op.create_table(
        "mentoring_link_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("status", _enum("link_step_status", *LINK_STATUSES), nullable=False),
        sa.Column("end_reason", _enum("link_step_end_reason", *END_REASONS), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        _fk("mentoring_link_steps", "link_id", "mentoring_links"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_link_steps")),
    )
    _indexes("mentoring_link_steps", "link_id")

    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("supporter_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_agreements_supporter_id"), ["supporter_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_agreements_supporter_id_supporters"), "supporters", ["supporter_id"], ["id"]
        )
    # Plain ALTER TABLE ADD COLUMN: rebuilding young_people on SQLite would break the agenda view (0007).
    op.add_column(
        "consents", sa.Column("scope_supporter", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("event_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_proposals_event_id"), ["event_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_proposals_event_id_matching_events"), "matching_events", ["event_id"], ["id"]
        )
    op.add_column(
        "young_people", sa.Column("support_wishes", StringList(length=400), nullable=False, server_default="")
    )

    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFIED:  # other clients refresh these lists too (the function is from 0006)
            op.execute(
                f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION matchtafel_notify()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFIED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
    # SQLite drops a column by copying the table: the agenda view (0007) must not hold on to it meanwhile.
    op.execute("DROP VIEW agenda_young_people")
    with op.batch_alter_table("young_people", schema=None) as batch_op:
        batch_op.drop_column("support_wishes")
    op.execute(
        "CREATE VIEW agenda_young_people AS SELECT y.id, y.code, y.initials FROM young_people y "
        "WHERE EXISTS (SELECT 1 FROM cases c WHERE c.young_person_id = y.id)"
    )
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_proposals_event_id_matching_events"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_proposals_event_id"))
        batch_op.drop_column("event_id")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_column("scope_supporter")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_agreements_supporter_id_supporters"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_agreements_supporter_id"))
        batch_op.drop_column("supporter_id")
    for table in (
        "mentoring_link_steps",
        "mentoring_links",
        "event_invitations",
        "event_contacts",
        "supporters",
        "matching_events",
    ):
        op.drop_table(table)
