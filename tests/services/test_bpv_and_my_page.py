"""A BPV place gets its own check during the BPV period; 'Mijn afspraken' is one page for the young person,
in plain Dutch, and making it is logged as a print."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from matchtafel.domain.errors import ValidationError
from matchtafel.domain.proposal_steps import bpv_check_date
from matchtafel.domain.vocabulary import (
    CheckpointKind,
    ContactChannel,
    ContractType,
    ExitStatus,
    ProposalStatus,
    ReviewDecision,
    VacancyKind,
)
from matchtafel.models import AuditEvent
from matchtafel.reports.my_page import write_my_page
from matchtafel.services import Services
from matchtafel.services.leavers import LeavingInput
from matchtafel.services.meetings import MeetingInput
from matchtafel.services.organisations import OrganisationInput, PersonInput
from matchtafel.services.pipeline import PlacementInput
from matchtafel.storage.db import Database
from tests.conftest import NOW, TODAY
from tests.services.helpers import Basics, kind_id, make_basics, make_vacancy, make_young_person

P = ProposalStatus


@pytest.fixture
def basics(services: Services) -> Basics:
    return make_basics(services)


def to_interview(services: Services, young_id: int, vacancy_id: int) -> tuple[int, int]:
    proposal = services.proposals.propose(young_id, vacancy_id)
    version = proposal.version
    for target in (P.CONTACT_MADE, P.INTERVIEW_PLANNED):
        version = services.pipeline.step(proposal.id, version, target).version
    return proposal.id, version


def test_the_bpv_check_lies_halfway_the_period_or_six_weeks_in() -> None:
    assert bpv_check_date(date(2026, 9, 1), date(2027, 1, 31)) == date(2026, 11, 16)  # 152 days, 76 in
    assert bpv_check_date(date(2026, 9, 1), None) == date(2026, 10, 13)
    assert bpv_check_date(date(2026, 9, 1), date(2026, 8, 1)) == date(2026, 10, 13)


def test_a_bpv_place_gets_one_check_during_the_period_and_no_nazorg_calls(
    services: Services, basics: Basics
) -> None:
    young = make_young_person(services, basics)
    bpv = make_vacancy(services, basics, title="BPV bakkerij", kind=VacancyKind.BPV)
    proposal, version = to_interview(services, young.id, bpv)
    start, end = TODAY - timedelta(days=40), TODAY + timedelta(days=40)
    with pytest.raises(ValidationError, match="must end after it starts"):
        services.pipeline.step(
            proposal,
            version,
            P.PLACED,
            placement=PlacementInput(start, ContractType.INTERNSHIP, planned_end=start),
        )
    result = services.pipeline.step(
        proposal, version, P.PLACED, placement=PlacementInput(start, ContractType.INTERNSHIP, planned_end=end)
    )
    assert result.checkpoints == (TODAY,)  # halfway
    (check,) = services.followup.checkpoints(TODAY)
    assert check.kind == CheckpointKind.BPV and check.months_after_start == 0
    job = make_vacancy(services, basics, title="Baan bakkerij")
    other = make_young_person(services, basics, "Daan")
    proposal, version = to_interview(services, other.id, job)
    result = services.pipeline.step(
        proposal,
        version,
        P.PLACED,
        placement=PlacementInput(TODAY, ContractType.TEMPORARY),
        nazorg_months=(3, 6),
    )
    assert len(result.checkpoints) == 2
    assert {r.kind for r in services.followup.checkpoints(TODAY, days_ahead=200)} == {
        CheckpointKind.BPV,
        CheckpointKind.JOB,
    }


def test_my_page_holds_agreements_contact_and_next_steps_and_is_logged(
    services: Services, basics: Basics, db: Database, tmp_path: Path
) -> None:
    young = make_young_person(services, basics, "Zoë", "van der Berg")
    org = services.organisations.create(
        OrganisationInput(name="Doorstroompunt Achterhoek", kind_id=kind_id(services, "doorstroompunt"))
    )
    keeper = services.people.create(
        PersonInput(name="Ruben Gerritsen", organisation_id=org.id, phone="0314-123456", email="r.g@dsp.nl")
    ).id
    meeting = services.meetings.create(MeetingInput(starts_at=NOW - timedelta(days=7))).id
    case = services.agenda.add_case(meeting, young.id)
    services.agenda.add_agreement(
        meeting,
        action="Cv bijwerken met Fenna",
        owner_id=basics.coach.id,
        deadline=TODAY + timedelta(days=10),
        case_id=case,
    )
    done = services.agenda.add_agreement(
        meeting, action="Iets wat klaar is", owner_id=keeper, deadline=None, case_id=case
    )
    later = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(hours=1))).id
    services.review.decide(later, done, ReviewDecision.DONE)  # done: not on the page
    proposal = services.proposals.propose(
        young.id, make_vacancy(services, basics, title="Medewerker bakkerij")
    )
    services.pipeline.step(proposal.id, proposal.version, P.CONTACT_MADE)
    services.leavers.record(
        young.id,
        LeavingInput(TODAY - timedelta(days=30), ExitStatus.DIPLOMA, keeper, ContactChannel.PHONE, 6),
    )
    page = services.my_page.page(young.id)
    assert page.given_name == "Zoë" and page.code == young.code
    assert [c.name for c in page.contacts] == ["Ruben Gerritsen", "Fenna Jansen"]
    assert page.contacts[0].keeps_contact_after_school and page.contacts[0].every_weeks == 6
    assert [a.action for a in page.agreements] == ["Cv bijwerken met Fenna"]
    kinds = [step.kind for step in page.steps]
    assert kinds == ["proposal", "contact_moment"] and page.steps[0].status == P.CONTACT_MADE
    assert page.events == ()  # the events register is not in this branch yet
    with db.sessions() as s:
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.entity == "my_page")).all()
    assert (event.action, event.young_person_id) == ("print", young.id)

    out = tmp_path / "mijn.pdf"
    write_my_page(page, out, language="nl")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in (
        "Mijn afspraken",
        "Hoi Zoë,",
        "Ruben Gerritsen, Doorstroompunt Achterhoek",
        "Ruben Gerritsen belt je ongeveer elke 6 weken.",
        "Telefoon: 0314-123456",
        "Cv bijwerken met Fenna",
        "Over Medewerker bakkerij bij Bakkerij Ter Horst is er contact met de werkgever.",
        "neemt Ruben Gerritsen contact met je op",
        "Mijn afspraken — pagina 1 van 1",
    ):
        assert expected in text, expected
    assert "van der Berg" not in text and "Vertrouwelijk" not in text
    english = tmp_path / "mine.pdf"
    write_my_page(page, english, language="en")
    assert "My agreements" in PdfReader(english).pages[0].extract_text()
