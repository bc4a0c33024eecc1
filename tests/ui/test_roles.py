"""The interface offers what the user's role on a shared server may do; the server enforces it anyway."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from matchtafel.services import Services
from matchtafel.storage.server import may_read_audit, may_write
from matchtafel.ui.sections.privacy.privacy_page import PrivacyPage
from matchtafel.ui.sections.registers import OrganisationsPage, apply_role, build_register_pages
from matchtafel.ui.sections.registers.register_page import RegisterPage
from tests.ui.prompts import FakePrompts
from tests.ui.register_helpers import save_and_wait


def test_who_may_write_which_register() -> None:
    assert may_write(None, "organisations") and may_read_audit(None)  # a local file: everything
    assert may_write("school", "young_people") and not may_write("school", "vacancies")
    assert may_write("wsp", "vacancies") and not may_write("wsp", "young_people")
    assert not may_write("municipality", "people") and may_write("coordinator", "people")
    assert not may_write("wsp", "young_people") and not may_write("minute_taker", "young_people")
    # who takes the minutes decides who sees which young people: sessions are planned by the coordinator
    assert not may_write("minute_taker", "sessions") and may_write("coordinator", "sessions")
    assert may_read_audit("coordinator") and not may_read_audit("school")


def test_a_school_role_sees_no_new_button_where_it_may_not_add(qtbot: QtBot, services: Services) -> None:
    pages = build_register_pages(services, [])
    for page in pages.values():
        qtbot.addWidget(page)
    apply_role(pages, "school")
    young, vacancies = pages["young_people"], pages["vacancies"]
    assert isinstance(young, RegisterPage) and isinstance(vacancies, RegisterPage)
    assert not young.read_only and vacancies.read_only
    assert vacancies.new_button.isHidden() and not young.new_button.isHidden()
    vacancies.create_new()  # the shortcut does nothing either
    organisations = pages["organisations"]
    assert isinstance(organisations, OrganisationsPage) and organisations.people.read_only
    privacy = pages["privacy"]
    assert isinstance(privacy, PrivacyPage) and privacy.count() == 1 and not privacy.coordinator
    privacy.reload()  # nothing to load: no audit log read as this role
    apply_role(pages, None)
    assert not vacancies.read_only and not vacancies.new_button.isHidden()


def test_wsp_and_the_minute_taker_get_young_people_to_read_not_to_change(
    qtbot: QtBot, services: Services
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from matchtafel.ui.sections.run.sessions_page import SessionsPage
    from matchtafel.ui.widgets.record_form import RecordForm
    from tests.services.helpers import make_basics, make_young_person

    make_young_person(services, make_basics(services))
    for role in ("wsp", "minute_taker"):
        prompts = FakePrompts()
        pages = build_register_pages(services, [], prompts=prompts)
        for page in pages.values():
            qtbot.addWidget(page)
        apply_role(pages, role)
        young, sessions = pages["young_people"], pages["sessions"]
        assert isinstance(young, RegisterPage) and isinstance(sessions, SessionsPage)
        assert young.read_only and young.new_button.isHidden() and sessions.plan_button.isHidden()
        with qtbot.waitSignal(young.rows_loaded, timeout=10_000):
            young.reload()
        young.focus_table()
        shown: list[RecordForm] = []
        prompts.always("run", shown.append)
        young.open_current()
        (form,) = shown
        qtbot.addWidget(form)
        assert form.read_only and form.buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
        assert not any(editor.widget.isEnabled() for editor in form.editors.values())
        assert save_and_wait(form, qtbot) is False  # Ctrl+S does nothing either


def test_only_who_may_record_consent_or_erase_gets_those_buttons() -> None:
    from matchtafel.domain.access import may, may_erase

    assert [
        r
        for r in ("coordinator", "school", "wsp", "municipality", "minute_taker")
        if may(r, "consents", "insert")
    ] == [
        "coordinator",
        "school",
        "municipality",
    ]
    assert (
        may_erase(None)
        and may_erase("coordinator")
        and not may_erase("municipality")
        and not may_erase("school")
    )


class _Extras:
    """What prepare_form adds below a record form's fields."""

    def __init__(self) -> None:
        self.extras: list[object] = []
        self.prompts = FakePrompts()  # handed on to the panels

    def add_extra(self, widget: object) -> None:
        self.extras.append(widget)


def test_the_minute_taker_follows_links_and_events_without_buttons_to_change_them(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mentors, coaches and events: everyone but the minute taker works with them (access_table.py)."""
    from matchtafel.domain.access import ROLES, may
    from matchtafel.ui.sections.follow_up.supporters_page import SupportersSection
    from matchtafel.ui.sections.registers.event_panel import EventPanel
    from matchtafel.ui.sections.registers.events import EventsRegister
    from tests.services.support_helpers import make_event

    for table in ("supporters", "matching_events", "mentoring_links", "event_invitations", "event_contacts"):
        assert {r for r in ROLES if may(r, table, "insert")} == set(ROLES) - {"minute_taker"}, table
    event = make_event(services)
    for role, hidden in (("minute_taker", True), ("school", False)):
        monkeypatch.setattr(services.accounts, "my_role", lambda role=role: role)
        pages = build_register_pages(services, [])
        for page in pages.values():
            qtbot.addWidget(page)
        apply_role(pages, role)
        section = pages["supporters"]
        assert isinstance(section, SupportersSection)
        assert section.supporters.read_only is hidden and section.events.new_button.isHidden() is hidden
        assert all(b.isHidden() is hidden for b in section.links.step_buttons.values())
        form = _Extras()
        EventsRegister(services).prepare_form(form, services.events.get(event.id))  # type: ignore[arg-type]
        (panel,) = form.extras
        assert isinstance(panel, EventPanel)
        qtbot.addWidget(panel)
        # invite a young person, a supporter, an employer, a contact: hidden; proposing and the list stay
        assert [b.isHidden() for b in panel.buttons] == [hidden] * 4 + [False, False]


def test_without_a_role_the_screens_are_built_offering_everything(qtbot: QtBot, services: Services) -> None:
    """A local file has no role: the start does not apply one, so every screen's defaults must be what
    ``apply_role(pages, None)`` would set."""
    from PySide6.QtWidgets import QAbstractButton, QTabWidget, QWidget

    pages = build_register_pages(services, [])
    for page in pages.values():
        qtbot.addWidget(page)

    def offered() -> list[object]:
        seen: list[object] = []
        for key, page in sorted(pages.items()):
            for widget in [page, *page.findChildren(QWidget)]:
                seen.append((key, type(widget).__name__, getattr(widget, "read_only", None)))
                seen.append(getattr(widget, "coordinator", None))
                if isinstance(widget, QAbstractButton):
                    seen.append((widget.text(), widget.isHidden(), widget.isEnabled()))
                if isinstance(widget, QTabWidget):
                    seen.append(widget.count())
        return seen

    before = offered()
    apply_role(pages, None)
    assert offered() == before
    apply_role(pages, "school")
    assert offered() != before  # the comparison sees what a role changes
