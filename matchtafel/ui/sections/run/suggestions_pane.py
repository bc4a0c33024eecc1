"""Suggestions beside a young person (vacancies) or beside a vacancy (young people): a ranked list
with a score bar, a filter, the breakdown of the selected suggestion, and "Propose" (Voordragen).

Advisory: the pane explains every score per criterion and leaves the choice to the person.
Signals: ``proposed(int, int)`` (young person id, vacancy id) after a proposal was made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import VacancyKind
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.weights import MatchWeights
from matchtafel.ui.widgets.icons import icon
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.row_model import ROW_ROLE, Column, RowTableModel
from matchtafel.ui.widgets.theme import colour
from matchtafel.ui.widgets.worker import run_in_background


def reason_text(template: str, params: tuple[tuple[str, str], ...]) -> str:
    """A reason in the interface language; the vacancy kind is shown in words too."""
    values = dict(params)
    if "kind" in values:
        values["kind"] = label(VacancyKind(values["kind"]))
    return translate("matching", template).format(**values)


class ScoreBarDelegate(QStyledItemDelegate):
    """Paints the score as its number with a bar beside it: the number never under the bar, legible in grey
    print, without colour, and in a light or dark scheme (the text takes the row's own text colour)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = index.data(ROW_ROLE)
        score = float(row.match.score) if row is not None else 0.0
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        rect: QRect = option.rect
        painter.save()
        if selected:
            painter.fillRect(rect, palette.highlight())
        number_width = option.fontMetrics.horizontalAdvance("100") + 6
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        painter.drawText(
            QRect(rect.left() + 2, rect.top(), number_width, rect.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{score:.0f}",
        )
        track = QRect(
            rect.left() + number_width + 6, rect.center().y() - 4, rect.width() - number_width - 10, 8
        )
        if track.width() > 4:
            painter.fillRect(track, colour("track", palette))
            filled = QRect(track.left(), track.top(), int(track.width() * score / 100), track.height())
            painter.fillRect(filled, colour("bar", palette))
        painter.restore()


class SuggestionsPane(QWidget):
    proposed = Signal(int, int)
    loaded = Signal()  # new suggestions are shown (the table screen follows them)

    def __init__(
        self,
        *,
        for_vacancies: bool,
        load: Callable[[int, dict[str, float]], list[Any]],
        propose: Callable[[int, Any], object],
        weights: MatchWeights,
        parent: QWidget | None = None,
    ) -> None:
        """``for_vacancies``: the pane sits beside a young person and lists vacancies (else the reverse).
        ``load(subject_id, weights)`` returns suggestions; ``propose(subject_id, suggestion)`` makes one."""
        super().__init__(parent)
        self._for_vacancies = for_vacancies
        self._load, self._propose = load, propose
        self._weights = weights
        self._subject: int | None = None
        self._shown_for: int | None = None  # whose suggestions the list holds now
        self._generation = 0
        self._build()
        weights.changed.connect(self.refresh)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.refresh)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title, columns = self._title_and_columns()
        self.heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(self.heading)
        self.advice = QLabel(translate("SuggestionsPane", "Advice only: the scores explain, people decide."))
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("SuggestionsPane", "Filter suggestions…"))
        self.search.setAccessibleName(translate("SuggestionsPane", "Filter suggestions"))
        self.search.textChanged.connect(self._on_filter)
        layout.addWidget(self.search)
        self.model: RowTableModel = RowTableModel(columns)
        self.table = QTableView()
        self.table.setAccessibleName(title)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(0, ScoreBarDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 90)
        self.table.setTabKeyNavigation(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_breakdown())
        layout.addWidget(self.table, 3)
        self.breakdown = QListWidget()
        self.breakdown.setAccessibleName(translate("SuggestionsPane", "Why this score"))
        self.breakdown.setWordWrap(True)
        layout.addWidget(self.breakdown, 2)
        row = QHBoxLayout()
        text, name = self._propose_text()
        self.propose_button = QPushButton(icon("send"), text)
        self.propose_button.setAccessibleName(name)
        self.propose_button.setToolTip(
            translate("SuggestionsPane", "Ctrl+P: propose the selected suggestion")
        )
        self.propose_button.clicked.connect(self.propose_current)
        row.addWidget(self.propose_button)
        self.status = QLabel()
        self.status.setAccessibleName(translate("SuggestionsPane", "Suggestions status"))
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        # a screen that holds the pane may take Ctrl+P over for all of itself (two would be ambiguous)
        self.propose_shortcut = QShortcut(
            QKeySequence("Ctrl+P"), self, self.propose_current, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self._update_button()

    def _propose_text(self) -> tuple[str, str]:
        """The button's text and its accessible name."""
        return translate("SuggestionsPane", "&Propose (Voordragen)"), translate("SuggestionsPane", "Propose")

    def _title_and_columns(self) -> tuple[str, list[Column]]:
        """The pane's heading and its columns (a subclass ranks other things)."""
        score = Column(
            translate("SuggestionsPane", "Score"),
            lambda s: f"{s.match.score:.0f}",
            sort_key=lambda s: s.match.score,
            searchable=False,
        )
        if self._for_vacancies:
            return translate("SuggestionsPane", "Suggested vacancies"), [
                score,
                Column(translate("SuggestionsPane", "Vacancy"), lambda s: s.title),
                Column(translate("SuggestionsPane", "Employer"), lambda s: s.employer_name),
                Column(translate("SuggestionsPane", "Place"), lambda s: s.place),
                Column(translate("SuggestionsPane", "Kind"), lambda s: label(VacancyKind(s.kind))),
            ]
        return translate("SuggestionsPane", "Suggested young people"), [
            score,
            Column(translate("SuggestionsPane", "Code"), lambda s: s.code),
            Column(translate("SuggestionsPane", "Initials"), lambda s: s.initials),
            Column(translate("SuggestionsPane", "Home place"), lambda s: s.home_place),
        ]

    def _on_filter(self, text: str) -> None:
        self.model.set_filter(text)

    # -- subject and loading ---------------------------------------------------------------------------

    def show_for(self, subject_id: int | None) -> None:
        """The young person (or vacancy) whose suggestions to show; loads after a short pause."""
        self._subject = subject_id
        if subject_id is None:
            self.model.set_rows([])
            self.status.setText("")
            self._show_breakdown()
            return
        self._debounce.start()

    def refresh(self) -> None:
        subject = self._subject
        if subject is None:
            return
        self._generation += 1
        generation = self._generation
        weights = self._weights.values()
        self.status.setText(translate("SuggestionsPane", "Ranking…"))

        def done(rows: list[Any]) -> None:
            if generation == self._generation:  # a newer request won: drop this answer
                self.set_suggestions(rows)

        run_in_background(lambda: self._load(subject, weights), done, self._on_failed, owner=self)

    def load_now(self, subject_id: int) -> None:
        """Rank on this thread (screenshots, scripts); the interface uses ``show_for``."""
        self._subject = subject_id
        self._debounce.stop()
        self._generation += 1  # an answer still on its way is older than this one
        self.set_suggestions(self._load(subject_id, self._weights.values()))

    def set_suggestions(self, rows: list[Any]) -> None:
        kept = self._key(self.current()) if self._subject == self._shown_for else None
        self._shown_for = self._subject
        self.model.set_rows(rows)
        self.model.set_filter(self.search.text())
        self.status.setText(
            translate("SuggestionsPane", "{n} suggestions").format(n=len(rows))
            if rows
            else translate("SuggestionsPane", "No suitable suggestions.")
        )
        if self.model.rowCount():
            # the same young person again (after a proposal, say): the selection stays where it was
            rows_now = [self.model.row_at(self.model.index(r, 0)) for r in range(self.model.rowCount())]
            keys = [self._key(r) for r in rows_now]
            self.table.setCurrentIndex(self.model.index(keys.index(kept) if kept in keys else 0, 0))
        self._show_breakdown()
        self.loaded.emit()

    def _key(self, suggestion: Any) -> int | None:
        """What keeps the selection when the list reloads (a subclass ranking other things says its own)."""
        if suggestion is None:
            return None
        return int(suggestion.vacancy_id if self._for_vacancies else suggestion.young_person_id)

    def top(self, count: int) -> list[Any]:
        """The first ``count`` suggestions as listed now (the table screen shows them)."""
        return [self.model.row_at(self.model.index(r, 0)) for r in range(min(count, self.model.rowCount()))]

    # -- breakdown and proposing -----------------------------------------------------------------------

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def _show_breakdown(self) -> None:
        self.breakdown.clear()
        suggestion = self.current()
        self._update_button()
        if suggestion is None:
            return
        for reason in suggestion.match.reasons:
            title = translate("matching", reason.title)
            self.breakdown.addItem(
                f"{title}: {reason.points:g}/{reason.maximum:g} · {self._reason_text(reason)}"
            )

    def _reason_text(self, reason: Any) -> str:
        return reason_text(reason.template, reason.params)

    def propose_current(self) -> None:
        suggestion = self.current()
        if suggestion is None or self._subject is None:
            return
        try:
            self._propose(self._subject, suggestion)
        except UserError as exc:
            self.status.setText(user_message(exc))
            return
        self._proposed(suggestion)

    def _proposed(self, suggestion: Any) -> None:
        """Say what was done, and tell the screen around the pane."""
        young, vacancy = (
            (self._subject, suggestion.vacancy_id)
            if self._for_vacancies
            else (suggestion.young_person_id, self._subject)
        )
        self.status.setText(
            translate("SuggestionsPane", "Proposed. The proposal is in the young person's history.")
        )
        self.proposed.emit(young, vacancy)

    def _update_button(self) -> None:
        self.propose_button.setEnabled(self.current() is not None)

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, UserError):
            self.status.setText(user_message(error))
        else:
            self.status.setText(
                translate("SuggestionsPane", "Suggestions could not be made: {error}").format(error=error)
            )
