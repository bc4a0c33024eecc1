"""Reminders at start, in a panel beside the work that never blocks it (close it with Escape or its ×).

Five groups: my organisation's overdue agreements, nazorg calls (and BPV checks) due this week, vacancies
that expire within 14 days, proposals without a step for 3 weeks, school leavers' contact moments due this
week. Enter or a double click on a line opens the place to act. A group shows its first 100 lines (the
soonest) and says how many more there are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from matchtafel.dates import format_date
from matchtafel.services.reminders import Reminder, Reminders
from matchtafel.ui.grouped_tree import GroupedTree
from matchtafel.ui.i18n import translate

SHOWN_PER_GROUP = 100  # the soonest first; the group's title says how many there are


class RemindersPanel(QDockWidget):
    """Signal ``open_requested(kind, record_id)``: kind is agreement, checkpoint, contact_moment, vacancy or
    proposal."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RemindersPanel", "Reminders"), parent)
        self.setObjectName("reminders")
        self.setAccessibleName(translate("RemindersPanel", "Reminders"))
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        layout.addWidget(self.scope)
        self.tree = GroupedTree()
        self.tree.setAccessibleName(translate("RemindersPanel", "Reminders"))
        self.tree.setWordWrap(True)
        self.tree.row_activated.connect(lambda value: self.open_requested.emit(value[0], int(value[1])))
        self.tree.installEventFilter(self)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.setMaximumHeight(230)

    def show_reminders(self, reminders: Reminders) -> None:
        self.tree.clear_groups()
        self.scope.setText(
            translate("RemindersPanel", "For {organisation}").format(organisation=reminders.scope)
            if reminders.scope
            else translate("RemindersPanel", "For everyone (your organisation is not in the register)")
        )
        groups = (
            (translate("RemindersPanel", "Overdue agreements"), reminders.overdue_agreements),
            (translate("RemindersPanel", "Nazorg calls due this week"), reminders.checkpoints_due),
            (translate("RemindersPanel", "Vacancies closing within 14 days"), reminders.expiring_vacancies),
            (translate("RemindersPanel", "Proposals without a step for 3 weeks"), reminders.stale_proposals),
            (
                translate("RemindersPanel", "School leavers to contact this week"),
                reminders.contact_moments_due,
            ),
        )
        for title, lines in groups:
            rows: list[tuple[list[str], object, bool]] = [
                ([self._text(line)], (line.kind, line.record_id), False) for line in lines[:SHOWN_PER_GROUP]
            ]
            if len(lines) > SHOWN_PER_GROUP:  # a region's 7,000 closing vacancies are no list to read
                more = translate("RemindersPanel", "… and {count} more").format(
                    count=len(lines) - SHOWN_PER_GROUP
                )
                rows.append(([more], None, False))
            self.tree.add_group(f"{title} ({len(lines)})", rows, expanded=bool(lines) and len(lines) <= 8)
        self.setWindowTitle(translate("RemindersPanel", "Reminders ({count})").format(count=reminders.count))

    def _text(self, line: Reminder) -> str:
        who = f" · {line.person}" if line.person else ""
        if line.kind == "checkpoint" and not line.months:
            text = translate("RemindersPanel", "{code}: check during the BPV period").format(
                code=line.subject
            )
        elif line.kind == "checkpoint":
            text = translate("RemindersPanel", "{code}: {months}-month call").format(
                code=line.subject, months=line.months
            )
        elif line.kind == "contact_moment":
            text = translate("RemindersPanel", "{code}: contact {months} months after school").format(
                code=line.subject, months=line.months
            )
        else:  # a young person's code first; a vacancy's title before its employer
            parts = (line.text, line.subject) if line.kind == "vacancy" else (line.subject, line.text)
            text = " · ".join(part for part in parts if part)
        return f"{format_date(line.on)} · {text}{who}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.close()
            return True
        return super().eventFilter(watched, event)
