"""What the lean reads give equals what the services' ORM-typed reads give: the first screen read with the
sqlite3 module, the long lists read as named tuples, the suggestions' tables without their items."""

from __future__ import annotations

from matchtafel.clock import FixedClock
from matchtafel.demo.region import generate_demo
from matchtafel.domain.vocabulary import VacancyStatus
from matchtafel.services import Services
from matchtafel.services.first_screen import FirstScreen, first_screen, read_first_screen
from matchtafel.services.young_people import YoungPersonListRow
from matchtafel.storage.db import Database
from tests.conftest import TODAY


def test_the_first_screen_read_directly_equals_what_the_services_give(
    db: Database, services: Services, clock: FixedClock
) -> None:
    generate_demo(db.sessions, size="small", seed=3, today=TODAY)
    through_services = FirstScreen(services.overview.counts(), services.meetings.rows())
    assert through_services.sessions and through_services.counts.young_people == 200
    assert first_screen(services, None) == through_services
    if db.raw_readable:  # a plain SQLite file: read with the sqlite3 module, the same rows and counts
        assert read_first_screen(db.connect_raw, clock.now()) == through_services
        assert first_screen(services, db.connect_raw) == through_services


def test_the_lean_lists_hold_what_the_full_rows_hold(db: Database, services: Services) -> None:
    generate_demo(db.sessions, size="small", seed=4, today=TODAY)
    young = services.young_people.list_rows()
    full = {row.id: row for row in services.young_people.rows()}
    assert len(young) == len(full) == 200
    assert [row.code for row in young] == sorted(row.code for row in young)
    for row in young:
        whole = full[row.id]
        for name in YoungPersonListRow._fields:
            assert getattr(row, name) == getattr(whole, name), (row.code, name)
    assert services.young_people.list_rows(limit=15) == young[:15]  # the first rows, shown first
    some = young[3]
    services.young_people.archive(some.id, some.version)
    assert some.id not in {row.id for row in services.young_people.list_rows()}
    assert some.id in {row.id for row in services.young_people.list_rows(include_archived=True)}

    from matchtafel.domain.vocabulary import VacancyKind
    from matchtafel.services.vacancies import VacancyInput

    employer = services.employers.rows()[0].id
    for title in ("Zonder kenmerk", "Ook zonder kenmerk"):  # no reference: listed after those with one
        services.vacancies.create(VacancyInput(employer_id=employer, title=title, kind=VacancyKind.JOB))
    vacancies = services.vacancies.list_rows()
    whole_vacancies = {row.id: row for row in services.vacancies.rows()}
    assert len(vacancies) == len(whole_vacancies) == 122
    for row in vacancies:
        whole = whole_vacancies[row.id]
        for name in row._fields:
            assert getattr(row, name) == getattr(whole, name), (row.reference, name)
    assert services.vacancies.list_rows(limit=7) == vacancies[:7]
    without = [row for row in vacancies if row.reference is None]
    assert [row.title for row in without] == ["Zonder kenmerk", "Ook zonder kenmerk"] and vacancies[
        -len(without) :
    ] == without  # those without a reference come last
    assert services.vacancies.list_rows(limit=len(vacancies) - 1) == vacancies[:-1]  # both steps
    assert services.vacancies.list_rows(limit=500) == vacancies


def test_suggestions_for_a_vacancy_explain_from_a_table_without_items(
    db: Database, services: Services
) -> None:
    """The young people's table holds numbers only; the few explained are read by id, the same as a table
    that held them all would explain them."""
    from matchtafel.matching.scorer import Matcher
    from matchtafel.services.match_features import CANDIDATE_COLUMNS, candidate_from

    generate_demo(db.sessions, size="small", seed=5, today=TODAY)
    vacancy = next(v for v in services.vacancies.list_rows() if v.status == VacancyStatus.OPEN)
    suggested = services.matching.for_vacancy(vacancy.id, today=TODAY)
    assert suggested
    with db.sessions() as s:
        from sqlalchemy import select

        from matchtafel.models import Vacancy, YoungPerson
        from matchtafel.services.match_features import opening_from

        rows = s.execute(
            select(*[getattr(YoungPerson, c) for c in CANDIDATE_COLUMNS]).where(
                YoungPerson.archived_at.is_(None)
            )
        ).mappings()
        candidates = [candidate_from(r) for r in rows]
        opening = opening_from(
            s.execute(services.matching._vacancy_select().where(Vacancy.id == vacancy.id)).mappings().one()
        )
    matcher = Matcher(today=TODAY)
    expected = matcher.rank_candidates(opening, matcher.candidates_table(candidates), limit=25)
    assert [s.match for s in suggested] == expected
