"""The retention tab of the Privacy section: who is due for anonymising (read off the UI thread), then a
confirmed purge of young people and of supporters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.dates import format_date
from matchtafel.domain.errors import UserError
from matchtafel.services import Services
from matchtafel.services.retention import PurgeCandidate
from matchtafel.services.support_privacy import SupporterDue
from matchtafel.ui.change_feed import Area
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.widgets.operations import run_operation, show_error
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.row_model import Column, RowTableModel


class RetentionTab(QWidget):
    purged = Signal(int)
    loaded = Signal()  # who is due has been read and shown

    def __init__(
        self,
        services: Services,
        months: int,
        parent: QWidget | None = None,
        *,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.months = services, months
        self.prompts = prompts or Prompts()
        layout = QVBoxLayout(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.model = RowTableModel(
            [
                Column(translate("PrivacyPage", "Young person"), lambda r: r.code),
                Column(
                    translate("PrivacyPage", "Last activity"),
                    lambda r: format_date(r.last_activity),
                    sort_key=lambda r: r.last_activity,
                ),
                Column(
                    translate("PrivacyPage", "Due since"),
                    lambda r: format_date(r.due_since),
                    sort_key=lambda r: r.due_since,
                ),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("PrivacyPage", "Who would be anonymised"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(50)  # the first rows, not a region's
        self.table.resizeColumnsToContents()  # the headings readable before anything is due
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.preview_button = QPushButton(translate("PrivacyPage", "&Preview"))
        self.purge_button = QPushButton(translate("PrivacyPage", "A&nonymise these…"))
        self.preview_button.clicked.connect(self.reload)
        self.purge_button.clicked.connect(self.purge)
        row.addWidget(self.preview_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("PrivacyPage", "What happened"))
        layout.addWidget(self.status)
        # Supporters are people too: archived, without an open link, past the same period.
        self.supporters = QListWidget()
        self.supporters.setAccessibleName(translate("PrivacyPage", "Supporters who would be anonymised"))
        self.supporters.setMaximumHeight(90)
        layout.addWidget(self.supporters)
        self.purge_supporters_button = QPushButton(translate("PrivacyPage", "Anonymise these &supporters…"))
        self.purge_supporters_button.clicked.connect(self.purge_supporters)
        layout.addWidget(self.purge_supporters_button)
        self._supporters_due: list[int] = []

    def reload(self) -> None:
        self.explanation.setText(
            translate(
                "PrivacyPage",
                "Personal data is anonymised {months} months after the last nazorg call or the last time the young "
                "person was discussed. The counts in the overview stay right. Below: who is due now.",
            ).format(months=self.months)
        )
        self._load()

    def _load(self, done: str = "") -> None:
        """Who is due, read off the UI thread (a whole region's registrations and contacts); ``done``: what the
        status line says afterwards instead of the count (a purge that just ended)."""
        retention, months = self.services.retention, self.months
        run_operation(
            self,
            translate("PrivacyPage", "Who is due"),
            lambda: (retention.preview(months), retention.supporters_due(months)),
            lambda found: self._show(*found, done=done),
            on_failure=self._failed,
            disable=self._buttons(),
            prompts=self.prompts,
        )

    def _show(self, due: list[PurgeCandidate], supporters: list[SupporterDue], *, done: str) -> None:
        self.model.set_rows(due)
        self.table.resizeColumnsToContents()
        self.purge_button.setEnabled(bool(due))
        count = translate("PrivacyPage", "{count} young people are due.").format(count=len(due))
        self.status.setText(done or count)
        self._supporters_due = [s.supporter_id for s in supporters]
        self.supporters.clear()
        for s in supporters:
            self.supporters.addItem(
                translate("PrivacyPage", "Supporter {name} · last activity {last} · due since {due}").format(
                    name=s.name, last=format_date(s.last_activity), due=format_date(s.due_since)
                )
            )
        self.purge_supporters_button.setEnabled(bool(supporters))
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, UserError):
            self.status.setText(user_message(error))
        else:
            show_error(self, translate("PrivacyPage", "Anonymise"), error, prompts=self.prompts)

    def _buttons(self) -> list[QWidget]:
        return [self.preview_button, self.purge_button, self.purge_supporters_button]

    def purge_supporters(self) -> None:
        count = len(self._supporters_due)
        question = translate(
            "PrivacyPage",
            "Anonymise {count} supporters now? Their names and contact details cannot be brought back.",
        ).format(count=count)
        if not count or not self.prompts.confirm(self, translate("PrivacyPage", "Anonymise"), question):
            return
        retention, ids, months = self.services.retention, list(self._supporters_due), self.months
        run_operation(
            self,
            translate("PrivacyPage", "Anonymise"),
            lambda: retention.purge_supporters(ids, months),
            lambda done: self._load(
                translate("PrivacyPage", "{count} supporters anonymised.").format(count=done)
            ),
            on_failure=self._failed,
            changes=(Area.SUPPORTERS, Area.PRIVACY),
            disable=self._buttons(),
            prompts=self.prompts,
        )

    def purge(self) -> None:
        due: list[PurgeCandidate] = self.model.visible_rows()
        if not due or not self.confirm(len(due)):
            return
        retention, ids, months = self.services.retention, [c.young_person_id for c in due], self.months

        def purged(done: int) -> None:
            self._load(translate("PrivacyPage", "{count} young people anonymised.").format(count=done))
            self.purged.emit(done)

        run_operation(
            self,
            translate("PrivacyPage", "Anonymise"),
            lambda: retention.purge(ids, months),
            purged,
            on_failure=self._failed,
            changes=(Area.YOUNG_PEOPLE, Area.SESSIONS, Area.FOLLOW_UP, Area.PRIVACY),
            disable=self._buttons(),
            prompts=self.prompts,
        )

    def confirm(self, count: int) -> bool:
        return self.prompts.confirm(
            self,
            translate("PrivacyPage", "Anonymise"),
            translate(
                "PrivacyPage",
                "Anonymise {count} young people now? Their names and notes cannot be brought back.",
            ).format(count=count),
        )
