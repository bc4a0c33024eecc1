"""Initial schema, and the seeded organisation kinds of the Netherlands and Flanders.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22 20:08:09.755765
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from matchtafel.clock import SYSTEM_CLOCK

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("actor_organisation", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "employers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("sector", sa.String(length=100), nullable=False),
        sa.Column("recognised_training_company", sa.Boolean(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("contact_email", sa.String(length=200), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employers")),
    )
    with op.batch_alter_table("employers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employers_name"), ["name"], unique=False)

    op.create_table(
        "organisation_kinds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_nl", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "school",
                "municipality",
                "doorstroompunt",
                "employer_service",
                "benefits_agency",
                "job_coaching",
                "other",
                name="organisation_category",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_kinds")),
        sa.UniqueConstraint("code", name=op.f("uq_organisation_kinds_code")),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kind_id"], ["organisation_kinds.id"], name=op.f("fk_organisations_kind_id_organisation_kinds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_kind_id"), ["kind_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisations_name"), ["name"], unique=False)

    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name=op.f("fk_people_organisation_id_organisations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("minute_taker_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "running",
                "closed",
                "locked",
                name="meeting_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("locked_by", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["chair_id"], ["people.id"], name=op.f("fk_meetings_chair_id_people")),
        sa.ForeignKeyConstraint(
            ["minute_taker_id"], ["people.id"], name=op.f("fk_meetings_minute_taker_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_status"), ["status"], unique=False)

    op.create_table(
        "vacancies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "job",
                "leerbaan",
                "bpv",
                "work_experience",
                "trial_placement",
                name="vacancy_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "required_level",
            sa.Enum(
                "pro",
                "vso",
                "entree",
                "1",
                "2",
                "3",
                "4",
                "other",
                name="required_level",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("crebo_codes", sa.String(length=400), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("hours_min", sa.Integer(), nullable=True),
        sa.Column("hours_max", sa.Integer(), nullable=True),
        sa.Column(
            "contract_type",
            sa.Enum(
                "temporary",
                "permanent",
                "bbl",
                "trial",
                "internship",
                name="contract_type",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("open_until", sa.Date(), nullable=True),
        sa.Column("positions", sa.Integer(), nullable=False),
        sa.Column("driving_licence_required", sa.Boolean(), nullable=False),
        sa.Column("coaching_possible", sa.Boolean(), nullable=False),
        sa.Column("open_for_banenafspraak", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("wsp_contact_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open", "filled", "expired", name="vacancy_status", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max",
            name=op.f("ck_vacancies_hours_range"),
        ),
        sa.CheckConstraint("positions >= 1", name=op.f("ck_vacancies_positions_positive")),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_vacancies_employer_id_employers")
        ),
        sa.ForeignKeyConstraint(
            ["wsp_contact_id"], ["people.id"], name=op.f("fk_vacancies_wsp_contact_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacancies")),
        sa.UniqueConstraint("reference", name=op.f("uq_vacancies_reference")),
    )
    with op.batch_alter_table("vacancies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vacancies_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vacancies_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_vacancies_open_until"), ["open_until"], unique=False)
        batch_op.create_index(batch_op.f("ix_vacancies_sector"), ["sector"], unique=False)
        batch_op.create_index(batch_op.f("ix_vacancies_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_vacancies_wsp_contact_id"), ["wsp_contact_id"], unique=False)

    op.create_table(
        "young_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("initials", sa.String(length=20), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("family_name", sa.String(length=150), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("school_id", sa.Integer(), nullable=True),
        sa.Column("student_number", sa.String(length=40), nullable=True),
        sa.Column("programme_name", sa.String(length=200), nullable=False),
        sa.Column("crebo", sa.String(length=5), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "pro",
                "vso",
                "entree",
                "1",
                "2",
                "3",
                "4",
                "other",
                name="level",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "leerweg",
            sa.Enum("bol", "bbl", name="leerweg", native_enum=False, create_constraint=True),
            nullable=True,
        ),
        sa.Column(
            "exit_status",
            sa.Enum(
                "in_school",
                "diploma",
                "diploma_expected",
                "left_without_diploma",
                "praktijkverklaring",
                name="exit_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("exit_expected_on", sa.Date(), nullable=True),
        sa.Column("home_place", sa.String(length=100), nullable=False),
        sa.Column("travels_independently", sa.Boolean(), nullable=True),
        sa.Column("driving_licence", sa.Boolean(), nullable=True),
        sa.Column("available_from", sa.Date(), nullable=True),
        sa.Column("hours_per_week", sa.Integer(), nullable=True),
        sa.Column("wanted_sectors", sa.String(length=400), nullable=False),
        sa.Column(
            "situation",
            sa.Enum(
                "no_work",
                "temporary_contract",
                "below_level",
                "outside_field",
                "at_risk_of_dropping_out",
                name="situation",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("needs_job_coach", sa.Boolean(), nullable=False),
        sa.Column("support_note", sa.String(length=500), nullable=False),
        sa.Column(
            "doelgroepregister",
            sa.Enum(
                "yes", "no", "unknown", name="doelgroepregister", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("is_concern", sa.Boolean(), nullable=False),
        sa.Column("case_holder_id", sa.Integer(), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_holder_id"], ["people.id"], name=op.f("fk_young_people_case_holder_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["organisations.id"], name=op.f("fk_young_people_school_id_organisations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_young_people")),
        sa.UniqueConstraint("code", name=op.f("uq_young_people_code")),
        sa.UniqueConstraint("school_id", "student_number", name=op.f("uq_young_people_school_id")),
    )
    with op.batch_alter_table("young_people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_young_people_case_holder_id"), ["case_holder_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_young_people_level"), ["level"], unique=False)
        batch_op.create_index(batch_op.f("ix_young_people_school_id"), ["school_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_young_people_situation"), ["situation"], unique=False)

    op.create_table(
        "attendances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "invited",
                "present",
                "absent",
                "excused",
                name="attendance_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_attendances_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_attendances_person_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendances")),
        sa.UniqueConstraint("meeting_id", "person_id", name=op.f("uq_attendances_meeting_id")),
    )
    with op.batch_alter_table("attendances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendances_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendances_person_id"), ["person_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "discussed",
                "postponed",
                name="case_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("time_budget_minutes", sa.Integer(), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=True),
        sa.Column("situation_summary", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["holder_id"], ["people.id"], name=op.f("fk_cases_holder_id_people")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_cases_meeting_id_meetings")),
        sa.ForeignKeyConstraint(
            ["young_person_id"], ["young_people.id"], name=op.f("fk_cases_young_person_id_young_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("meeting_id", "young_person_id", name=op.f("uq_cases_meeting_id")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_young_person_id"), ["young_person_id"], unique=False)

    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column(
            "given_by",
            sa.Enum(
                "young_person", "parent", name="consent_given_by", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("scope_table", sa.Boolean(), nullable=False),
        sa.Column("scope_share_wsp", sa.Boolean(), nullable=False),
        sa.Column("scope_employer_profile", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["young_person_id"], ["young_people.id"], name=op.f("fk_consents_young_person_id_young_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_young_person_id"), ["young_person_id"], unique=False)

    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "done",
                "cancelled",
                name="agreement_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_agreements_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_agreements_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["people.id"], name=op.f("fk_agreements_owner_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreements_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_deadline"), ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_status"), ["status"], unique=False)

    op.create_table(
        "proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("vacancy_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "contact_made",
                "interview_planned",
                "placed",
                "trial_placement",
                "rejected",
                "withdrawn",
                name="proposal_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "rejection_reason",
            sa.Enum(
                "does_not_fit_requirements",
                "young_person_declined",
                "employer_declined",
                "no_response",
                "other",
                name="rejection_reason",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("last_step_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_proposals_case_id_cases")),
        sa.ForeignKeyConstraint(["owner_id"], ["people.id"], name=op.f("fk_proposals_owner_id_people")),
        sa.ForeignKeyConstraint(
            ["vacancy_id"], ["vacancies.id"], name=op.f("fk_proposals_vacancy_id_vacancies")
        ),
        sa.ForeignKeyConstraint(
            ["young_person_id"], ["young_people.id"], name=op.f("fk_proposals_young_person_id_young_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposals")),
    )
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proposals_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proposals_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proposals_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_proposals_vacancy_id"), ["vacancy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proposals_young_person_id"), ["young_person_id"], unique=False)

    op.create_table(
        "placements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("young_person_id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=True),
        sa.Column("vacancy_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column(
            "contract",
            sa.Enum(
                "temporary",
                "permanent",
                "bbl",
                "trial",
                "internship",
                name="placement_contract",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("hours_per_week", sa.Integer(), nullable=True),
        sa.Column("below_level", sa.Boolean(), nullable=False),
        sa.Column("outside_field", sa.Boolean(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposals.id"], name=op.f("fk_placements_proposal_id_proposals")
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"], ["vacancies.id"], name=op.f("fk_placements_vacancy_id_vacancies")
        ),
        sa.ForeignKeyConstraint(
            ["young_person_id"], ["young_people.id"], name=op.f("fk_placements_young_person_id_young_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
        sa.UniqueConstraint("proposal_id", name=op.f("uq_placements_proposal_id")),
    )
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placements_vacancy_id"), ["vacancy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placements_young_person_id"), ["young_person_id"], unique=False)

    op.create_table(
        "proposal_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "contact_made",
                "interview_planned",
                "placed",
                "trial_placement",
                "rejected",
                "withdrawn",
                name="step_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "rejection_reason",
            sa.Enum(
                "does_not_fit_requirements",
                "young_person_declined",
                "employer_declined",
                "no_response",
                "other",
                name="step_rejection_reason",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposals.id"], name=op.f("fk_proposal_steps_proposal_id_proposals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_steps")),
    )
    with op.batch_alter_table("proposal_steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proposal_steps_proposal_id"), ["proposal_id"], unique=False)

    op.create_table(
        "nazorg_checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("months_after_start", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column(
            "answer",
            sa.Enum(
                "still_employed",
                "changed_job",
                "out_of_work",
                "back_to_school",
                "unknown",
                name="checkpoint_answer",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"], ["people.id"], name=op.f("fk_nazorg_checkpoints_assigned_to_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placements.id"], name=op.f("fk_nazorg_checkpoints_placement_id_placements")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nazorg_checkpoints")),
    )
    with op.batch_alter_table("nazorg_checkpoints", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_nazorg_checkpoints_assigned_to_id"), ["assigned_to_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_nazorg_checkpoints_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_nazorg_checkpoints_placement_id"), ["placement_id"], unique=False
        )
    _seed_organisation_kinds()


ORGANISATION_KINDS = [
    # code, Dutch name, English name, category, country
    ("mbo", "mbo-school", "mbo school", "school", "NL"),
    ("pro", "PrO-school", "practical education school (PrO)", "school", "NL"),
    ("vso", "VSO-school", "special secondary school (VSO)", "school", "NL"),
    ("vo", "vo-school", "secondary school", "school", "NL"),
    ("gemeente", "gemeente", "municipality", "municipality", "NL"),
    ("doorstroompunt", "Doorstroompunt (RMC)", "Doorstroompunt (RMC)", "doorstroompunt", "NL"),
    ("wsp", "Werkgeversservicepunt", "employer service point (WSP)", "employer_service", "NL"),
    ("uwv", "UWV", "UWV", "benefits_agency", "NL"),
    ("leerwerkloket", "Leerwerkloket", "Leerwerkloket", "other", "NL"),
    ("jobcoach", "jobcoachorganisatie", "job coaching organisation", "job_coaching", "NL"),
    ("be_school", "school (Vlaanderen)", "school (Flanders)", "school", "BE"),
    ("be_clb", "CLB", "pupil guidance centre (CLB)", "other", "BE"),
    ("be_gemeente", "OCMW / gemeente", "OCMW / municipality", "municipality", "BE"),
    ("be_vdab", "VDAB", "VDAB", "employer_service", "BE"),
]


def _seed_organisation_kinds() -> None:
    kinds = sa.table(
        "organisation_kinds",
        sa.column("code", sa.String),
        sa.column("name_nl", sa.String),
        sa.column("name_en", sa.String),
        sa.column("category", sa.String),
        sa.column("country", sa.String),
        sa.column("created_at", sa.DateTime),
        sa.column("created_by", sa.String),
        sa.column("updated_at", sa.DateTime),
        sa.column("updated_by", sa.String),
        sa.column("version", sa.Integer),
    )
    now = SYSTEM_CLOCK.utcnow()  # a migration runs outside the services: the computer's clock
    op.bulk_insert(
        kinds,
        [
            {
                "code": code,
                "name_nl": name_nl,
                "name_en": name_en,
                "category": category,
                "country": country,
                "created_at": now,
                "created_by": "Matchtafel",
                "updated_at": now,
                "updated_by": "Matchtafel",
                "version": 1,
            }
            for code, name_nl, name_en, category, country in ORGANISATION_KINDS
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("nazorg_checkpoints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nazorg_checkpoints_placement_id"))
        batch_op.drop_index(batch_op.f("ix_nazorg_checkpoints_due_on"))
        batch_op.drop_index(batch_op.f("ix_nazorg_checkpoints_assigned_to_id"))

    op.drop_table("nazorg_checkpoints")
    with op.batch_alter_table("proposal_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_steps_proposal_id"))

    op.drop_table("proposal_steps")
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placements_young_person_id"))
        batch_op.drop_index(batch_op.f("ix_placements_vacancy_id"))

    op.drop_table("placements")
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposals_young_person_id"))
        batch_op.drop_index(batch_op.f("ix_proposals_vacancy_id"))
        batch_op.drop_index(batch_op.f("ix_proposals_status"))
        batch_op.drop_index(batch_op.f("ix_proposals_owner_id"))
        batch_op.drop_index(batch_op.f("ix_proposals_case_id"))

    op.drop_table("proposals")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_status"))
        batch_op.drop_index(batch_op.f("ix_agreements_owner_id"))
        batch_op.drop_index(batch_op.f("ix_agreements_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_agreements_deadline"))
        batch_op.drop_index(batch_op.f("ix_agreements_case_id"))

    op.drop_table("agreements")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_young_person_id"))

    op.drop_table("consents")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_young_person_id"))
        batch_op.drop_index(batch_op.f("ix_cases_meeting_id"))

    op.drop_table("cases")
    with op.batch_alter_table("attendances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendances_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendances_meeting_id"))

    op.drop_table("attendances")
    with op.batch_alter_table("young_people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_young_people_situation"))
        batch_op.drop_index(batch_op.f("ix_young_people_school_id"))
        batch_op.drop_index(batch_op.f("ix_young_people_level"))
        batch_op.drop_index(batch_op.f("ix_young_people_case_holder_id"))

    op.drop_table("young_people")
    with op.batch_alter_table("vacancies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vacancies_wsp_contact_id"))
        batch_op.drop_index(batch_op.f("ix_vacancies_status"))
        batch_op.drop_index(batch_op.f("ix_vacancies_sector"))
        batch_op.drop_index(batch_op.f("ix_vacancies_open_until"))
        batch_op.drop_index(batch_op.f("ix_vacancies_kind"))
        batch_op.drop_index(batch_op.f("ix_vacancies_employer_id"))

    op.drop_table("vacancies")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_status"))
        batch_op.drop_index(batch_op.f("ix_meetings_starts_at"))

    op.drop_table("meetings")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_people_name"))

    op.drop_table("people")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_name"))
        batch_op.drop_index(batch_op.f("ix_organisations_kind_id"))

    op.drop_table("organisations")
    op.drop_table("organisation_kinds")
    with op.batch_alter_table("employers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employers_name"))

    op.drop_table("employers")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_events_entity"))
        batch_op.drop_index(batch_op.f("ix_audit_events_at"))
        batch_op.drop_index(batch_op.f("ix_audit_events_action"))

    op.drop_table("audit_events")
    op.drop_table("app_meta")
