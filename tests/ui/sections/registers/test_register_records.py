"""A register's records, driven as a person would: create, check, open, close, throw away, archive, conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from matchtafel.demo.region import generate_demo
from matchtafel.services import Actor, Services
from matchtafel.services.employers import EmployerInput
from matchtafel.storage.db import Database
from matchtafel.ui.widgets.conflict_dialog import ConflictChoice
from matchtafel.ui.widgets.record_form import RecordForm
from tests.ui.keys import type_text
from tests.ui.prompts import FakePrompts
from tests.ui.register_helpers import drive_form, page_for, save_and_wait, shown_rows


@pytest.fixture
def demo(db: Database, services: Services) -> Services:
    generate_demo(db.sessions, size="small", seed=8, clock=services.clock)
    return services


def test_create_with_ctrl_n_and_save_with_ctrl_s(services: Services, qtbot: QtBot) -> None:
    page = page_for(services, "employers", qtbot)

    def fill(form: RecordForm) -> None:
        type_text(form.editors["name"].widget, "Hoveniersbedrijf Ĳzerman")
        qtbot.keyClicks(form.editors["contact_email"].widget, "info@ijzerman.nl")
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    drive_form(page, qtbot, fill)
    with qtbot.waitSignal(page.rows_loaded):
        qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shown_rows(page) == ["Hoveniersbedrijf Ĳzerman"]
    assert page.current_row().contact_email == "info@ijzerman.nl"


def test_validation_messages_stand_under_their_fields_and_nothing_is_saved(
    demo: Services, qtbot: QtBot
) -> None:
    page = page_for(demo, "vacancies", qtbot)
    before = page.model.total
    forms = drive_form(page, qtbot, lambda form: None)
    page.create_new()
    form = forms[0]
    qtbot.keyClicks(form.editors["title"].widget, "Leerling hovenier")
    qtbot.keyClicks(form.editors["hours_min"].widget, "32")
    qtbot.keyClicks(form.editors["hours_max"].widget, "16")
    qtbot.keyClicks(form.editors["crebo_codes"].widget, "2518")
    qtbot.keyClicks(form.editors["open_until"].widget, "31-02-2027")
    assert not save_and_wait(form, qtbot)
    assert form.visible_errors() == {
        "open_until": "Write a date like 20-11-2026.",
        "employer_id": "Fill this in.",
    }
    form.editors["open_until"].widget.clear()
    combo = form.editors["employer_id"].widget
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)
    assert not save_and_wait(form, qtbot)
    assert form.visible_errors() == {
        "crebo_codes": "A crebo code has exactly 5 digits, e.g. 25180.",
        "hours_min": "The minimum hours (32) exceed the maximum (16).",
    }
    assert form.isVisible()
    assert len(demo.vacancies.rows(include_archived=True)) == before


def test_enter_opens_and_closing_the_window_saves_the_change(demo: Services, qtbot: QtBot) -> None:
    page = page_for(demo, "employers", qtbot)
    page.focus_table()
    first = page.current_row()
    forms = drive_form(page, qtbot, lambda form: None)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert forms and forms[0].row == first
    form = forms[0]
    place = form.editors["place"].widget
    place.selectAll()
    qtbot.keyClicks(place, "Vorden")
    form.close()  # leaving the form saves (through the operation runner), then closes it
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    assert demo.employers.get(first.id).place == "Vorden"


def test_escape_asks_before_throwing_away_typed_text(
    demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:

    page = page_for(demo, "employers", qtbot)
    page.focus_table()
    forms = drive_form(page, qtbot, lambda form: None)
    page.open_current()
    form = forms[0]
    qtbot.keyClicks(form.editors["sector"].widget, "x")
    assert isinstance(page.prompts, FakePrompts)
    page.prompts.answer("discard", False)  # Cancel
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()
    page.prompts.answer("discard", True)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert page.prompts.texts("discard") == ["You changed this record. Leave without saving?"] * 2
    assert demo.employers.get(page.current_row().id).sector == page.current_row().sector


def test_archive_and_restore_with_the_keyboard(demo: Services, qtbot: QtBot) -> None:
    page = page_for(demo, "employers", qtbot)
    page.focus_table()
    target = page.current_row()
    with qtbot.waitSignal(page.rows_loaded):
        qtbot.keyClick(
            page, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert target.id not in [r.id for r in page.model.visible_rows()]
    with qtbot.waitSignal(page.rows_loaded):
        page.show_archived.setChecked(True)
    assert page.select(lambda r: r.id == target.id)
    assert page.archive_button.text() == "&Restore"
    assert page.model.index(page.table.currentIndex().row(), 0).data(Qt.ItemDataRole.FontRole).italic()
    with qtbot.waitSignal(page.rows_loaded):
        page.toggle_archived()
    assert not demo.employers.get(target.id).archived


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_a_conflict_shows_both_versions_and_keeps_the_typed_text(
    db: Database, demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice
) -> None:
    page = page_for(demo, "employers", qtbot)
    page.focus_table()
    row = next(r for r in page.model.visible_rows() if demo.consent.in_force(r.id))
    page.select(lambda r: r.id == row.id)
    forms = drive_form(page, qtbot, lambda form: None)
    page.open_current()
    form = forms[0]
    place = form.editors["place"].widget
    place.selectAll()
    qtbot.keyClicks(place, "Lochem")
    colleague = Services.create(db.sessions, Actor("Karim", "WSP"), clock=demo.clock)
    fields = {name: getattr(row, name) for name in EmployerInput.__dataclass_fields__}
    colleague.employers.change(row.id, row.version, EmployerInput(**{**fields, "place": "Ruurlo"}))
    assert isinstance(page.prompts, FakePrompts)
    page.prompts.always("resolve_conflict", choice)  # also when the form, left dirty, is closed at the end
    saved = save_and_wait(form, qtbot)
    assert page.prompts.texts("resolve_conflict")[0] == repr([("Place", "Lochem", "Ruurlo")])
    stored = demo.employers.get(row.id)
    if choice == ConflictChoice.KEEP_MINE:
        assert saved and stored.place == "Lochem" and stored.version == row.version + 2
    elif choice == ConflictChoice.TAKE_THEIRS:
        assert not saved and place.text() == "Ruurlo" and stored.place == "Ruurlo"
    else:
        assert not saved and place.text() == "Lochem" and stored.place == "Ruurlo"
