"""School leavers' contact moments due and overdue, grouped by who makes the contact, answered with one key.

Keys on the list: 1 working, 2 learning, 3 looking for work, 4 no contact; the note and, for someone working,
the three questions about the job (contract, level, field) typed beside it go with the answer. A worrying
answer offers to put the young person on the next session's agenda.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
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
from matchtafel.domain.vocabulary import LeaverStatus
from matchtafel.services import Services
from matchtafel.services.leavers import MomentAnswer, MomentRow
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.run.agenda_offer import offer_next_agenda
from matchtafel.ui.widgets.grouped_tree import GroupedTree
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.worker import run_in_background

STATUS_KEYS: tuple[tuple[str, LeaverStatus], ...] = (
    ("1", LeaverStatus.WORKING),
    ("2", LeaverStatus.LEARNING),
    ("3", LeaverStatus.LOOKING),
    ("4", LeaverStatus.NO_CONTACT),
)


class ContactMomentsPage(QWidget):
    """Signals: ``loaded(int)`` with the number of moments shown; ``answered(int)`` with the moment's id."""

    loaded = Signal(int)
    answered = Signal(int)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, prompts: Prompts | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts or Prompts()
        self.today = services.clock.today()
        self.setAccessibleName(translate("ContactMomentsPage", "Contact moments"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.days_ahead = QSpinBox()
        self.days_ahead.setRange(0, 90)
        self.days_ahead.setValue(7)
        self.days_ahead.setAccessibleName(translate("ContactMomentsPage", "Days ahead"))
        self.days_ahead.setSuffix(translate("ContactMomentsPage", " days ahead"))
        self.days_ahead.valueChanged.connect(lambda _value: self.reload())
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("ContactMomentsPage", "Number of contact moments"))
        top.addWidget(
            QLabel(translate("ContactMomentsPage", "School leavers to contact, overdue and due within"))
        )
        top.addWidget(self.days_ahead)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.tree = GroupedTree(
            [
                translate("ContactMomentsPage", "Young person"),
                translate("ContactMomentsPage", "Left school"),
                translate("ContactMomentsPage", "Moment"),
                translate("ContactMomentsPage", "Due"),
            ]
        )
        self.tree.setAccessibleName(translate("ContactMomentsPage", "Contact moments by who makes them"))
        self.tree.setColumnWidth(0, 200)
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
        self.heading = QLabel(translate("ContactMomentsPage", "Choose a contact moment in the list."))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.answered_on = QLineEdit(format_date(self.today))
        self.answered_on.setAccessibleName(translate("ContactMomentsPage", "Date of the contact"))
        form.addRow(translate("ContactMomentsPage", "Contact &made on:"), self.answered_on)
        self.contract = self._question(
            translate("ContactMomentsPage", "Contract"),
            translate("ContactMomentsPage", "Permanent"),
            translate("ContactMomentsPage", "Temporary"),
        )
        form.addRow(translate("ContactMomentsPage", "If working, &contract:"), self.contract)
        self.level = self._question(
            translate("ContactMomentsPage", "Level of the job"),
            translate("ContactMomentsPage", "At level"),
            translate("ContactMomentsPage", "Below level"),
        )
        form.addRow(translate("ContactMomentsPage", "&Level:"), self.level)
        self.field = self._question(
            translate("ContactMomentsPage", "Field of the job"),
            translate("ContactMomentsPage", "In the field of training"),
            translate("ContactMomentsPage", "Outside the field"),
        )
        form.addRow(translate("ContactMomentsPage", "&Field:"), self.field)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.note.setPlaceholderText(
            translate("ContactMomentsPage", "What was said, briefly; no health details")
        )
        self.note.setAccessibleName(translate("ContactMomentsPage", "Note"))
        form.addRow(translate("ContactMomentsPage", "No&te:"), self.note)
        layout.addLayout(form)
        grid = QGridLayout()
        self.status_buttons: dict[LeaverStatus, QPushButton] = {}
        for number, (key, status) in enumerate(STATUS_KEYS):
            button = QPushButton(f"{key}  {label(status)}")
            button.setAccessibleName(label(status))
            button.setToolTip(translate("ContactMomentsPage", "Key {key} in the list").format(key=key))
            button.clicked.connect(lambda _checked=False, s=status: self.answer(s))
            grid.addWidget(button, number // 2, number % 2)
            self.status_buttons[status] = button
        layout.addLayout(grid)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("ContactMomentsPage", "What happened"))
        layout.addWidget(self.message)
        layout.addStretch(1)
        return box

    @staticmethod
    def _question(name: str, good: str, weak: str) -> QComboBox:
        """Not known / the good answer / the weak one: ``currentData`` is None, False or True for "weak"."""
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(translate("ContactMomentsPage", "not known"), None)
        box.addItem(good, False)
        box.addItem(weak, True)
        return box

    # -- loading ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        today, ahead = self.services.clock.today(), self.days_ahead.value()
        run_in_background(
            lambda: self.services.leavers.moments(today, days_ahead=ahead),
            self._loaded,
            lambda error: self.show_problem(user_message(error)),
            owner=self,
        )

    def _loaded(self, rows: list[MomentRow]) -> None:
        self.today = self.services.clock.today()
        self.tree.clear_groups()
        groups: dict[tuple[str, str], list[MomentRow]] = defaultdict(list)
        for row in rows:
            groups[(row.caller_name, row.caller_organisation)].append(row)
        overdue_word = translate("ContactMomentsPage", "overdue")
        for (name, organisation), moments in sorted(
            groups.items(), key=lambda g: (not g[0][0], g[0][0].casefold())
        ):
            who = (
                f"{name} ({organisation})"
                if organisation
                else name or translate("ContactMomentsPage", "Nobody assigned")
            )
            lines = [
                (
                    [
                        f"{m.young_code} {m.young_initials}",
                        format_date(m.left_on),
                        translate("ContactMomentsPage", "{months} months").format(
                            months=m.months_after_leaving
                        ),
                        format_date(m.due_on) + ("  " + overdue_word if m.overdue(self.today) else ""),
                    ],
                    m,
                    m.overdue(self.today),
                )
                for m in moments
            ]
            overdue = sum(1 for m in moments if m.overdue(self.today))
            self.tree.add_group(f"{who}: {self._counted(len(moments), overdue)}", lines)
        self.summary.setText(self._counted(len(rows), sum(1 for r in rows if r.overdue(self.today))))
        self.tree.select_first_row()
        self._show_current()
        self.loaded.emit(len(rows))

    def _counted(self, moments: int, overdue: int) -> str:
        return translate("ContactMomentsPage", "{moments}, {overdue} overdue").format(
            moments=self.tr("%n contact moments", "", moments), overdue=overdue
        )

    def current(self) -> MomentRow | None:
        row = self.tree.current_value()
        return row if isinstance(row, MomentRow) else None

    def _show_current(self) -> None:
        row = self.current()
        for button in self.status_buttons.values():
            button.setEnabled(row is not None)
        if row is None:
            self.heading.setText(translate("ContactMomentsPage", "Choose a contact moment in the list."))
            return
        self.heading.setText(
            translate(
                "ContactMomentsPage", "{young}: contact {months} months after leaving school on {left}."
            ).format(
                young=f"{row.young_code} {row.young_initials}",
                months=row.months_after_leaving,
                left=format_date(row.left_on),
            )
        )

    # -- answering ----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            for key, status in STATUS_KEYS:
                if event.text() == key and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier,
                    Qt.KeyboardModifier.KeypadModifier,
                ):
                    self.answer(status)
                    return True
        return super().eventFilter(watched, event)

    def answer(self, status: LeaverStatus) -> None:
        row = self.current()
        if row is None:
            return
        try:
            on = parse_date(self.answered_on.text()) or self.services.clock.today()
        except DateParseError:
            self.show_problem(
                translate("ContactMomentsPage", "'{text}' is not a date; type it as 20-11-2026.").format(
                    text=self.answered_on.text()
                )
            )
            return
        permanent = self.contract.currentData()
        given = MomentAnswer(
            status,
            job_permanent=None if permanent is None else not permanent,
            job_below_level=self.level.currentData(),
            job_outside_field=self.field.currentData(),
            note=self.note.toPlainText(),
            answered_on=on,
        )
        young = f"{row.young_code} {row.young_initials}"
        try:
            result = self.services.leavers.answer(row.id, row.version, given)
        except UserError as exc:
            self.show_problem(user_message(exc))
            self.reload()
            return
        self.note.clear()
        for question in (self.contract, self.level, self.field):
            question.setCurrentIndex(0)
        self.message.setText(
            translate("ContactMomentsPage", "{young}: {status}.").format(young=young, status=label(status))
        )
        self.answered.emit(row.id)
        if result.worrying:
            told = offer_next_agenda(
                self.services,
                result.young_person_id,
                young,
                ask=self.ask_agenda,
                show_problem=self.show_problem,
            )
            if told:
                self.message.setText(self.message.text() + " " + told)
        self.reload()

    # -- questions, through the injected prompts -------------------------------------------------------

    def ask_agenda(self, young: str, when: str) -> bool:
        return self.prompts.confirm(
            self,
            translate("ContactMomentsPage", "Back to the table?"),
            translate(
                "ContactMomentsPage",
                "A worrying answer. Put {young} on the agenda of the next session ({date})?",
            ).format(young=young, date=when),
        )

    def show_problem(self, message: str) -> None:
        self.prompts.warn(self, translate("ContactMomentsPage", "Not possible"), message)
