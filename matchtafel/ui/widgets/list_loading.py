"""A register's list read and prepared off the UI thread: the rows, their folded texts and ranks, and the
options of the category filters, so that the UI thread only swaps them in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from matchtafel.ui.sections.registers.register import CategoryFilter, Register
from matchtafel.ui.widgets.row_model import Prepared, RowTableModel

FIRST_ROWS = 200  # shown while the rest is read: more than a screenful


@dataclass
class LoadedList:
    prepared: Prepared
    options: list[list[tuple[Any, str]]]  # per category filter: (value, text)


def prepare_list(rows: Sequence[Any], model: RowTableModel, filters: Sequence[CategoryFilter]) -> LoadedList:
    """Safe on a pool thread: reads the columns and filters, touches no widget."""
    prepared = model.prepare(rows)
    return LoadedList(prepared, [category.options(prepared.rows) for category in filters])


def load_list(
    register: Register, model: RowTableModel, filters: Sequence[CategoryFilter], include_archived: bool
) -> LoadedList:
    return prepare_list(register.load_all(include_archived), model, filters)
