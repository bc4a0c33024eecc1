"""Suggestions over the database, proposals, and the fields that must never change a score."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchtafel.demo.region import generate_demo
from matchtafel.domain.errors import ValidationError
from matchtafel.domain.vocabulary import ProposalStatus, VacancyStatus, YesNoUnknown
from matchtafel.services import Services
from matchtafel.services.young_people import YoungPersonInput, YoungPersonRow
from matchtafel.storage.db import Database
from tests.conftest import TODAY
from tests.services.helpers import may_be_proposed


@pytest.fixture
def demo(db: Database, services: Services) -> Services:
    generate_demo(db.sessions, size="small", seed=11, today=TODAY)
    return services


def as_input(row: YoungPersonRow, **changes: object) -> YoungPersonInput:
    values = {f.name: getattr(row, f.name) for f in fields(YoungPersonInput) if hasattr(row, f.name)}
    return YoungPersonInput(**{**values, **changes})  # type: ignore[arg-type]


def scores(services: Services, young_id: int) -> list[tuple[int, float]]:
    return [
        (s.vacancy_id, s.match.score)
        for s in services.matching.for_young_person(young_id, today=TODAY, limit=200)
    ]


def test_suggestions_are_open_vacancies_ranked_with_reasons(demo: Services) -> None:
    young = demo.young_people.rows()[0]
    suggestions = demo.matching.for_young_person(young.id, today=TODAY)
    assert 0 < len(suggestions) <= 25
    assert [s.match.score for s in suggestions] == sorted((s.match.score for s in suggestions), reverse=True)
    open_ids = {
        v.id
        for v in demo.vacancies.rows()
        if v.status == VacancyStatus.OPEN and (v.open_until or TODAY) >= TODAY
    }
    assert {s.vacancy_id for s in suggestions} <= open_ids
    first = suggestions[0]
    assert first.title and first.employer_name and len(first.match.reasons) == 7
    assert all(r.text for r in first.match.reasons)


def test_the_reverse_direction_ranks_young_people_for_a_vacancy(demo: Services) -> None:
    vacancy = next(v for v in demo.vacancies.rows() if v.status == VacancyStatus.OPEN)
    suggestions = demo.matching.for_vacancy(vacancy.id, today=TODAY)
    assert suggestions and all(s.code.startswith("J-") for s in suggestions)
    top = suggestions[0]
    forwards = {
        s.vacancy_id: s.match.score
        for s in demo.matching.for_young_person(top.young_person_id, today=TODAY, limit=500)
    }
    assert forwards[vacancy.id] == top.match.score


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    birth_year=st.one_of(st.none(), st.integers(min_value=TODAY.year - 30, max_value=TODAY.year - 12)),
    note=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
    register=st.sampled_from(list(YesNoUnknown)),
)
def test_age_support_note_and_doelgroepregister_never_change_a_score(
    demo: Services, birth_year: int | None, note: str, register: YesNoUnknown
) -> None:
    young = demo.young_people.rows()[3]
    before = scores(demo, young.id)
    changed = demo.young_people.change(
        young.id,
        young.version,
        as_input(young, birth_year=birth_year, support_note=note, doelgroepregister=register),
    )
    assert scores(demo, young.id) == before
    demo.young_people.change(changed.id, changed.version, as_input(young))  # back, for the next example


def test_a_relevant_change_does_change_the_ranking(demo: Services) -> None:
    young = demo.young_people.rows()[3]
    before = scores(demo, young.id)
    demo.young_people.change(young.id, young.version, as_input(young, home_place="Maastricht"))
    assert scores(demo, young.id) != before


def test_weights_reach_the_ranking(demo: Services) -> None:
    young = demo.young_people.rows()[5]
    plain = [s.vacancy_id for s in demo.matching.for_young_person(young.id, today=TODAY)]
    travel_only = demo.matching.for_young_person(
        young.id,
        today=TODAY,
        weights={"level": 0, "field": 0, "hours": 0, "start": 0, "coaching": 0, "kind": 0},
    )
    assert [s.vacancy_id for s in travel_only] != plain
    assert all(r.key != "travel" or r.points >= 0 for s in travel_only for r in s.match.reasons)


def test_propose_creates_a_proposal_with_a_first_step_once(demo: Services, db: Database) -> None:
    young = next(
        y
        for y in demo.young_people.rows()
        if may_be_proposed(demo, [y.id]) and not demo.history.of_young_person(y.id).proposals
    )
    suggestion = demo.matching.for_young_person(young.id, today=TODAY)[0]
    proposal = demo.proposals.propose(young.id, suggestion.vacancy_id)
    assert proposal.status == ProposalStatus.PROPOSED
    with db.sessions() as s:
        from matchtafel.models import Proposal

        stored = s.get(Proposal, proposal.id)
        assert stored is not None
        assert [(step.status, step.by) for step in stored.steps] == [
            (ProposalStatus.PROPOSED, "Test Gebruiker (Testschool)")
        ]
    with pytest.raises(ValidationError, match="already proposed"):
        demo.proposals.propose(young.id, suggestion.vacancy_id)
    history = demo.history.of_young_person(young.id)
    assert proposal.id in [p.id for p in history.proposals]


def test_a_closed_vacancy_has_no_suggestions_and_says_so(demo: Services) -> None:
    from matchtafel.domain.errors import UserError

    filled = next(v for v in demo.vacancies.rows() if v.status != VacancyStatus.OPEN)
    with pytest.raises(UserError, match="not open, so it has no suggestions"):
        demo.matching.for_vacancy(filled.id, today=TODAY)


def test_without_consent_for_employers_nobody_is_proposed(demo: Services) -> None:
    young = next(y for y in demo.young_people.rows() if not may_be_proposed(demo, [y.id]))
    vacancy = demo.matching.for_young_person(young.id, today=TODAY)[0].vacancy_id
    with pytest.raises(ValidationError, match="consent") as refused:
        demo.proposals.propose(young.id, vacancy)
    assert dict(refused.value.problems[0].params)["code"] == young.code
    assert not demo.history.of_young_person(young.id).proposals or all(
        p.vacancy_id != vacancy for p in demo.history.of_young_person(young.id).proposals
    )


def test_a_closed_vacancy_cannot_be_proposed(demo: Services) -> None:
    young = demo.young_people.rows()[0]
    filled = next(v for v in demo.vacancies.rows() if v.status != VacancyStatus.OPEN)
    with pytest.raises(ValidationError, match="no longer open"):
        demo.proposals.propose(young.id, filled.id)


def test_tables_are_rebuilt_when_vacancies_change(demo: Services) -> None:
    young = demo.young_people.rows()[0]
    top = demo.matching.for_young_person(young.id, today=TODAY)[0]
    vacancy = demo.vacancies.get(top.vacancy_id)
    from matchtafel.services.vacancies import VacancyInput

    values = {f.name: getattr(vacancy, f.name) for f in fields(VacancyInput)}
    demo.vacancies.change(
        vacancy.id, vacancy.version, replace(VacancyInput(**values), status=VacancyStatus.FILLED)
    )
    assert top.vacancy_id not in [s.vacancy_id for s in demo.matching.for_young_person(young.id, today=TODAY)]
