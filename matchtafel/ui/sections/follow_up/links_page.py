"""Mentoring links (koppelingen): every link of a young person with a supporter, moved along with one key each.

Keys on the list: 1 introduced, 2 active, 3 ended (asks why). Only the steps the rules allow are offered; the
history of the chosen link is a timeline (what, who, when, why). "Introduction…" shows what may be passed on to
the supporter: code and initials only, unless the consent covers sharing with a mentor or coach.

Signals: ``loaded(int)`` after each load; ``stepped(int)`` after a step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.dates import format_date
from matchtafel.domain.errors import UserError
from matchtafel.domain.mentoring_steps import LINK_STEP_KEYS, OPEN_LINK, allowed_link_steps
from matchtafel.domain.vocabulary import LinkEndReason, LinkStatus, SupporterKind
from matchtafel.services import Services
from matchtafel.services.mentoring import Introduction, LinkRow
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.run.support_suggestions import wishes_text
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.row_model import Column, RowTableModel
from matchtafel.ui.widgets.worker import run_in_background

RUNNING, ALL = "running", "all"


class LinksPage(QWidget):
    loaded = Signal(int)
    stepped = Signal(int)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, prompts: Prompts | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()
        self.setAccessibleName(translate("LinksPage", "Mentoring links"))
        self.model = RowTableModel(self._columns(), muted=lambda r: r.status not in OPEN_LINK)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("LinksPage", "Links"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        for column, width in enumerate((120, 150, 140, 100, 130, 95)):
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 420])
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("F5"), self, self.reload)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)

    # -- building --------------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(translate("LinksPage", "Young person"), lambda r: f"{r.young_code} {r.young_initials}"),
            Column(translate("LinksPage", "Supporter"), lambda r: r.supporter_name),
            Column(translate("LinksPage", "Kind"), lambda r: label(r.supporter_kind)),
            Column(translate("LinksPage", "Status"), lambda r: label(r.status)),
            Column(translate("LinksPage", "Why it ended"), lambda r: label(r.end_reason)),
            Column(
                translate("LinksPage", "Last step"),
                lambda r: format_date(r.last_step_at.date()),
                sort_key=lambda r: r.last_step_at,
                searchable=False,
            ),
            Column(translate("LinksPage", "From event"), lambda r: r.event_title),
        ]

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("LinksPage", "Filter on code or supporter (Ctrl+F)"))
        self.search.setAccessibleName(translate("LinksPage", "Filter"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setAccessibleName(translate("LinksPage", "Status"))
        self.status.addItem(translate("LinksPage", "Running"), RUNNING)
        self.status.addItem(translate("LinksPage", "All statuses"), ALL)
        for status in LinkStatus:
            self.status.addItem(label(status), status)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("LinksPage", "Kind of supporter"))
        self.kind.addItem(translate("LinksPage", "All kinds"), None)
        for kind in SupporterKind:
            self.kind.addItem(label(kind), kind)
        self.count = QLabel()
        self.count.setAccessibleName(translate("LinksPage", "Number of links shown"))
        self.search.textChanged.connect(self._apply_filter)
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.kind.currentIndexChanged.connect(self._apply_filter)
        row.addWidget(self.search, 2)
        row.addWidget(self.status, 1)
        row.addWidget(self.kind, 1)
        row.addWidget(self.count)
        self.model.counts_changed.connect(
            lambda shown, total: self.count.setText(
                translate("LinksPage", "{shown} of {total}").format(shown=shown, total=total)
            )
        )
        return row

    def _detail(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("LinksPage", "What happened"))
        layout.addWidget(self.message)
        steps = QGridLayout()
        self.step_buttons: dict[LinkStatus, QPushButton] = {}
        for number, (key, status) in enumerate(LINK_STEP_KEYS):
            button = QPushButton(f"{key}  {label(status)}")
            button.setAccessibleName(label(status))
            button.setToolTip(translate("LinksPage", "Key {key} in the list").format(key=key))
            button.clicked.connect(lambda _checked=False, s=status: self.take_step(s))
            steps.addWidget(button, 0, number)
            self.step_buttons[status] = button
        layout.addLayout(steps)
        self.introduction_button = QPushButton(translate("LinksPage", "&Introduction…"))
        self.introduction_button.setAccessibleName(translate("LinksPage", "What the supporter may be told"))
        self.introduction_button.clicked.connect(self.show_introduction)
        layout.addWidget(self.introduction_button)
        layout.addWidget(QLabel(translate("LinksPage", "History")))
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(translate("LinksPage", "History of the link"))
        self.timeline.setWordWrap(True)
        layout.addWidget(self.timeline, 1)
        return box

    # -- loading and filtering -----------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.current()
        run_in_background(
            self.services.mentoring.links,
            lambda rows: self._loaded(rows, keep.id if keep else None),
            lambda error: self.show_problem(user_message(error)),
            owner=self,
        )

    _sorted_once = False

    def _loaded(self, rows: list[LinkRow], keep: int | None) -> None:
        self.model.set_rows(rows)
        if not self._sorted_once:
            self._sorted_once = True
            self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # the latest step first
        self._apply_filter()
        index = self.model.index_of(lambda r: r.id == keep) if keep else self.model.index(0, 0)
        if index.isValid():
            self.table.selectRow(index.row())
        self._show_current()
        self.loaded.emit(len(rows))

    def _apply_filter(self) -> None:
        status, kind = self.status.currentData(), self.kind.currentData()

        def keep(row: LinkRow) -> bool:
            if status == RUNNING and row.status not in OPEN_LINK:
                return False
            if status not in (RUNNING, ALL) and row.status != status:
                return False
            return kind is None or row.supporter_kind == kind

        self.model.set_filter(self.search.text(), keep)
        if self.current() is None and self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def current(self) -> LinkRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        row: LinkRow = self.model.row_at(index)
        return row

    _shown: LinkRow | None = None

    def _show_current(self) -> None:
        """The chosen link and its history: read again only when another link (or version) is chosen."""
        row = self.current()
        if row is not None and row == self._shown:
            return
        self._shown = row
        allowed = set(allowed_link_steps(row.status)) if row else set()
        for status, button in self.step_buttons.items():
            button.setEnabled(status in allowed and not self.read_only)
        self.introduction_button.setEnabled(row is not None)
        self.timeline.clear()
        if row is None:
            self.heading.setText(translate("LinksPage", "Choose a link in the list."))
            return
        self.heading.setText(
            translate("LinksPage", "{young} with {supporter} ({kind}): {status}").format(
                young=f"{row.young_code} {row.young_initials}",
                supporter=row.supporter_name,
                kind=label(row.supporter_kind),
                status=label(row.status),
            )
        )
        for step in reversed(self.services.mentoring.timeline(row.id)):  # the newest on top
            text = f"{step.at:%d-%m-%Y %H:%M} · {label(step.status)} · {step.by}"
            if step.end_reason is not None:
                text += f" · {label(step.end_reason)}"
            if step.note:
                text += f"\n{step.note}"
            self.timeline.addItem(text)

    # -- steps -----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            for key, status in LINK_STEP_KEYS:
                if event.text() == key:
                    self.take_step(status)
                    return True
        return super().eventFilter(watched, event)

    read_only = False  # the user's role may follow the links, not move them (a shared server's rules)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in self.step_buttons.values():
            button.setVisible(not read_only)

    def take_step(self, target: LinkStatus) -> None:
        row = self.current()
        if row is None or self.read_only:  # the keys do nothing either
            return
        allowed = allowed_link_steps(row.status)
        if target not in allowed:
            self.show_problem(
                translate("LinksPage", "A link that is {current} can go to: {allowed}.").format(
                    current=label(row.status), allowed=", ".join(label(s) for s in allowed) or "—"
                )
            )
            return
        reason: LinkEndReason | None = None
        note = ""
        if target == LinkStatus.ENDED:
            answer = self.ask_end(f"{row.young_code} {row.young_initials} · {row.supporter_name}")
            if answer is None:
                return
            reason, note = answer
        try:
            self.services.mentoring.step(row.id, row.version, target, reason=reason, note=note)
        except UserError as exc:
            self.show_problem(user_message(exc))
            self.reload()
            return
        self.message.setText(
            translate("LinksPage", "{young}: {status}.").format(
                young=f"{row.young_code} {row.young_initials}", status=label(target)
            )
        )
        self.stepped.emit(row.id)
        self.reload()

    def show_introduction(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            introduction = self.services.mentoring.introduction(row.id)
        except UserError as exc:
            self.show_problem(user_message(exc))
            return
        self.show_text(
            translate("LinksPage", "Introduction"), introduction_text(introduction, row.supporter_name)
        )

    # -- questions, through the injected prompts -------------------------------------------------------

    def ask_end(self, what: str) -> tuple[LinkEndReason, str] | None:
        dialog = LinkEndDialog(what, self)
        return dialog.chosen() if self.prompts.run(dialog) else None

    def show_problem(self, message: str) -> None:
        self.prompts.warn(self, translate("LinksPage", "Not possible"), message)

    def show_text(self, title: str, text: str) -> None:
        self.prompts.inform(self, title, text)


def introduction_text(intro: Introduction, supporter: str) -> str:
    """What may be passed on to the supporter, in words: code and initials unless the consent covers more."""
    lines = [translate("LinksPage", "For {supporter}:").format(supporter=supporter)]
    if not intro.shared:
        lines.append(f"{intro.code} {intro.initials}")
        lines.append(
            translate(
                "LinksPage",
                "The consent does not cover sharing with a mentor or coach: pass on no more than code and initials.",
            )
        )
        return "\n".join(lines)
    lines.append(f"{intro.given_name} ({intro.code})")
    facts = (
        (translate("LinksPage", "Programme"), intro.programme_name),
        (translate("LinksPage", "Level"), label(intro.level)),
        (translate("LinksPage", "Wanted sectors"), ", ".join(intro.wanted_sectors)),
        (translate("LinksPage", "Home place"), intro.home_place),
        (translate("LinksPage", "Help asked for"), wishes_text("|".join(intro.wishes))),
    )
    lines += [f"{name}: {value}" for name, value in facts if value]
    lines.append(translate("LinksPage", "Shared within the consent; recorded in the audit log."))
    return "\n".join(lines)


class LinkEndDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LinksPage", "End the link"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(what))
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setAccessibleName(translate("LinksPage", "Reason"))
        for reason in LinkEndReason:
            self.reason.addItem(label(reason), reason)
        form.addRow(translate("LinksPage", "&Reason:"), self.reason)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.note.setPlaceholderText(translate("LinksPage", "Optional; no health details"))
        self.note.setAccessibleName(translate("LinksPage", "Note"))
        form.addRow(translate("LinksPage", "&Note:"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(translate("LinksPage", "&End the link"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[LinkEndReason, str]:
        return LinkEndReason(self.reason.currentData()), self.note.toPlainText()
