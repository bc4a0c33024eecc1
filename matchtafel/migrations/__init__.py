"""Alembic migrations, shipped inside the package; ``matchtafel.db`` runs them on open."""
