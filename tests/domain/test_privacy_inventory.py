"""Every stored field is in the DPIA's data inventory: a new column cannot slip in unexplained."""

from __future__ import annotations

from matchtafel.domain.privacy_inventory import TABLES, category_of
from matchtafel.models import Base


def test_every_column_of_every_table_is_classified() -> None:
    missing = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if category_of(table.name, column.name) is None
    ]
    assert missing == []
    assert set(TABLES) == {t.name for t in Base.metadata.sorted_tables}  # and nothing described that is gone
    listed = {(t, c) for t, (_nl, _en, columns) in TABLES.items() for c in columns}
    actual = {(t.name, c.name) for t in Base.metadata.sorted_tables for c in t.columns}
    assert listed <= actual
