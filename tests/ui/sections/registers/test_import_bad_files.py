"""The import wizard with bad files and a failing disk: the reason is shown on the page (Next no longer
does nothing), the problem list stops after 200 rows with a count, and nothing is imported."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from matchtafel.demo.region import generate_demo
from matchtafel.domain.errors import StorageFull
from matchtafel.paths import resources_dir
from matchtafel.services import Services
from matchtafel.storage.backups import BackupFailed
from matchtafel.storage.db import Database
from matchtafel.ui.sections.registers.import_wizard import ImportWizard
from tests.ui.register_helpers import press_import


@pytest.fixture
def demo(db: Database, services: Services) -> Services:
    generate_demo(db.sessions, size="small", seed=31, clock=services.clock)
    return services


def wizard_for(services: Services, qtbot: QtBot, path: Path, backup: Any = lambda: None) -> ImportWizard:
    wizard = ImportWizard(services=services, backup=backup)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("jongeren"))
    wizard.file_page.path.setText(str(path))
    return wizard


def test_a_cut_off_xlsx_keeps_the_wizard_on_its_page_with_the_reason(
    demo: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    data = (resources_dir() / "templates" / "jongeren.xlsx").read_bytes()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            target.writestr(
                item, content[: len(content) // 2] if "worksheets/sheet" in item.filename else content
            )
    path = tmp_path / "afgebroken.xlsx"
    path.write_bytes(out.getvalue())
    wizard = wizard_for(demo, qtbot, path)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.status.text().startswith("This Excel file is damaged or cut off (")


def test_a_long_problem_list_stops_after_200_rows_with_a_count(
    demo: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "veel.csv"
    path.write_text(
        "Studentnummer;School;Voornaam;Achternaam;Niveau\n"
        + "".join(f"{n};Achterhoek College;Zoë;Bos;vijf\n" for n in range(1000)),
        encoding="utf-8",
    )
    wizard = wizard_for(demo, qtbot, path)
    wizard.next()
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.summary is not None, timeout=20_000)
    assert page.problems.rowCount() == 200
    assert "The first 200 of 1000 problems are listed; fix these first." in page.counts.text()


@pytest.mark.parametrize("where", ["backup", "import"])
def test_a_full_disk_during_the_import_is_said_and_nothing_is_imported(
    demo: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    before = len(demo.young_people.rows())

    def no_room() -> None:
        raise BackupFailed(
            "No backup copy could be made in {folder} ({reason}).", folder="backups", reason="full"
        )

    def no_room_to_write(*_args: Any, **_kwargs: Any) -> None:
        raise StorageFull("The disk refused to write ({detail}).", detail="database or disk is full")

    wizard = wizard_for(
        demo,
        qtbot,
        resources_dir() / "templates" / "jongeren.xlsx",
        no_room if where == "backup" else lambda: None,
    )
    if where == "import":
        monkeypatch.setattr(type(demo.imports), "run", no_room_to_write)
    wizard.next()
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10_000)
    assert not press_import(page, qtbot)
    expected = "No backup copy could be made" if where == "backup" else "The disk refused to write"
    assert page.counts.text().startswith(expected)
    assert len(demo.young_people.rows()) == before
