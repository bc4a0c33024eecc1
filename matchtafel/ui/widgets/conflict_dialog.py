"""Someone else saved first: show both versions side by side, and let the person choose (asked through
``Prompts.resolve_conflict``)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ConflictChoice(Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    BACK = "back"


class ConflictDialog(QDialog):
    """Rows: field, your text, the stored text. Nothing the person typed is lost whatever they pick."""

    def __init__(
        self, *, differences: list[tuple[str, str, str]], saved_by: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else saved this record first"))
        self.choice = ConflictChoice.BACK
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{who} saved a change while you were editing. Compare the two versions.").format(
                who=saved_by
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        table = QTableWidget(len(differences), 3)
        table.setAccessibleName(self.tr("Differences"))
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Stored version")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, cells in enumerate(differences):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        layout.addWidget(table)
        buttons = QDialogButtonBox()
        mine = QPushButton(self.tr("&Save my version"))
        theirs = QPushButton(self.tr("&Take the stored version"))
        back = QPushButton(self.tr("&Back to my text"))
        for button, choice, role in (
            (mine, ConflictChoice.KEEP_MINE, QDialogButtonBox.ButtonRole.AcceptRole),
            (theirs, ConflictChoice.TAKE_THEIRS, QDialogButtonBox.ButtonRole.AcceptRole),
            (back, ConflictChoice.BACK, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            buttons.addButton(button, role)
        back.setDefault(True)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept() if choice != ConflictChoice.BACK else self.reject()
