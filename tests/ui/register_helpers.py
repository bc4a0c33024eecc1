"""Building register pages over a real database and driving their forms without a modal loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from matchtafel.services import Services
from matchtafel.ui.sections.registers import OrganisationsPage, build_register_pages
from matchtafel.ui.sections.registers.register_page import RegisterPage
from matchtafel.ui.widgets.record_form import RecordForm

from .prompts import FakePrompts

_alive: list[object] = []  # the tab widget owns the organisation pages; keep it from being collected


def page_for(services: Services, key: str, qtbot: QtBot, prompts: FakePrompts | None = None) -> RegisterPage:
    """``key`` is a section key, or "people" for the second tab of the organisations section. The pages ask
    their questions of ``prompts`` (a fresh ``FakePrompts`` unless given: no modal dialog in a test)."""
    pages = build_register_pages(services, services.overview.sectors(), prompts=prompts or FakePrompts())
    page = pages["organisations" if key == "people" else key]
    qtbot.addWidget(page)
    if isinstance(page, OrganisationsPage):
        _alive.append(page)
        page = page.people if key == "people" else page.organisations
    assert isinstance(page, RegisterPage)
    load(page, qtbot)
    window = page.window()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page.focus_table()  # shortcuts work where the person's focus is
    return page


def load(page: RegisterPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        page.reload()


def drive_form(page: RegisterPage, qtbot: QtBot, fill: Callable[[RecordForm], None]) -> list[RecordForm]:
    """Instead of the modal ``exec()`` (the page's fake prompts answer every form it opens): fill the form,
    then let the test decide (save, close, cancel)."""
    forms: list[RecordForm] = []

    def show(form: RecordForm) -> bool:
        assert isinstance(form, RecordForm), f"a dialog the test did not expect: {form.windowTitle()}"
        qtbot.addWidget(form)
        form.show()
        form.activateWindow()
        form.windowHandle().requestActivate()
        qtbot.waitUntil(form.isActiveWindow)
        forms.append(form)
        fill(form)
        return form.result() == RecordForm.DialogCode.Accepted

    assert isinstance(page.prompts, FakePrompts), "build the page with page_for (fake prompts)"
    page.prompts.always("run", show)
    return forms


def shown_rows(page: RegisterPage, column: int = 0) -> list[str]:
    return [page.model.index(i, column).data() for i in range(page.model.rowCount())]


def save_and_wait(form: RecordForm, qtbot: QtBot) -> bool:
    """Save as Ctrl+S does and wait for the operation to end: True when the record was stored (the form
    accepted), False when it was refused (at once, or by the service: the problems are shown)."""
    if not form.save():
        return False
    qtbot.waitUntil(lambda: not form.saving, timeout=10_000)
    return form.result() == QDialog.DialogCode.Accepted


def press_import(page: Any, qtbot: QtBot) -> bool:
    """The import wizard's Import (Finish) on its check page: the import runs off the UI thread while the page
    holds; waits for it. True when it imported (the wizard is then accepted)."""
    with qtbot.waitSignal(page.import_done, timeout=30_000) as done:
        assert not page.validatePage()  # the page holds while it imports
    return bool(done.args[0])
