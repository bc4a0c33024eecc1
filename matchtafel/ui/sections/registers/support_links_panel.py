"""Under a young person's form: their mentors and coaches (every link with its step), and "Find a mentor or
coach…", which shows the supporters who fit, explained per criterion, to propose a link (Ctrl+P)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.services import Services
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.run.support_suggestions import SupportSuggestionsPane
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.prompts import Prompts


class SupportLinksPanel(QWidget):
    def __init__(
        self,
        services: Services,
        young_person_id: int,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.young_person_id = services, young_person_id
        self.prompts = prompts or Prompts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel("<b>" + translate("SupportLinksPanel", "Mentors and coaches") + "</b>"))
        self.links = QListWidget()
        self.links.setAccessibleName(translate("SupportLinksPanel", "Mentors and coaches"))
        self.links.setMaximumHeight(90)
        layout.addWidget(self.links)
        self.find_button = QPushButton(translate("SupportLinksPanel", "Find a mento&r or coach…"))
        self.find_button.setAccessibleName(translate("SupportLinksPanel", "Find a mentor or coach"))
        self.find_button.clicked.connect(self.find_supporter)
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.links.clear()
        for link in self.services.mentoring.links(young_person_id=self.young_person_id):
            ended = f" · {label(link.end_reason)}" if link.end_reason else ""
            self.links.addItem(
                f"{link.supporter_name} · {label(link.supporter_kind)} · {label(link.status)}{ended}"
            )
        if not self.links.count():
            self.links.addItem(translate("SupportLinksPanel", "No mentor or coach yet."))

    def find_supporter(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("SupportLinksPanel", "Find a mentor or coach"))
        layout = QVBoxLayout(dialog)
        self.pane = SupportSuggestionsPane(
            for_supporters=True,
            load=lambda young_id, weights: self.services.support_matching.for_young_person(
                young_id, weights=weights
            ),
            propose=lambda young_id, suggestion: self.services.mentoring.propose(
                young_id, suggestion.supporter_id
            ),
        )
        self.pane.linked.connect(lambda *_: self.refresh())
        layout.addWidget(self.pane)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(760, 560)
        self.pane.load_now(self.young_person_id)
        self.prompts.run(dialog)
