"""The four registers, driven as a person would: keyboard, filters, forms, archive, conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from matchtafel.demo.region import generate_demo
from matchtafel.models import AuditEvent
from matchtafel.services import Services
from matchtafel.services.employers import EmployerInput
from matchtafel.storage.db import Database
from matchtafel.ui.widgets.record_form import RecordForm
from tests.ui.keys import type_text
from tests.ui.prompts import FakePrompts
from tests.ui.register_helpers import drive_form, page_for, save_and_wait, shown_rows

REGISTERS = ["young_people", "vacancies", "employers", "organisations"]


@pytest.fixture
def demo(db: Database, services: Services) -> Services:
    generate_demo(db.sessions, size="small", seed=8, clock=services.clock)
    return services


@pytest.mark.parametrize("key", REGISTERS)
def test_each_register_lists_the_demo_data_and_passes_the_model_tester(
    demo: Services, qtbot: QtBot, qtmodeltester: ModelTester, key: str
) -> None:
    page = page_for(demo, key, qtbot)
    assert page.model.rowCount() > 0
    assert page.count_label.text() == f"{page.model.rowCount()} of {page.model.total}"
    qtmodeltester.check(page.model)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.model)


@pytest.mark.parametrize("key", REGISTERS)
def test_every_interactive_widget_has_an_accessible_name(demo: Services, qtbot: QtBot, key: str) -> None:
    page = page_for(demo, key, qtbot)
    page.show()
    focusable = [
        w for w in page.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]
    unnamed = [w for w in focusable if not (w.accessibleName() or getattr(w, "text", lambda: "")())]
    unnamed = [w for w in unnamed if w.metaObject().className() not in {"QScrollBar", "QHeaderView"}]
    assert unnamed == []


def test_young_people_show_code_and_initials_never_names(db: Database, demo: Services, qtbot: QtBot) -> None:
    page = page_for(demo, "young_people", qtbot)
    with db.sessions() as s:
        from matchtafel.models import YoungPerson

        names = {(y.given_name, y.family_name) for y in s.scalars(select(YoungPerson))}
    shown = " ".join(
        str(page.model.index(r, c).data())
        for r in range(page.model.rowCount())
        for c in range(page.model.columnCount())
    )
    assert not any(f"{given} {family}" in shown for given, family in names)
    assert all(code.startswith("J-") for code in shown_rows(page, 0))


def test_filter_as_you_type_ignores_diacritics_and_counts(services: Services, qtbot: QtBot) -> None:
    for name in ("Coördinatie Zorg BV", "Zoë's Bakkerij", "Bouwbedrijf Jansen"):
        services.employers.create(
            EmployerInput(name=name, sector="Bouw en infra" if "Bouw" in name else "Zorg en welzijn")
        )
    page = page_for(services, "employers", qtbot)
    qtbot.keyClicks(page.search, "coordinatie")
    assert shown_rows(page) == ["Coördinatie Zorg BV"]
    assert page.count_label.text() == "1 of 3"
    page.search.clear()
    type_text(page.search, "ZOË")
    assert shown_rows(page) == ["Zoë's Bakkerij"]
    page.search.clear()
    sector = page.combos[0]
    sector.setCurrentIndex(sector.findText("Bouw en infra"))
    assert shown_rows(page) == ["Bouwbedrijf Jansen"]
    assert page.count_label.text() == "1 of 3"


def test_levels_sort_in_their_order_not_alphabetically(demo: Services, qtbot: QtBot) -> None:
    page = page_for(demo, "young_people", qtbot)
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    from matchtafel.domain.vocabulary import LEVEL_ORDER

    ranks = [LEVEL_ORDER[row.level] for row in page.model.visible_rows() if row.level]
    assert ranks == sorted(ranks) and len(set(ranks)) > 2


def test_expiring_vacancies_are_marked(demo: Services, qtbot: QtBot) -> None:
    page = page_for(demo, "vacancies", qtbot)
    marked = [row for row in page.model.visible_rows() if page.register.highlight(row)]
    assert marked, "the demo data has vacancies that close within 14 days"
    index = page.model.index_of(lambda row: row is marked[0])
    assert "expires soon" in page.model.index(index.row(), 8).data()
    assert page.model.index(index.row(), 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_show_name_needs_a_reason_and_is_audited(
    db: Database, demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_for(demo, "young_people", qtbot)
    page.focus_table()
    row = next(r for r in page.model.visible_rows() if demo.consent.in_force(r.id))
    page.select(lambda r: r.id == row.id)
    forms = drive_form(page, qtbot, lambda form: None)
    page.open_current()
    form = forms[0]
    given = form.editors["given_name"].widget
    assert not given.isEnabled() and given.text() == ""
    hours = form.editors["hours_per_week"].widget
    hours.selectAll()
    qtbot.keyClicks(hours, "20")
    assert save_and_wait(form, qtbot)  # a change without showing the name keeps the stored name
    assert demo.young_people.reveal_name(row.id, "test").given_name  # still there

    forms.clear()
    page.select(lambda r: r.id == row.id)
    page.open_current()
    form = forms[0]
    assert isinstance(page.prompts, FakePrompts)
    page.prompts.answer("item", "Preparing the case")
    guard_button = next(
        b for b in form.findChildren(type(form.buttons.buttons()[0])) if b.accessibleName() == "Show name"
    )
    guard_button.click()
    assert form.editors["given_name"].widget.isEnabled() and form.editors["given_name"].widget.text()
    assert not form.is_dirty()
    with db.sessions() as s:
        reasons = s.scalars(
            select(AuditEvent.reason).where(AuditEvent.action == "view_name", AuditEvent.entity_id == row.id)
        ).all()
        viewed = s.scalars(
            select(AuditEvent.young_person_id).where(
                AuditEvent.action == "view", AuditEvent.entity == "young_person"
            )
        ).all()
    assert reasons[-1] == "Preparing the case"
    assert page.prompts.texts("item") == ["Why do you need the name? This is recorded."]
    assert viewed.count(row.id) == 2  # each opening of the record is logged


def test_young_person_form_lists_history_and_employer_form_lists_vacancies(
    demo: Services, qtbot: QtBot
) -> None:
    page = page_for(demo, "young_people", qtbot)
    with_cases = next(r for r in page.model.visible_rows() if demo.history.of_young_person(r.id).cases)
    page.select(lambda r: r.id == with_cases.id)
    forms = drive_form(page, qtbot, lambda form: None)
    page.open_current()
    lists = {
        w.accessibleName(): w
        for w in forms[0].findChildren(QWidget)
        if w.metaObject().className() == "QListWidget"
    }
    assert set(lists) == {
        "Cases",
        "Agreements",
        "Proposals",
        "Consent history",
        "Mentors and coaches",
        "Help wanted from a mentor or coach",  # the wishes: one tick box per kind of help
    }
    assert lists["Cases"].count() == len(demo.history.of_young_person(with_cases.id).cases)


def test_people_register_creates_a_person_of_an_organisation(demo: Services, qtbot: QtBot) -> None:
    page = page_for(demo, "people", qtbot)

    def fill(form: RecordForm) -> None:
        qtbot.keyClicks(form.editors["name"].widget, "Sanne Mulder")
        combo = form.editors["organisation_id"].widget
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findText("UWV Doetinchem"))
        qtbot.keyClicks(form.editors["email"].widget, "sanne@uwv")
        assert not save_and_wait(form, qtbot)
        assert form.visible_errors() == {"email": "Write an e-mail address like name@school.nl."}
        qtbot.keyClicks(form.editors["email"].widget, ".nl")
        assert save_and_wait(form, qtbot)

    drive_form(page, qtbot, fill)
    with qtbot.waitSignal(page.rows_loaded):
        page.create_new()
    assert page.current_row().organisation_name == "UWV Doetinchem"


def test_layout_survives_150_percent_font(demo: Services, qtbot: QtBot) -> None:
    from matchtafel.ui.main_window import MainWindow
    from matchtafel.ui.sections.registers import build_register_pages

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    try:
        bigger = app.font()
        bigger.setPointSizeF(font.pointSizeF() * 1.5)
        app.setFont(bigger)
        window = MainWindow()
        qtbot.addWidget(window)
        window.install_pages(build_register_pages(demo, []))
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768
    finally:
        app.setFont(font)


def test_unknown_places_are_flagged_but_do_not_block_saving(demo: Services, qtbot: QtBot) -> None:
    page = page_for(demo, "employers", qtbot)
    forms = drive_form(page, qtbot, lambda form: None)
    page.open_current()
    form = forms[0]
    place = form.editors["place"].widget
    completer = place.completer()
    assert completer is not None and completer.model().rowCount() > 4000
    place.selectAll()
    qtbot.keyClicks(place, "Atlantis")
    place.editingFinished.emit()
    assert form.visible_warnings() == {
        "place": "Unknown place: check the spelling. Travel distance cannot be used."
    }
    place.selectAll()
    qtbot.keyClicks(place, "Gaanderen")
    place.editingFinished.emit()
    assert form.visible_warnings() == {}
    place.selectAll()
    qtbot.keyClicks(place, "Atlantis")
    assert save_and_wait(form, qtbot)
    assert demo.employers.get(page.current_row().id).place == "Atlantis"


def test_about_box_credits_geonames(qtbot: QtBot) -> None:
    from matchtafel.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert "GeoNames (www.geonames.org), licensed CC BY 4.0" in window.about_text()


def test_arrow_down_goes_from_the_filter_into_the_list_and_down_the_list(
    demo: Services, qtbot: QtBot
) -> None:
    page = page_for(demo, "employers", qtbot)
    page.focus_search()
    qtbot.keyClicks(page.search, "b")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 1


def test_a_list_that_cannot_be_read_says_why_through_the_pages_prompts(
    demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError

    prompts = FakePrompts()
    page = page_for(demo, "young_people", qtbot, prompts)

    def locked(**_kwargs: object) -> object:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The database is locked by another program."))

    monkeypatch.setattr(demo.young_people, "list_rows", locked)
    monkeypatch.setattr(demo.young_people, "list_page", locked)
    page.reload()
    qtbot.waitUntil(lambda: bool(prompts.asked))
    assert [(a.kind, a.title, a.text) for a in prompts.asked] == [
        ("warn", page.register.title(), "The database is locked by another program.")
    ]
