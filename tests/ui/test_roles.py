"""The interface offers what the user's role on a shared server may do; the server enforces it anyway."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from matchtafel.server import may_read_audit, may_write
from matchtafel.services import Services
from matchtafel.ui.privacy_page import PrivacyPage
from matchtafel.ui.register_page import RegisterPage
from matchtafel.ui.registers import OrganisationsPage, apply_role, build_register_pages


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
