"""The one-line agreement of run mode: what, who (a few letters: attendees first, then everyone, then the
mentors and coaches), by when.

Enter in any of the three fields saves it; the deadline takes 12-12, 12 dec, vr, +2w and "volgende sessie".
An agreement without a deadline is said ("geen termijn"), never assumed: an empty deadline asks for one.
Letters that fit more than one person open the choice instead of guessing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from matchtafel.clock import Clock
from matchtafel.domain.dates import DateParseError
from matchtafel.domain.deadline import NoNextSession, parse_deadline
from matchtafel.domain.errors import SaveHeld, UserError
from matchtafel.domain.text_fold import fold
from matchtafel.domain.vocabulary import SupporterKind
from matchtafel.services.validation import AGREEMENT_LIMIT
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.widgets.elided_label import ElidedLabel
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.pick_dialog import PickOption
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.text_limit import LengthCount


@dataclass(frozen=True)
class Owner:
    """Who owns an agreement: a person at the table or a supporter (mentor, coach)."""

    person_id: int | None = None
    supporter_id: int | None = None


# save(action, owner, deadline) writes the agreement and may say how (an amendment); it raises UserError
# when that cannot be done
SaveAgreement = Callable[[str, Owner | None, date | None], str | None]
Person = tuple[int, str, bool]  # id, "name (organisation)", invited to this session
K = TypeVar("K")


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


def matching_people(people: list[tuple[K, str, bool]], typed: str) -> list[tuple[K, str, bool]]:
    """Who a few typed letters may mean: a whole name, else everyone whose name has words that start with
    the typed words (attendees first: only when none of them fits, everyone), else names containing it."""
    wanted = fold(typed.strip())
    if not wanted:
        return []
    exact = [p for p in people if fold(p[1]) == wanted or fold(_name(p)) == wanted]
    if exact:
        return exact
    words = wanted.split()

    def fits(person: tuple[K, str, bool]) -> bool:
        name_words = fold(_name(person)).split()
        return all(any(w.startswith(part) for w in name_words) for part in words)

    invited = [p for p in people if p[2] and fits(p)]
    return invited or [p for p in people if fits(p)] or [p for p in people if wanted in fold(p[1])]


def _name(person: tuple[K, str, bool]) -> str:
    return person[1].split(" (", 1)[0]


class AgreementEntry(QWidget):
    def __init__(
        self, *, save: SaveAgreement, clock: Clock, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.prompts = prompts  # "who is meant?" when a typed owner fits more than one person
        self._clock = clock
        self.people: list[Person] = []
        self.supporters: list[tuple[int, str]] = []
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
        self.deadline.setPlaceholderText(translate("RunSession", "by when: vr, +2w, vs, geen"))
        self.deadline.setAccessibleName(translate("RunSession", "Deadline"))
        self.deadline.setToolTip(
            translate(
                "RunSession",
                "12-12, 12 dec, vr (next Friday), +2w, vs (the next session); 'geen termijn' for none",
            )
        )
        for widget, stretch in ((self.action, 5), (self.owner, 2), (self.deadline, 2)):
            widget.setMinimumWidth(60)  # the fields share the width; none pushes the window wider
            entry.addWidget(widget, stretch)
            widget.returnPressed.connect(self.submit)
        column.addLayout(entry)
        self.count = LengthCount(self.action, AGREEMENT_LIMIT)
        column.addWidget(self.count)
        self.status = ElidedLabel()
        self.status.setAccessibleName(translate("RunSession", "Agreement status"))
        column.addWidget(self.status)

    def set_people(
        self,
        people: list[Person],
        next_session: date | None,
        supporters: list[tuple[int, str, str]] | None = None,
    ) -> None:
        """``supporters``: (id, name, SupporterKind value) of the mentors and coaches who may own one too."""
        self.people, self.next_session = people, next_session
        self.supporters = [
            (i, f"{name} ({label(SupporterKind(kind))})") for i, name, kind in supporters or []
        ]
        names = [name for _, name, _ in people] + [name for _, name in self.supporters]
        completer = QCompleter(QStringListModel(names, self.owner), self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)

    def set_editable(self, editable: bool) -> None:
        for field in (self.action, self.owner, self.deadline):
            field.setReadOnly(not editable)

    def _candidates(self) -> list[tuple[Owner, str, bool]]:
        """People at the table and everyone else, then the mentors and coaches (never "at the table")."""
        return [(Owner(person_id=i), name, invited) for i, name, invited in self.people] + [
            (Owner(supporter_id=i), name, False) for i, name in self.supporters
        ]

    def owner_of(self, typed: str) -> Owner | None:
        """Who is meant by a few letters; several fit: the choice opens. None: nobody (or cancelled)."""
        found = matching_people(self._candidates(), typed)
        if len(found) == 1:
            return found[0][0]
        if not found:
            return None
        chosen = self.choose_owner(typed, found)
        if chosen is not None:
            self.owner.setText(next(name for owner, name, _ in found if owner == chosen))
        return chosen

    def choose_owner(self, typed: str, found: list[tuple[Owner, str, bool]]) -> Owner | None:
        value = self.prompts.pick(
            self,
            translate("RunSession", "Who is meant?"),
            translate("RunSession", "'{typed}' fits more than one person; choose (↑↓, Enter):").format(
                typed=typed
            ),
            [PickOption(name, index) for index, (_, name, _) in enumerate(found)],
        )
        return found[int(value)][0] if value is not None else None

    def submit(self) -> None:
        if not self.action.text().strip():
            self.action.setFocus()
            return
        typed = self.owner.text()
        owner = self.owner_of(typed) if typed.strip() else None
        if typed.strip() and owner is None:
            if matching_people(self._candidates(), typed):
                self._problem(self.owner, translate("RunSession", "Choose who is meant, then Enter."))
            else:
                self._problem(
                    self.owner,
                    translate("RunSession", "Nobody called '{name}'; type a few letters of a name.").format(
                        name=typed
                    ),
                )
            return
        if not self.deadline.text().strip():
            self._problem(
                self.deadline,
                translate("RunSession", "By when? Type a deadline, or 'geen termijn' when there is none."),
            )
            return
        try:
            deadline = read_deadline(self.deadline.text(), self.next_session, today=self._clock.today())
        except DeadlineProblem as problem:
            self._problem(self.deadline, str(problem))
            return
        saved = translate("RunSession", "Agreement saved.")
        try:
            saved = self._save(self.action.text(), owner, deadline) or saved  # an amendment says so
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
