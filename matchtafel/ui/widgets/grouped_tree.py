"""A list of rows under bold group headings (calls per caller, reminders per kind).

Over a model of plain rows (``GroupedRows``), not QStandardItems: a region's 3,500 contact moments in four
columns took ~15 MB as items, and QTreeWidget's own model fails Qt's model tester as soon as a child is
added. Each row carries a value (``ROW_ROLE``) that ``current_value`` and ``row_activated`` hand back;
Enter or a double click activates a row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from matchtafel.ui.widgets.theme import colour

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_TOP = 0  # the internal id of a heading; a row's is its heading's number + 1


@dataclass
class _Group:
    title: str
    rows: list[tuple[list[str], Any, bool]] = field(default_factory=list)  # texts, value, marked


class GroupedRows(QAbstractItemModel):
    """Headings at the top level, their rows below; columns as many as the headers (or the widest row)."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.groups: list[_Group] = []
        self.width = max(1, len(headers))
        self._bold = QFont()
        self._bold.setBold(True)

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else _TOP)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return self.width

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            if index.column() != 0:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.groups[index.row()].title
            return self._bold if role == Qt.ItemDataRole.FontRole else None
        texts, value, marked = self.groups[index.internalId() - 1].rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()] if index.column() < len(texts) else None
        if role == Qt.ItemDataRole.BackgroundRole and marked:
            return QBrush(
                colour("marked")
            )  # amber (dark amber on dark): legible in grey, for colour-blind eyes
        if role == ROW_ROLE and index.column() == 0:
            return value
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None

    def clear(self) -> None:
        self.beginResetModel()
        self.groups = []
        self.endResetModel()

    def add(self, title: str, rows: list[tuple[list[str], Any, bool]]) -> int:
        widest = max((len(texts) for texts, _value, _marked in rows), default=1)
        if widest > self.width:  # only without headers: a heading-less tree fits its widest row
            self.beginInsertColumns(QModelIndex(), self.width, widest - 1)
            self.width = widest
            self.endInsertColumns()
        number = len(self.groups)
        self.beginInsertRows(QModelIndex(), number, number)
        self.groups.append(_Group(title))
        self.endInsertRows()
        if rows:
            self.beginInsertRows(self.index(number, 0), 0, len(rows) - 1)
            self.groups[number].rows = list(rows)
            self.endInsertRows()
        return number


class GroupedTree(QTreeView):
    """Signal ``row_activated(object)`` with the value of the row activated."""

    row_activated = Signal(object)

    def __init__(self, headers: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = GroupedRows(headers or [], self)
        if not headers:
            self.setHeaderHidden(True)
        self.setModel(self.source)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activated.connect(self._on_activated)

    def clear_groups(self) -> None:
        self.source.clear()

    def add_group(
        self, title: str, rows: list[tuple[list[str], Any, bool]], *, expanded: bool = True
    ) -> None:
        """``rows``: the texts of each column, the row's value, and whether to mark it (amber)."""
        number = self.source.add(title, rows)
        self.setFirstColumnSpanned(number, QModelIndex(), True)
        self.setExpanded(self.source.index(number, 0), expanded)

    def group_texts(self) -> list[str]:
        return [group.title for group in self.source.groups]

    def rows_of(self, group: int) -> list[list[str]]:
        return [list(texts) for texts, _value, _marked in self.source.groups[group].rows]

    def select_row(self, group: int, row: int) -> bool:
        if group >= len(self.source.groups) or row >= len(self.source.groups[group].rows):
            return False
        self.setCurrentIndex(self.source.index(row, 0, self.source.index(group, 0)))
        return True

    def select_first_row(self) -> bool:
        return any(self.select_row(group, 0) for group in range(len(self.source.groups)))

    def current_value(self) -> Any:
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ROW_ROLE)
        if value is not None:
            self.row_activated.emit(value)
