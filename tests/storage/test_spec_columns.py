"""The migrated database and the field specs agree column for column, and a disagreement names the field."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import text

from matchtafel.domain.fields import Field
from matchtafel.domain.fields import supporters as supporter_fields
from matchtafel.domain.fields import vacancies as vacancy_fields
from matchtafel.domain.privacy_classes import BUSINESS, SUPPORTER
from matchtafel.storage.db import Database
from tests.storage.spec_columns import spec_column_problems


def test_every_stored_field_of_the_specs_is_a_column_of_the_migrated_database_and_back(db: Database) -> None:
    assert spec_column_problems(db.engine) == []


def test_a_spec_line_without_its_migration_is_named(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = vacancy_fields.VACANCIES
    added = Field("dress_code", BUSINESS, label="Dress code")
    monkeypatch.setattr(vacancy_fields, "VACANCIES", dataclasses.replace(spec, fields=(*spec.fields, added)))
    assert spec_column_problems(db.engine) == [
        "vacancies.dress_code: a stored field in the spec, but the migrated database has no such column "
        "(add it in a migration)"
    ]


def test_a_migrated_column_without_its_spec_line_is_named(db: Database) -> None:
    with db.engine.begin() as conn:  # a throw-away database: what a migration without its spec line adds
        conn.execute(text("ALTER TABLE employers ADD COLUMN parking_spaces INTEGER"))
    assert spec_column_problems(db.engine) == [
        "employers.parking_spaces: a column in the migrated database that no field of the spec describes "
        "(add its spec line, or name it among the non-fields)"
    ]


def test_a_supporter_spec_line_without_its_migration_is_named(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = supporter_fields.SUPPORTERS
    added = Field("languages", SUPPORTER, label="Languages")
    monkeypatch.setattr(
        supporter_fields, "SUPPORTERS", dataclasses.replace(spec, fields=(*spec.fields, added))
    )
    assert spec_column_problems(db.engine) == [
        "supporters.languages: a stored field in the spec, but the migrated database has no such column "
        "(add it in a migration)"
    ]


def test_a_migrated_supporter_column_without_its_spec_line_is_named(db: Database) -> None:
    with db.engine.begin() as conn:  # a throw-away database: what a migration without its spec line adds
        conn.execute(text("ALTER TABLE supporters ADD COLUMN languages VARCHAR(200)"))
    assert spec_column_problems(db.engine) == [
        "supporters.languages: a column in the migrated database that no field of the spec describes "
        "(add its spec line, or name it among the non-fields)"
    ]
