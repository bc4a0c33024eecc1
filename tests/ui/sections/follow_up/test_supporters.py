"""The section around the table from the keyboard: the supporters register with its suggestions pane, the links
page with one key per step, and a young person's mentors and coaches under their form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from matchtafel.demo.region import generate_demo
from matchtafel.domain.vocabulary import LinkEndReason, LinkStatus, SupporterKind, SupportWish
from matchtafel.services import Services
from matchtafel.ui.sections.follow_up.links_page import LinkEndDialog, LinksPage
from matchtafel.ui.sections.follow_up.supporters_page import SupportersSection
from matchtafel.ui.sections.registers.consent_panel import ConsentDialog, scope_text
from matchtafel.ui.sections.registers.register_page import RegisterPage
from matchtafel.ui.sections.registers.support_links_panel import SupportLinksPanel
from matchtafel.ui.widgets.record_form import RecordForm
from tests.conftest import NOW, TODAY
from tests.services.helpers import give_consent, make_basics, make_young_person
from tests.services.support_helpers import make_supporter
from tests.ui.prompts import FakePrompts
from tests.ui.register_helpers import drive_form, load, save_and_wait, shown_rows


def section(services: Services, qtbot: QtBot, prompts: FakePrompts | None = None) -> SupportersSection:
    """Its three tabs ask their questions of ``prompts`` (a fresh ``FakePrompts`` unless given)."""
    page = SupportersSection(services, services.overview.sectors(), prompts=prompts or FakePrompts())
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    load(page.supporters, qtbot)
    return page


def loaded_links(page: LinksPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()


def test_a_supporter_is_registered_from_the_keyboard(services: Services, qtbot: QtBot) -> None:
    page = section(services, qtbot).supporters

    def fill(form: RecordForm) -> None:
        form.editors["name"].set_value("Henk Wolters")
        form.editors["kind"].set_value(SupporterKind.JUNIOR_TRAINER)
        form.editors["capacity"].set_value(3)
        wishes = form.editors["wishes"].widget
        assert isinstance(wishes, QListWidget)
        wishes.setFocus()
        wishes.setCurrentRow(3)  # "Find and keep a BPV place": Space ticks it, as a person would
        qtbot.keyClick(wishes, Qt.Key.Key_Space)
        assert form.editors["wishes"].value() == [SupportWish.BPV_PLACE]
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    drive_form(page, qtbot, fill)
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    saved = services.supporters.rows()
    assert [(s.name, s.kind, s.capacity, s.wishes) for s in saved] == [
        ("Henk Wolters", SupporterKind.JUNIOR_TRAINER, 3, ["bpv_place"])
    ]
    assert shown_rows(page) == ["Henk Wolters"]
    assert page.model.index(0, 5).data() == "0 / 3"


def test_a_supporter_with_no_kind_shows_the_problem_and_saves_nothing(
    services: Services, qtbot: QtBot
) -> None:
    page = section(services, qtbot).supporters
    forms = drive_form(page, qtbot, lambda form: None)
    page.create_new()
    form = forms[0]
    form.editors["name"].set_value("Henk")
    assert save_and_wait(form, qtbot) is False
    assert not form.errors["kind"].isHidden()
    form.mark_clean()  # leave without the question whether to discard what was typed
    form.reject()
    assert services.supporters.rows() == []


def test_young_people_who_fit_a_supporter_are_linked_with_ctrl_p(
    services: Services, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    page = section(services, qtbot)
    register = page.supporters
    assert register.select(lambda row: row.id == supporter.id)
    pane = register.side_panel
    assert pane is not None
    pane.load_now(supporter.id)  # type: ignore[attr-defined]
    qtmodeltester.check(pane.model)  # type: ignore[attr-defined]
    assert pane.model.index(0, 1).data() == young.code and pane.model.index(0, 2).data() == "Z.B."  # type: ignore[attr-defined]
    reasons = [pane.breakdown.item(i).text() for i in range(pane.breakdown.count())]  # type: ignore[attr-defined]
    assert any(r.startswith("Capacity: 20/20 · Room for more: 0 of 2") for r in reasons)
    # The link reloads the links and the supporters (a place fewer) in the background: wait for both, so
    # that no reload lands after the test (and its database) ended.
    reloads = [page.links.loaded, register.rows_loaded]
    with qtbot.waitSignals(reloads, timeout=10_000), qtbot.waitSignal(pane.linked) as linked:  # type: ignore[attr-defined]
        qtbot.keyClick(pane.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert linked.args == [young.id, supporter.id]
    assert [(link.young_code, link.status) for link in services.mentoring.links()] == [
        (young.code, LinkStatus.PROPOSED)
    ]


def test_links_move_along_with_one_key_each_and_consent_is_checked(
    services: Services, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)  # no consent to share with a mentor or coach yet
    services.mentoring.propose(young.id, make_supporter(services).id)
    prompts = FakePrompts()
    page = section(services, qtbot, prompts).links
    problems = prompts.texts  # what the warnings said, so far
    loaded_links(page, qtbot)
    qtmodeltester.check(page.model)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_2)  # active: not allowed from proposed
    assert problems("warn")[-1] == "A link that is Proposed can go to: Introduced, Ended."
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_1)  # introduced: refused, the consent does not cover it
    assert "does not cover sharing with a mentor or coach" in problems("warn")[-1]
    give_consent(services, young.id, scope_supporter=True)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_1)
    assert page.current().status == LinkStatus.INTRODUCED  # type: ignore[union-attr]

    def end(dialog: LinkEndDialog) -> bool:
        dialog.reason.setCurrentIndex(dialog.reason.findData(LinkEndReason.NO_CLICK))
        dialog.note.setPlainText("Geen klik")
        return True

    prompts.answer("run", end)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_3)
    page.status.setCurrentIndex(page.status.findData("all"))
    page.table.selectRow(0)
    assert page.current().status == LinkStatus.ENDED  # type: ignore[union-attr]
    history = [page.timeline.item(i).text() for i in range(page.timeline.count())]
    assert history[0].split(" · ")[1:3] == ["Ended", "Test Gebruiker (Testschool)"]
    assert history[0].endswith("No click\nGeen klik") and len(history) == 3


def test_the_introduction_shows_code_and_initials_without_the_consent(
    services: Services, qtbot: QtBot
) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    services.mentoring.propose(young.id, make_supporter(services).id)
    prompts = FakePrompts()
    page = section(services, qtbot, prompts).links
    shown = prompts.texts
    loaded_links(page, qtbot)
    page.table.selectRow(0)
    page.introduction_button.click()
    first = shown("inform")[0]
    assert young.code in first and "Zoë" not in first and "no more than code and initials" in first
    assert prompts.asked[0].title == "Introduction"
    give_consent(services, young.id, scope_supporter=True)
    page.introduction_button.click()
    assert "Zoë" in shown("inform")[1] and "recorded in the audit log" in shown("inform")[1]


def test_a_young_persons_form_finds_a_mentor_and_lists_the_link(services: Services, qtbot: QtBot) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    prompts = FakePrompts()
    panel = SupportLinksPanel(services, young.id, prompts=prompts)
    qtbot.addWidget(panel)
    assert panel.links.item(0).text() == "No mentor or coach yet."

    def run(dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Find a mentor or coach"
        assert panel.pane.model.index(0, 1).data() == "Henk Wolters"
        panel.pane.propose_current()
        return False  # closed

    prompts.answer("run", run)
    panel.find_button.click()
    assert panel.links.item(0).text() == "Henk Wolters · Business mentor · Proposed"
    assert [link.supporter_id for link in services.mentoring.links(young_person_id=young.id)] == [
        supporter.id
    ]


def test_the_consent_dialog_records_the_mentor_scope(qtbot: QtBot) -> None:
    dialog = ConsentDialog(today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.supporter.text() == "Share with a &mentor or coach"
    dialog.supporter.setChecked(True)
    consent = dialog.consent()
    assert consent.scope_supporter and consent.scope_table


def test_scope_text_names_the_mentor_scope(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics, consent=False)
    give_consent(
        services, young.id, scope_share_wsp=False, scope_employer_profile=False, scope_supporter=True
    )
    assert scope_text(services.consent.history(young.id)[0]) == "table, mentor or coach"


@pytest.fixture
def demo(db: object, services: Services) -> Services:
    generate_demo(db.sessions, size="small", seed=8, clock=services.clock)  # type: ignore[attr-defined]
    return services


def test_every_interactive_widget_of_the_section_has_an_accessible_name(demo: Services, qtbot: QtBot) -> None:
    page = section(demo, qtbot)
    for tab in range(page.count()):
        page.setCurrentIndex(tab)
        widget = page.currentWidget()
        if isinstance(widget, RegisterPage):
            load(widget, qtbot)
        else:
            loaded_links(widget, qtbot)  # type: ignore[arg-type]
        focusable = [
            w
            for w in widget.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
        ]
        unnamed = [w for w in focusable if not (w.accessibleName() or getattr(w, "text", lambda: "")())]
        assert [w for w in unnamed if w.metaObject().className() not in {"QScrollBar", "QHeaderView"}] == []


def test_the_demo_fills_every_tab(demo: Services, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    page = section(demo, qtbot)
    load(page.events, qtbot)
    loaded_links(page.links, qtbot)
    for model in (page.supporters.model, page.events.model, page.links.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_the_retention_tab_lists_and_anonymises_supporters_past_the_period(
    services: Services, qtbot: QtBot, db: object
) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from matchtafel.models import Supporter
    from matchtafel.ui.sections.privacy.privacy_page import PrivacyPage

    gone = make_supporter(services, "Oud Mentor")
    make_supporter(services, "Actieve Coach")
    services.supporters.archive(gone.id, gone.version)
    long_ago = NOW - timedelta(days=3 * 365)  # well past the 24 months
    with db.sessions.begin() as s:  # type: ignore[attr-defined]
        s.execute(update(Supporter).where(Supporter.id == gone.id).values(archived_at=long_ago))
    prompts = FakePrompts().answer("confirm", True)
    page = PrivacyPage(services, retention_months=24, prompts=prompts)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.retention.loaded, timeout=10_000):  # read off the UI thread
        page.retention.reload()
    assert page.retention.supporters.count() == 1
    assert (
        page.retention.supporters.item(0)
        .text()
        .startswith(f"Supporter Oud Mentor · last activity {long_ago:%d-%m-%Y}")
    )
    with qtbot.waitSignal(page.retention.loaded, timeout=10_000):  # anonymised, then who is due read again
        page.retention.purge_supporters_button.click()
    assert prompts.texts("confirm")[0].startswith("Anonymise 1 supporters now?")
    assert services.supporters.get(gone.id).name == f"S-{gone.id:06d}"
    assert (
        page.retention.supporters.count() == 0 and page.retention.status.text() == "1 supporters anonymised."
    )


def test_a_supporters_form_lists_links_and_agreements_and_offers_their_rights(
    services: Services, qtbot: QtBot
) -> None:
    from datetime import timedelta

    from matchtafel.services.meetings import MeetingInput
    from matchtafel.ui.sections.registers.supporters import SupporterRightsBar
    from tests.conftest import NOW

    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    services.mentoring.propose(young.id, supporter.id)
    meeting = services.meetings.create(MeetingInput(starts_at=NOW - timedelta(days=1), place="Doetinchem"))
    services.agenda.add_agreement(
        meeting.id, action="Bedrijfsbezoek regelen", owner_id=None, supporter_id=supporter.id, deadline=None
    )
    prompts = FakePrompts()
    page = section(services, qtbot, prompts).supporters
    page.select(lambda row: row.id == supporter.id)
    forms = drive_form(page, qtbot, lambda form: None)
    page.open_current()
    lists = {w.accessibleName(): w for w in forms[0].findChildren(QListWidget)}
    assert lists["Young people linked"].item(0).text() == f"{young.code} Z.B. · Proposed"
    assert lists["Agreements"].item(0).text().startswith("Bedrijfsbezoek regelen · ")
    rights = forms[0].findChildren(SupporterRightsBar)[0]
    assert rights.my_page_button.isHidden() and not rights.erase_button.isHidden()
    prompts.answer("text", "verzoek van de mentor").answer("confirm", True, True)
    with qtbot.waitSignal(rights.erased):
        rights.erase_button.click()
    assert [a.kind for a in prompts.asked] == ["run", "confirm", "text", "confirm"]  # the form, then erasing
    assert services.supporters.get(supporter.id).name == f"S-{supporter.id:06d}"


def test_a_supporter_another_organisation_owns_opens_to_read_with_who_may_change_it(
    services: Services, qtbot: QtBot
) -> None:
    """On a shared server the service says per row whether this login may change it (the rights table's
    ``may_change``); the register then offers reading only, and says who may change it."""
    from dataclasses import replace

    from PySide6.QtWidgets import QDialogButtonBox

    make_supporter(services, "Bea Bedrijfsmentor")
    page = section(services, qtbot).supporters
    row = replace(services.supporters.rows()[0], may_change=False, owner="WSP Achterhoek")
    page.set_rows([row])
    page.focus_table()
    page.select(lambda r: r.id == row.id)
    who = "Registered by WSP Achterhoek: only WSP Achterhoek and the coordinator may change or archive this."
    assert page.open_button.isEnabled() and page.open_button.toolTip() == who
    assert not page.archive_button.isEnabled() and page.archive_button.toolTip() == who
    page.toggle_archived()  # the key route does nothing either
    assert not services.supporters.get(row.id).archived
    forms = drive_form(page, qtbot, lambda form: None)
    page.open_current()
    form = forms[0]
    assert form.read_only and form.buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
    assert form.read_only_reason.text() == who and form.read_only_reason.isVisible()
    form.grab().save("/tmp/s19-supporter-not-owned.png")
    page.set_rows([replace(row, may_change=True)])
    page.select(lambda r: r.id == row.id)
    assert page.archive_button.isEnabled() and page.archive_button.toolTip() == ""
