"""The table screen: a second window for the projector or the shared screen, opened from run mode with F5.

It follows run mode and shows, large and calm, what the table needs: the current case as code and initials
(never a name, whatever the consent: ``TableState`` has no field that could hold one), its situation in one
line, the agreements as they are typed, the top suggestions with their reasons, and the time left for the
case; between cases (the review, or before the first) the agenda. Nothing on it can be edited or even take
the focus. A young person hidden from this user (another school's, on a shared server) shows as code and
initials only: no situation, no suggestions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.dates import format_date
from matchtafel.domain.vocabulary import CaseStatus, Situation
from matchtafel.services.session_view import CaseView, SessionView
from matchtafel.ui.i18n import translate
from matchtafel.ui.sections.run.case_panel import agreement_text
from matchtafel.ui.sections.run.suggestions_pane import reason_text
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.theme import colour

REASONS_SHOWN = 3


@dataclass(frozen=True)
class TableSuggestion:
    score: int
    title: str
    employer: str
    place: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class TableState:
    """What the room sees: plain text only, and for young people no more than code and initials."""

    session: str
    case: str  # "J-2026-0055 J.M.", or "" between cases
    position: str  # "case 3 of 12"
    situation: str
    agreements: tuple[str, ...]
    suggestions: tuple[TableSuggestion, ...]
    agenda: tuple[tuple[str, str, bool], ...]  # "code initials", status once dealt with, is the one up next
    review_open: int
    budget_seconds: int


def table_state(
    view: SessionView, *, current: CaseView | None, suggestions: Sequence[Any], elapsed_seconds: int
) -> TableState:
    """Build what the table screen shows from run mode's view; names never enter it."""
    session = f"{view.title} · {format_date(view.starts_at.date())}"
    upcoming = current or next((c for c in view.cases if c.status == CaseStatus.PLANNED), None)
    agenda = tuple(
        (
            f"{c.code} {c.initials}",
            "" if c.status == CaseStatus.PLANNED else label(c.status),
            upcoming is not None and c.id == upcoming.id,
        )
        for c in view.cases
    )
    review_open = sum(1 for item in view.review if item.decision is None)
    if current is None:
        return TableState(session, "", "", "", (), (), agenda, review_open, 0)
    number = next(i for i, c in enumerate(view.cases, start=1) if c.id == current.id)
    situation = ""
    shown: tuple[TableSuggestion, ...] = ()
    if current.visible:
        situation = current.situation_summary or (
            label(Situation(current.situation)) if current.situation else ""
        )
        shown = tuple(_suggestion(s) for s in suggestions)
    return TableState(
        session,
        f"{current.code} {current.initials}",
        translate("TableScreen", "case {number} of {total}").format(number=number, total=len(view.cases)),
        situation,
        tuple(agreement_text(a) for a in view.agreements if a.case_id == current.id),
        shown,
        agenda,
        review_open,
        current.time_budget_minutes * 60,
    )


def _suggestion(suggestion: Any) -> TableSuggestion:
    best = sorted(
        (r for r in suggestion.match.reasons if r.points > 0),
        key=lambda r: r.points / (r.maximum or 1),
        reverse=True,
    )[:REASONS_SHOWN]
    return TableSuggestion(
        round(suggestion.match.score),
        suggestion.title,
        suggestion.employer_name,
        suggestion.place,
        tuple(reason_text(r.template, r.params) for r in best),
    )


def _label(role: str, *, wrap: bool = True) -> QLabel:
    text = QLabel()
    text.setObjectName(role)
    text.setWordWrap(wrap)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    text.setTextFormat(Qt.TextFormat.PlainText)
    return text


class TableScreen(QWidget):
    """A window with nothing to edit; ``show_state`` and ``show_time`` are all it listens to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("TableScreen", "Matchtafel — table screen"))
        self.setAccessibleName(translate("TableScreen", "Table screen"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        self.outer = outer
        top = QHBoxLayout()
        self.session = _label("session", wrap=False)
        self.position = _label("position", wrap=False)
        top.addWidget(self.session, 1)
        top.addWidget(self.position)
        outer.addLayout(top)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_case())
        self.pages.addWidget(self._build_agenda())
        outer.addWidget(self.pages, 1)
        self.state: TableState | None = None
        self._fit_fonts()

    def _build_case(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.case = _label("case", wrap=False)
        self.situation = _label("situation")
        column.addWidget(self.case)
        column.addWidget(self.situation)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        column.addWidget(line)
        grid = QGridLayout()
        self.agreements_title = _label("heading", wrap=False)
        self.agreements_title.setText(translate("TableScreen", "Agreements"))
        self.suggestions_title = _label("heading", wrap=False)
        self.suggestions_title.setText(translate("TableScreen", "Suggestions (advice: people decide)"))
        self.agreements = _label("body")
        self.agreements.setTextFormat(Qt.TextFormat.RichText)  # every text in it is escaped
        self.agreements.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.suggestions = _label("body")
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)  # every text in it is escaped
        self.suggestions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.agreements_title, 0, 0)
        grid.addWidget(self.suggestions_title, 0, 1)
        grid.addWidget(self.agreements, 1, 0)
        grid.addWidget(self.suggestions, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        grid.setHorizontalSpacing(40)
        column.addLayout(grid, 1)
        bottom = QHBoxLayout()
        self.time_left = _label("time", wrap=False)
        self.time_bar = QProgressBar()
        self.time_bar.setTextVisible(False)
        self.time_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.time_bar.setAccessibleName(translate("TableScreen", "Time for this case"))
        bottom.addWidget(self.time_left)
        bottom.addWidget(self.time_bar, 1)
        column.addLayout(bottom)
        return page

    def _build_agenda(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.agenda_title = _label("case", wrap=False)
        self.agenda_title.setText(translate("TableScreen", "Agenda"))
        self.review_line = _label("situation")
        self.agenda = _label("agenda")
        self.agenda.setTextFormat(Qt.TextFormat.RichText)  # the case up next in bold; texts are escaped
        self.agenda.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.agenda_title)
        column.addWidget(self.review_line)
        column.addWidget(self.agenda, 1)
        return page

    # -- what run mode tells it --------------------------------------------------------------------------

    def show_state(self, state: TableState) -> None:
        self.state = state
        self.session.setText(state.session)
        self.position.setText(state.position)
        muted = colour("muted").name()
        if not state.case:
            self.pages.setCurrentIndex(1)
            self.review_line.setText(
                self.tr("Review of earlier agreements: %n still to decide.", "", state.review_open)
                if state.review_open
                else ""
            )
            rows = []
            for number, (case, status, up) in enumerate(state.agenda, start=1):
                if up:
                    rows.append(f"<b>▶ {number}. {escape(case)}</b>")
                elif status:
                    rows.append(
                        f"<span style='color:{muted}'>&nbsp;&nbsp;&nbsp;{number}. {escape(case)} · {escape(status)}</span>"
                    )
                else:
                    rows.append(f"&nbsp;&nbsp;&nbsp;{number}. {escape(case)}")
            half = (len(rows) + 1) // 2
            columns = [rows[:half], rows[half:]] if len(rows) > 8 else [rows]
            cells = "".join(f"<td style='padding-right:80px'>{'<br>'.join(c)}</td>" for c in columns)
            self.agenda.setText(f"<table><tr valign='top'>{cells}</tr></table>")
            return
        self.pages.setCurrentIndex(0)
        self.case.setText(state.case)
        self.situation.setText(state.situation)
        bullets = "".join(
            f"<tr><td style='padding-right:12px'>•</td><td style='padding-bottom:8px'>{escape(a)}</td></tr>"
            for a in state.agreements
        )
        self.agreements.setText(
            f"<table>{bullets}</table>"
            if bullets
            else f"<span style='color:{muted}'>{escape(translate('TableScreen', 'None yet.'))}</span>"
        )
        cards = "".join(
            f"<tr><td style='padding-right:18px' valign='top'><b>{s.score}</b></td>"
            f"<td style='padding-bottom:14px'><b>{escape(s.title)}</b> — {escape(s.employer)}, {escape(s.place)}"
            f"<br><span style='color:{muted}; font-size:80%'>{escape(' · '.join(s.reasons))}</span></td></tr>"
            for s in state.suggestions
        )
        self.suggestions.setText(
            f"<table>{cards}</table>"
            if cards
            else f"<span style='color:{muted}'>{escape(translate('TableScreen', 'No suggestions shown.'))}</span>"
        )

    def show_time(self, elapsed: int, budget: int) -> None:
        left = budget - elapsed
        if left >= 0:
            self.time_left.setText(
                translate("TableScreen", "{minutes}:{seconds:02d} left").format(
                    minutes=left // 60, seconds=left % 60
                )
            )
            self.time_left.setStyleSheet("")
        else:
            over = -left
            self.time_left.setText(
                translate("TableScreen", "{minutes}:{seconds:02d} over time").format(
                    minutes=over // 60, seconds=over % 60
                )
            )
            self.time_left.setStyleSheet(f"color: {colour('error').name()};")
        self.time_bar.setRange(0, max(budget, 1))
        self.time_bar.setValue(min(max(left, 0), budget))

    # -- placement and size --------------------------------------------------------------------------------

    def show_on_best_screen(self, beside: QWidget) -> None:
        """Full screen on a monitor other than run mode's when there is one; else a window of its own."""
        others = [s for s in QGuiApplication.screens() if s is not beside.screen()]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 720)
            self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Type sizes follow the window's height: the same screen reads alike at 720 and 1080 lines."""
        unit = max(self.height(), 360) / 1080
        margin = int(48 * unit)
        self.outer.setContentsMargins(margin, int(margin * 0.7), margin, int(margin * 0.7))
        sizes = {
            "session": 26,
            "position": 26,
            "case": 84,
            "situation": 36,
            "heading": 32,
            "body": 30,
            "agenda": 40,
            "time": 34,
        }
        for child in self.findChildren(QLabel):
            points = sizes.get(child.objectName())
            if points is None:
                continue
            font = QFont(self.font())
            font.setPixelSize(max(10, int(points * unit)))
            font.setBold(child.objectName() in ("case", "heading"))
            child.setFont(font)
        muted = colour("muted").name()
        for name in ("session", "position"):
            for child in self.findChildren(QLabel, name):
                child.setStyleSheet(f"color: {muted};")
        self.time_bar.setFixedHeight(max(6, int(14 * unit)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        super().keyPressEvent(event)


class TableScreenLink:
    """Run mode's side of the table screen: opens and closes it, and passes on what changed."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.window: TableScreen | None = None

    def is_open(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def toggle(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.close()
            return
        if self.window is None:
            self.window = TableScreen(self.owner)  # a window of its own, gone with run mode
        self.window.show_on_best_screen(self.owner.window())

    def sync(self, state: TableState, elapsed: int) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.show_state(state)
            self.window.show_time(elapsed, state.budget_seconds)
