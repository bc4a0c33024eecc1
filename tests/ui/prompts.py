"""FakePrompts: the test double screens receive instead of the real dialogs (``prompts=FakePrompts()``).

Answers are queued per kind of question (``fake.answer("confirm", True, False)``) or given for every time
(``fake.always("run", fill)``); a question nobody prepared an answer for fails the test, naming it. Every
question is recorded in ``asked`` (kind, title, text) so a test can assert what the person was asked.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from matchtafel.ui.widgets.conflict_dialog import ConflictChoice
from matchtafel.ui.widgets.pick_dialog import PickOption
from matchtafel.ui.widgets.prompts import Option, Prompts


@dataclass(frozen=True)
class Asked:
    kind: str
    title: str
    text: str
    options: tuple[str, ...] = ()  # what could be answered (choose: the buttons' keys; item: the list)


class FakePrompts(Prompts):
    """Answers: confirm, discard, go_ahead -> bool; choose -> an option's key; text/item -> str or None (item: also a function
    of the options); save_path -> Path or None (also a function of the suggested path); open_path, folder -> Path or None; run -> a function given the dialog that fills it
    and returns whether it was accepted; resolve_conflict -> a ConflictChoice; pick -> an option's value (or a function of the options). Where noted, an answer may be
    a function (of the options, of the suggested path, of the dialog). warn, inform and
    open_document need no answer: they are recorded (``asked``, ``opened``)."""

    def __init__(self) -> None:
        self.asked: list[Asked] = []
        self.opened: list[Path] = []
        self.dialogs: list[QDialog] = []
        self._queued: defaultdict[str, deque[Any]] = defaultdict(deque)
        self._always: dict[str, Any] = {}

    def answer(self, kind: str, *answers: Any) -> FakePrompts:
        self._queued[kind].extend(answers)
        return self

    def always(self, kind: str, answer: Any) -> FakePrompts:
        self._always[kind] = answer
        return self

    def texts(self, kind: str) -> list[str]:
        """The texts of the questions of one kind, in the order asked."""
        return [a.text for a in self.asked if a.kind == kind]

    def offered(self, kind: str = "choose") -> list[tuple[str, ...]]:
        """The options of each question of one kind, in the order asked."""
        return [a.options for a in self.asked if a.kind == kind]

    def _next(self, kind: str, title: str, text: str, options: Sequence[str] = ()) -> Any:
        self.asked.append(Asked(kind, title, text, tuple(options)))
        if self._queued[kind]:
            return self._queued[kind].popleft()
        if kind in self._always:
            return self._always[kind]
        raise AssertionError(f"an unexpected question ({kind}): {title!r}: {text!r}")

    def confirm(self, parent: QWidget | None, title: str, text: str, *, default_no: bool = False) -> bool:
        return bool(self._next("confirm", title, text))

    def discard(self, parent: QWidget | None, title: str, text: str) -> bool:
        return bool(self._next("discard", title, text))

    def go_ahead(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        return bool(self._next("go_ahead", title, text))

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: Sequence[Option], *, default: str
    ) -> str:
        chosen = self._next("choose", title, text, [o.key for o in options])
        assert chosen in {o.key for o in options}, f"{chosen!r} is not offered: {options}"
        return str(chosen)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(Asked("warn", title, text))

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(Asked("inform", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(Asked("error", title, text))

    def text(self, parent: QWidget | None, title: str, label: str, *, secret: bool = False) -> str | None:
        answer: str | None = self._next("text", title, label)
        return answer

    def item(self, parent: QWidget | None, title: str, label: str, options: Sequence[str]) -> str | None:
        answer = self._next("item", title, label, options)
        chosen: str | None = answer(list(options)) if callable(answer) else answer
        assert chosen is None or chosen in options, f"{chosen!r} is not offered: {options}"
        return chosen

    def save_path(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        answer = self._next("save_path", title, suggested)
        chosen: Path | None = answer(Path(suggested)) if callable(answer) else answer
        return chosen

    def open_path(self, parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
        answer: Path | None = self._next("open_path", title, folder)
        return answer

    def folder(self, parent: QWidget | None, title: str, start: str) -> Path | None:
        answer: Path | None = self._next("folder", title, start)
        return answer

    def run(self, dialog: QDialog) -> bool:
        self.dialogs.append(dialog)
        fill: Callable[[Any], bool | None] = self._next("run", dialog.windowTitle(), type(dialog).__name__)
        return bool(fill(dialog))

    def pick(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        options: Sequence[PickOption],
        *,
        typed: str = "",
    ) -> Any:
        answer = self._next("pick", title, prompt, [o.text for o in options])
        return answer(list(options)) if callable(answer) else answer

    def resolve_conflict(
        self, parent: QWidget | None, differences: list[tuple[str, str, str]], saved_by: str
    ) -> ConflictChoice:
        answer = self._next("resolve_conflict", saved_by, repr(differences))
        choice: ConflictChoice = answer(differences, saved_by) if callable(answer) else answer
        return choice

    def open_document(self, path: Path) -> None:
        self.opened.append(path)


def refuse_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A screen built without ``FakePrompts`` would open a real modal dialog and hang the run: make each
    real question fail the test instead, naming it (``FakePrompts`` overrides every one, so it is unaffected)."""

    def refuse(name: str) -> Callable[..., Any]:
        def real_dialog(self: Prompts, *args: Any, **kwargs: Any) -> Any:
            raise AssertionError(f"a real dialog ({name}) in a test: give the screen prompts=FakePrompts()")

        return real_dialog

    for name in PROMPT_METHODS:
        monkeypatch.setattr(Prompts, name, refuse(name))

    def refuse_box(name: str) -> Callable[..., Any]:
        def real_box(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError(f"a real message box (QMessageBox.{name}) in a test: patch it or give prompts")

        return real_box

    for name in ("warning", "critical", "information", "question"):  # error displays outside the prompts
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse_box(name)))


PROMPT_METHODS = tuple(name for name in vars(Prompts) if not name.startswith("_"))
