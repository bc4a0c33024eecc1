"""The first part of run mode: the review of open agreements from earlier sessions, the new vacancies and the
matching events coming up.

One key per agreement: D done, N new deadline (type it, Enter), C cancelled, K keep. Each decision is written
at once with who and when; deciding again replaces it. Below, the vacancies new since the last session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.dates import format_date
from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import EventKind, Level, ReviewDecision
from matchtafel.services import Services
from matchtafel.services.review import ReviewItem
from matchtafel.services.session_view import SessionView
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.run.agreement_entry import DeadlineProblem, read_deadline
from matchtafel.ui.sections.run.run_panels import LOCKED
from matchtafel.ui.widgets.labels import label

REVIEW_KEYS = {
    Qt.Key.Key_D: ReviewDecision.DONE,
    Qt.Key.Key_C: ReviewDecision.CANCELLED,
    Qt.Key.Key_K: ReviewDecision.KEEP,
}


def review_text(item: ReviewItem) -> str:
    decided = f"  →  {label(item.decision)}" if item.decision else ""
    if item.decision == ReviewDecision.NEW_DEADLINE:
        decided += f" {format_date(item.deadline)}"
    who = item.owner_name or "?"
    case = f"{item.case_label} · " if item.case_label else ""
    return f"{case}{item.action} · {who} · {format_date(item.previous_deadline)}{decided}"


class ReviewPanel(QWidget):
    def __init__(
        self,
        *,
        services: Services,
        meeting_id: int,
        on_change: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.meeting_id, self.on_change = services, meeting_id, on_change
        self.editable: Callable[[], bool] = lambda: True  # False once the minutes are locked
        self.view: SessionView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(
            translate(
                "RunSession",
                "<b>Review of open agreements</b> · D done · N new deadline · C cancelled · K keep"
                " · Alt+↓ first case",
            )
        )
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.items = QListWidget()
        self.items.setAccessibleName(translate("RunSession", "Open agreements from earlier sessions"))
        self.items.installEventFilter(self)
        self.items.setWordWrap(True)  # an agreement is read whole, not cut off at the edge
        layout.addWidget(self.items, 3)
        row = QHBoxLayout()
        self.deadline_label = QLabel(translate("RunSession", "New &deadline:"))
        self.deadline = QLineEdit()
        self.deadline.setAccessibleName(translate("RunSession", "New deadline"))
        self.deadline.setPlaceholderText(translate("RunSession", "12-12, vr, +2w, vs; Enter"))
        self.deadline_label.setBuddy(self.deadline)
        self.deadline.returnPressed.connect(self._apply_new_deadline)
        self.deadline.installEventFilter(self)
        row.addWidget(self.deadline_label)
        row.addWidget(self.deadline, 1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setAccessibleName(translate("RunSession", "Review status"))
        layout.addWidget(self.status)
        self.vacancies_label = QLabel()
        layout.addWidget(self.vacancies_label)
        self.vacancies = QListWidget()
        self.vacancies.setAccessibleName(translate("RunSession", "New vacancies since the last session"))
        self.vacancies.setWordWrap(True)
        layout.addWidget(self.vacancies, 2)
        self.events_label = QLabel()
        layout.addWidget(self.events_label)
        self.events = QListWidget()
        self.events.setAccessibleName(translate("RunSession", "Matching events coming up"))
        self.events.setWordWrap(True)
        layout.addWidget(self.events, 1)

    def show_view(self, view: SessionView) -> None:
        self.view = view
        row = self.items.currentRow()
        self.items.clear()
        for item in view.review:
            entry = QListWidgetItem(review_text(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.agreement_id)
            if item.decision is None:
                font = entry.font()
                font.setBold(True)  # still to decide
                entry.setFont(font)
            self.items.addItem(entry)
        self.items.setCurrentRow(max(0, min(row, self.items.count() - 1)))
        self.vacancies_label.setText(
            translate("RunSession", "<b>New vacancies since the last session</b> ({count})").format(
                count=len(view.new_vacancies)
            )
        )
        self.vacancies.clear()
        for v in view.new_vacancies:
            level = label(Level(v.level)) if v.level else ""
            until = translate("RunSession", "open until {date}").format(date=format_date(v.open_until))
            parts = [v.title, v.employer, v.place, level, until if v.open_until else ""]
            self.vacancies.addItem(" · ".join(p for p in parts if p))
        self.events_label.setText(
            translate("RunSession", "<b>Matching events coming up</b> ({count})").format(
                count=len(view.upcoming_events)
            )
        )
        self.events.clear()
        for e in view.upcoming_events:
            invited = translate("RunSession", "{n} invited").format(n=e.invited)
            kind = label(EventKind(e.kind))
            kind = "" if kind.casefold() in e.title.casefold() else kind  # "Week van het Talent: …" says it
            parts = [f"{e.starts_at:%d-%m-%Y %H:%M}", e.title, kind, e.place, invited]
            self.events.addItem(" · ".join(p for p in parts if p))

    def undecided(self) -> int:
        return sum(1 for item in self.view.review if item.decision is None) if self.view else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        if watched is self.deadline and key == Qt.Key.Key_Escape:
            self.deadline.clear()
            self.items.setFocus()
            return True
        if watched is self.items and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if (key in REVIEW_KEYS or key == Qt.Key.Key_N) and not self.editable():
                self.status.setText(translate("errors", LOCKED))
                return True
            if key in REVIEW_KEYS:
                self.decide(REVIEW_KEYS[key])
                return True
            if key == Qt.Key.Key_N and self.items.currentItem() is not None:
                self.deadline.setFocus()
                return True
        return False

    def decide(self, decision: ReviewDecision, new_deadline: date | None = None) -> bool:
        current = self.items.currentItem()
        if current is None:
            return False
        row = self.items.currentRow()
        try:
            self.services.review.decide(
                self.meeting_id,
                int(current.data(Qt.ItemDataRole.UserRole)),
                decision,
                new_deadline=new_deadline,
            )
        except UserError as exc:
            self.status.setText(user_message(exc))
            return False
        self.status.setText(
            translate("RunSession", "Decision saved: {decision}.").format(decision=label(decision))
        )
        self.on_change()  # reloads the screen, and this list with it
        self.items.setCurrentRow(min(row + 1, self.items.count() - 1))
        self.items.setFocus()
        return True

    def _apply_new_deadline(self) -> None:
        text = self.deadline.text()
        try:
            day = read_deadline(
                text,
                self.view.next_session if self.view else None,
                today=self.services.clock.today(),
                required=True,
            )
        except DeadlineProblem as problem:
            self.status.setText(str(problem))
            return
        if self.decide(ReviewDecision.NEW_DEADLINE, day):
            self.deadline.clear()
