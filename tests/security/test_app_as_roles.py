"""The app itself, logged in as each role on a shared server: it offers and does what the rights table says,
the server refuses the rest with a clear message, and honest work (running a session, registering, placing,
amending, erasing) goes through with row-level security on every person-level table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest

from matchtafel.clock import FixedClock
from matchtafel.domain.access import may_write
from matchtafel.domain.errors import NotAllowed, NotesConflict, NotFound
from matchtafel.services import Actor, Services
from matchtafel.services.pipeline import StepResult
from matchtafel.storage.db import open_database
from matchtafel.storage.journal import digest
from tests.conftest import NOW, PG_URL
from tests.security.conftest import LOGINS, PEOPLE, Region, rows

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")


@contextmanager
def app_as(region: Region, login: str) -> Iterator[Services]:
    """The app's services as this login (the local settings' name is not what the server records)."""
    db = open_database(region.conninfo(login))
    try:
        yield Services.create(db.sessions, Actor("Naam uit de instellingen", "Ergens"), clock=FixedClock(NOW))
    finally:
        db.close()


def _input_of(row: object) -> object:
    from dataclasses import fields

    from matchtafel.services.young_people import YoungPersonInput

    return YoungPersonInput(
        **{f.name: getattr(row, f.name) for f in fields(YoungPersonInput) if hasattr(row, f.name)}
    )


@pytest.mark.parametrize("login", ["wsp", "minute_taker"])
def test_wsp_and_the_minute_taker_may_not_change_or_archive_young_people(
    fresh_region: Region, login: str
) -> None:
    assert not may_write(LOGINS[login], "young_people")  # the interface offers neither New nor Archive
    with app_as(fresh_region, login) as app:
        young = app.young_people.get(fresh_region.young["b2" if login == "wsp" else "b1"])
        changed = _input_of(young)
        with pytest.raises(NotAllowed, match="does not allow this"):
            app.young_people.change(young.id, young.version, changed)  # type: ignore[arg-type]
        with pytest.raises(NotAllowed, match="does not allow this"):
            app.young_people.archive(young.id, young.version)
        assert app.young_people.get(young.id).archived is False


def test_a_school_changes_its_own_young_people_and_cannot_reach_another_schools(fresh_region: Region) -> None:
    with app_as(fresh_region, "school_a") as app:
        own = app.young_people.get(fresh_region.young["a1"])
        app.young_people.archive(own.id, own.version)
        with pytest.raises(NotFound):
            app.young_people.get(fresh_region.young["b1"])
        with pytest.raises(NotFound):
            app.young_people.archive(fresh_region.young["b1"], 1)
        from matchtafel.services.young_people import YoungPersonInput

        made = app.young_people.create(
            YoungPersonInput(
                given_name="Nieuw", family_name="Leerling", school_id=fresh_region.organisations["school_a"]
            )
        )
        assert re.fullmatch(r"J-\d{4}-\d{6}", made.code)  # handed out by the server
        with pytest.raises(NotAllowed):
            app.young_people.create(
                YoungPersonInput(
                    given_name="X", family_name="Y", school_id=fresh_region.organisations["school_b"]
                )
            )
        from matchtafel.domain.vocabulary import ConsentGivenBy
        from matchtafel.services.consent import ConsentInput

        app.consent.record(made.id, ConsentInput(NOW.date(), ConsentGivenBy.YOUNG_PERSON))
    with app_as(fresh_region, "wsp") as wsp, pytest.raises(NotAllowed):
        wsp.consent.record(fresh_region.young["b2"], ConsentInput(NOW.date(), ConsentGivenBy.YOUNG_PERSON))


def test_on_the_shared_agenda_and_in_the_minutes_another_schools_case_is_code_and_initials_only(
    fresh_region: Region,
) -> None:
    running = fresh_region.meetings["running"]
    with app_as(fresh_region, "school_a") as app:
        cases = {c.young_person_id: c for c in app.session_view.view(running).cases}
        assert list(cases) == [fresh_region.young["a1"], fresh_region.young["b1"]]
        own, other = cases[fresh_region.young["a1"]], cases[fresh_region.young["b1"]]
        assert (own.programme_name, own.notes) == ("Opleiding a1", "Notitie over a1 in running")
        assert (other.programme_name, other.notes, other.code) == ("", "", other.code)
        minutes = app.minutes.minutes(running, force=True)  # the session is still running
        sections = {section.label.split()[0]: section for section in minutes.cases}
        b1 = sections[other.code]
        assert (b1.programme, b1.situation, b1.notes, b1.agreements, b1.proposals) == ("", "", "", [], [])
        assert sections[own.code].notes == "Notitie over a1 in running"
        every_action = [a.action for a in minutes.general_agreements] + [
            a.action for s in minutes.cases for a in s.agreements
        ]
        assert "Actie voor b1" not in every_action and "Actie voor a1" in every_action
        assert next(m for m in app.meetings.rows() if m.id == running).case_count == 2


def test_the_minute_taker_runs_locks_and_amends_a_session_and_the_server_signs_the_amendment(
    fresh_region: Region,
) -> None:
    from matchtafel.domain.vocabulary import AttendanceStatus, CaseStatus

    running = fresh_region.meetings["running"]
    b1_case = fresh_region.cases["running:b1"]
    with app_as(fresh_region, "minute_taker") as app:
        app.agenda.move_case(b1_case, 0)
        app.agenda.set_attendance(running, fresh_region.people["municipality"], AttendanceStatus.PRESENT)
        app.agenda.save_case_notes(b1_case, "Besproken", based_on=digest("Notitie over b1 in running"))
        app.agenda.set_case_status(b1_case, CaseStatus.DISCUSSED)
        app.agenda.add_agreement(running, action="Bellen", owner_id=None, deadline=None, case_id=b1_case)
        app.agenda.close(running)
        app.agenda.lock(running)
        app.agenda.save_case_notes(b1_case, "Besproken, aangevuld", based_on=digest("Besproken"))
        ((_, by, description),) = app.agenda.amendments(running)
        assert (by, description) == ("Mira Notulist (Gemeente Doetinchem)", f"case {b1_case}: update (notes)")
    with app_as(fresh_region, "school_b") as school:  # sees b1, may write cases: but not amend this session
        with pytest.raises(NotAllowed):
            school.agenda.save_case_notes(b1_case, "Herschreven", based_on=digest("Besproken, aangevuld"))
        assert school.session_view.view(running).cases[0].notes == "Besproken, aangevuld"


def test_a_school_cannot_reorder_an_agenda_it_sees_only_part_of_but_adds_its_own_at_the_end(
    fresh_region: Region,
) -> None:
    other = fresh_region.meetings["other"]
    with app_as(fresh_region, "school_a") as app:
        with pytest.raises(NotAllowed):
            app.agenda.move_case(fresh_region.cases["running:a1"], 1)
        case = app.agenda.add_case(other, fresh_region.young["a1"])
        positions = [(c.id, c.young_person_id) for c in app.session_view.view(other).cases]
        assert positions[-1] == (case, fresh_region.young["a1"]) and len(positions) == 3


def test_placing_a_young_person_counts_the_places_another_school_took(fresh_region: Region) -> None:
    from matchtafel.domain.vocabulary import VacancyKind
    from matchtafel.services.vacancies import VacancyInput

    with app_as(fresh_region, "coordinator") as coordinator:
        employer = coordinator.employers.rows()[0].id
        vacancy = coordinator.vacancies.create(
            VacancyInput(employer_id=employer, title="Twee plekken", kind=VacancyKind.JOB, positions=2)
        ).id
        _place(coordinator, coordinator.proposals.propose(fresh_region.young["b2"], vacancy).id)
    with app_as(fresh_region, "school_a") as school:
        proposal = school.proposals.propose(fresh_region.young["a1"], vacancy)
        result = _place(school, proposal.id)
        assert result.vacancy_filled  # the other school's placement counted, though the school cannot see it
        assert [v.status for v in school.vacancies.rows() if v.id == vacancy] == ["filled"]


def _place(app: Services, proposal_id: int) -> StepResult:
    from matchtafel.domain.vocabulary import ContractType, ProposalStatus
    from matchtafel.services.pipeline import PlacementInput

    version = app.pipeline.proposal(proposal_id).version
    for target in (ProposalStatus.CONTACT_MADE, ProposalStatus.INTERVIEW_PLANNED):
        version = app.pipeline.step(proposal_id, version, target).version
    return app.pipeline.step(
        proposal_id,
        version,
        ProposalStatus.PLACED,
        placement=PlacementInput(start_date=NOW.date() - timedelta(days=1), contract=ContractType.PERMANENT),
    )


def test_the_server_records_who_did_it_whatever_the_settings_say(fresh_region: Region) -> None:
    with app_as(fresh_region, "school_a") as app:
        app.young_people.view(fresh_region.young["a1"])
        with pytest.raises(NotAllowed):
            app.audit_log.lines()
    with app_as(fresh_region, "coordinator") as coordinator:
        lines = [line for line in coordinator.audit_log.lines() if line.action == "view"]
    name, organisation = PEOPLE["school_a"]
    assert [(line.actor, line.actor_organisation) for line in lines][-1:] == [(name, organisation)]


def test_erasing_someone_discussed_in_a_locked_session_amends_it(fresh_region: Region) -> None:
    locked = fresh_region.meetings["locked"]
    with app_as(fresh_region, "coordinator") as coordinator:
        coordinator.retention.erase(fresh_region.young["a2"], "verzoek van de jongere")
        descriptions = [d for _, _, d in coordinator.agenda.amendments(locked)]
        assert f"case {fresh_region.cases['locked:a2']}: anonymised" in descriptions
        assert rows_of_notes(fresh_region, fresh_region.cases["locked:a2"]) == ""


def rows_of_notes(region: Region, case_id: int) -> str:
    with psycopg.connect(region.admin_conninfo()) as admin:
        return str(rows(admin, "SELECT notes FROM cases WHERE id = %s", (case_id,))[0][0])


def test_a_second_writer_and_a_replayed_journal_never_overwrite_notes(
    fresh_region: Region, tmp_path: Path
) -> None:
    from matchtafel.storage.journal import NotesJournal

    case = fresh_region.cases["running:a1"]
    loaded = "Notitie over a1 in running"
    with app_as(fresh_region, "school_a") as school, app_as(fresh_region, "minute_taker") as taker:
        journal = NotesJournal(tmp_path, "server")
        journal.keep(
            case, "Schrijft de school, offline", based_on=digest(loaded)
        )  # the connection dropped here
        taker.agenda.save_case_notes(case, "Schrijft de notulist", based_on=digest(loaded))  # meanwhile
        conflicts = journal.replay(
            lambda case_id, text, base: school.agenda.save_case_notes(case_id, text, based_on=base)
        )
        assert [(c.case_id, c.mine, c.theirs, c.saved_by) for c in conflicts] == [
            (
                case,
                "Schrijft de school, offline",
                "Schrijft de notulist",
                "Mira Notulist (Gemeente Doetinchem)",
            )
        ]
        assert journal.pending() == {case: "Schrijft de school, offline"}  # both texts kept
        with pytest.raises(NotesConflict):
            school.agenda.save_case_notes(case, "Nog een poging", based_on=digest(loaded))
        assert (
            taker.session_view.view(fresh_region.meetings["running"]).cases[0].notes == "Schrijft de notulist"
        )
        journal.resolved(case, "Schrijft de notulist")  # seen both: the school's text goes on from theirs
        assert journal.replay(lambda c, t, b: school.agenda.save_case_notes(c, t, based_on=b)) == []
        assert journal.pending() == {}
