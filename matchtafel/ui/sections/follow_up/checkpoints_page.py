"""Nazorg calls due and overdue, grouped by who should make the call, answered with one key each.

Keys on the list: 1 still employed, 2 changed job, 3 out of work, 4 back to school, 5 not known; the note
typed beside it goes with the answer. "Out of work" or "not known" offers to put the young person on the
next session's agenda.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.dates import DateParseError, format_date, parse_date
from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import CheckpointAnswer, CheckpointKind
from matchtafel.services import Services
from matchtafel.services.followup import CheckpointRow
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.run.agenda_offer import offer_next_agenda
from matchtafel.ui.widgets.grouped_tree import GroupedTree
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.worker import run_in_background

ANSWER_KEYS: tuple[tuple[str, CheckpointAnswer], ...] = (
    ("1", CheckpointAnswer.STILL_EMPLOYED),
    ("2", CheckpointAnswer.CHANGED_JOB),
    ("3", CheckpointAnswer.OUT_OF_WORK),
    ("4", CheckpointAnswer.BACK_TO_SCHOOL),
    ("5", CheckpointAnswer.UNKNOWN),
)


class CheckpointsPage(QWidget):
    """Signals: ``loaded(int)`` with the number of calls shown; ``answered(int)`` with the checkpoint id."""

    loaded = Signal(int)
    answered = Signal(int)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, prompts: Prompts | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()
        self.today = self.services.clock.today()
        self.setAccessibleName(translate("CheckpointsPage", "Nazorg calls"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.days_ahead = QSpinBox()
        self.days_ahead.setRange(0, 90)
        self.days_ahead.setValue(7)
        self.days_ahead.setAccessibleName(translate("CheckpointsPage", "Days ahead"))
        self.days_ahead.setSuffix(translate("CheckpointsPage", " days ahead"))
        self.days_ahead.valueChanged.connect(lambda _value: self.reload())
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("CheckpointsPage", "Number of calls"))
        top.addWidget(QLabel(translate("CheckpointsPage", "Calls overdue and due within")))
        top.addWidget(self.days_ahead)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.tree = GroupedTree(
            [
                translate("CheckpointsPage", "Young person"),
                translate("CheckpointsPage", "Job"),
                translate("CheckpointsPage", "Started"),
                translate("CheckpointsPage", "Call"),
                translate("CheckpointsPage", "Due"),
            ]
        )
        self.tree.setAccessibleName(translate("CheckpointsPage", "Calls by caller"))
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 260)
        self.tree.installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self._answer_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("F5"), self, self.reload)

    def _answer_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.heading = QLabel(translate("CheckpointsPage", "Choose a call in the list."))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.answered_on = QLineEdit(format_date(self.today))
        self.answered_on.setAccessibleName(translate("CheckpointsPage", "Date of the call"))
        form.addRow(translate("CheckpointsPage", "Call &made on:"), self.answered_on)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(
            translate("CheckpointsPage", "What was said, briefly; no health details")
        )
        self.note.setAccessibleName(translate("CheckpointsPage", "Note"))
        form.addRow(translate("CheckpointsPage", "No&te:"), self.note)
        layout.addLayout(form)
        grid = QGridLayout()
        self.answer_buttons: dict[CheckpointAnswer, QPushButton] = {}
        for number, (key, answer) in enumerate(ANSWER_KEYS):
            button = QPushButton(f"{key}  {label(answer)}")
            button.setAccessibleName(label(answer))
            button.setToolTip(translate("CheckpointsPage", "Key {key} in the list").format(key=key))
            button.clicked.connect(lambda _checked=False, a=answer: self.answer(a))
            grid.addWidget(button, number // 2, number % 2)
            self.answer_buttons[answer] = button
        layout.addLayout(grid)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("CheckpointsPage", "What happened"))
        layout.addWidget(self.message)
        layout.addStretch(1)
        return box

    # -- loading ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        today, ahead = self.services.clock.today(), self.days_ahead.value()
        run_in_background(
            lambda: self.services.followup.checkpoints(today, days_ahead=ahead),
            self._loaded,
            lambda error: self.show_problem(user_message(error)),
            owner=self,
        )

    def _loaded(self, rows: list[CheckpointRow]) -> None:
        self.today = self.services.clock.today()
        self.tree.clear_groups()
        groups: dict[tuple[str, str], list[CheckpointRow]] = defaultdict(list)
        for row in rows:
            groups[(row.caller_name, row.caller_organisation)].append(row)
        overdue_word = translate("CheckpointsPage", "overdue")
        for (name, organisation), calls in sorted(
            groups.items(), key=lambda g: (not g[0][0], g[0][0].casefold())
        ):
            overdue = sum(1 for c in calls if c.overdue(self.today))
            who = (
                f"{name} ({organisation})"
                if organisation
                else name or translate("CheckpointsPage", "Nobody assigned")
            )
            lines = [
                (
                    [
                        f"{call.young_code} {call.young_initials}",
                        " · ".join(x for x in (call.vacancy_title, call.employer) if x),
                        format_date(call.start_date),
                        self._call_name(call),
                        format_date(call.due_on) + ("  " + overdue_word if call.overdue(self.today) else ""),
                    ],
                    call,
                    call.overdue(self.today),
                )
                for call in calls
            ]
            self.tree.add_group(f"{who}: {self._counted(len(calls), overdue)}", lines)
        self.summary.setText(self._counted(len(rows), sum(1 for r in rows if r.overdue(self.today))))
        self.tree.select_first_row()
        self._show_current()
        self.loaded.emit(len(rows))

    def _counted(self, calls: int, overdue: int) -> str:
        return translate("CheckpointsPage", "{calls}, {overdue} overdue").format(
            calls=self.tr("%n calls", "", calls), overdue=overdue
        )

    def current(self) -> CheckpointRow | None:
        row = self.tree.current_value()
        return row if isinstance(row, CheckpointRow) else None

    def _show_current(self) -> None:
        row = self.current()
        for button in self.answer_buttons.values():
            button.setEnabled(row is not None)
        if row is None:
            self.heading.setText(translate("CheckpointsPage", "Choose a call in the list."))
            return
        job = " · ".join(x for x in (row.vacancy_title, row.employer) if x)
        young = f"{row.young_code} {row.young_initials}"
        if row.kind == CheckpointKind.BPV:
            text = translate(
                "CheckpointsPage", "{young}: check during the BPV period at {job}, started {start}."
            )
        else:
            text = translate("CheckpointsPage", "{young}: {months}-month call about {job}, started {start}.")
        self.heading.setText(
            text.format(
                young=young, months=row.months_after_start, job=job, start=format_date(row.start_date)
            )
        )

    @staticmethod
    def _call_name(call: CheckpointRow) -> str:
        if call.kind == CheckpointKind.BPV:
            return label(CheckpointKind.BPV)
        return translate("CheckpointsPage", "{months} months").format(months=call.months_after_start)

    # -- answering ----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            for key, answer in ANSWER_KEYS:
                if event.text() == key and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier,
                    Qt.KeyboardModifier.KeypadModifier,
                ):
                    self.answer(answer)
                    return True
        return super().eventFilter(watched, event)

    def answer(self, answer: CheckpointAnswer) -> None:
        row = self.current()
        if row is None:
            return
        try:
            on = parse_date(self.answered_on.text()) or self.services.clock.today()
        except DateParseError:
            self.show_problem(
                translate("CheckpointsPage", "'{text}' is not a date; type it as 20-11-2026.").format(
                    text=self.answered_on.text()
                )
            )
            return
        young = f"{row.young_code} {row.young_initials}"
        try:
            result = self.services.followup.answer(
                row.id, row.version, answer, self.note.toPlainText(), answered_on=on
            )
        except UserError as exc:
            self.show_problem(user_message(exc))
            self.reload()
            return
        self.note.clear()
        self.message.setText(
            translate("CheckpointsPage", "{young}: {answer}.").format(young=young, answer=label(answer))
        )
        self.answered.emit(row.id)
        if result.offer_agenda:
            self._offer_agenda(result.young_person_id, young)
        self.reload()

    def _offer_agenda(self, young_person_id: int, young: str) -> None:
        told = offer_next_agenda(
            self.services, young_person_id, young, ask=self.ask_agenda, show_problem=self.show_problem
        )
        if told:
            self.message.setText(self.message.text() + " " + told)

    # -- questions, through the injected prompts -------------------------------------------------------

    def ask_agenda(self, young: str, when: str) -> bool:
        return self.prompts.confirm(
            self,
            translate("CheckpointsPage", "Back to the table?"),
            translate("CheckpointsPage", "Put {young} on the agenda of the next session ({date})?").format(
                young=young, date=when
            ),
        )

    def show_problem(self, message: str) -> None:
        self.prompts.warn(self, translate("CheckpointsPage", "Not possible"), message)
