"""Proposals after the meeting: steps with history, refused jumps, placements, checkpoints, vacancies."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from matchtafel.domain.dates import add_months
from matchtafel.domain.errors import UserError, ValidationError
from matchtafel.domain.vocabulary import ContractType, ProposalStatus, RejectionReason, VacancyStatus
from matchtafel.models import NazorgCheckpoint, Placement
from matchtafel.services import Services
from matchtafel.services.organisations import OrganisationInput, PersonInput
from matchtafel.services.pipeline import PlacementInput
from matchtafel.storage.db import Database
from tests.conftest import TODAY
from tests.services.helpers import Basics, kind_id, make_basics, make_vacancy, make_young_person

P = ProposalStatus


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def calls(start: date, *months: int) -> tuple[date, ...]:
    return tuple(add_months(start, m) for m in months)


@pytest.fixture
def basics(services: Services) -> Basics:
    return make_basics(services)


@pytest.fixture
def wsp(services: Services) -> int:
    organisation = services.organisations.create(
        OrganisationInput(name="WSP Achterhoek", kind_id=kind_id(services, "wsp"))
    )
    return services.people.create(PersonInput(name="Sanne Wolters", organisation_id=organisation.id)).id


def walk(services: Services, proposal_id: int, *steps: P, **placing: object) -> int:
    """Take the steps in order; returns the proposal's version afterwards."""
    version = services.pipeline.proposal(proposal_id).version
    for target in steps:
        extra: dict[str, object] = {}
        if target in (P.PLACED, P.TRIAL_PLACEMENT):
            extra = {"placement": placing.get("placement"), "today": placing.get("today", TODAY)}
        if target == P.REJECTED:
            extra = {"reason": RejectionReason.EMPLOYER_DECLINED}
        version = services.pipeline.step(proposal_id, version, target, **extra).version  # type: ignore[arg-type]
    return version


def placement(start: date, contract: ContractType = ContractType.TEMPORARY) -> PlacementInput:
    return PlacementInput(start_date=start, contract=contract, hours_per_week=24, below_level=True)


def test_every_step_is_a_history_row_with_who_when_and_why(
    services: Services, basics: Basics, wsp: int
) -> None:
    young = make_young_person(services, basics)
    vacancy = make_vacancy(services, basics, wsp_contact_id=wsp)
    proposal = services.proposals.propose(young.id, vacancy).id
    assert services.pipeline.proposal(proposal).owner_name == "Sanne Wolters"  # the vacancy's WSP contact
    version = walk(services, proposal, P.CONTACT_MADE)
    services.pipeline.step(
        proposal, version, P.REJECTED, reason=RejectionReason.YOUNG_PERSON_DECLINED, note="Te ver reizen"
    )
    steps = services.pipeline.timeline(proposal)
    assert [s.status for s in steps] == [P.PROPOSED, P.CONTACT_MADE, P.REJECTED]
    assert steps[-1].rejection_reason == RejectionReason.YOUNG_PERSON_DECLINED
    assert steps[-1].note == "Te ver reizen"
    assert all(s.by == "Test Gebruiker (Testschool)" for s in steps)
    assert steps[0].at <= steps[1].at <= steps[2].at
    row = services.pipeline.proposal(proposal)
    assert (row.status, row.rejection_reason) == (P.REJECTED, RejectionReason.YOUNG_PERSON_DECLINED)
    assert row.last_step_at == steps[-1].at


def test_illegal_jumps_are_refused_saying_what_is_allowed(services: Services, basics: Basics) -> None:
    young = make_young_person(services, basics)
    proposal = services.proposals.propose(young.id, make_vacancy(services, basics))
    with pytest.raises(ValidationError) as refused:
        services.pipeline.step(
            proposal.id, proposal.version, P.PLACED, placement=placement(TODAY), today=TODAY
        )
    problem = refused.value.problems[0]
    assert dict(problem.params)["allowed"] == (P.CONTACT_MADE, P.REJECTED, P.WITHDRAWN)
    assert "can go to" in problem.template
    with pytest.raises(ValidationError, match="why it was rejected"):
        services.pipeline.step(proposal.id, proposal.version, P.REJECTED)
    version = walk(services, proposal.id, P.WITHDRAWN)
    with pytest.raises(ValidationError, match="is finished"):
        services.pipeline.step(proposal.id, version, P.CONTACT_MADE)
    assert [s.status for s in services.pipeline.timeline(proposal.id)] == [P.PROPOSED, P.WITHDRAWN]


def test_a_step_on_an_old_version_is_refused(services: Services, basics: Basics) -> None:
    young = make_young_person(services, basics)
    proposal = services.proposals.propose(young.id, make_vacancy(services, basics))
    walk(services, proposal.id, P.CONTACT_MADE)  # someone else, meanwhile
    with pytest.raises(UserError, match="Someone else moved this proposal"):
        services.pipeline.step(proposal.id, proposal.version, P.WITHDRAWN)
    assert services.pipeline.proposal(proposal.id).status == P.CONTACT_MADE


def test_placing_asks_for_start_date_and_contract(services: Services, basics: Basics) -> None:
    young = make_young_person(services, basics)
    proposal = services.proposals.propose(young.id, make_vacancy(services, basics)).id
    version = walk(services, proposal, P.CONTACT_MADE, P.INTERVIEW_PLANNED)
    with pytest.raises(ValidationError) as refused:
        services.pipeline.step(proposal, version, P.PLACED, placement=PlacementInput(None, None), today=TODAY)
    assert [p.field for p in refused.value.problems] == ["start_date"]
    with pytest.raises(ValidationError) as refused:
        services.pipeline.step(
            proposal,
            version,
            P.PLACED,
            placement=PlacementInput(days(400), None, hours_per_week=80),
            today=TODAY,
        )
    assert [p.field for p in refused.value.problems] == ["start_date", "contract", "hours_per_week"]
    assert services.pipeline.proposal(proposal).status == P.INTERVIEW_PLANNED


def test_placing_creates_checkpoints_and_fills_the_vacancy_when_its_places_are_taken(
    services: Services, basics: Basics, db: Database
) -> None:
    first, second = make_young_person(services, basics), make_young_person(services, basics, "Daan", "Klein")
    vacancy = make_vacancy(services, basics, positions=2)
    p1 = services.proposals.propose(first.id, vacancy).id
    p2 = services.proposals.propose(second.id, vacancy).id
    walk(services, p1, P.CONTACT_MADE, P.INTERVIEW_PLANNED)
    version = services.pipeline.proposal(p1).version
    result = services.pipeline.step(
        p1, version, P.PLACED, placement=placement(days(-81)), nazorg_months=(3, 6, 12), today=TODAY
    )
    assert result.checkpoints == calls(days(-81), 3, 6, 12)
    assert not result.vacancy_filled
    assert services.vacancies.get(vacancy).status == VacancyStatus.OPEN  # one of two places taken
    with db.sessions() as s:
        stored = s.scalar(select(Placement).where(Placement.proposal_id == p1))
        assert stored is not None
        assert (stored.contract, stored.hours_per_week, stored.below_level, stored.outside_field) == (
            ContractType.TEMPORARY,
            24,
            True,
            False,
        )
        callers = set(s.scalars(select(NazorgCheckpoint.assigned_to_id)))
        assert callers == {basics.coach.id}  # the case holder keeps the young person in view
    walk(services, p2, P.CONTACT_MADE, P.INTERVIEW_PLANNED)
    version = services.pipeline.proposal(p2).version
    result = services.pipeline.step(
        p2,
        version,
        P.TRIAL_PLACEMENT,
        placement=placement(TODAY, ContractType.PERMANENT),
        nazorg_months=(1,),
        today=TODAY,
    )
    assert result.vacancy_filled
    assert services.vacancies.get(vacancy).status == VacancyStatus.FILLED
    with db.sessions() as s:
        trial = s.scalar(select(Placement).where(Placement.proposal_id == p2))
        assert trial is not None and trial.contract == ContractType.TRIAL


def test_a_trial_that_becomes_a_job_moves_its_calls_and_one_that_fails_frees_the_place(
    services: Services, basics: Basics, db: Database
) -> None:
    young, other = make_young_person(services, basics), make_young_person(services, basics, "Daan", "Klein")
    vacancy = make_vacancy(services, basics, open_until=days(72))
    proposal = services.proposals.propose(young.id, vacancy).id
    walk(services, proposal, P.CONTACT_MADE, P.INTERVIEW_PLANNED)
    version = walk(services, proposal, P.TRIAL_PLACEMENT, placement=placement(days(-80)))
    assert services.vacancies.get(vacancy).status == VacancyStatus.FILLED
    result = services.pipeline.step(
        proposal, version, P.PLACED, placement=placement(days(-19), ContractType.BBL), today=TODAY
    )
    assert result.checkpoints == calls(days(-19), 3, 6, 12)  # from the job's start, not the trial's
    with db.sessions() as s:
        rows = s.scalars(select(Placement).where(Placement.proposal_id == proposal)).all()
        assert len(rows) == 1 and rows[0].contract == ContractType.BBL and rows[0].start_date == days(-19)
        assert sorted(s.scalars(select(NazorgCheckpoint.due_on))) == list(result.checkpoints)
    # Another proposal on the same (now filled) vacancy: its trial fails, the place comes free again.
    vacancy2 = make_vacancy(services, basics, title="Magazijn", open_until=days(72))
    second = services.proposals.propose(other.id, vacancy2).id
    walk(services, second, P.CONTACT_MADE, P.INTERVIEW_PLANNED)
    version = walk(services, second, P.TRIAL_PLACEMENT, placement=placement(days(-50)))
    assert services.vacancies.get(vacancy2).status == VacancyStatus.FILLED
    services.pipeline.step(second, version, P.REJECTED, reason=RejectionReason.EMPLOYER_DECLINED, today=TODAY)
    assert services.vacancies.get(vacancy2).status == VacancyStatus.OPEN
    with db.sessions() as s:
        ended = s.scalar(select(Placement).where(Placement.proposal_id == second))
        assert ended is not None and ended.ended_on == TODAY
        assert not s.scalars(select(NazorgCheckpoint).where(NazorgCheckpoint.placement_id == ended.id)).all()


def test_the_proposals_list_shows_codes_not_names(services: Services, basics: Basics, wsp: int) -> None:
    young = make_young_person(services, basics)
    services.proposals.propose(young.id, make_vacancy(services, basics, wsp_contact_id=wsp))
    (row,) = services.pipeline.proposals()
    assert (row.young_code, row.young_initials) == (young.code, young.initials)
    assert "Zoë" not in repr(row) and "Berg" not in repr(row)
    assert (row.employer, row.owner_organisation) == ("Bakkerij Ter Horst", "WSP Achterhoek")
    walk(services, row.id, P.WITHDRAWN)
    assert services.pipeline.proposals(include_closed=False) == []
    assert isinstance(row.last_step_at, datetime)
