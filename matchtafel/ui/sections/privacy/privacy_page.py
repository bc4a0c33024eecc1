"""The Privacy section, for the privacy officer and the coordinator: the audit log (filtered, exported),
retention (preview, then a confirmed purge) and the data inventory for the DPIA."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.dates import DateParseError, parse_date
from matchtafel.domain.errors import UserError
from matchtafel.services import Services
from matchtafel.services.audit_log import AuditFilter, AuditLine
from matchtafel.ui.i18n import interface_language, translate, user_message
from matchtafel.ui.sections.privacy.retention_tab import RetentionTab
from matchtafel.ui.sections.run.minutes_dialog import documents_folder
from matchtafel.ui.widgets.audit_words import action_words, record_words
from matchtafel.ui.widgets.operations import run_operation
from matchtafel.ui.widgets.prompts import Prompts, with_suffix
from matchtafel.ui.widgets.row_model import Column, RowTableModel


class PrivacyPage(QTabWidget):
    def __init__(
        self,
        services: Services,
        *,
        retention_months: int = 24,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()
        self.audit = AuditLogTab(services, prompts=self.prompts)
        self.retention = RetentionTab(services, retention_months, prompts=self.prompts)
        self.addTab(self.audit, translate("PrivacyPage", "&Audit log"))
        self.addTab(self.retention, translate("PrivacyPage", "&Retention"))
        self.setAccessibleName(translate("PrivacyPage", "Privacy"))
        self.dpia_button = QPushButton(translate("PrivacyPage", "&Data inventory (DPIA)…"))
        self.dpia_button.setAccessibleName(
            translate("PrivacyPage", "Save the data inventory for the DPIA as PDF")
        )
        self.dpia_button.clicked.connect(self.save_dpia)
        self.setCornerWidget(self.dpia_button)

    coordinator = True  # on a shared server only the coordinator reads the log and runs retention

    def set_coordinator(self, coordinator: bool) -> None:
        self.coordinator = coordinator
        if coordinator:
            return
        self.clear()
        note = QLabel(
            translate(
                "PrivacyPage",
                "On this shared server the coordinator reads the audit log and runs retention. "
                "The data inventory for the DPIA is for everyone.",
            )
        )
        note.setWordWrap(True)
        self.addTab(note, translate("PrivacyPage", "Privacy"))

    def reload(self) -> None:
        if not self.coordinator:
            return
        self.audit.reload()
        self.retention.reload()

    def save_dpia(self) -> None:
        from matchtafel.reports.files import save_whole
        from matchtafel.reports.privacy import write_dpia

        language = interface_language()
        word = "Gegevensinventaris" if language == "nl" else "Data inventory"
        path = ask_save_path(
            self.prompts,
            self,
            documents_folder() / f"{word} Matchtafel {self.services.clock.today():%Y-%m-%d}.pdf",
            "pdf",
        )
        if path is None:
            return
        retention, months, today = self.services.retention, self.retention.months, self.services.clock.today()

        def work() -> Path:  # off the UI thread: the inventory read, the PDF written
            columns = retention.inventory()
            return save_whole(
                path, lambda out: write_dpia(columns, months, out, today=today, language=language)
            )

        def saved(written: Path) -> None:
            self.audit.status.setText(translate("PrivacyPage", "Saved in {path}.").format(path=str(written)))

        run_operation(
            self,
            translate("PrivacyPage", "Not saved"),
            work,
            saved,
            busy_text=translate("PrivacyPage", "Saving the data inventory…"),
            prompts=self.prompts,
        )


def ask_save_path(prompts: Prompts, parent: QWidget, suggested: Path, kind: str) -> Path | None:
    """Where to save a ``kind`` ("pdf", "csv") file; the suffix is added when the person left it off."""
    path = prompts.save_path(parent, translate("PrivacyPage", "Save as"), str(suggested), f"*.{kind}")
    return with_suffix(path, f".{kind}") if path else None


class AuditLogTab(QWidget):
    loaded = Signal(int)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, prompts: Prompts | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.person = QLineEdit()
        self.person.setPlaceholderText(translate("PrivacyPage", "Who (name or organisation)"))
        self.young = QLineEdit()
        self.young.setPlaceholderText(translate("PrivacyPage", "Young person (code)"))
        self.action = QComboBox()
        self.since = QLineEdit()
        self.since.setPlaceholderText(translate("PrivacyPage", "From (dd-mm-yyyy)"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(translate("PrivacyPage", "Until (dd-mm-yyyy)"))
        for widget, name in (
            (self.person, translate("PrivacyPage", "Who")),
            (self.young, translate("PrivacyPage", "Young person")),
            (self.action, translate("PrivacyPage", "Action")),
            (self.since, translate("PrivacyPage", "From")),
            (self.until, translate("PrivacyPage", "Until")),
        ):
            widget.setAccessibleName(name)
            filters.addWidget(widget, 1)
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.reload)
        self.search_button = QPushButton(translate("PrivacyPage", "&Show"))
        self.export_button = QPushButton(translate("PrivacyPage", "&Export…"))
        self.search_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        filters.addWidget(self.search_button)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)
        self.model = RowTableModel(
            [
                Column(
                    translate("PrivacyPage", "When"),
                    lambda r: f"{r.at:%d-%m-%Y %H:%M:%S}",
                    sort_key=lambda r: r.at,
                ),
                Column(translate("PrivacyPage", "Who"), lambda r: r.actor),
                Column(translate("PrivacyPage", "Organisation"), lambda r: r.actor_organisation),
                Column(translate("PrivacyPage", "Action"), lambda r: action_words(r.action)),
                Column(translate("PrivacyPage", "Record"), lambda r: record_words(r.entity, r.entity_id)),
                Column(translate("PrivacyPage", "Young person"), lambda r: r.young_person_code),
                Column(translate("PrivacyPage", "Reason"), lambda r: r.reason),
                Column(translate("PrivacyPage", "Detail"), lambda r: r.detail),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("PrivacyPage", "Audit log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("PrivacyPage", "What happened"))
        layout.addWidget(self.status)

    def current_filter(self) -> AuditFilter | None:
        try:
            since, until = parse_date(self.since.text()), parse_date(self.until.text())
        except DateParseError as exc:
            self.status.setText(
                translate("PrivacyPage", "'{text}' is not a date; type it as 20-11-2026.").format(
                    text=str(exc)
                )
            )
            return None
        return AuditFilter(
            person=self.person.text(),
            young_person=self.young.text(),
            action=str(self.action.currentData() or ""),
            since=since,
            until=until,
        )

    def reload(self) -> None:
        wanted = self.current_filter()
        if wanted is None:
            return
        try:
            lines = self.services.audit_log.lines(wanted)
            actions = self.services.audit_log.actions()
        except UserError as exc:
            self.status.setText(user_message(exc))
            return
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(translate("PrivacyPage", "All actions"), "")
        for action in sorted(actions, key=action_words):
            self.action.addItem(action_words(action), action)
        self.action.setCurrentIndex(max(0, self.action.findData(chosen or "")))
        self.action.blockSignals(False)
        self.model.set_rows(lines)
        self.status.setText(translate("PrivacyPage", "{count} lines, newest first.").format(count=len(lines)))
        self.loaded.emit(len(lines))

    def shown(self) -> list[AuditLine]:
        return self.model.visible_rows()

    def export(self) -> None:
        from matchtafel.io.export import write_table

        wanted = self.current_filter()
        if wanted is None:
            return
        path = ask_save_path(
            self.prompts,
            self,
            documents_folder() / f"Auditlog Matchtafel {self.services.clock.today():%Y-%m-%d}.csv",
            "csv",
        )
        if path is None:
            return
        try:
            headers, rows = self.services.audit_log.table(wanted)
            write_table(path, headers, rows, language=interface_language())
        except UserError as exc:
            self.status.setText(user_message(exc))
            return
        self.status.setText(
            translate("PrivacyPage", "Saved {count} lines in {path}.").format(count=len(rows), path=str(path))
        )
