"""Mijn voordrachten: the proposals a WSP or UWV account manager follows up, moved along with one key each.

Filters: words (code, vacancy, employer), owner (mine by default), organisation, status (running by default)
and the age of the last step. Keys on the list: 1 contact made, 2 interview planned, 3 placed, 4 trial
placement, 5 rejected (asks why), 6 withdrawn (asks to confirm); only the steps the pipeline allows are
offered. The history of the chosen proposal is shown as a timeline: what, who, when, why.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.dates import format_date
from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError
from matchtafel.domain.proposal_steps import OPEN, STEP_KEYS
from matchtafel.domain.text_fold import fold
from matchtafel.domain.vocabulary import ProposalStatus
from matchtafel.services import Services
from matchtafel.services.paging import Page
from matchtafel.services.pipeline import ProposalListRow
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.follow_up.proposal_detail import ProposalDetail
from matchtafel.ui.sections.follow_up.proposal_stepping import ProposalStepping
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.row_model import Column, RowTableModel
from matchtafel.ui.widgets.worker import run_in_background

MINE, EVERYONE = "mine", "everyone"
RUNNING, ALL = "running", "all"
AGES = (
    (0, QT_TRANSLATE_NOOP("ProposalsPage", "Any age of the last step")),
    (7, QT_TRANSLATE_NOOP("ProposalsPage", "No step for a week or more")),
    (21, QT_TRANSLATE_NOOP("ProposalsPage", "No step for 3 weeks or more")),
)


def _age_days(row: ProposalListRow, now: datetime) -> int:
    return max(0, (now - row.last_step_at).days)


class ProposalsPage(ProposalStepping, QWidget):
    """Signals: ``loaded(int)`` after each load with the number of proposals; ``stepped(int)`` after a step."""

    loaded = Signal(int)
    stepped = Signal(int)

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
        self.nazorg_months = nazorg_months  # from the settings: when the follow-up calls fall
        self.setAccessibleName(translate("ProposalsPage", "My proposals"))
        self._now = self.services.clock.now()
        self.model = RowTableModel(self._columns(), muted=lambda r: r.status not in OPEN)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("ProposalsPage", "Proposals"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for column, width in enumerate((120, 170, 150, 120, 125, 80)):
            self.table.setColumnWidth(column, width)
        self._sorted_once = False
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        splitter = QSplitter()
        splitter.addWidget(self.table)
        self.detail = ProposalDetail()
        self.detail.step_requested.connect(self.take_step)
        # Named here too: what tests and the status line use.
        self.step_buttons, self.message, self.timeline = (
            self.detail.step_buttons,
            self.detail.message,
            self.detail.timeline,
        )
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([840, 400])
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("F5"), self, self.reload)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)

    # -- building --------------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(
                translate("ProposalsPage", "Young person"), lambda r: f"{r.young_code} {r.young_initials}"
            ),
            Column(translate("ProposalsPage", "Vacancy"), lambda r: r.vacancy_title),
            Column(translate("ProposalsPage", "Employer"), lambda r: r.employer),
            Column(translate("ProposalsPage", "Owner"), lambda r: r.owner_name),
            Column(translate("ProposalsPage", "Status"), lambda r: label(r.status)),
            Column(
                translate("ProposalsPage", "Last step"),
                lambda r: format_date(r.last_step_at.date()),
                sort_key=lambda r: r.last_step_at,
                searchable=False,
            ),
            Column(
                translate("ProposalsPage", "Days"),
                lambda r: str(_age_days(r, self._now)),
                sort_key=lambda r: _age_days(r, self._now),
                searchable=False,
                align_right=True,
            ),
        ]

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("ProposalsPage", "Filter on code, vacancy or employer (Ctrl+F)")
        )
        self.search.setAccessibleName(translate("ProposalsPage", "Filter"))
        self.search.setClearButtonEnabled(True)
        self.owner = QComboBox()
        self.owner.setAccessibleName(translate("ProposalsPage", "Owner"))
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(translate("ProposalsPage", "Organisation"))
        self.status = QComboBox()
        self.status.setAccessibleName(translate("ProposalsPage", "Status"))
        self.status.addItem(translate("ProposalsPage", "Running"), RUNNING)
        self.status.addItem(translate("ProposalsPage", "All statuses"), ALL)
        for status in ProposalStatus:
            self.status.addItem(label(status), status)
        self.age = QComboBox()
        self.age.setAccessibleName(translate("ProposalsPage", "Age of the last step"))
        for days, text in AGES:
            self.age.addItem(translate("ProposalsPage", text), days)
        self.count = QLabel()
        self.count.setAccessibleName(translate("ProposalsPage", "Number of proposals shown"))
        self.search.textChanged.connect(self._apply_filter)
        for combo in (self.owner, self.organisation, self.status, self.age):
            combo.currentIndexChanged.connect(self._apply_filter)
        row.addWidget(self.search, 2)
        for combo in (self.owner, self.organisation, self.status, self.age):
            row.addWidget(combo, 1)
        row.addWidget(self.count)
        self.model.counts_changed.connect(
            lambda shown, total: self.count.setText(
                translate("ProposalsPage", "{shown} of {total}").format(shown=shown, total=total)
            )
        )
        return row

    # -- loading and filtering ----------------------------------------------------------------------------

    def show_proposal(self, proposal_id: int) -> None:
        """Show this proposal whatever the filters were (from a reminder); selected once the list is loaded."""
        self.status.setCurrentIndex(self.status.findData(ALL))
        self.owner.setCurrentIndex(max(0, self.owner.findData(EVERYONE)))
        self.age.setCurrentIndex(0)
        self.search.clear()
        self._wanted = proposal_id
        self.select(proposal_id)

    _wanted: int | None = None

    _loading = 0  # the reload the arriving pages belong to: a newer one drops an older one's pages

    def reload(self) -> None:
        """On a shared server a page at a time (one short query each), shown as the pages come."""
        keep = self.current()
        self._loading += 1
        self._load_page(self._loading, [], None, keep.id if keep else None)

    def _load_page(
        self, loading: int, before: list[ProposalListRow], after_id: int | None, keep: int | None
    ) -> None:
        def arrived(page: Page[ProposalListRow]) -> None:
            if loading == self._loading:
                rows = before + page.rows
                wanted = self._wanted or keep  # a proposal asked for meanwhile (a reminder) wins
                self._loaded(rows, wanted)
                if page.last_id is not None:
                    self._load_page(loading, rows, page.last_id, wanted)

        work = lambda: self.services.pipeline.proposals_page(after_id=after_id)  # noqa: E731
        run_in_background(work, arrived, self._failed, owner=self)

    def _loaded(self, rows: list[ProposalListRow], keep: int | None) -> None:
        self._now = self.services.clock.now()
        self._fill_choices(rows)
        self.model.set_rows(rows)
        self._apply_filter()
        if not self._sorted_once:
            self._sorted_once = True
            self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # the oldest last step first
        self.select(keep)
        self._wanted = None
        self.loaded.emit(len(rows))

    def _fill_choices(self, rows: list[ProposalListRow]) -> None:
        owner, organisation = self.owner.currentData(), self.organisation.currentData()
        for combo in (self.owner, self.organisation):
            combo.blockSignals(True)
            combo.clear()
        self.owner.addItem(translate("ProposalsPage", "My proposals"), MINE)
        self.owner.addItem(translate("ProposalsPage", "Everyone's"), EVERYONE)
        for name in sorted({r.owner_name for r in rows if r.owner_name}, key=str.casefold):
            self.owner.addItem(name, name)
        self.organisation.addItem(translate("ProposalsPage", "All organisations"), "")
        for name in sorted({r.owner_organisation for r in rows if r.owner_organisation}, key=str.casefold):
            self.organisation.addItem(name, name)
        mine_exists = any(fold(r.owner_name) == fold(self.services.pipeline.actor.name) for r in rows)
        if self._wanted is not None:
            owner = EVERYONE
        wanted_owner = owner if owner is not None else (MINE if mine_exists else EVERYONE)
        self.owner.setCurrentIndex(max(0, self.owner.findData(wanted_owner)))
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(organisation or "")))
        for combo in (self.owner, self.organisation):
            combo.blockSignals(False)

    def _apply_filter(self) -> None:
        owner, organisation = self.owner.currentData(), self.organisation.currentData()
        status, min_age = self.status.currentData(), int(self.age.currentData() or 0)
        me = fold(self.services.pipeline.actor.name)
        oldest = self._now - timedelta(days=min_age)

        def keep(row: ProposalListRow) -> bool:
            if owner == MINE and fold(row.owner_name) != me:
                return False
            if owner not in (MINE, EVERYONE, None) and row.owner_name != owner:
                return False
            if organisation and row.owner_organisation != organisation:
                return False
            if status == RUNNING and row.status not in OPEN:
                return False
            if status not in (RUNNING, ALL) and row.status != status:
                return False
            return not min_age or row.last_step_at <= oldest

        self.model.set_filter(self.search.text(), keep)
        if self.current() is None and self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def select(self, proposal_id: int | None) -> None:
        index = self.model.index_of(lambda r: r.id == proposal_id) if proposal_id else self.model.index(0, 0)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        self._show_current()

    def current(self) -> ProposalListRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        row: ProposalListRow = self.model.row_at(index)
        return row

    _shown: ProposalListRow | None = None

    def _show_current(self) -> None:
        """The chosen proposal and its history; read again only when another row (or version) is chosen, not on
        every keystroke of the filter that leaves the same row current."""
        row = self.current()
        if row is not None and row == self._shown:
            return
        self._shown = row
        if row is None:
            self.detail.show_proposal(None, [])
            return
        try:
            self.detail.show_proposal(row, self.services.pipeline.timeline(row.id))
        except UserError as exc:
            self.detail.show_proposal(row, [], problem=user_message(exc))

    # -- taking a step (its work is in proposal_stepping) ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            for key, status in STEP_KEYS:
                if event.text() == key:
                    self.take_step(status)
                    return True
        return super().eventFilter(watched, event)

    def _failed(self, error: Exception) -> None:
        self.show_problem(user_message(error))
