"""Reminders at start, in a compact panel below the work that never blocks it and then steps aside.

Only what is due now: my organisation's agreements overdue for up to two weeks, nazorg calls (and BPV checks)
due now, vacancies that close within 14 days, proposals without a step for 3 weeks, school leavers' contact
moments due now; what is older is counted on one line (the session review and the Nazorg screen list it).
Empty groups are left out. Closed (its ×, or Escape from anywhere in the window) it stays closed at the next
start, until something new is due; Ctrl+Shift+R shows it again. Enter or a double click on a line opens the
place to act. A group shows its first 100 lines (the soonest) and says how many more there are.
Signals: ``open_requested(kind, record_id)`` (kind: agreement, checkpoint, contact_moment, vacancy or
proposal), ``dismissed(fingerprint)`` when the person closes it.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from matchtafel.domain.dates import format_date
from matchtafel.services.reminders import Reminder, Reminders
from matchtafel.ui.i18n import translate
from matchtafel.ui.widgets.grouped_tree import GroupedTree
from matchtafel.ui.widgets.theme import css

COMPACT_HEIGHT = 170  # a few lines: run mode and the lists keep the rest of a 768-pixel screen


def fingerprint(reminders: Reminders) -> str:
    """Which reminders these are: closing remembers it, and the panel returns only when it changes."""
    lines = (
        *reminders.overdue_agreements,
        *reminders.checkpoints_due,
        *reminders.expiring_vacancies,
        *reminders.stale_proposals,
        *reminders.contact_moments_due,
    )
    keys = ",".join(sorted(f"{r.kind}:{r.record_id}" for r in lines))
    return hashlib.sha256(keys.encode()).hexdigest()[:16]


SHOWN_PER_GROUP = 100  # the soonest first; the group's title says how many there are


class RemindersPanel(QDockWidget):
    open_requested = Signal(str, int)
    dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RemindersPanel", "Reminders"), parent)
        self.setObjectName("reminders")
        self.setAccessibleName(translate("RemindersPanel", "Reminders"))
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(2)
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        self.scope.setStyleSheet(css("muted"))
        layout.addWidget(self.scope)
        self.tree = GroupedTree()
        self.tree.setAccessibleName(translate("RemindersPanel", "Reminders"))
        self.tree.setWordWrap(True)
        self.tree.row_activated.connect(lambda value: self.open_requested.emit(value[0], int(value[1])))
        self.tree.installEventFilter(self)
        layout.addWidget(self.tree, 1)
        self.older = QLabel()
        self.older.setStyleSheet(css("muted"))
        self.older.setAccessibleName(translate("RemindersPanel", "Older reminders"))
        layout.addWidget(self.older)
        self.setWidget(body)
        self.setMaximumHeight(COMPACT_HEIGHT)
        self.current = ""

    def show_reminders(self, reminders: Reminders) -> None:
        self.current = fingerprint(reminders)
        self.tree.clear_groups()
        self.scope.setText(
            translate("RemindersPanel", "Due now for {organisation}").format(organisation=reminders.scope)
            if reminders.scope
            else translate(
                "RemindersPanel", "Due now, for everyone (your organisation is not in the register)"
            )
        )
        groups = (
            (translate("RemindersPanel", "Overdue agreements"), reminders.overdue_agreements),
            (translate("RemindersPanel", "Nazorg calls due now"), reminders.checkpoints_due),
            (translate("RemindersPanel", "Vacancies closing within 14 days"), reminders.expiring_vacancies),
            (translate("RemindersPanel", "Proposals without a step for 3 weeks"), reminders.stale_proposals),
            (translate("RemindersPanel", "School leavers to contact now"), reminders.contact_moments_due),
        )
        for title, lines in groups:
            if not lines:
                continue  # compact: only what there is
            rows: list[tuple[list[str], object, bool]] = [
                ([self._text(line)], (line.kind, line.record_id), False) for line in lines[:SHOWN_PER_GROUP]
            ]
            if len(lines) > SHOWN_PER_GROUP:  # a region's 7,000 closing vacancies are no list to read
                more = translate("RemindersPanel", "… and {count} more").format(
                    count=len(lines) - SHOWN_PER_GROUP
                )
                rows.append(([more], None, False))
            self.tree.add_group(f"{title} ({len(lines)})", rows, expanded=len(lines) <= 3)
        older = []
        if reminders.older_agreements:
            older.append(
                self.tr(
                    "%n agreements overdue for longer (in the session review)", "", reminders.older_agreements
                )
            )
        if reminders.older_checkpoints:
            older.append(
                self.tr("%n nazorg calls overdue for longer (Nazorg screen)", "", reminders.older_checkpoints)
            )
        self.older.setText(" · ".join(older))
        self.older.setVisible(bool(older))
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

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.dismissed.emit(self.current)  # the person closed it: not again at start until something is new
