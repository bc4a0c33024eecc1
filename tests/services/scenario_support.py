"""What the added-field scenarios share (``added_*_scenario.py``, each run in its own process): the database
before and after the developer's migration, checked to name each added field before it and to find specs,
columns and models agreeing after it, and the services on that database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

MISSING = "{table}.{key}: a stored field in the spec, but the migrated database has no such column (add it in a migration)"


def migrated_database(work: Path, migrate: Callable[[Any], None], added: Sequence[tuple[str, str]]) -> Any:
    """The scenario's throw-away database. Before ``migrate`` (the developer's migration, as ``op.add_column``)
    each ``(table, key)`` of ``added`` is named as missing, in that order; after it, specs and columns agree, and
    so do the migration and the models made from the specs."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from matchtafel.models import Base
    from matchtafel.storage.db import open_database
    from tests.storage.spec_columns import spec_column_problems

    db = open_database(work / "added.sqlite3")
    problems = spec_column_problems(db.engine)
    assert problems == [MISSING.format(table=table, key=key) for table, key in added], problems
    migrate(db.engine)
    assert spec_column_problems(db.engine) == []
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    return db


def scenario_services(db: Any) -> Any:
    """The services on the scenario's database, with the tests' pinned clock."""
    from matchtafel.clock import FixedClock
    from matchtafel.services import Services
    from matchtafel.services.actor import Actor
    from tests.conftest import NOW

    return Services.create(db.sessions, Actor("Test Gebruiker", "Testschool"), clock=FixedClock(NOW))
