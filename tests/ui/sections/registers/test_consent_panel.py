"""Consent under the young person's form: recorded with its rules, withdrawn, shown with its history."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from matchtafel.domain.vocabulary import ConsentGivenBy
from matchtafel.services import Services
from matchtafel.services.young_people import YoungPersonInput
from matchtafel.ui.sections.registers.consent_panel import ConsentDialog, ConsentPanel
from tests.conftest import TODAY
from tests.ui.prompts import FakePrompts

GIVEN = TODAY - timedelta(days=30)


def test_consent_is_recorded_refused_when_wrong_and_withdrawn(qtbot: QtBot, services: Services) -> None:
    young = services.young_people.create(
        YoungPersonInput(given_name="Noor", family_name="Smit", birth_year=GIVEN.year - 14)
    ).id
    prompts = FakePrompts()
    panel = ConsentPanel(services, young, prompts=prompts)
    qtbot.addWidget(panel)
    assert "No consent in force" in panel.current.text() and not panel.withdraw_button.isEnabled()
    answers = iter(["young person", "parent"])

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ConsentDialog)
        problems.append(dialog.problem.text())
        who = next(answers, None)
        if who is None:
            return False  # the person gives up
        dialog.given_on.setText(f"{GIVEN:%d-%m-%Y}")
        dialog.given_by.setCurrentIndex(
            dialog.given_by.findData(
                ConsentGivenBy.YOUNG_PERSON if who == "young person" else ConsentGivenBy.PARENT
            )
        )
        dialog.share_wsp.setChecked(True)
        return True

    problems: list[str] = []
    prompts.always("run", fill)
    panel.record_button.click()
    # 14: the young person may not consent; the dialog stayed open with the reason, then a parent did.
    assert problems[1] == "Below 16 a parent gives the consent, not the young person."
    consent = services.consent.in_force(young)
    assert consent is not None and consent.given_by == ConsentGivenBy.PARENT and consent.scope_share_wsp
    assert panel.current.text() == f"In force since {GIVEN:%d-%m-%Y}, given by a parent, for: table, WSP/UWV."
    assert panel.history.count() == 1 and panel.withdraw_button.isEnabled()
    prompts.answer("confirm", True)
    panel.withdraw_button.click()
    assert prompts.asked[-1].title == "Withdraw consent"
    assert prompts.texts("confirm") == [
        "Withdraw the consent from today? The young person is then shown by code and initials only."
    ]
    assert services.consent.in_force(young) is None
    assert "No consent in force" in panel.current.text() and "withdrawn" in panel.history.item(0).text()
