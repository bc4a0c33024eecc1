"""Alembic migrations, shipped inside the package; ``matchtafel.storage.db`` runs them on open."""
