"""The field specs against a migrated database: every stored field of a register's spec has its column, and
every column of a register's table is a field, a named non-field or a bookkeeping column."""

from __future__ import annotations

from sqlalchemy import Engine, inspect

from matchtafel.domain.fields import entities
from matchtafel.domain.privacy_classes import COMMON


def spec_column_problems(engine: Engine) -> list[str]:
    """One sentence per disagreement, naming the table and the field (empty when spec and database agree)."""
    problems: list[str] = []
    inspector = inspect(engine)
    for described in entities():
        columns = {c["name"] for c in inspector.get_columns(described.table)}
        stored = {f.key for f in described.fields if f.stored}
        for key in sorted(stored - columns):
            problems.append(
                f"{described.table}.{key}: a stored field in the spec, but the migrated database has no such "
                "column (add it in a migration)"
            )
        for key in sorted(columns - stored - set(described.non_fields) - set(COMMON)):
            problems.append(
                f"{described.table}.{key}: a column in the migrated database that no field of the spec "
                "describes (add its spec line, or name it among the non-fields)"
            )
    return problems
