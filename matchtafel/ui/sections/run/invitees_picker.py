"""Who is invited to a session: organisations with their people, ticked; a tick on an organisation invites
all its people. Typing narrows the list (a name or an organisation); Space ticks the current line.

The value is the tuple of the invited people's ids, so attendance starts from them in run mode.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from matchtafel.domain.text_fold import fold
from matchtafel.ui.i18n import translate

# (organisation, [(person id, name), ...]) in the order to show
Groups = Sequence[tuple[str, Sequence[tuple[Any, str]]]]
ID_ROLE = Qt.ItemDataRole.UserRole


class InviteesPicker(QWidget):
    def __init__(self, groups: Groups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("InviteesPicker", "Find a person or organisation…"))
        self.filter.setAccessibleName(translate("InviteesPicker", "Find invitees"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._narrow)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(translate("InviteesPicker", "Invitees"))
        self.tree.setMinimumHeight(180)
        layout.addWidget(self.tree, 1)
        self.count = QLabel()
        self.count.setAccessibleName(translate("InviteesPicker", "Number invited"))
        layout.addWidget(self.count)
        self.organisations: list[QTreeWidgetItem] = []
        self.people: list[QTreeWidgetItem] = []
        for organisation, people in groups:
            top = QTreeWidgetItem(self.tree, [organisation])
            self.organisations.append(top)
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            top.setCheckState(0, Qt.CheckState.Unchecked)
            for person_id, name in people:
                item = QTreeWidgetItem(top, [name])
                item.setData(0, ID_ROLE, person_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                self.people.append(item)
        self.tree.expandAll()
        self._unknown = False  # loaded without invitees (None): left as they are until a tick changes
        self.tree.itemChanged.connect(self._on_changed)
        self._count()

    def _on_changed(self, *_: object) -> None:
        self._unknown = False
        self._count()

    def _people(self) -> list[QTreeWidgetItem]:
        return self.people

    def value(self) -> tuple[int, ...] | None:
        if self._unknown:
            return None
        return tuple(
            sorted(
                int(p.data(0, ID_ROLE)) for p in self._people() if p.checkState(0) == Qt.CheckState.Checked
            )
        )

    def set_value(self, ids: Sequence[int] | None) -> None:
        wanted = set(ids or ())
        for person in self._people():
            checked = int(person.data(0, ID_ROLE)) in wanted
            person.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._unknown = ids is None
        self._count()

    def names(self, ids: Sequence[int]) -> str:
        wanted = set(ids)
        return ", ".join(p.text(0) for p in self._people() if int(p.data(0, ID_ROLE)) in wanted)

    def _count(self) -> None:
        chosen = [p for p in self._people() if p.checkState(0) == Qt.CheckState.Checked]
        organisations = {parent.text(0) for p in chosen if (parent := p.parent()) is not None}
        self.count.setText(
            translate("InviteesPicker", "{people} invited from {organisations} organisations").format(
                people=len(chosen), organisations=len(organisations)
            )
        )

    def _narrow(self, text: str) -> None:
        words = fold(text).split()
        for top in self.organisations:
            organisation_fits = all(w in fold(top.text(0)) for w in words)
            shown = 0
            for j in range(top.childCount()):
                person = top.child(j)
                assert person is not None
                fits = organisation_fits or all(w in fold(person.text(0)) for w in words)
                person.setHidden(not fits)
                shown += fits
            top.setHidden(shown == 0)
