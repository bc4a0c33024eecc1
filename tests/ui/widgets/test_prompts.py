"""The prompts object: the real dialogs answer what the person clicks, the fake answers every question the
real one can ask, and no production code keeps a method for tests to replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import matchtafel
from matchtafel.ui.widgets.prompts import Option, Prompts, with_suffix
from tests.ui.prompts import PROMPT_METHODS, Asked, FakePrompts

PACKAGE = Path(matchtafel.__file__).parent


def test_no_hook_for_tests_is_left_in_the_package() -> None:
    """Screens receive a prompts object; none keeps a method documented as one that tests replace."""
    hook = re.compile(r"tests? replaces? (this|it)|what tests replace|tests replace this", re.IGNORECASE)
    found = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if hook.search(line)
    ]
    assert found == []


def test_the_fake_answers_every_question_the_real_prompts_can_ask() -> None:
    assert set(PROMPT_METHODS) >= {"confirm", "go_ahead", "choose", "save_path", "run", "open_document"}
    assert [name for name in PROMPT_METHODS if name not in vars(FakePrompts)] == []


def test_the_fake_records_the_question_and_refuses_one_nobody_expected() -> None:
    prompts = FakePrompts().answer("confirm", True)
    assert prompts.confirm(None, "Erase", "Really erase J-1?")
    assert prompts.asked == [Asked("confirm", "Erase", "Really erase J-1?")]
    with pytest.raises(AssertionError, match=r"an unexpected question \(confirm\): 'Erase': 'Again\?'"):
        prompts.confirm(None, "Erase", "Again?")


def test_a_missing_suffix_is_added_and_a_present_one_kept() -> None:
    assert with_suffix(Path("/tmp/lijst"), ".pdf") == Path("/tmp/lijst.pdf")
    assert with_suffix(Path("/tmp/lijst.PDF"), ".pdf") == Path("/tmp/lijst.PDF")
    assert with_suffix(Path("/tmp/lijst.txt"), ".csv") == Path("/tmp/lijst.csv")


def click_in_the_open_box(label: str) -> None:
    """Once the modal box is open, click its button with ``label`` (or close it with Escape: "")."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), "no message box is open"
        if not label:
            box.reject()
            return
        [button] = [b for b in box.buttons() if b.text() == label]
        button.click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(("label", "answer"), [("Save to &file…", "file"), ("&Stay", "stay"), ("", "stay")])
def test_the_real_choice_answers_the_key_of_the_button_clicked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, label: str, answer: str
) -> None:
    monkeypatch.undo()  # the real dialogs, for once (the UI tests' guard refuses them)
    options = [
        Option("file", "Save to &file…", QMessageBox.ButtonRole.AcceptRole),
        Option("stay", "&Stay", QMessageBox.ButtonRole.RejectRole),
    ]
    click_in_the_open_box(label)
    assert Prompts().choose(None, "Not saved", "2 texts", options, default="stay") == answer


@pytest.mark.parametrize(("label", "answer"), [("&Close session", True), ("Cancel", False), ("", False)])
def test_going_ahead_needs_the_action_button(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, label: str, answer: bool
) -> None:
    monkeypatch.undo()
    click_in_the_open_box(label)
    assert Prompts().go_ahead(None, "Close the session?", "3 cases", "&Close session") is answer


def test_a_yes_no_question_can_default_to_no(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    seen: list[QMessageBox.StandardButton] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default = box.defaultButton()
        seen.append(box.standardButton(default))
        default.click()

    QTimer.singleShot(0, press_enter)
    assert not Prompts().confirm(None, "Export with names?", "Names too?", default_no=True)
    assert seen == [QMessageBox.StandardButton.No]
