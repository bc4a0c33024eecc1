"""Imports through the service: all or nothing, re-import updates, skipping rows, new employers."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from matchtafel.clock import FixedClock
from matchtafel.domain.errors import UserError
from matchtafel.io.import_spec import VACANCIES, YOUNG_PEOPLE, guess_mapping
from matchtafel.io.tabular import read_csv
from matchtafel.models import AuditEvent, YoungPerson
from matchtafel.services import Services
from matchtafel.services.importing import ImportRefused
from matchtafel.storage.db import Database

from .helpers import make_basics

HEADER = "Studentnummer;School;Voornaam;Tussenvoegsel;Achternaam;Niveau;Woonplaats;Uren per week\n"


def young_csv(*lines: str) -> bytes:
    return (HEADER + "\n".join(lines) + "\n").encode("cp1252")


def run(services: Services, data: bytes, kind: str = "jongeren", **kwargs: object):  # type: ignore[no-untyped-def]
    table = read_csv(data)
    fields = YOUNG_PEOPLE if kind == "jongeren" else VACANCIES
    return services.imports.run(kind, table, guess_mapping(table.headers, fields), **kwargs)  # type: ignore[arg-type]


def count_young(db: Database) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(YoungPerson)) or 0)


def test_import_creates_then_updates_instead_of_duplicating(services: Services, db: Database) -> None:
    make_basics(services)
    first = run(
        services,
        young_csv(
            "00123;Achterhoek College;Zoë;van der;Berg;2;Doetinchem;32",
            "00124;Achterhoek College;Daan;;Bos;entree;Aalten;24,0",
        ),
    )
    assert (first.new, first.updated, first.written) == (2, 0, True)
    rows = {r.student_number: r for r in services.young_people.rows()}
    assert rows["00123"].initials == "Z.B." and rows["00124"].hours_per_week == 24
    assert rows["00123"].code.startswith("J-") and rows["00123"].code != rows["00124"].code
    again = run(
        services,
        young_csv(
            "00123;Achterhoek College;Zoë;van der;Berg;3;Doetinchem;32",
            "00124;Achterhoek College;Daan;;Bos;entree;Aalten;24",
        ),
    )
    assert (again.new, again.updated, again.unchanged) == (0, 1, 1)
    assert count_young(db) == 2
    assert {r.student_number: r.level.value for r in services.young_people.rows() if r.level} == {
        "00123": "3",
        "00124": "entree",
    }
    with db.sessions() as s:
        assert (
            s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "import")) == 2
        )


def test_a_file_with_problems_changes_nothing_and_names_every_problem(
    services: Services, db: Database
) -> None:
    make_basics(services)
    data = young_csv(
        "00123;Achterhoek College;Zoë;;Berg;2;Doetinchem;32",
        "00124;Achterhoek College;Daan;;Bos;vijf;Aalten;24",
        "00125;Onbekend College;Sem;;Smit;3;Lochem;70",
        "00123;Achterhoek College;Zoë;;Berg;2;Doetinchem;32",
    )
    with pytest.raises(ImportRefused) as caught:
        run(services, data)
    messages = [(p.row_number, p.column, p.message) for p in caught.value.summary.problems]
    assert messages == [
        (3, "Niveau", "'vijf' is not a level; choose Entree, 1, 2, 3, 4, PrO, VSO, BuSO, OKAN or BSO"),
        (4, "Uren per week", "'70' is not a whole number from 0 to 60"),
        (4, "School", "'Onbekend College' is not a known school; add it under Organisations first"),
        (5, "Studentnummer", "the same as row 2; each one may appear once"),
    ]
    assert count_young(db) == 0


def test_listed_rows_can_be_skipped_by_explicit_choice(services: Services, db: Database) -> None:
    make_basics(services)
    data = young_csv(
        "00123;Achterhoek College;Zoë;;Berg;2;Doetinchem;32",
        "00124;Achterhoek College;Daan;;Bos;vijf;Aalten;24",
    )
    summary = run(services, data, skip_rows=frozenset({3}))
    assert (summary.new, summary.skipped_rows) == (1, [3])
    assert count_young(db) == 1


def test_a_new_young_person_needs_a_name(services: Services) -> None:
    make_basics(services)
    with pytest.raises(ImportRefused) as caught:
        run(services, young_csv("00123;Achterhoek College;;;;2;Doetinchem;32"))
    assert {p.column for p in caught.value.summary.problems} == {"Voornaam", "Achternaam"}


def test_check_only_writes_nothing(services: Services, db: Database) -> None:
    make_basics(services)
    table = read_csv(young_csv("00123;Achterhoek College;Zoë;;Berg;2;Doetinchem;32"))
    summary = services.imports.check("jongeren", table, guess_mapping(table.headers, YOUNG_PEOPLE))
    assert (summary.new, summary.written) == (1, False)
    assert count_young(db) == 0


def test_vacancies_import_creates_missing_employers_and_reads_hour_ranges(services: Services) -> None:
    data = (
        b"Vacaturenummer;Werkgever;Functie;Soort;Sector;Niveau;Plaats;Uren;Open tot\n"
        b"V-1;Bakkerij Ter Horst;Medewerker bakkerij;baan;Voedingsindustrie;2;Winterswijk;16-24;46022\n"
        b"V-2;Bakkerij Ter Horst;Leerling bakker;leerbaan;Voedingsindustrie;2;Winterswijk;32;31-12-2026\n"
    )
    summary = run(services, data, "vacatures")
    assert (summary.new, summary.new_employers) == (2, ["Bakkerij Ter Horst"])
    rows = {v.reference: v for v in services.vacancies.rows()}
    assert (rows["V-1"].hours_min, rows["V-1"].hours_max) == (16, 24)
    assert str(rows["V-1"].open_until) == "2025-12-31"
    assert len(services.employers.rows()) == 1


def test_backup_before_an_import(db: Database, clock: FixedClock) -> None:
    copy = db.backup("import", now=clock.now())
    if db.is_sqlite:
        assert copy is not None and copy.exists() and copy.read_bytes()[:16] == b"SQLite format 3\x00"
    else:
        assert copy is None


def test_ten_thousand_rows(services: Services, db: Database) -> None:
    make_basics(services)
    lines = [f"{i:06d};Achterhoek College;Jo{i};;Jansen;2;Doetinchem;32" for i in range(10_000)]
    summary = run(services, young_csv(*lines))
    assert summary.new == 10_000 and count_young(db) == 10_000


def test_an_import_writes_in_bulk_what_a_form_would_write(services: Services, db: Database) -> None:
    """New records get version 1 and a 'create' line; a changed one gets version + 1 and an 'update' line
    naming its fields, as a change through the form does; an unchanged one is not written at all."""
    make_basics(services)
    run(
        services,
        young_csv(
            "00123;Achterhoek College;Zoë;van der;Berg;2;Doetinchem;32",
            "00124;Achterhoek College;Daan;;Bos;entree;Aalten;24",
        ),
    )
    before = {r.student_number: r for r in services.young_people.rows()}
    assert {r.version for r in before.values()} == {1}
    run(
        services,
        young_csv(
            "00123;Achterhoek College;Zoë;van der;Berg;3;Zutphen;32",
            "00124;Achterhoek College;Daan;;Bos;entree;Aalten;24",
        ),
    )
    after = {r.student_number: r for r in services.young_people.rows()}
    assert after["00123"].version == 2 and after["00124"].version == 1
    with db.sessions() as s:
        stamped = s.get(YoungPerson, after["00123"].id)
        assert stamped is not None and stamped.updated_by == services.young_people.actor.label
    with db.sessions() as s:
        lines = s.execute(
            select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.detail, AuditEvent.young_person_id)
            .where(AuditEvent.entity == "young_person")
            .order_by(AuditEvent.id)
        ).all()
    zoe, daan = before["00123"].id, before["00124"].id
    assert sorted(lines[:2]) == sorted([("create", zoe, "import", zoe), ("create", daan, "import", daan)])
    assert lines[2:] == [("update", zoe, "fields: level, home_place", zoe)]


def test_a_record_changed_during_an_import_refuses_the_whole_import(
    services: Services, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The update checks the version it read: someone else's change in between is never overwritten."""
    from sqlalchemy import update

    from matchtafel.services.import_records import RecordImporter

    make_basics(services)
    run(services, young_csv("00123;Achterhoek College;Zoë;;Berg;2;Doetinchem;32"))
    read_current = RecordImporter.read_current

    def someone_changes_it(self: RecordImporter, s, rows) -> None:  # type: ignore[no-untyped-def]
        read_current(self, s, rows)
        s.execute(update(YoungPerson).values(version=YoungPerson.version + 1))  # another client's change

    monkeypatch.setattr(RecordImporter, "read_current", someone_changes_it)
    with pytest.raises(UserError, match="changed some of these records"):
        run(
            services,
            young_csv(
                "00123;Achterhoek College;Zoë;;Berg;3;Doetinchem;32",
                "00125;Achterhoek College;Sem;;Smit;2;Lochem;24",
            ),
        )
    assert count_young(db) == 1  # nothing imported, the new row neither
    assert services.young_people.rows()[0].level.value == "2"  # type: ignore[union-attr]


def test_a_schools_own_export_without_a_school_column_takes_the_school_for_every_row(
    services: Services, db: Database
) -> None:
    make_basics(services)
    export = "Leerlingnummer;Roepnaam;Achternaam;Niveau\n00123;Zoë;Berg;2\n00124;Daan;Bos;3\n".encode()
    table = read_csv(export)
    mapping = guess_mapping(table.headers, YOUNG_PEOPLE)
    assert "school" not in mapping
    with pytest.raises(UserError, match="Choose a column for: School"):
        services.imports.check("jongeren", table, mapping)
    with pytest.raises(UserError, match="'Nergens College' is not a known school"):
        services.imports.check("jongeren", table, mapping, school="Nergens College")
    assert services.imports.check("jongeren", table, mapping, school="achterhoek college").new == 2
    summary = services.imports.run("jongeren", table, mapping, school="Achterhoek College")
    assert (summary.new, summary.written) == (2, True)
    schools = {r.student_number: r.school_name for r in services.young_people.rows()}
    assert schools == {"00123": "Achterhoek College", "00124": "Achterhoek College"}
    again = services.imports.run("jongeren", table, mapping, school="Achterhoek College")
    assert (again.new, again.unchanged) == (0, 2)  # matched on school and student number, as always


def test_a_school_column_in_the_file_wins_over_the_school_for_every_row(
    services: Services, db: Database
) -> None:
    make_basics(services)
    summary = run(
        services, young_csv("00123;Achterhoek College;Zoë;;Berg;2;Doetinchem;32"), school="Onbekende School"
    )
    assert summary.new == 1 and count_young(db) == 1
