"""The Follow-up section: proposals (Mijn voordrachten), nazorg calls and school leavers' contact moments in
three tabs, and a calendar file with agreement deadlines, contact moments and session dates for Outlook
(Ctrl+Shift+K)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.errors import UserError
from matchtafel.services import Services
from matchtafel.ui.i18n import interface_language, translate, user_message
from matchtafel.ui.sections.follow_up.checkpoints_page import CheckpointsPage
from matchtafel.ui.sections.follow_up.contact_moments_page import ContactMomentsPage
from matchtafel.ui.sections.follow_up.proposals_page import ProposalsPage
from matchtafel.ui.sections.run.minutes_dialog import documents_folder
from matchtafel.ui.widgets.operations import run_operation, show_error
from matchtafel.ui.widgets.prompts import Prompts, with_suffix


class FollowUpPage(QTabWidget):
    def __init__(
        self,
        services: Services,
        *,
        nazorg_months: tuple[int, ...] = (3, 6, 12),
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()
        self.proposals = ProposalsPage(services, nazorg_months=nazorg_months, prompts=self.prompts)
        self.checkpoints = CheckpointsPage(services, prompts=self.prompts)
        self.contact_moments = ContactMomentsPage(services, prompts=self.prompts)
        self.addTab(self.proposals, translate("FollowUpPage", "&Proposals"))
        self.addTab(self.checkpoints, translate("FollowUpPage", "&Nazorg calls"))
        self.addTab(self.contact_moments, translate("FollowUpPage", "School &leavers"))
        self.setAccessibleName(translate("FollowUpPage", "Follow-up"))
        self.calendar_button = QPushButton(translate("FollowUpPage", "&Calendar file…"))
        self.calendar_button.setAccessibleName(
            translate("FollowUpPage", "Save deadlines and sessions as a calendar file")
        )
        self.calendar_button.setToolTip("Ctrl+Shift+K")
        self.calendar_button.clicked.connect(self.export_calendar)
        self.setCornerWidget(self.calendar_button)
        QShortcut(QKeySequence("Ctrl+Shift+K"), self, self.export_calendar)
        self.proposals.stepped.connect(lambda _id: self.checkpoints.reload())  # a placement adds calls

    def reload(self) -> None:
        self.proposals.reload()
        self.checkpoints.reload()
        self.contact_moments.reload()

    def open_item(self, kind: str, record_id: int) -> None:
        """From a reminder: the proposal selected in its tab, the contact moments, or the nazorg calls."""
        if kind == "proposal":
            self.setCurrentWidget(self.proposals)
            self.proposals.show_proposal(record_id)
        elif kind == "contact_moment":
            self.setCurrentWidget(self.contact_moments)
        else:
            self.setCurrentWidget(self.checkpoints)

    def export_calendar(self) -> None:
        dialog = CalendarDialog(self.services, self, prompts=self.prompts)
        if self.prompts.run(dialog) and dialog.saved is not None:
            self.proposals.show_status(
                translate("FollowUpPage", "Saved {count} appointments in {path}.").format(
                    count=dialog.count, path=str(dialog.saved)
                )
            )


class CalendarDialog(QDialog):
    """Whose deadlines (mine, my organisation's, everyone's) and where the .ics file goes."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, prompts: Prompts | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()
        self.saved: Path | None = None
        self.count = 0
        actor = services.calendar.actor
        self.setWindowTitle(translate("FollowUpPage", "Calendar file"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "FollowUpPage",
                    "Open agreements with a deadline, school leavers' contact moments, and the sessions, for "
                    "Outlook or another calendar.",
                )
            )
        )
        form = QFormLayout()
        self.whose = QComboBox()
        self.whose.setAccessibleName(translate("FollowUpPage", "Whose deadlines"))
        self.whose.addItem(translate("FollowUpPage", "Mine ({name})").format(name=actor.name), "person")
        if actor.organisation:
            self.whose.addItem(
                translate("FollowUpPage", "My organisation's ({name})").format(name=actor.organisation),
                "organisation",
            )
        self.whose.addItem(translate("FollowUpPage", "Everyone's"), "everyone")
        form.addRow(translate("FollowUpPage", "&Deadlines of:"), self.whose)
        self.path = QLabel(str(documents_folder() / "Matchtafel.ics"))
        self.path.setAccessibleName(translate("FollowUpPage", "File"))
        form.addRow(translate("FollowUpPage", "File:"), self.path)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(translate("FollowUpPage", "&Save as…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons = buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        from matchtafel.io.calendar import calendar_ics
        from matchtafel.reports.files import save_whole

        chosen = self.ask_path(Path(self.path.text()))
        if chosen is None:
            return
        calendar, now, language = self.services.calendar, self.services.clock.now(), interface_language()
        whose = self.whose.currentData()
        name = QCoreApplication.translate("FollowUpPage", "Matchtafel deadlines")

        def work() -> tuple[Path, int]:  # off the UI thread: every open deadline read, the file written
            events = calendar.events(
                person=calendar.actor.name if whose == "person" else "",
                organisation=calendar.actor.organisation if whose == "organisation" else "",
                language=language,
            )
            data = calendar_ics(events, name=name, now=now)
            return save_whole(chosen, lambda out: out.write(data)), len(events)

        def written(result: tuple[Path, int]) -> None:
            self.saved, self.count = result
            self.accept()

        run_operation(
            self,
            translate("FollowUpPage", "Save the calendar file"),
            work,
            written,
            on_failure=self._failed,
            disable=[self.buttons, self.whose],
            prompts=self.prompts,
        )

    def _failed(self, error: Exception) -> None:
        if isinstance(error, UserError):
            self.problem.setText(user_message(error))
        else:
            show_error(self, translate("FollowUpPage", "Save the calendar file"), error, prompts=self.prompts)

    def ask_path(self, suggested: Path) -> Path | None:
        path = self.prompts.save_path(
            self,
            translate("FollowUpPage", "Save the calendar file"),
            str(suggested),
            translate("FollowUpPage", "Calendar (*.ics)"),
        )
        return with_suffix(path, ".ics") if path else None
