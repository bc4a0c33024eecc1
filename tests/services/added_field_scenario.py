"""A developer adds simple fields to the vacancies' spec, and nothing else; run in its own process by
``test_added_field.py`` (the models are made from the specs when first imported, so the spec lines go in first).

Each step below is the product's own path: the form's widgets, the register's save, the service, the
database, the lean list and its columns, the export file, the import of that file, the DPIA inventory.
Usage: ``python -m tests.services.added_field_scenario WORK_FOLDER``; prints "ok" when every check held.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from datetime import timedelta
from pathlib import Path

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.fields import Field
from matchtafel.domain.fields import vacancies as vacancy_fields
from matchtafel.domain.privacy_classes import BUSINESS, FREE_TEXT
from matchtafel.domain.vocabulary import YesNoUnknown

# The spec lines, as a developer writes them into domain/fields/vacancies.py.
ADDED = (
    Field(
        "dress_code",
        BUSINESS,
        label=QT_TRANSLATE_NOOP("VacanciesRegister", "&Dress code"),
        column=QT_TRANSLATE_NOOP("VacanciesRegister", "Dress code"),
        export="kledingvoorschrift",
        import_label=QT_TRANSLATE_NOOP("import", "Dress code"),
        aliases=("kledingvoorschrift", "kleding", "dress code"),
    ),
    Field(
        "interview_on",
        BUSINESS,
        label=QT_TRANSLATE_NOOP("VacanciesRegister", "Interview on"),
        widget="date",
        column=QT_TRANSLATE_NOOP("VacanciesRegister", "Interview"),
        export="sollicitatiedag",
        import_label=QT_TRANSLATE_NOOP("import", "Interview on"),
        aliases=("sollicitatiedag", "gesprek op"),
        cell="day",
    ),
    Field(
        "lunch_provided",
        BUSINESS,
        label=QT_TRANSLATE_NOOP("VacanciesRegister", "Lunch provided"),
        widget="bool",
        column=QT_TRANSLATE_NOOP("VacanciesRegister", "Lunch"),
        export="lunch",
        import_label=QT_TRANSLATE_NOOP("import", "Lunch provided"),
        aliases=("lunch", "lunch verzorgd"),
        cell="yes_no",
    ),
    Field(
        "travel_allowance",
        BUSINESS,
        label=QT_TRANSLATE_NOOP("VacanciesRegister", "Travel allowance (euro)"),
        widget="int",
        column=QT_TRANSLATE_NOOP("VacanciesRegister", "Travel"),
        export="reiskosten",
    ),
    Field(
        "uniform",
        BUSINESS,
        label=QT_TRANSLATE_NOOP("VacanciesRegister", "Uniform"),
        widget="choice",
        enum=YesNoUnknown,
        export="uniform",
    ),
    Field(
        "workplace_note",
        FREE_TEXT,
        label=QT_TRANSLATE_NOOP("VacanciesRegister", "Workplace note"),
        widget="note",
        export="werkplek",
    ),
)

spec = vacancy_fields.VACANCIES
vacancy_fields.VACANCIES = dataclasses.replace(spec, fields=(*spec.fields, *ADDED))


def add_columns(engine: object) -> None:
    """What the developer's migration adds (``op.add_column``), on this throw-away database."""
    import sqlalchemy as sa
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    from matchtafel.models.base import enum_column

    with engine.begin() as conn:  # type: ignore[attr-defined]
        op = Operations(MigrationContext.configure(conn))
        with op.batch_alter_table("vacancies") as batch:
            batch.add_column(sa.Column("dress_code", sa.String(200), nullable=False, server_default=""))
            batch.add_column(sa.Column("interview_on", sa.Date(), nullable=True))
            batch.add_column(
                sa.Column("lunch_provided", sa.Boolean(), nullable=False, server_default=sa.false())
            )
            batch.add_column(sa.Column("travel_allowance", sa.Integer(), nullable=True))
            batch.add_column(sa.Column("uniform", enum_column(YesNoUnknown, "uniform"), nullable=True))
            batch.add_column(sa.Column("workplace_note", sa.Text(), nullable=False, server_default=""))


def main(work: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from matchtafel.domain.errors import ConflictError, ValidationError
    from matchtafel.domain.privacy_inventory import category_of
    from matchtafel.io.import_spec import guess_mapping
    from matchtafel.io.tabular import read_csv
    from matchtafel.models import AuditEvent, Vacancy
    from matchtafel.services.employers import EmployerInput
    from matchtafel.ui.sections.registers.vacancies import VacanciesRegister
    from matchtafel.ui.widgets.record_form import RecordForm
    from tests.conftest import TODAY
    from tests.services.scenario_support import migrated_database, scenario_services

    keys = [f.key for f in ADDED]
    assert [f.key for f in Vacancy.spec_fields] == keys, Vacancy.spec_fields

    db = migrated_database(work, add_columns, [("vacancies", key) for key in sorted(keys)])
    services = scenario_services(db)
    employer = services.employers.create(EmployerInput(name="Bakkerij Ter Horst", place="Winterswijk"))
    app = QApplication.instance() or QApplication([])

    # The form: the new fields are there, typed into and saved through the register (the form's save).
    register = VacanciesRegister(services, ["Voedingsindustrie"])
    specs = register.fields()
    assert [s.name for s in specs][-len(ADDED) :] == keys
    interview = TODAY + timedelta(days=44)
    values = {
        **register.new_values(),
        "employer_id": employer.id,
        "title": "Medewerker bakkerij",
        "reference": "V-1",
        "interview_on": interview,
        "lunch_provided": True,
        "travel_allowance": 40,
        "uniform": YesNoUnknown.YES,
        "workplace_note": "Vroeg beginnen",
    }
    form = RecordForm(title="new", specs=specs, row=None, values=values, save=register.save)
    QTest.keyClicks(form.editors["dress_code"].widget, "Wit schort")
    typed = form.values()
    assert typed["dress_code"] == "Wit schort" and typed["interview_on"] == interview, typed
    saved = register.save(typed, None)
    expected = {
        "dress_code": "Wit schort",
        "interview_on": interview,
        "lunch_provided": True,
        "travel_allowance": 40,
        "uniform": YesNoUnknown.YES,
        "workplace_note": "Vroeg beginnen",
    }
    assert dict(saved.extra) == expected, saved.extra

    # The database holds them, and the form reads them back.
    with db.sessions() as s:
        stored = s.get(Vacancy, saved.id)
        assert stored is not None
        assert {key: getattr(stored, key) for key in keys} == expected
    again = RecordForm(
        title="edit", specs=register.fields(), row=saved, values=register.values_of(saved), save=register.save
    )
    assert {key: again.values()[key] for key in keys} == expected

    # A change is saved with the version check: a second save on the old version is a conflict.
    form_values = again.values()
    changed = register.save({**form_values, "dress_code": "Zwarte broek", "travel_allowance": 55}, saved)
    assert changed.version == saved.version + 1 and changed.extra["dress_code"] == "Zwarte broek"
    try:
        register.save({**form_values, "dress_code": "Blauw"}, saved)
    except ConflictError as conflict:
        assert conflict.theirs.extra["dress_code"] == "Zwarte broek"
    else:
        raise AssertionError("a save on an old version was not refused")
    try:  # a text longer than its column is refused at its field, as a form's typed text is
        register.save({**register.values_of(changed), "dress_code": "x" * 201}, changed)
    except ValidationError as refused:
        assert [p.field for p in refused.problems] == ["dress_code"], refused.problems
    else:
        raise AssertionError("a text longer than its column was saved")
    with db.sessions() as s:  # the audit line names the changed fields, never their values
        details = [e.detail for e in s.query(AuditEvent).filter_by(action="update", entity="vacancy")]
    assert details == ["fields: dress_code, travel_allowance"], details

    # The list: the lean rows carry the listed ones, the register shows their columns.
    (listed,) = services.vacancies.list_rows()
    assert listed.dress_code == "Zwarte broek" and listed.interview_on == interview and listed.lunch_provided
    assert set(listed.extra) == {"dress_code", "interview_on", "lunch_provided", "travel_allowance"}
    columns = {c.title: c for c in register.columns()}
    assert columns["Dress code"].text(listed) == "Zwarte broek"
    assert columns["Interview"].text(listed) == interview.strftime("%d-%m-%Y"), columns["Interview"].text(
        listed
    )
    assert columns["Lunch"].text(listed) == "Yes" and columns["Travel"].text(listed) == "55"
    (first,) = services.vacancies.list_rows(limit=5)
    assert first.extra == listed.extra

    # The export writes them; the file, changed, is imported back by its headers (the aliases).
    path = work / "vacatures.csv"
    assert register.export(path, [saved.id], names=False) == 1
    table = read_csv(path.read_bytes())
    for f in ADDED:
        assert f.export in table.headers, (f.export, table.headers)
    row = list(table.rows[0])
    row[table.headers.index("kledingvoorschrift")] = "Schort en pet"
    row[table.headers.index("sollicitatiedag")] = (interview + timedelta(days=5)).strftime("%d-%m-%Y")
    row[table.headers.index("lunch")] = "nee"
    headers = [("kleding" if h == "kledingvoorschrift" else h) for h in table.headers]  # an alias
    changed_file = ";".join(headers) + "\n" + ";".join("" if v is None else str(v) for v in row) + "\n"
    edited = read_csv(changed_file.encode("utf-8"))
    fields = services.imports.fields("vacatures")
    mapping = guess_mapping(edited.headers, fields)
    assert {"dress_code", "interview_on", "lunch_provided"} <= set(mapping), mapping
    summary = services.imports.run("vacatures", edited, mapping)
    assert summary.updated == 1, summary
    after = services.vacancies.get(saved.id)
    assert after.extra["dress_code"] == "Schort en pet"
    assert (
        after.extra["interview_on"] == interview + timedelta(days=5)
        and after.extra["lunch_provided"] is False
    )
    assert after.extra["travel_allowance"] == 55 and after.extra["workplace_note"] == "Vroeg beginnen"

    # A new vacancy from a file gets the defaults of the fields the file leaves out.
    new_file = "vacaturenummer;werkgever;functie;soort;kleding\nV-2;Bakkerij Ter Horst;Bezorger;baan;Pet\n"
    table2 = read_csv(new_file.encode("utf-8"))
    assert services.imports.run("vacatures", table2, guess_mapping(table2.headers, fields)).new == 1
    (second,) = [r for r in services.vacancies.list_rows() if r.reference == "V-2"]
    assert second.extra == {
        "dress_code": "Pet",
        "interview_on": None,
        "lunch_provided": False,
        "travel_allowance": None,
    }

    # The DPIA inventory names each with its class.
    inventory = services.retention.inventory()
    for f in ADDED:
        assert category_of("vacancies", f.key) == f.privacy
        assert ("vacancies", f.key, f.privacy) in inventory, f.key

    form.deleteLater(), again.deleteLater()
    app.processEvents()
    db.close()
    print("ok")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
