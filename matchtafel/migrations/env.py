"""Alembic environment: always driven from matchtafel.storage.db with a live connection."""

from __future__ import annotations

from alembic import context

from matchtafel.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs the alembic CLI by hand
    raise SystemExit("Run migrations through Matchtafel: opening a database upgrades it.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
