"""A developer adds simple fields to the supporters' spec and one to the matching events' spec, and nothing else; run in its own process by
``test_added_field.py`` (the models are made from the specs when first imported, so the spec lines go in first).

The same walk as ``added_field_scenario.py`` for vacancies, through the supporters' own paths: the form's
widgets and the register's save, the database, the list and its columns, the export, the DPIA inventory, and
the erasure of a supporter's own data on request (a personal spec-only field is emptied, the others stay); and
the event's field through its form, list, export and the DPIA.
Usage: ``python -m tests.services.added_supporter_field_scenario WORK_FOLDER``; prints "ok" when every check held.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from datetime import timedelta
from pathlib import Path

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.fields import Field
from matchtafel.domain.fields import events as event_fields
from matchtafel.domain.fields import supporters as supporter_fields
from matchtafel.domain.privacy_classes import BUSINESS, SUPPORTER

# The spec lines, as a developer writes them into domain/fields/supporters.py.
ADDED = (
    Field(
        "languages",
        SUPPORTER,
        label=QT_TRANSLATE_NOOP("SupportersRegister", "&Languages"),
        column=QT_TRANSLATE_NOOP("SupportersRegister", "Languages"),
        export="talen",
    ),
    Field(
        "available_from",
        BUSINESS,
        label=QT_TRANSLATE_NOOP("SupportersRegister", "Available from"),
        widget="date",
        column=QT_TRANSLATE_NOOP("SupportersRegister", "Available"),
        export="beschikbaar vanaf",
    ),
    Field(
        "certified",
        BUSINESS,
        label=QT_TRANSLATE_NOOP("SupportersRegister", "Certified"),
        widget="bool",
        export="gecertificeerd",
    ),
)

spec = supporter_fields.SUPPORTERS
supporter_fields.SUPPORTERS = dataclasses.replace(spec, fields=(*spec.fields, *ADDED))
THEME = Field(
    "theme",
    BUSINESS,
    label=QT_TRANSLATE_NOOP("EventsRegister", "T&heme"),
    column=QT_TRANSLATE_NOOP("EventsRegister", "Theme"),
    export="thema",
)
event_fields.EVENTS = dataclasses.replace(event_fields.EVENTS, fields=(*event_fields.EVENTS.fields, THEME))


def add_columns(engine: object) -> None:
    """What the developer's migration adds (``op.add_column``), on this throw-away database."""
    import sqlalchemy as sa
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    with engine.begin() as conn:  # type: ignore[attr-defined]
        op = Operations(MigrationContext.configure(conn))
        with op.batch_alter_table("supporters") as batch:
            batch.add_column(sa.Column("languages", sa.String(200), nullable=False, server_default=""))
            batch.add_column(sa.Column("available_from", sa.Date(), nullable=True))
            batch.add_column(sa.Column("certified", sa.Boolean(), nullable=False, server_default=sa.false()))
        with op.batch_alter_table("matching_events") as batch:
            batch.add_column(sa.Column("theme", sa.String(200), nullable=False, server_default=""))


def main(work: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from matchtafel.domain.errors import ConflictError
    from matchtafel.domain.privacy_inventory import category_of
    from matchtafel.domain.vocabulary import EventKind, SupporterKind
    from matchtafel.models import MatchingEvent, Supporter
    from matchtafel.ui.sections.registers.events import EventsRegister
    from matchtafel.ui.sections.registers.supporters import SupportersRegister
    from matchtafel.ui.widgets.record_form import RecordForm
    from tests.conftest import TODAY
    from tests.services.scenario_support import migrated_database, scenario_services

    keys = [f.key for f in ADDED]
    assert [f.key for f in Supporter.spec_fields] == keys, Supporter.spec_fields

    added = [*(("supporters", key) for key in sorted(keys)), ("matching_events", "theme")]
    db = migrated_database(work, add_columns, added)
    services = scenario_services(db)
    app = QApplication.instance() or QApplication([])

    # The form: the new fields are there, typed into and saved through the register (the form's save).
    register = SupportersRegister(services, ["Zorg en welzijn"])
    specs = register.fields()
    assert [s.name for s in specs][-len(ADDED) :] == keys
    available = TODAY + timedelta(days=30)
    values = {
        **register.new_values(),
        "name": "Henk Wolters",
        "kind": SupporterKind.BUSINESS_MENTOR,
        "available_from": available,
        "certified": True,
    }
    form = RecordForm(title="new", specs=specs, row=None, values=values, save=register.save)
    QTest.keyClicks(form.editors["languages"].widget, "Pools, Engels")
    typed = form.values()
    assert typed["languages"] == "Pools, Engels" and typed["available_from"] == available, typed
    saved = register.save(typed, None)
    expected = {"languages": "Pools, Engels", "available_from": available, "certified": True}
    assert dict(saved.extra) == expected, saved.extra
    assert saved.capacity == 2 and saved.taken == 0  # the typed fields as before

    # The database holds them, and the form reads them back.
    with db.sessions() as s:
        stored = s.get(Supporter, saved.id)
        assert stored is not None
        assert {key: getattr(stored, key) for key in keys} == expected
    again = RecordForm(
        title="edit", specs=register.fields(), row=saved, values=register.values_of(saved), save=register.save
    )
    assert {key: again.values()[key] for key in keys} == expected

    # A change is saved with the version check.
    form_values = again.values()
    changed = register.save({**form_values, "languages": "Pools"}, saved)
    assert changed.version == saved.version + 1 and changed.extra["languages"] == "Pools"
    try:
        register.save({**form_values, "languages": "Duits"}, saved)
    except ConflictError as conflict:
        assert conflict.theirs.extra["languages"] == "Pools"
    else:
        raise AssertionError("a save on an old version was not refused")

    # The list: the rows carry them, the register shows the listed ones as columns.
    (listed,) = register.load(False)
    assert listed.languages == "Pools" and listed.available_from == available and listed.certified
    columns = {c.title: c for c in register.columns()}
    assert columns["Languages"].text(listed) == "Pools"
    assert columns["Available"].text(listed) == available.strftime("%d-%m-%Y")
    assert "Certified" not in columns

    # The export writes them after the supporter's own columns.
    headers, rows = services.exports.table("ondersteuners")
    assert headers[-3:] == ["talen", "beschikbaar vanaf", "gecertificeerd"], headers
    assert rows[0][-3:] == ["Pools", available, True], rows

    # The DPIA inventory names each with its class.
    inventory = services.retention.inventory()
    for f in ADDED:
        assert category_of("supporters", f.key) == f.privacy
        assert ("supporters", f.key, f.privacy) in inventory, f.key

    # Erasure on request empties the supporter's own data, a spec-only one too; the business facts stay.
    services.supporters.erase(saved.id, "verzoek van Henk")
    erased = services.supporters.get(saved.id)
    assert erased.name == f"S-{saved.id:06d}" and erased.extra["languages"] == ""
    assert erased.extra["available_from"] == available and erased.extra["certified"] is True

    # A matching event's field: the form, the service, the list, the export, the DPIA.
    assert [f.key for f in MatchingEvent.spec_fields] == ["theme"]
    events = EventsRegister(services)
    assert [s.name for s in events.fields()][-1] == "theme"
    event_values = {
        **events.new_values(),
        "title": "Speeddate Zorg",
        "kind": EventKind.SPEED_DATE,
        "day": TODAY + timedelta(days=10),
        "theme": "Zorg en welzijn",
    }
    event = events.save(event_values, None)
    assert event.extra == {"theme": "Zorg en welzijn"}, event.extra
    event = events.save({**events.values_of(event), "theme": "Zorg"}, event)
    (event_row,) = events.load(False)
    assert {c.title: c for c in events.columns()}["Theme"].text(event_row) == "Zorg"
    event_headers, event_rows = services.exports.table("evenementen")
    assert event_headers[-1] == "thema" and event_rows[0][-1] == "Zorg", (event_headers, event_rows)
    assert ("matching_events", "theme", BUSINESS) in services.retention.inventory()

    form.deleteLater(), again.deleteLater()
    app.processEvents()
    db.close()
    print("ok")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
