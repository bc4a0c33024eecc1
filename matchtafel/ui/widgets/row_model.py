"""A table model over plain frozen rows, with filtering and sorting done in the model.

Built for 100,000 rows. ``prepare(rows)`` does the heavy part and may run on a pool thread (it touches no
Qt object): every row's searchable text folded once, and per column the rank of each row's raw value
(dates as dates, levels in their order, empty last). A column that names its ``field`` is folded and
ranked once per distinct value, not once per row; in a long list such a column's folded text is kept once
per distinct value (each row holds the number of its value), not inside every row's text (issue 20: the
texts of a 100k-row list held its places, schools and levels 100,000 times). On the UI thread a keystroke then only scans folded
strings (the rows still shown when the query grew, a remembered result when it shrank again) and a click
on a header is one stable argsort of ranks: neither waits on Python work per row.

Signals: ``counts_changed(visible, total)`` after every filter, sort or reload.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter, contains
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from matchtafel.domain.text_fold import fold, fold_words
from matchtafel.ui.widgets.theme import colour

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# Roles as plain ints: data() is called ~7 times per painted cell, so each comparison counts.
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_ALIGN, _BACKGROUND = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.BackgroundRole)
_FONT, _SORT, _ROW = int(Qt.ItemDataRole.FontRole), int(SORT_ROLE), int(ROW_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_EMPTY = 2**63 - 1  # the rank of an empty value: after every other, either way
NUMPY_FROM = 5_000  # rows from which ranks are sorted by numpy (imported then: start-up does not wait on it)


@dataclass(frozen=True)
class Column:
    """One column: its title, what it shows, and the raw value it sorts by.

    ``field``: the row attribute ``text`` and ``sort_key`` depend on alone, when they do; the model then
    folds and ranks each distinct value once (a list of 100,000 rows holds a few hundred places)."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    searchable: bool = True
    align_right: bool = False
    field: str | None = None


@dataclass
class Prepared:
    """What ``RowTableModel.prepare`` computed for one list of rows; handed to ``set_prepared``."""

    rows: list[Any]
    texts: list[str]
    ranks: dict[int, Sequence[int]] = field(default_factory=dict)  # a list, or a numpy array (long lists)
    groups: list[_Group] = field(default_factory=list)  # long lists: the searchable columns kept per value


@dataclass
class _Group:
    """A searchable column of a long list, kept per distinct value: ``codes[row]`` numbers the row's value
    and ``texts[number]`` is that value's folded text (a numpy array of small ints and a short list)."""

    codes: Any
    texts: list[str]


def _per_value(column: Column, rows: Sequence[Any]) -> tuple[list[Any], dict[Any, Any]] | None:
    """Each row's value of the column's field, and one row per distinct value; None when the column has
    no field, or nearly as many values as rows (a code): then per row is as quick."""
    if column.field is None:
        return None
    values = list(map(attrgetter(column.field), rows))
    try:
        if len(set(values[:2000])) > 1000:  # mostly different values: grouping would cost more than it saves
            return None
        return values, dict(zip(values, rows, strict=True))
    except TypeError:  # an unhashable value: per row after all
        return None


def _fold_each(texts: list[str]) -> list[str]:
    """``fold`` of every text; texts that are all ASCII are lowered in one C call."""
    block = "\x00".join(texts)
    if block.isascii():
        folded = block.lower().split("\x00")
        if len(folded) == len(texts):  # no text held the separator itself
            return folded
    return list(map(fold, texts))


def _folded_texts(columns: Sequence[Column], rows: Sequence[Any]) -> tuple[list[str], list[_Group]]:
    """Each row's folded searchable text; in a long list (``NUMPY_FROM`` rows) the columns with few
    distinct values come apart, as groups. A word holds no space, so it is in the texts joined by spaces
    exactly when it is in one of them: a row matches a word in its own text or in one of its groups'."""
    parts = []
    groups: list[_Group] = []
    for column in columns:
        if not column.searchable:
            continue
        grouped = _per_value(column, rows)
        if grouped is None:
            parts.append(_fold_each(list(map(column.text, rows))))
            continue
        values, one_row_of = grouped
        by_value = {value: fold(column.text(row)) for value, row in one_row_of.items()}
        if len(rows) < NUMPY_FROM:
            parts.append(list(map(by_value.__getitem__, values)))
            continue
        import numpy as np

        number_of = {value: number for number, value in enumerate(by_value)}
        kind = np.int16 if len(number_of) <= 2**15 else np.int32  # a few hundred values: two bytes a row
        codes = np.fromiter(map(number_of.__getitem__, values), dtype=kind, count=len(values))
        groups.append(_Group(codes, list(by_value.values())))
    if not parts:
        return [""] * len(rows), groups
    if len(parts) == 1:
        return parts[0], groups
    return list(map(" ".join, zip(*parts, strict=True))), groups


def _ranks(column: Column, rows: Sequence[Any]) -> Sequence[int]:
    """Each row's place among the column's distinct raw values; empty values get ``_EMPTY``."""
    grouped = _per_value(column, rows)
    if grouped is None:
        if column.sort_key is None:
            keys: list[Any] = _fold_each(list(map(column.text, rows)))
        else:
            keys = list(map(column.sort_key, rows))
        values: list[Any] = keys
        key_of: dict[Any, Any] | None = None
    else:
        values, one_row_of = grouped
        key = column.sort_key or (lambda row: fold(column.text(row)))
        key_of = {value: key(row) for value, row in one_row_of.items()}
        keys = list(key_of.values())
    distinct = set(keys)
    long_list = len(values) >= NUMPY_FROM
    if long_list and key_of is None and len(distinct) > 1000 and all(isinstance(k, str) for k in distinct):
        import numpy as np

        # Many texts (codes): numpy sorts them in C, as Python orders strings.
        found, inverse = np.unique(np.array(keys, dtype=str), return_inverse=True)
        ranks = inverse.astype(np.int64)
        if len(found) and found[0] == "":
            ranks = np.where(ranks == 0, _EMPTY, ranks)
        return ranks  # type: ignore[return-value]  # an array of ints: indexable and sized like a list
    filled = sorted(k for k in distinct if k is not None and k != "")
    place: dict[Any, int] = {k: i for i, k in enumerate(filled)}
    if key_of is None:
        rank_of: dict[Any, int] = {k: place.get(k, _EMPTY) for k in distinct}
    else:
        rank_of = {value: place.get(k, _EMPTY) for value, k in key_of.items()}
    if not long_list:
        return list(map(rank_of.__getitem__, values))
    import numpy as np

    return np.fromiter(map(rank_of.__getitem__, values), dtype=np.int64, count=len(values))  # type: ignore[return-value]


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
        self._ranks: dict[int, Sequence[int]] = {}
        self._order: list[int] = []  # every row, in sort order
        self._base: list[int] = []  # the rows in order that the predicate keeps
        self._base_texts: list[str] = []  # their texts, in the same order: a full scan is one C loop
        self._groups: list[_Group] = []  # long lists: columns searched per distinct value
        self._visible: list[int] = []
        self._typed: list[tuple[list[str], list[int]]] = []  # the queries typed since the base changed
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

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role in (_DISPLAY, _TOOLTIP):
            row_number = index.row()
            if 0 <= row_number < len(self._visible):
                return self._columns[index.column()].text(self._rows[self._visible[row_number]])
            return None
        if role == _ALIGN:
            number = index.column()
            return _RIGHT if 0 <= number < len(self._columns) and self._columns[number].align_right else None
        if role == _BACKGROUND:
            row = self._row_of(index)
            if row is not None and self._highlight is not None and self._highlight(row):
                return QBrush(
                    colour("marked")
                )  # amber (dark amber on dark): legible in grey, for colour-blind eyes
            return None
        if role == _FONT:
            row = self._row_of(index)
            if row is not None and self._muted is not None and self._muted(row):
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == _SORT:
            row = self._row_of(index)
            if row is None:
                return None
            column = self._columns[index.column()]
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == _ROW:
            return self._row_of(index)
        return None

    def _row_of(self, index: AnyIndex) -> Any:
        row_number = index.row()
        if index.isValid() and 0 <= row_number < len(self._visible):
            return self._rows[self._visible[row_number]]
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

    def prepare(self, rows: Sequence[Any]) -> Prepared:
        """The folded texts and the ranks of the sort column, for ``set_prepared``. Safe off the UI
        thread: it reads the columns only."""
        rows = list(rows)
        texts, groups = _folded_texts(self._columns, rows)
        prepared = Prepared(rows, texts, groups=groups)
        sort = self._sort
        if sort is not None:
            prepared.ranks[sort[0]] = _ranks(self._columns[sort[0]], rows)
        return prepared

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.set_prepared(self.prepare(rows))

    def set_prepared(self, prepared: Prepared) -> None:
        self.beginResetModel()
        self._rows, self._texts, self._ranks = prepared.rows, prepared.texts, dict(prepared.ranks)
        self._groups = prepared.groups
        self._order = self._sorted_order()
        self._set_base()
        self._visible = self._search(self._words)
        self.endResetModel()
        self.counts_changed.emit(len(self._visible), len(self._rows))

    def set_filter(self, query: str, predicate: Callable[[Any], bool] | None = None) -> None:
        """Show the rows holding every word of ``query`` (folded) for which ``predicate`` holds.

        The rows are kept in sort order, so filtering never sorts; a query that only grew searches just
        the rows still shown, and going back to a query typed before finds its rows again."""
        words = fold_words(query)
        if predicate is not self._predicate:
            self._predicate = predicate
            self._set_base()
        self.beginResetModel()
        self._visible = self._search(words)
        self._words = words
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

    # -- filtering --------------------------------------------------------------------------------

    def _set_base(self) -> None:
        order, predicate, rows = self._order, self._predicate, self._rows
        self._base = order if predicate is None else [i for i in order if predicate(rows[i])]
        self._base_texts = list(map(self._texts.__getitem__, self._base))
        self._typed = [([], self._base)]

    def _search(self, words: list[str]) -> list[int]:
        """The base rows holding every word, starting from the nearest query typed before."""
        if not words:
            self._typed = [([], self._base)]
            return self._base
        while len(self._typed) > 1 and not _narrows(self._typed[-1][0], words):
            self._typed.pop()  # backspace: back to the query this one grows from
        typed_words, found = self._typed[-1]
        if typed_words == words:
            return found
        texts = self._texts
        for number, word in enumerate(words):
            if number < len(typed_words) and typed_words[number] == word:
                continue  # every row in ``found`` holds it already
            if self._groups:
                found = self._search_groups(found, word)
            elif found is self._base:  # the whole base: one pass in C over its texts in order
                found = list(compress(found, map(contains, self._base_texts, repeat(word))))
            else:
                found = [i for i in found if word in texts[i]]
        self._typed.append((words, found))
        return found

    def _search_groups(self, found: list[int], word: str) -> list[int]:
        """The rows of ``found`` holding ``word`` in their own text or in a value of one of their groups
        (a long list): the groups' values are searched once each, their rows picked out by numpy."""
        import numpy as np

        if found is self._base:
            hits = np.fromiter(
                map(contains, self._base_texts, repeat(word)), dtype=bool, count=len(self._base_texts)
            )
        else:
            texts = self._texts
            hits = np.fromiter((word in texts[i] for i in found), dtype=bool, count=len(found))
        positions = np.asarray(found, dtype=np.int64)
        for group in self._groups:
            matching = [number for number, text in enumerate(group.texts) if word in text]
            if matching:
                holds = np.zeros(len(group.texts), dtype=bool)
                holds[matching] = True
                hits |= holds[group.codes[positions]]
        return positions[hits].tolist()  # type: ignore[no-any-return]

    # -- sorting ----------------------------------------------------------------------------------

    def _apply_sort(self) -> None:
        self._order = self._sorted_order()
        if len(self._rows) < NUMPY_FROM:
            shown = set(self._visible)
            self._visible = [i for i in self._order if i in shown]
        else:
            import numpy as np

            mask = np.zeros(len(self._rows), dtype=bool)
            mask[self._visible] = True
            visible = np.asarray(self._order, dtype=np.int64)
            self._visible = visible[mask[visible]].tolist()
        words = self._words
        self._set_base()
        if words:  # what is shown stays shown, in the new order; the typing history starts from it
            self._typed.append((words, self._visible))

    def _sorted_order(self) -> list[int]:
        """All rows in sort order (empty values last); the database order until a column is chosen.
        Stable: rows with equal values keep the database order (by code, by name), either way."""
        if self._sort is None or not self._rows:
            return range(len(self._rows))  # type: ignore[return-value]
        column_number, order = self._sort
        ranks = self._ranks.get(column_number)
        if ranks is None:
            ranks = self._ranks[column_number] = _ranks(self._columns[column_number], self._rows)
        descending = order == Qt.SortOrder.DescendingOrder
        if len(ranks) < NUMPY_FROM:
            keys = [(-rank if descending and rank != _EMPTY else rank) for rank in ranks]
            return sorted(range(len(keys)), key=keys.__getitem__)  # stable
        import numpy as np

        array = np.asarray(ranks)
        if descending:
            array = np.where(array == _EMPTY, _EMPTY, -array)
        ordered = np.argsort(array, kind="stable")
        if np.array_equal(ordered, np.arange(len(ordered))):  # the database's order already (a list by code)
            return range(len(ordered))  # type: ignore[return-value]  # no 100,000 ints held for it
        return ordered.tolist()  # type: ignore[no-any-return]


def _narrows(typed: list[str], words: list[str]) -> bool:
    """Whether ``words`` only asks more of the rows than ``typed`` did (each typed word grew or stayed)."""
    return len(words) >= len(typed) and all(old in new for old, new in zip(typed, words, strict=False))
