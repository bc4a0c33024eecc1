"""The suggestions pane beside young people and vacancies, proposing, and the weights in settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from matchtafel.demo.region import generate_demo
from matchtafel.services import Services
from matchtafel.settings import Settings
from matchtafel.storage.db import Database
from matchtafel.ui.sections.registers import build_register_pages
from matchtafel.ui.sections.registers.register_page import RegisterPage
from matchtafel.ui.sections.run.suggestions_pane import SuggestionsPane
from matchtafel.ui.settings_dialog import SettingsDialog
from matchtafel.ui.weights import MatchWeights
from tests.ui.register_helpers import load


@pytest.fixture
def demo(db: Database, services: Services) -> Services:
    generate_demo(db.sessions, size="small", seed=21, clock=services.clock)
    return services


def page_with_pane(
    services: Services, key: str, qtbot: QtBot, weights: MatchWeights
) -> tuple[RegisterPage, SuggestionsPane]:
    page = build_register_pages(services, [], weights)[key]
    assert isinstance(page, RegisterPage)
    qtbot.addWidget(page)
    load(page, qtbot)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    pane = page.side_panel
    assert isinstance(pane, SuggestionsPane)
    return page, pane


def wait_ranked(pane: SuggestionsPane, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: pane.status.text() not in ("", "Ranking…"), timeout=10_000)


def test_the_pane_follows_the_selected_young_person_and_explains(
    demo: Services, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page, pane = page_with_pane(demo, "young_people", qtbot, MatchWeights())
    page.focus_table()
    wait_ranked(pane, qtbot)
    assert pane.model.rowCount() > 0
    qtmodeltester.check(pane.model)
    scores = [pane.model.row_at(pane.model.index(i, 0)).match.score for i in range(pane.model.rowCount())]
    assert scores == sorted(scores, reverse=True)
    assert pane.breakdown.count() == 7
    assert pane.breakdown.item(0).text().startswith("Level: ")
    first_person = page.current_row().id
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_row().id != first_person
    wait_ranked(pane, qtbot)


def test_propose_from_the_pane_with_ctrl_p(demo: Services, qtbot: QtBot) -> None:
    page, pane = page_with_pane(demo, "young_people", qtbot, MatchWeights())
    page.focus_table()
    wait_ranked(pane, qtbot)
    young = page.current_row()
    chosen = pane.current()
    with qtbot.waitSignal(pane.proposed) as blocker:
        qtbot.keyClick(pane.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [young.id, chosen.vacancy_id]
    assert any(p.vacancy_title == chosen.title for p in demo.history.of_young_person(young.id).proposals)
    pane.propose_current()  # twice: the service refuses, the pane says why
    assert pane.status.text() == "This young person is already proposed for this vacancy."


def test_beside_a_vacancy_the_pane_lists_young_people_by_code(demo: Services, qtbot: QtBot) -> None:
    page, pane = page_with_pane(demo, "vacancies", qtbot, MatchWeights())
    page.select(lambda row: row.status.value == "open")
    wait_ranked(pane, qtbot)
    codes = [pane.model.index(i, 1).data() for i in range(pane.model.rowCount())]
    assert codes and all(code.startswith("J-") for code in codes)


def test_changing_a_weight_reranks_live_and_cancel_puts_it_back(demo: Services, qtbot: QtBot) -> None:
    weights = MatchWeights()
    page, pane = page_with_pane(demo, "young_people", qtbot, weights)
    page.focus_table()
    wait_ranked(pane, qtbot)
    before = [pane.model.row_at(pane.model.index(i, 0)).match.score for i in range(pane.model.rowCount())]
    dialog = SettingsDialog(settings=Settings(user_name="Anna"), weights=weights)
    qtbot.addWidget(dialog)
    for key in ("level", "field", "hours", "start", "coaching", "kind"):
        dialog.spins[key].setValue(0)
    wait_ranked(pane, qtbot)
    qtbot.waitUntil(
        lambda: (
            [pane.model.row_at(pane.model.index(i, 0)).match.score for i in range(pane.model.rowCount())]
            != before
        ),
        timeout=10_000,
    )
    assert weights.values()["travel"] == 1.0 and weights.values()["level"] == 0
    dialog.reject()
    assert weights.values() == MatchWeights().values()


def test_settings_dialog_returns_the_new_settings(qtbot: QtBot) -> None:
    weights = MatchWeights({"travel": 2.0})
    dialog = SettingsDialog(settings=Settings(user_name="Anna", user_organisation="WSP"), weights=weights)
    qtbot.addWidget(dialog)
    assert dialog.spins["travel"].value() == 2.0
    dialog.spins["level"].setValue(3)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.organisation_edit.setText("UWV")
    result = dialog.result_settings()
    assert (result.user_name, result.user_organisation, result.language) == ("Anna", "UWV", "nl")
    assert result.matching_weights["level"] == 3 and result.matching_weights["travel"] == 2.0
    assert all(spin.accessibleName() for spin in dialog.spins.values())


def test_settings_dialog_sets_when_the_nazorg_calls_fall(qtbot: QtBot) -> None:
    dialog = SettingsDialog(settings=Settings(user_name="Anna"), weights=MatchWeights())
    qtbot.addWidget(dialog)
    assert dialog.nazorg_edit.text() == "3, 6, 12"
    dialog.nazorg_edit.setText("1; 24 6")
    assert dialog.result_settings().nazorg_months == (1, 6, 24)
    for wrong in ("drie", "0, 6", "", "61"):
        dialog.nazorg_edit.setText(wrong)
        dialog.accept()
        assert (
            dialog.result() != dialog.DialogCode.Accepted
            and "whole months from 1 to 60" in dialog.problem.text()
        )
    dialog.nazorg_edit.setText("2, 4")
    dialog.retention.setValue(36)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.result_settings().nazorg_months == (2, 4)
    assert dialog.result_settings().retention_months == 36


def test_settings_dialog_sets_the_shared_server_without_storing_its_password(qtbot: QtBot) -> None:
    dialog = SettingsDialog(settings=Settings(user_name="Anna"), weights=MatchWeights())
    qtbot.addWidget(dialog)
    server = dialog.server
    assert not server.host.isEnabled()
    server.use_server.setChecked(True)
    assert server.host.isEnabled()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "host and your login" in dialog.problem.text()
    server.host.setText("db.regio.example")
    server.user.setText("anna_wit")
    server.sslmode.setCurrentIndex(server.sslmode.findData("verify-full"))
    dialog.accept()
    assert "CA certificate" in dialog.problem.text()
    server.ca_file.setText("/etc/ssl/regio.pem")
    server.password.setText("geheim")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    result = dialog.result_settings()
    assert (result.use_server, result.server_host, result.server_user, result.server_sslmode) == (
        True,
        "db.regio.example",
        "anna_wit",
        "verify-full",
    )
    assert dialog.server_password() == "geheim" and "geheim" not in repr(result)
