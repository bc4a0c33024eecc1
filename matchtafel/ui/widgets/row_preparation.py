"""The heavy part of a row list, done once per list and off the UI thread when long (``RowTableModel.prepare``):
every row's searchable text folded, and per column the rank of each row's raw value. No Qt here.

A column that names its ``field`` is folded and ranked once per distinct value, not once per row; in a long
list (``NUMPY_FROM`` rows) such a column's folded text is kept once per distinct value (each row holds the
number of its value), not inside every row's text (issue 20: the texts of a 100k-row list held its places,
schools and levels 100,000 times).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from matchtafel.domain.text_fold import fold

EMPTY = 2**63 - 1  # the rank of an empty value: after every other, either way
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
    groups: list[Group] = field(default_factory=list)  # long lists: the searchable columns kept per value


@dataclass
class Group:
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


def fold_each(texts: list[str]) -> list[str]:
    """``fold`` of every text; texts that are all ASCII are lowered in one C call."""
    block = "\x00".join(texts)
    if block.isascii():
        folded = block.lower().split("\x00")
        if len(folded) == len(texts):  # no text held the separator itself
            return folded
    return list(map(fold, texts))


def folded_texts(columns: Sequence[Column], rows: Sequence[Any]) -> tuple[list[str], list[Group]]:
    """Each row's folded searchable text; in a long list (``NUMPY_FROM`` rows) the columns with few
    distinct values come apart, as groups. A word holds no space, so it is in the texts joined by spaces
    exactly when it is in one of them: a row matches a word in its own text or in one of its groups'."""
    parts = []
    groups: list[Group] = []
    for column in columns:
        if not column.searchable:
            continue
        grouped = _per_value(column, rows)
        if grouped is None:
            parts.append(fold_each(list(map(column.text, rows))))
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
        groups.append(Group(codes, list(by_value.values())))
    if not parts:
        return [""] * len(rows), groups
    if len(parts) == 1:
        return parts[0], groups
    return list(map(" ".join, zip(*parts, strict=True))), groups


def column_ranks(column: Column, rows: Sequence[Any]) -> Sequence[int]:
    """Each row's place among the column's distinct raw values; empty values get ``EMPTY``."""
    grouped = _per_value(column, rows)
    if grouped is None:
        if column.sort_key is None:
            keys: list[Any] = fold_each(list(map(column.text, rows)))
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
            ranks = np.where(ranks == 0, EMPTY, ranks)
        return ranks  # type: ignore[return-value]  # an array of ints: indexable and sized like a list
    filled = sorted(k for k in distinct if k is not None and k != "")
    place: dict[Any, int] = {k: i for i, k in enumerate(filled)}
    if key_of is None:
        rank_of: dict[Any, int] = {k: place.get(k, EMPTY) for k in distinct}
    else:
        rank_of = {value: place.get(k, EMPTY) for value, k in key_of.items()}
    if not long_list:
        return list(map(rank_of.__getitem__, values))
    import numpy as np

    return np.fromiter(map(rank_of.__getitem__, values), dtype=np.int64, count=len(values))  # type: ignore[return-value]
