"""A table model over plain frozen rows, with filtering and sorting done in the model.

Every row's searchable text is folded once in ``set_rows``; a keystroke then only scans those
strings (and only the rows still visible when the query grew), which keeps 20,000 rows well under a
frame. Sorting uses raw values (dates as dates, levels in their order), never the shown strings.

Signals: ``counts_changed(visible, total)`` after every filter, sort or reload.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from matchtafel.textfold import fold, fold_words
from matchtafel.ui.theme import colour

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    """One column: its title, what it shows, and the raw value it sorts by."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    searchable: bool = True
    align_right: bool = False


class RowTableModel(QAbstractTableModel):
    counts_changed = Signal(int, int)

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        highlight: Callable[[Any], bool] | None = None,
        muted: Callable[[Any], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._texts: list[str] = []
        self._visible: list[int] = []
        self._order: list[int] = []  # every row, in sort order
        self._sort_keys: dict[int, list[Any]] = {}  # per column, computed once per set_rows
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._highlight = highlight
        self._muted = muted

    # -- Qt's side --------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight and self._highlight(row):
            return QBrush(
                colour("marked")
            )  # amber (dark amber on dark): legible in grey, for colour-blind eyes
        if role == Qt.ItemDataRole.FontRole and self._muted and self._muted(row):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    # -- our side ---------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        searchable = [c for c in self._columns if c.searchable]
        # Fold column by column: repeated values (a school, a place) hit fold's cache.
        self._texts = [" ".join([fold(c.text(row)) for c in searchable]) for row in self._rows]
        self._sort_keys.clear()
        self._order = self._sorted_order()
        self._visible = self._matching(self._order)
        self.endResetModel()
        self.counts_changed.emit(len(self._visible), len(self._rows))

    def set_filter(self, query: str, predicate: Callable[[Any], bool] | None = None) -> None:
        """Show the rows holding every word of ``query`` (folded) for which ``predicate`` holds.

        The rows are kept in sort order, so filtering never sorts; a query that only grew searches
        just the rows still visible."""
        words = fold_words(query)
        narrowing = (
            predicate is self._predicate
            and len(words) >= len(self._words)
            and all(old in new for old, new in zip(self._words, words, strict=False))
        )
        self._words, self._predicate = words, predicate
        self.beginResetModel()
        self._visible = self._matching(self._visible if narrowing else self._order)
        self.endResetModel()
        self.counts_changed.emit(len(self._visible), len(self._rows))

    def row_at(self, index: AnyIndex) -> Any:
        return self._rows[self._visible[index.row()]]

    def index_of(self, predicate: Callable[[Any], bool]) -> QModelIndex:
        for position, row_number in enumerate(self._visible):
            if predicate(self._rows[row_number]):
                return self.index(position, 0)
        return QModelIndex()

    def visible_rows(self) -> list[Any]:
        return [self._rows[i] for i in self._visible]

    @property
    def total(self) -> int:
        return len(self._rows)

    def _matching(self, candidates: Sequence[int]) -> list[int]:
        texts, words, rows, predicate = self._texts, self._words, self._rows, self._predicate
        for word in words:  # one pass per word: a plain `in` per row, no generator per row
            candidates = [i for i in candidates if word in texts[i]]
        if predicate is not None:
            candidates = [i for i in candidates if predicate(rows[i])]
        return list(candidates)

    def _apply_sort(self) -> None:
        self._order = self._sorted_order()
        shown = set(self._visible)
        self._visible = [i for i in self._order if i in shown]

    def _sorted_order(self) -> list[int]:
        """All rows in sort order (empty values last); the database order until a column is chosen."""
        if self._sort is None:
            return list(range(len(self._rows)))
        column_number, order = self._sort
        keys = self._sort_keys.get(column_number)
        if keys is None:
            column = self._columns[column_number]
            key = column.sort_key or (lambda row: fold(column.text(row)))
            keys = self._sort_keys[column_number] = [key(row) for row in self._rows]
        filled = [i for i, value in enumerate(keys) if value is not None and value != ""]
        empty = [i for i, value in enumerate(keys) if value is None or value == ""]
        # Python's sort is stable: equal keys keep the database order (by code, by name).
        filled.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return filled + empty
