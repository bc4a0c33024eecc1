"""The Privacy section and the rights under the young person's form, driven as a privacy officer would."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from matchtafel.models import YoungPerson
from matchtafel.services import Services
from matchtafel.services.audit_log import AuditFilter
from matchtafel.storage.db import Database
from matchtafel.ui.sections.privacy.privacy_page import PrivacyPage
from matchtafel.ui.sections.registers.rights_bar import RightsBar
from matchtafel.ui.widgets.operations import operations_running
from tests.conftest import NOW
from tests.services.helpers import make_basics, make_young_person
from tests.ui.prompts import FakePrompts


def test_the_audit_log_is_filtered_and_exported(
    qtbot: QtBot, qtmodeltester: object, services: Services, tmp_path: Path
) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    services.young_people.view(young.id)
    prompts = FakePrompts()
    page = PrivacyPage(services, prompts=prompts)
    qtbot.addWidget(page)
    qtmodeltester.check(page.audit.model)  # type: ignore[attr-defined]
    page.audit.reload()
    assert page.audit.model.rowCount() >= 4
    page.audit.young.setText(young.code)
    page.audit.action.setCurrentIndex(page.audit.action.findData("view"))
    page.audit.reload()
    assert [(line.action, line.young_person_code) for line in page.audit.shown()] == [("view", young.code)]
    page.audit.since.setText("31-02-2026")
    page.audit.reload()
    assert "is not a date" in page.audit.status.text()
    page.audit.since.clear()
    target = tmp_path / "audit.csv"
    prompts.answer("save_path", tmp_path / "audit")  # the suffix is added
    page.audit.export_button.click()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("when;who;organisation;action") and len(lines) == 2
    assert "Saved 1 lines" in page.audit.status.text()
    dpia = tmp_path / "dpia.pdf"
    prompts.answer("save_path", dpia)
    page.dpia_button.click()  # written off the UI thread
    qtbot.waitUntil(lambda: "Saved in" in page.audit.status.text(), timeout=20_000)
    assert "Data inventory for the DPIA" in PdfReader(dpia).pages[0].extract_text()
    suggested = [Path(a.text).name for a in prompts.asked]
    today = f"{services.clock.today():%Y-%m-%d}"
    assert suggested == [f"Auditlog Matchtafel {today}.csv", f"Data inventory Matchtafel {today}.pdf"]


def test_retention_previews_then_anonymises_after_confirmation(
    qtbot: QtBot, services: Services, db: Database
) -> None:
    basics = make_basics(services)
    old = make_young_person(services, basics, "Zoë", "Wolterink")
    make_young_person(services, basics, "Daan", "Hulshof")
    with db.sessions.begin() as s:
        s.execute(
            update(YoungPerson)
            .where(YoungPerson.id == old.id)
            .values(created_at=NOW - timedelta(days=6 * 365))
        )
    prompts = FakePrompts().answer("confirm", False, True)
    page = PrivacyPage(services, retention_months=24, prompts=prompts)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.retention.loaded, timeout=10_000):  # read off the UI thread
        page.retention.reload()
    assert [c.code for c in page.retention.model.visible_rows()] == [old.code]
    assert "24 months" in page.retention.explanation.text()
    header = page.retention.table.horizontalHeader()
    table = page.retention.table
    for column in range(2):  # as wide as heading and dates need ("Laatste activiteit" was cut off in Dutch)
        assert header.sectionSize(column) == max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
    page.retention.purge_button.click()  # not confirmed: nothing runs
    assert services.young_people.get(old.id).code == old.code and operations_running() == 0
    with qtbot.waitSignal(page.retention.loaded, timeout=10_000):  # anonymised, then who is due read again
        page.retention.purge_button.click()
    question = "Anonymise 1 young people now? Their names and notes cannot be brought back."
    assert prompts.texts("confirm") == [question, question]
    assert services.young_people.get(old.id).code == f"X-{old.id:06d}"
    assert (
        page.retention.model.rowCount() == 0 and "1 young people anonymised" in page.retention.status.text()
    )


def test_inzage_saves_pdf_and_json_and_erasure_asks_twice(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics, "Quirijntje", "Zwanenburgh")
    prompts = FakePrompts().always("text", " verzoek van de jongere ")
    prompts.answer("save_path", lambda suggested: tmp_path / suggested.name)
    bar = RightsBar(services, young.id, young.code, prompts=prompts)
    qtbot.addWidget(bar)
    bar.inzage_button.click()
    pdf, js = bar.saved
    assert (pdf.name, js.name) == (f"Inzage {young.code}.pdf", f"Inzage {young.code}.json")
    assert json.loads(js.read_text(encoding="utf-8"))["young_person"]["family_name"] == "Zwanenburgh"
    assert "Zwanenburgh" in "".join(p.extract_text() for p in PdfReader(pdf).pages)
    prompts.answer("confirm", True, False)
    with qtbot.assertNotEmitted(bar.erased):
        bar.erase_button.click()  # the second question said no
    assert services.young_people.get(young.id).code == young.code
    assert prompts.texts("confirm")[1] == f"Really erase {young.code} now?"
    prompts.answer("confirm", True, True)
    with qtbot.waitSignal(bar.erased):
        bar.erase_button.click()
    assert services.young_people.get(young.id).code == f"X-{young.id:06d}"
    reasons = [e.reason for e in services.audit_log.lines(AuditFilter(action="erase"))]
    assert reasons == ["verzoek van de jongere"]


def test_the_audit_log_says_what_was_done_in_words_and_about_whom(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from datetime import datetime

    from matchtafel.domain.vocabulary import ContractType, ProposalStatus
    from matchtafel.services.meetings import MeetingInput
    from matchtafel.services.pipeline import PlacementInput
    from tests.services.helpers import make_vacancy

    basics = make_basics(services)
    young = make_young_person(services, basics)
    services.young_people.reveal_name(young.id, "preparing the case")
    meeting = services.meetings.create(MeetingInput(starts_at=datetime.combine(NOW.date(), NOW.time()))).id
    case = services.agenda.add_case(meeting, young.id)
    services.agenda.save_case_notes(case, "Besproken.")
    proposal = services.proposals.propose(young.id, make_vacancy(services, basics))
    version = services.pipeline.step(proposal.id, proposal.version, ProposalStatus.CONTACT_MADE).version
    services.pipeline.step(
        proposal.id,
        services.pipeline.step(proposal.id, version, ProposalStatus.INTERVIEW_PLANNED).version,
        ProposalStatus.PLACED,
        placement=PlacementInput(NOW.date(), ContractType.BBL),
    )
    page = PrivacyPage(services)
    qtbot.addWidget(page)
    page.audit.reload()
    shown = {
        (
            page.audit.model.data(page.audit.model.index(row, 3)),
            page.audit.model.data(page.audit.model.index(row, 4)),
        )
        for row in range(page.audit.model.rowCount())
    }
    assert ("name viewed", f"young person {young.id}") in shown
    assert ("changed", f"case {case}") in shown and ("step taken", f"proposal {proposal.id}") in shown
    assert ("created", f"session {meeting}") in shown
    about = {
        line.entity: line.young_person_code
        for line in page.audit.shown()
        if line.entity in ("case", "proposal")
    }
    assert about == {"case": young.code, "proposal": young.code}
    actions = [page.audit.action.itemText(i) for i in range(page.audit.action.count())]
    assert "name viewed" in actions and "view_name" not in actions


def test_every_action_and_record_the_services_audit_has_words() -> None:
    """Each action and record a service writes to the audit log (a literal, a service's ``entity``, an export
    or import list) is in matchtafel/ui/widgets/audit_words.py, so the log never shows a code such as 'mentoring_link'."""
    import re

    import matchtafel.services
    from matchtafel.services.exporting import EXPORTS
    from matchtafel.ui.widgets.audit_words import ACTIONS, RECORDS

    source = "\n".join(
        path.read_text(encoding="utf-8") for path in Path(matchtafel.services.__file__).parent.glob("*.py")
    )
    calls = re.findall(r'_audit\(\s*s,\s*"(\w+)"(?:\s+if\s+\w+\s+else\s+"(\w+)")?,\s*(?:"(\w+)")?', source)
    actions = {a for found in calls for a in found[:2] if a}
    records = {found[2] for found in calls if found[2]} | set(
        re.findall(r'^\s+entity = "(\w+)"', source, re.M)
    )
    assert {"step", "share", "print", "restore"} <= actions and {"mentoring_link", "supporter"} <= records
    assert actions - ACTIONS.keys() == set()
    assert records - RECORDS.keys() == set()
    assert set(EXPORTS) - RECORDS.keys() == set()
