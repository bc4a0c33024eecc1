"""A long register on a shared server is read a page at a time (each page one short query, by id) in one
background job, while its first rows show at once; a newer reload wins, and a record just saved is selected once
the list is in. A local file reads it in one query."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from matchtafel.services import Services
from matchtafel.services.employers import EmployerInput
from matchtafel.ui.sections.registers.register_page import RegisterPage
from tests.ui.register_helpers import page_for, shown_rows


def test_a_server_list_is_read_page_by_page_and_shown_whole(
    services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    import matchtafel.services.paging as base

    for number in range(5):
        services.employers.create(EmployerInput(name=f"Werkgever {number}", sector="Bouw en infra"))
    monkeypatch.setattr(base, "LIST_PAGE", 2)
    page = page_for(services, "employers", qtbot)
    asked: list[int | None] = []
    load_page = page.register.load_page

    def counting(include_archived: bool, after_id: int | None) -> object:
        asked.append(after_id)
        return load_page(include_archived, after_id)

    page.register.load_page = counting  # type: ignore[method-assign,assignment]
    page.reload()
    qtbot.waitUntil(lambda: page.model.total == 5 and "…" not in page.count_label.text(), timeout=10_000)
    if backend == "postgresql":
        assert len(asked) == 3 and asked[0] is None and asked[1] is not None and asked[1] < asked[2]  # type: ignore[operator]
    else:
        assert asked == [None]
    assert sorted(shown_rows(page)) == [f"Werkgever {n}" for n in range(5)]


def test_a_newer_reload_drops_the_pages_of_an_older_one_and_a_saved_record_is_selected(
    services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import matchtafel.services.paging as base

    made = [
        services.employers.create(EmployerInput(name=f"Werkgever {n}", sector="Bouw en infra")).id
        for n in range(5)
    ]
    monkeypatch.setattr(base, "LIST_PAGE", 2)
    page: RegisterPage = page_for(services, "employers", qtbot)
    page.reload()
    page.reload_then_select(made[-1])  # the first reload's pages are dropped when they come
    qtbot.waitUntil(lambda: page.model.total == 5 and "…" not in page.count_label.text(), timeout=10_000)
    qtbot.waitUntil(
        lambda: page.current_row() is not None and page.current_row().id == made[-1], timeout=10_000
    )
    assert sorted(r.id for r in page.model.visible_rows()) == sorted(made)


def test_the_proposals_list_comes_a_page_at_a_time_too(
    services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    import matchtafel.services.paging as base
    from matchtafel.ui.sections.follow_up.proposals_page import ProposalsPage
    from tests.services.helpers import make_basics, make_vacancy, make_young_person

    basics = make_basics(services)
    vacancy = make_vacancy(services, basics)
    made = [
        services.proposals.propose(make_young_person(services, basics, f"Naam{n}", "Jansen").id, vacancy).id
        for n in range(5)
    ]
    monkeypatch.setattr(base, "LIST_PAGE", 2)
    page = ProposalsPage(services=services)
    qtbot.addWidget(page)
    sizes: list[int] = []
    page.loaded.connect(sizes.append)
    page.reload()
    qtbot.waitUntil(lambda: bool(sizes) and sizes[-1] == 5, timeout=10_000)
    assert sizes == ([2, 4, 5] if backend == "postgresql" else [5])
    assert page.model.total == len(made) == 5


def test_the_vacancies_list_is_read_whole_as_its_lean_rows_in_its_order(
    services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locally at once, on a server page by page: the list's own rows (what it shows), never whole vacancies
    (a region's 50,000 held ~40 MB more that way), and in the order of ``list_rows``."""
    import matchtafel.services.paging as base
    from matchtafel.services.vacancies import VacancyListRow
    from tests.services.helpers import make_basics, make_vacancy

    basics = make_basics(services)
    for number, reference in enumerate(["V-3", None, "V-1", None, "V-2"]):
        make_vacancy(services, basics, f"Plek {number}", reference=reference)
    monkeypatch.setattr(base, "LIST_PAGE", 2)
    page = page_for(services, "vacancies", qtbot)
    rows = page.register.load_all(False)
    assert all(type(row) is VacancyListRow for row in rows)
    assert rows == services.vacancies.list_rows()
    assert [row.reference for row in rows] == ["V-1", "V-2", "V-3", None, None]
