"""A list of rows under bold group headings (calls per caller, reminders per kind).

Over a QStandardItemModel, not a QTreeWidget: QTreeWidget's own model fails Qt's model tester as soon as
a child is added. Each row carries a value (``ROW_ROLE``) that ``current_value`` and ``row_activated`` hand
back; Enter or a double click activates a row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from matchtafel.ui.theme import colour

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class GroupedTree(QTreeView):
    """Signal ``row_activated(object)`` with the value of the row activated."""

    row_activated = Signal(object)

    def __init__(self, headers: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QStandardItemModel(self)
        if headers:
            self.source.setHorizontalHeaderLabels(headers)
        else:
            self.setHeaderHidden(True)
        self.setModel(self.source)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activated.connect(self._on_activated)

    def clear_groups(self) -> None:
        self.source.removeRows(0, self.source.rowCount())

    def add_group(
        self, title: str, rows: list[tuple[list[str], Any, bool]], *, expanded: bool = True
    ) -> None:
        """``rows``: the texts of each column, the row's value, and whether to mark it (amber)."""
        group = QStandardItem(title)
        font = QFont()
        font.setBold(True)
        group.setFont(font)
        group.setEditable(False)
        self.source.appendRow(group)
        for texts, value, marked in rows:
            items = [QStandardItem(text) for text in texts]
            for item in items:
                item.setEditable(False)
                item.setToolTip(item.text())
                if marked:
                    item.setBackground(QBrush(colour("marked")))  # legible in grey, for colour-blind eyes
            items[0].setData(value, ROW_ROLE)
            group.appendRow(items)
        self.setFirstColumnSpanned(group.row(), QModelIndex(), True)
        self.setExpanded(group.index(), expanded)

    def group_texts(self) -> list[str]:
        return [self.source.item(row).text() for row in range(self.source.rowCount())]

    def rows_of(self, group: int) -> list[list[str]]:
        heading = self.source.item(group)
        return [
            [heading.child(row, column).text() for column in range(heading.columnCount())]
            for row in range(heading.rowCount())
        ]

    def select_row(self, group: int, row: int) -> bool:
        heading = self.source.item(group)
        if heading is None or row >= heading.rowCount():
            return False
        self.setCurrentIndex(heading.child(row, 0).index())
        return True

    def select_first_row(self) -> bool:
        return any(self.select_row(group, 0) for group in range(self.source.rowCount()))

    def current_value(self) -> Any:
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ROW_ROLE)
        if value is not None:
            self.row_activated.emit(value)
