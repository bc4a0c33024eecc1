"""Create, change, archive and list through the services, with audit events and conflicts."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from matchtafel.domain.errors import ConflictError, NotFound, UserError, ValidationError
from matchtafel.domain.vocabulary import Level, VacancyKind
from matchtafel.models import AuditEvent, YoungPerson
from matchtafel.services import Actor, Services
from matchtafel.services.employers import EmployerInput
from matchtafel.services.organisations import OrganisationInput, PersonInput
from matchtafel.services.vacancies import VacancyInput
from matchtafel.services.young_people import YoungPersonInput, initials_for
from matchtafel.storage.db import Database
from tests.conftest import TODAY

from .helpers import give_consent, kind_id, make_basics, make_young_person


def audit(db: Database) -> list[tuple[str, str, str, int | None, str]]:
    with db.sessions() as s:
        return [
            (e.actor, e.action, e.entity, e.entity_id, e.detail)
            for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def test_every_write_records_an_audit_event_in_the_same_transaction(services: Services, db: Database) -> None:
    basics = make_basics(services)
    changed = services.employers.change(
        basics.employer.id,
        basics.employer.version,
        replace_employer(basics.employer, sector="Horeca en toerisme"),
    )
    services.employers.archive(changed.id, changed.version)

    events = audit(db)
    assert [(a, e) for _, a, e, _, _ in events] == [
        ("create", "organisation"),
        ("create", "person"),
        ("create", "employer"),
        ("update", "employer"),
        ("archive", "employer"),
    ]
    assert events[3][4] == "fields: sector"
    assert {actor for actor, *_ in events} == {"Test Gebruiker"}


def replace_employer(row: object, **changes: object) -> EmployerInput:
    fields = {name: getattr(row, name) for name in EmployerInput.__dataclass_fields__}
    return EmployerInput(**{**fields, **changes})  # type: ignore[arg-type]


def test_created_and_updated_by_are_stamped_with_the_actor(services: Services, db: Database) -> None:
    basics = make_basics(services)
    other = Services.create(db.sessions, Actor("Karim El Idrissi", "WSP Achterhoek"), clock=services.clock)
    other.employers.change(basics.employer.id, 1, replace_employer(basics.employer, place="Aalten"))
    with db.sessions() as s:
        from matchtafel.models import Employer

        employer = s.get(Employer, basics.employer.id)
        assert employer is not None
        assert employer.created_by == "Test Gebruiker (Testschool)"
        assert employer.updated_by == "Karim El Idrissi (WSP Achterhoek)"
        assert employer.version == 2
        assert employer.updated_at >= employer.created_at


def test_a_change_without_differences_writes_nothing(services: Services, db: Database) -> None:
    basics = make_basics(services)
    same = services.employers.change(basics.employer.id, 1, replace_employer(basics.employer))
    assert same.version == 1
    assert [a for _, a, e, _, _ in audit(db) if e == "employer"] == ["create"]


def test_a_stale_version_raises_a_conflict_carrying_both_versions(services: Services) -> None:
    basics = make_basics(services)
    services.employers.change(basics.employer.id, 1, replace_employer(basics.employer, place="Aalten"))
    mine = replace_employer(basics.employer, place="Eibergen")
    with pytest.raises(ConflictError) as caught:
        services.employers.change(basics.employer.id, 1, mine)
    assert caught.value.mine == mine
    assert caught.value.theirs.place == "Aalten"
    assert caught.value.theirs.version == 2
    assert caught.value.expected_version == 1
    assert services.employers.get(basics.employer.id).place == "Aalten"


def test_a_concurrent_update_between_read_and_write_is_a_conflict(
    services: Services, db: Database, backend: str
) -> None:
    """PostgreSQL: the version check in the UPDATE catches a writer that slipped in after our read.
    SQLite: a transaction holds the write lock from its start, so the other writer cannot slip in."""
    from sqlalchemy.orm.exc import StaleDataError

    from matchtafel.models import Employer

    basics = make_basics(services)
    with db.sessions.begin() as s:
        employer = s.get(Employer, basics.employer.id)
        assert employer is not None
        if backend == "sqlite":
            other_client = sqlite3.connect(db.url.database or "", timeout=0.05)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other_client.execute("UPDATE employers SET place = 'Lochem', version = 2")
            other_client.close()
            return
        with db.engine.connect() as other:
            other.execute(Employer.__table__.update().values(place="Lochem", version=2))
            other.commit()
        employer.place = "Vorden"
        with pytest.raises(StaleDataError):
            s.flush()
        s.rollback()
    with pytest.raises(ConflictError) as caught:
        services.employers.change(basics.employer.id, 1, replace_employer(basics.employer, place="Ruurlo"))
    assert caught.value.theirs.place == "Lochem"


def test_validation_says_which_field_and_how_to_fix_it(services: Services) -> None:
    basics = make_basics(services)
    with pytest.raises(ValidationError) as caught:
        services.vacancies.create(
            VacancyInput(
                employer_id=basics.employer.id,
                title=" ",
                kind=VacancyKind.LEERBAAN,
                crebo_codes=["2518"],
                hours_min=32,
                hours_max=16,
                start_date=TODAY + timedelta(days=11),
                open_until=date(TODAY.year + 36, 11, 1),  # a slip: 2026 typed as 2062
            )
        )
    problems = {p.field: p.message for p in caught.value.problems}
    assert problems == {
        "title": "Fill this in.",
        "crebo_codes": "A crebo code has exactly 5 digits, e.g. 25180.",
        "hours": "The minimum hours (32) exceed the maximum (16).",
        "open_until": f"01-11-{TODAY.year + 36} is far off; check the year.",
    }
    assert services.vacancies.rows() == []


def test_person_needs_a_valid_email_and_an_existing_organisation(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.people.create(PersonInput(name="Piet", organisation_id=999, email="piet-at-wsp"))
    assert {p.field for p in caught.value.problems} == {"email", "organisation_id"}


def test_archived_rows_leave_the_list_and_can_be_restored(services: Services) -> None:
    basics = make_basics(services)
    archived = services.employers.archive(basics.employer.id, 1)
    assert archived.archived
    assert services.employers.rows() == []
    assert [r.id for r in services.employers.rows(include_archived=True)] == [basics.employer.id]
    restored = services.employers.restore(archived.id, archived.version)
    assert not restored.archived
    assert [r.name for r in services.employers.rows()] == ["Bakkerij Ter Horst"]


def test_get_of_a_missing_record_is_a_clear_not_found(services: Services) -> None:
    with pytest.raises(NotFound, match="no longer exists"):
        services.employers.get(12345)


def test_organisation_kinds_are_seeded_for_the_netherlands_and_flanders(services: Services) -> None:
    kinds = services.organisations.kinds()
    codes = {k.code for k in kinds}
    assert {"mbo", "pro", "vso", "gemeente", "doorstroompunt", "wsp", "uwv"} <= codes
    assert {"be_vdab", "be_gemeente", "be_school"} <= codes
    assert kinds[0].country == "NL"
    organisation = services.organisations.create(
        OrganisationInput(name="VDAB Gent", kind_id=kind_id(services, "be_vdab"))
    )
    assert organisation.kind_name_nl == "VDAB"


def test_young_people_get_a_yearly_code_and_initials_but_lists_carry_no_names(services: Services) -> None:
    basics = make_basics(services)
    first = make_young_person(services, basics)
    second = make_young_person(services, basics, "Daan", "de Graaf")
    year = TODAY.year
    assert (first.code, second.code) == (f"J-{year}-0001", f"J-{year}-0002")
    assert (first.initials, second.initials) == ("Z.B.", "D.G.")
    rows = services.young_people.rows()
    assert [r.school_name for r in rows] == ["Achterhoek College"] * 2
    assert not any("Zoë" in repr(r) or "Berg" in repr(r) for r in rows)


def test_revealing_a_name_is_audited_with_its_reason(services: Services, db: Database) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    name = services.young_people.reveal_name(young.id, "intake form")
    assert name.full == "Zoë van der Berg"
    assert audit(db)[-1][1:4] == ("view_name", "young_person", young.id)
    with db.sessions() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None and (event.reason, event.young_person_id) == ("intake form", young.id)
    with pytest.raises(ValidationError, match="why you need the name"):
        services.young_people.reveal_name(young.id, " ")
    hidden = make_young_person(services, basics, "Daan", consent=False)
    with pytest.raises(UserError, match="no consent in force for the table"):
        services.young_people.reveal_name(hidden.id, "intake form")
    services.young_people.view(young.id)
    assert audit(db)[-1][1:4] == ("view", "young_person", young.id)


def test_changing_a_young_person_keeps_the_name_unless_given(services: Services, db: Database) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    changed = services.young_people.change(
        young.id,
        young.version,
        YoungPersonInput(school_id=basics.school.id, level=Level.MBO2, hours_per_week=24),
    )
    assert (changed.level, changed.hours_per_week, changed.initials) == (Level.MBO2, 24, "Z.B.")
    renamed = services.young_people.change(
        changed.id,
        changed.version,
        YoungPersonInput(school_id=basics.school.id, given_name="Zoe", family_name="Ünal"),
    )
    assert renamed.initials == "Z.Ü."
    with db.sessions() as s:
        stored = s.get(YoungPerson, young.id)
        assert stored is not None
        assert (stored.given_name, stored.family_name) == ("Zoe", "Ünal")
    # the audit detail names the fields, never the values
    details = [d for _, a, e, _, d in audit(db) if e == "young_person" and a == "update"]
    assert details[0].startswith("fields: ") and "name" in details[1]
    assert not any("Ünal" in d or "Zoe" in d for d in details)


def test_young_person_codes_keep_counting_past_9999(services: Services, db: Database) -> None:
    basics = make_basics(services)
    year = TODAY.year
    with db.sessions.begin() as s:
        s.add(YoungPerson(code=f"J-{year}-9999", initials="A.B.", version=1))
        s.add(YoungPerson(code=f"J-{year}-10000", initials="C.D.", version=1))
    assert make_young_person(services, basics).code == f"J-{year}-10001"


def test_young_person_validation(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.young_people.create(
            YoungPersonInput(
                given_name="", family_name="Bos", crebo="abc", hours_per_week=70, birth_year=1950
            )
        )
    assert {p.field for p in caught.value.problems} == {"given_name", "crebo", "hours_per_week", "birth_year"}


@pytest.mark.parametrize(
    "given, family, expected",
    [
        ("Zoë", "van der Berg", "Z.B."),
        ("ijsbrand", "ter Horst", "I.H."),
        ("Noor", "El Amrani", "N.E."),
        ("Jan-Willem", "Smit-de Vries", "J.S."),
        ("", "Bos", "B."),
        ("", "'t Hart", "H."),
        ("Mila", "’t Hart", "M.H."),
        ("Jan", "'s-Gravesande", "J.G."),
        ("Eva", "in ’t Veld", "E.V."),
        ("'Ayla", "Bos", "A.B."),
    ],
)
def test_initials(given: str, family: str, expected: str) -> None:
    assert initials_for(given, family) == expected


def test_history_of_a_young_person_and_vacancies_of_an_employer(db: Database, services: Services) -> None:
    from matchtafel.demo.region import generate_demo

    generate_demo(db.sessions, size="small", seed=4, today=TODAY)
    discussed = services.meetings.rows()[0]
    assert discussed.case_count > 0
    with db.sessions() as s:
        from matchtafel.models import Case

        case = s.scalars(select(Case).where(Case.meeting_id == discussed.id)).first()
        assert case is not None
        young_id = case.young_person_id
    history = services.history.of_young_person(young_id)
    assert discussed.id in [c.meeting_id for c in history.cases]
    assert history.agreements and all(a.action for a in history.agreements)
    employer = services.employers.get(services.vacancies.rows()[0].employer_id)
    vacancies = services.vacancies.of_employer(employer.id)
    assert vacancies and {v.employer_name for v in vacancies} == {employer.name}
    assert len(vacancies) == sum(1 for v in services.vacancies.rows() if v.employer_id == employer.id)


def test_control_characters_are_dropped_from_text_and_line_breaks_kept(services: Services) -> None:
    """A NUL from a paste used to crash PostgreSQL ("text fields cannot contain NUL"); found by hypothesis."""
    basics = make_basics(services)
    young = services.young_people.create(
        YoungPersonInput(
            given_name="Zo\x00ë",
            family_name="Bos\x1b[0m",
            support_note="regel 1\nregel\x002\tklaar",
            wanted_sectors=["Zorg\x07"],
            school_id=basics.school.id,
        )
    )
    assert services.young_people.get(young.id).support_note == "regel 1\nregel2\tklaar"
    assert services.young_people.get(young.id).wanted_sectors == ["Zorg"]
    give_consent(services, young.id)
    assert services.young_people.reveal_name(young.id, "test").full == "Zoë Bos[0m"


@pytest.mark.parametrize(
    "kind", ["jongeren", "vacatures", "werkgevers", "organisaties", "personen", "afspraken", "voordrachten"]
)
def test_every_list_exports_and_each_export_is_audited(db: Database, services: Services, kind: str) -> None:
    from matchtafel.demo.region import generate_demo

    generate_demo(db.sessions, size="small", seed=9, clock=services.clock)
    headers, rows = services.exports.table(kind)
    assert headers and rows and all(len(r) == len(headers) for r in rows)
    assert audit(db)[-1][1:4] == ("export", kind, None)


def test_export_with_names_is_a_separate_audited_action(db: Database, services: Services) -> None:
    basics = make_basics(services)
    make_young_person(services, basics)
    plain_headers, plain = services.exports.table("jongeren")
    assert "voornaam" not in plain_headers and "Zoë" not in repr(plain)
    make_young_person(services, basics, "Daan", "Hulshof", consent=False)
    headers, rows = services.exports.table("jongeren", names=True, reason="inzage")
    assert headers[2:4] == ["voornaam", "achternaam"]
    assert [r[2:4] for r in rows] == [["Zoë", "van der Berg"], ["", ""]]  # no consent, no name
    assert audit(db)[-1][1:] == ("export_names", "jongeren", None, "2 rows, with names where consented")
    with db.sessions() as s:
        assert s.scalars(select(AuditEvent.reason).order_by(AuditEvent.id.desc())).first() == "inzage"
    with pytest.raises(ValidationError, match="why you need the names"):
        services.exports.table("jongeren", names=True)


def test_a_date_is_checked_on_29_february_too(services: Services, clock: object) -> None:
    """Five years on from 29 February is 28 February: the check once raised ValueError on leap days."""
    from datetime import datetime

    from matchtafel.domain.errors import FieldProblem
    from matchtafel.services.validation import check_plausible_date

    problems: list[FieldProblem] = []
    check_plausible_date(date(2033, 2, 28), "day", date(2028, 2, 29), problems)
    assert problems == []
    check_plausible_date(date(2033, 3, 1), "day", date(2028, 2, 29), problems)
    assert [p.field for p in problems] == ["day"]
    clock.set(datetime(2028, 2, 29, 10, 0))  # type: ignore[attr-defined]
    basics = make_basics(services)
    young = services.young_people.create(
        YoungPersonInput(
            given_name="Sem", family_name="Smit", school_id=basics.school.id, available_from=date(2028, 3, 1)
        )
    )
    assert young.code.startswith("J-2028-") and young.available_from == date(2028, 3, 1)
