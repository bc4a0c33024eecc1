"""Find, don't scroll: a chooser whose list narrows as you type (young people, people, vacancies).

Every word typed must occur in the option's text or in its hidden search text (a school, or a name for
those allowed to find by name; that name is never shown). The model filters on text folded once, so each
keystroke costs a scan of plain strings, also for 20,000 options. ↑/↓ move through the list while typing,
Enter takes the selected option, Escape cancels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from matchtafel.domain.text_fold import fold
from matchtafel.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PickOption:
    text: str  # what the list shows
    value: Any
    search: str = ""  # also matched, never shown


class PickModel(QAbstractListModel):
    """The options that match the typed words, in their given order."""

    def __init__(self, options: Sequence[PickOption], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options = list(options)
        self._folded = [fold(f"{o.text} {o.search}") for o in self._options]
        self._visible = list(range(len(self._options)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        option = self._options[self._visible[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return option.text
        return None

    def total(self) -> int:
        return len(self._options)

    def option(self, row: int) -> PickOption | None:
        return self._options[self._visible[row]] if 0 <= row < len(self._visible) else None

    def set_filter(self, text: str) -> None:
        words = fold(text).split()
        self.beginResetModel()
        self._visible = [i for i, folded in enumerate(self._folded) if all(w in folded for w in words)]
        self.endResetModel()


class PickDialog(QDialog):
    def __init__(
        self, *, title: str, prompt: str, options: Sequence[PickOption], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("PickDialog", "Type to narrow the list…"))
        self.filter.setAccessibleName(translate("PickDialog", "Find"))
        self.filter.setClearButtonEnabled(True)
        label.setBuddy(self.filter)
        layout.addWidget(self.filter)
        self.model = PickModel(options, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(title)
        self.list.setUniformItemSizes(True)  # 20,000 rows lay out at once
        self.list.doubleClicked.connect(self.accept)
        layout.addWidget(self.list, 1)
        self.count = QLabel()
        self.count.setAccessibleName(translate("PickDialog", "Matches"))
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._on_typed)
        self.filter.installEventFilter(self)
        self.filter.returnPressed.connect(self.accept)
        self.resize(560, 460)
        self._on_typed("")
        self.filter.setFocus()

    def _on_typed(self, text: str) -> None:
        self.model.set_filter(text)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.count.setText(
            translate("PickDialog", "{shown} of {total}").format(
                shown=self.model.rowCount(), total=self.model.total()
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
            if event.key() in step and self.model.rowCount():
                row = self.list.currentIndex().row() + step[Qt.Key(event.key())]
                row = max(0, min(row, self.model.rowCount() - 1))
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def chosen(self) -> Any:
        option = self.model.option(self.list.currentIndex().row())
        return option.value if option is not None else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
