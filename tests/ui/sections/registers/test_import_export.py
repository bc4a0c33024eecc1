"""The import wizard and the export button, driven as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from matchtafel.demo.region import generate_demo
from matchtafel.paths import resources_dir
from matchtafel.services import Services
from matchtafel.storage.db import Database
from matchtafel.ui.sections.registers.import_wizard import ImportWizard
from tests.ui.prompts import FakePrompts
from tests.ui.register_helpers import page_for, press_import


@pytest.fixture
def demo(db: Database, services: Services) -> Services:
    generate_demo(db.sessions, size="small", seed=31, clock=services.clock)
    return services


def wizard_for(
    services: Services, db: Database, qtbot: QtBot, path: Path, kind: str = "jongeren"
) -> ImportWizard:
    wizard = ImportWizard(services=services, backup=lambda: db.backup("import", now=services.clock.now()))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData(kind))
    wizard.file_page.path.setText(str(path))
    return wizard


def test_the_wizard_imports_the_template_after_a_check_and_a_backup(
    demo: Services, db: Database, qtbot: QtBot, backend: str
) -> None:
    before = len(demo.young_people.rows())
    wizard = wizard_for(demo, db, qtbot, resources_dir() / "templates" / "jongeren.xlsx")
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page
    assert wizard.columns_page.combos["student_number"].currentText() == "Studentnummer"
    assert wizard.columns_page.preview.item(0, 2).text() == "Zoë"
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10_000)
    assert page.counts.text() == "1 new, 0 updated, 0 unchanged."
    assert page.isComplete()
    assert press_import(page, qtbot)
    assert "Imported: 1 new, 0 updated." in wizard.result_text
    expected = (
        "Backup copy: " if backend == "sqlite" else "The shared server's own backups cover this import."
    )
    assert expected in wizard.result_text
    assert len(demo.young_people.rows()) == before + 1


def test_problems_are_listed_and_the_import_waits_for_an_explicit_skip(
    demo: Services, db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "jongeren.csv"
    path.write_bytes(
        (
            "Studentnummer;School;Voornaam;Achternaam;Niveau\n"
            "9001;Achterhoek College;Sem;Smit;vijf\n"
            "9002;Achterhoek College;Lina;Bos;2\n"
        ).encode("cp1252")
    )
    wizard = wizard_for(demo, db, qtbot, path)
    wizard.next()
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10_000)
    assert page.problems.rowCount() == 1
    assert [page.problems.item(0, c).text() for c in range(3)] == [
        "2",
        "Niveau",
        "'vijf' is not a level; choose Entree, 1, 2, 3, 4, PrO, VSO, BuSO, OKAN or BSO",
    ]
    assert not page.isComplete()
    page.skip.setChecked(True)
    assert page.isComplete() and press_import(page, qtbot)
    assert "9002" in {r.student_number for r in demo.young_people.rows()}
    assert "9001" not in {r.student_number for r in demo.young_people.rows()}


def test_an_unreadable_file_keeps_the_first_page_with_the_reason(
    demo: Services, db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04garbage")
    wizard = wizard_for(demo, db, qtbot, path)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.status.text() == "This is not an Excel (.xlsx) file that can be read."


def test_export_writes_the_rows_shown_without_names_unless_chosen(
    demo: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_for(demo, "young_people", qtbot)
    page.search.setText("doetinchem")
    shown = page.model.rowCount()
    target = tmp_path / "jongeren.xlsx"
    assert isinstance(page.prompts, FakePrompts)
    page.prompts.answer("save_path", target).answer("confirm", False)  # without names
    page.export_shown()  # written off the UI thread
    qtbot.waitUntil(lambda: "exported" in page.export_status.text(), timeout=20_000)
    sheet = load_workbook(target).active
    assert sheet is not None
    assert sheet.max_row == shown + 1
    assert [c.value for c in sheet[1]][:3] == ["code", "initialen", "school"]
    assert page.export_status.text().startswith(f"{shown} rows exported")


def test_a_schools_own_export_takes_the_users_school_for_every_row(
    db: Database, services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    from matchtafel.services import Actor
    from tests.services.helpers import make_basics

    make_basics(services)  # Achterhoek College, a school
    own = Services.create(db.sessions, Actor("Fenna Jansen", "achterhoek college"), clock=services.clock)
    export = tmp_path / "leerlingen.csv"
    export.write_text("Leerlingnummer;Roepnaam;Achternaam;Niveau\n99001;Ilse;Wolters;2\n", encoding="utf-8")
    wizard = wizard_for(own, db, qtbot, export)
    wizard.next()
    columns = wizard.columns_page
    assert columns.combos["school"].currentData() is None and columns.school is not None
    assert columns.school.currentText() == "Achterhoek College" and columns.school.isEnabled()
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10_000)
    assert page.counts.text() == "1 new, 0 updated, 0 unchanged."
    assert press_import(page, qtbot)
    assert [r.school_name for r in own.young_people.rows()] == ["Achterhoek College"]


def test_without_a_school_column_or_a_school_for_every_row_the_wizard_asks_for_one(
    demo: Services, db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    export = tmp_path / "leerlingen.csv"
    export.write_text("Leerlingnummer;Roepnaam;Achternaam\n99001;Ilse;Wolters\n", encoding="utf-8")
    wizard = wizard_for(demo, db, qtbot, export)  # the actor's "Testschool" is not in the register
    wizard.next()
    columns = wizard.columns_page
    assert columns.school is not None and columns.school.currentData() == ""
    assert not columns.validatePage()
    assert columns.note.text() == "Choose a column for: School."
    columns.combos["school"].setCurrentIndex(1)  # a column chosen: the school for every row steps aside
    assert not columns.school.isEnabled()
    columns.combos["school"].setCurrentIndex(0)
    columns.school.setCurrentIndex(columns.school.findText("Achterhoek College"))
    assert columns.validatePage() and wizard.school == "Achterhoek College"


def test_the_import_runs_off_the_ui_thread_and_the_wizard_waits_for_it(
    demo: Services, db: Database, qtbot: QtBot
) -> None:
    import threading

    from PySide6.QtWidgets import QDialog, QWizard

    release, ran_on = threading.Event(), []

    def slow_backup() -> Path | None:
        ran_on.append(threading.current_thread())
        assert release.wait(20)
        return db.backup("import", now=demo.clock.now())

    wizard = ImportWizard(services=demo, backup=slow_backup)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(resources_dir() / "templates" / "jongeren.xlsx"))
    wizard.next()
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10_000)
    closed: list[int] = []
    wizard.finished.connect(closed.append)
    with qtbot.waitSignal(page.import_done, timeout=30_000) as done:
        assert not page.validatePage()
        qtbot.waitUntil(lambda: bool(ran_on))
        assert ran_on[0] is not threading.main_thread() and page.importing
        assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        wizard.reject()  # Esc or the window's close while it imports: the wizard stays
        assert wizard.isVisible() and not closed
        release.set()
    assert done.args == [True]
    assert closed == [QDialog.DialogCode.Accepted.value] and "Imported: 1 new" in wizard.result_text
