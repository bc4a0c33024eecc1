"""School leavers on the screen: leaving recorded under the form, contact moments answered with one key (a
worrying one offers the next agenda), 'Mijn afspraken' saved and opened, reminders and BPV checks named."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matchtafel.domain.vocabulary import ContactChannel, ExitStatus, LeaverStatus
from matchtafel.services import Services
from matchtafel.services.audit_log import AuditFilter
from matchtafel.services.leavers import LeavingInput
from matchtafel.services.meetings import MeetingInput
from matchtafel.services.reminders import Reminder, Reminders
from matchtafel.ui.sections.follow_up.contact_moments_page import ContactMomentsPage
from matchtafel.ui.sections.overview.reminders_panel import RemindersPanel
from matchtafel.ui.sections.registers.leaver_panel import LeaverPanel, LeavingDialog
from matchtafel.ui.sections.registers.rights_bar import RightsBar
from tests.conftest import NOW, TODAY
from tests.services.helpers import make_basics, make_young_person
from tests.ui.prompts import FakePrompts


def test_leaving_school_is_recorded_and_who_keeps_contact_changed(qtbot: QtBot, services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    prompts = FakePrompts()
    panel = LeaverPanel(services, young.id, prompts=prompts)
    qtbot.addWidget(panel)
    assert panel.summary.text() == "Not recorded as a school leaver." and not panel.contact_button.isEnabled()
    left_on = TODAY - timedelta(days=10)
    seen: list[LeavingDialog] = []

    def fill(dialog: LeavingDialog) -> bool:
        seen.append(dialog)
        if dialog.current is None:
            dialog.left_on.setText(f"{left_on:%d-%m-%Y}")
            dialog.how.setCurrentIndex(dialog.how.findData(ExitStatus.LEFT_WITHOUT_DIPLOMA))
        dialog.channel.setCurrentIndex(dialog.channel.findData(ContactChannel.MESSAGE))
        dialog.every.setValue(3 if dialog.current else 6)
        return True

    prompts.always("run", fill)
    panel.record_button.click()
    lines = panel.summary.text().splitlines()
    assert lines[0] == f"Left school on {left_on:%d-%m-%Y}: Left without diploma."
    assert lines[1] == "the case holder keeps contact: by message (app, e-mail), every 6 weeks."
    assert lines[2].startswith("3 months (") and lines[2].endswith("not made yet") and len(lines) == 5
    assert panel.contact_button.isEnabled()
    panel.contact_button.click()
    # Changing the contact keeps the day of leaving: that field is not in the dialog then.
    assert seen[0].left_on.parent() is not None and seen[-1].left_on.parent() is None
    assert "every 3 weeks" in panel.summary.text()


def test_contact_moments_are_answered_with_a_key_and_worry_offers_the_agenda(
    qtbot: QtBot, services: Services
) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    working = make_young_person(services, basics, "Daan")
    for person in (young, working):
        services.leavers.record(
            person.id,
            LeavingInput(TODAY - timedelta(days=100), ExitStatus.DIPLOMA, None, ContactChannel.PHONE),
        )
    meeting = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=9))).id
    prompts = FakePrompts().always("confirm", True)
    page = ContactMomentsPage(services, prompts=prompts)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000) as loaded:
        page.reload()
    assert loaded.args == [2]
    assert page.tree.group_texts() == ["Fenna Jansen (Achterhoek College): 2 contact moments, 2 overdue"]
    assert page.tree.rows_of(0)[0][:3] == [
        f"{young.code} {young.initials}",
        f"{TODAY - timedelta(days=100):%d-%m-%Y}",
        "3 months",
    ]
    page.tree.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.tree, Qt.Key.Key_3)  # looking for work
    assert prompts.texts("confirm") == [
        f"A worrying answer. Put {young.code} {young.initials} on the agenda of the next session "
        f"({NOW + timedelta(days=9):%d-%m-%Y})?"
    ]
    assert "is on the agenda of" in page.message.text()
    assert young.id in [c.young_person_id for c in services.session_view.view(meeting).cases]
    page.contract.setCurrentIndex(page.contract.findData(False))  # permanent
    page.level.setCurrentIndex(page.level.findData(False))  # at level
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.tree, Qt.Key.Key_1)  # working
    assert len(prompts.texts("confirm")) == 1  # not worrying: nothing asked
    made = services.leavers.of_young_person(working.id)
    assert made is not None and made.moments[0].status == LeaverStatus.WORKING
    assert (made.moments[0].job_permanent, made.moments[0].job_below_level) == (True, False)
    assert made.moments[0].job_outside_field is None and page.contract.currentIndex() == 0


def test_my_agreements_is_saved_opened_and_logged(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    prompts = FakePrompts().answer("save_path", lambda suggested: tmp_path / suggested.name)
    bar = RightsBar(services, young.id, young.code, prompts=prompts)
    qtbot.addWidget(bar)
    bar.my_page_button.click()
    qtbot.waitUntil(lambda: bool(prompts.opened), timeout=10_000)  # read and laid out off the UI thread
    opened = prompts.opened
    assert opened == [tmp_path / f"My agreements {young.code}.pdf"]
    text = PdfReader(opened[0]).pages[0].extract_text()
    assert "My agreements" in text and "Fenna Jansen, Achterhoek College" in text
    printed = services.audit_log.lines(AuditFilter(action="print"))
    assert [(e.entity, e.young_person_code) for e in printed] == [("my_page", young.code)]


def test_reminders_name_contact_moments_and_bpv_checks(qtbot: QtBot) -> None:
    panel = RemindersPanel()
    qtbot.addWidget(panel)
    day = date(2026, 12, 1)
    panel.show_reminders(
        Reminders(
            "Doorstroompunt",
            [],
            [Reminder("checkpoint", 1, "J-2026-0001", "", "Ruben", day, 0)],
            [],
            [],
            [Reminder("contact_moment", 2, "J-2026-0002", "", "Ruben", day, 6)],
        )
    )
    # only the groups that have lines (issue 17: compact), "due now" rather than "this week"
    assert panel.tree.group_texts() == ["Nazorg calls due now (1)", "School leavers to contact now (1)"]
    texts = [row[0] for group in range(2) for row in panel.tree.rows_of(group)]
    assert "01-12-2026 · J-2026-0001: check during the BPV period · Ruben" in texts
    assert "01-12-2026 · J-2026-0002: contact 6 months after school · Ruben" in texts
    assert panel.windowTitle() == "Reminders (2)"
