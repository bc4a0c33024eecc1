"""A developer adds fields to the young people's spec and nothing else (run in its own process by
``test_added_field.py``: the models are made from the specs when first imported). Anonymising a young person,
on request or when retention is due, empties such a field when it names or describes them (identifying,
personal, sensitive, free text) and keeps one that is the professionals' own (staff).

Usage: ``python -m tests.services.added_young_person_field_scenario WORK_FOLDER``; prints "ok" when every check
held.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.fields import Field
from matchtafel.domain.fields import young_people as young_people_fields
from matchtafel.domain.privacy_classes import IDENTIFYING, SENSITIVE, STAFF

ADDED = (
    Field(
        "call_name",
        IDENTIFYING,
        label=QT_TRANSLATE_NOOP("YoungPeopleRegister", "Call name"),
        export="roepnaam",
    ),
    Field("allergy", SENSITIVE, label=QT_TRANSLATE_NOOP("YoungPeopleRegister", "Allergy"), widget="bool"),
    Field(
        "intake_by", STAFF, label=QT_TRANSLATE_NOOP("YoungPeopleRegister", "Intake by"), export="intake door"
    ),
)
spec = young_people_fields.YOUNG_PEOPLE
young_people_fields.YOUNG_PEOPLE = dataclasses.replace(spec, fields=(*spec.fields, *ADDED))


def add_columns(engine: object) -> None:
    """What the developer's migration adds (``op.add_column``), on this throw-away database."""
    import sqlalchemy as sa
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    with engine.begin() as conn:  # type: ignore[attr-defined]
        op = Operations(MigrationContext.configure(conn))
        # ADD COLUMN in place (a batch would rebuild the table under the views that read it).
        op.add_column(
            "young_people", sa.Column("call_name", sa.String(200), nullable=False, server_default="")
        )
        op.add_column(
            "young_people", sa.Column("allergy", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        op.add_column(
            "young_people", sa.Column("intake_by", sa.String(200), nullable=False, server_default="")
        )


def main(work: Path) -> None:
    from matchtafel.models import YoungPerson
    from matchtafel.services.young_people import YoungPersonInput
    from tests.services.helpers import make_basics
    from tests.services.scenario_support import migrated_database, scenario_services

    assert [f.key for f in YoungPerson.spec_fields] == [f.key for f in ADDED]
    db = migrated_database(work, add_columns, [("young_people", key) for key in sorted(f.key for f in ADDED)])
    services = scenario_services(db)
    basics = make_basics(services)
    made = []
    for given in ("Zoë", "Daan"):
        values = {"given_name": given, "family_name": "Wolterink", "school_id": basics.school.id}
        extra = {"call_name": given[:2], "allergy": True, "intake_by": "Fenna Jansen"}
        made.append(services.young_people.create(YoungPersonInput.of({**values, **extra})))
    assert services.young_people.get(made[0].id).extra == {
        "call_name": "Zo",
        "allergy": True,
        "intake_by": "Fenna Jansen",
    }

    services.retention.erase(made[0].id, "verzoek van Zoë")  # on request
    erased = services.young_people.get(made[0].id)
    assert erased.extra == {"call_name": "", "allergy": False, "intake_by": "Fenna Jansen"}, erased.extra
    kept = services.young_people.get(made[1].id)  # the other is untouched
    assert kept.extra == {"call_name": "Da", "allergy": True, "intake_by": "Fenna Jansen"}, kept.extra
    db.close()
    print("ok")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
