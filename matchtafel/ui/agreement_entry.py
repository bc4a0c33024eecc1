"""The one-line agreement of run mode: what, who (a few letters: attendees first, then everyone), by when.

Enter in any of the three fields saves it; the deadline takes 12-12, 12 dec, vr, +2w and "volgende sessie".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from matchtafel.clock import Clock
from matchtafel.dates import DateParseError
from matchtafel.deadline import NoNextSession, parse_deadline
from matchtafel.errors import SaveHeld, UserError
from matchtafel.textfold import fold
from matchtafel.ui.i18n import translate, user_message

# save(action, owner id, deadline) writes the agreement; it raises UserError when that cannot be done
SaveAgreement = Callable[[str, int | None, date | None], None]


class DeadlineProblem(Exception):
    """What to tell the person about a deadline that names no day (the sentence, translated)."""


def read_deadline(
    text: str, next_session: date | None, *, today: date, required: bool = False
) -> date | None:
    """A typed deadline (empty is none, unless one is required); raises DeadlineProblem with the sentence
    to show."""
    try:
        day = parse_deadline(text, today=today, next_session=next_session)
        if day is None and required:
            raise DateParseError(text)
        return day
    except NoNextSession as exc:
        raise DeadlineProblem(
            translate("RunSession", "No next session is planned yet; give a date.")
        ) from exc
    except DateParseError as exc:
        raise DeadlineProblem(
            translate("RunSession", "'{text}' is not a deadline; try 12-12, 12 dec, vr or +2w.").format(
                text=text
            )
        ) from exc


class AgreementEntry(QWidget):
    def __init__(self, *, save: SaveAgreement, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._clock = clock
        self.people: list[tuple[int, str, bool]] = []
        self.next_session: date | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        entry = QHBoxLayout()
        self.action = QLineEdit()
        self.action.setPlaceholderText(
            translate("RunSession", "New agreement: what will be done (Ctrl+Return)")
        )
        self.action.setAccessibleName(translate("RunSession", "Agreement"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(translate("RunSession", "who"))
        self.owner.setAccessibleName(translate("RunSession", "Owner"))
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText(translate("RunSession", "by when: 12-12, vr, +2w, vs"))
        self.deadline.setAccessibleName(translate("RunSession", "Deadline"))
        for widget, stretch in ((self.action, 4), (self.owner, 2), (self.deadline, 1)):
            entry.addWidget(widget, stretch)
            widget.returnPressed.connect(self.submit)
        column.addLayout(entry)
        self.status = QLabel()
        self.status.setAccessibleName(translate("RunSession", "Agreement status"))
        column.addWidget(self.status)

    def set_people(self, people: list[tuple[int, str, bool]], next_session: date | None) -> None:
        self.people, self.next_session = people, next_session
        completer = QCompleter(QStringListModel([name for _, name, _ in people], self.owner), self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)

    def owner_id(self, typed: str) -> int | None:
        """The person meant by a few letters: attendees first, then everyone."""
        wanted = fold(typed.strip())
        if not wanted:
            return None
        for person_id, name, _ in self.people:
            if fold(name) == wanted or fold(name).startswith(wanted):
                return person_id
        for person_id, name, _ in self.people:
            if wanted in fold(name):
                return person_id
        return None

    def submit(self) -> None:
        if not self.action.text().strip():
            self.action.setFocus()
            return
        owner = self.owner_id(self.owner.text())
        if self.owner.text().strip() and owner is None:
            self._problem(
                self.owner,
                translate("RunSession", "Nobody called '{name}'; type a few letters of a name.").format(
                    name=self.owner.text()
                ),
            )
            return
        try:
            deadline = read_deadline(self.deadline.text(), self.next_session, today=self._clock.today())
        except DeadlineProblem as problem:
            self._problem(self.deadline, str(problem))
            return
        saved = translate("RunSession", "Agreement saved.")
        try:
            self._save(self.action.text(), owner, deadline)
        except SaveHeld as held:  # kept on this computer and shown as unsent: typing it again would double it
            saved = user_message(held)
        except UserError as exc:
            self.status.setText(user_message(exc))  # the typed text stays in the fields
            return
        for field in (self.action, self.owner, self.deadline):
            field.clear()
        self.status.setText(saved)
        self.action.setFocus()

    def _problem(self, field: QLineEdit, text: str) -> None:
        self.status.setText(text)
        field.setFocus()
