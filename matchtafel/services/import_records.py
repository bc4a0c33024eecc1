"""One import's records: matched to those stored, checked as a form checks them, written in bulk.

Apart from ``importing`` (the rows of a file and their problems) so that each stays readable. An importer
per register (young people, vacancies) says how a row is keyed and turned into the register's input.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import CursorResult, Integer, bindparam, insert, select, update
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from matchtafel.io.import_spec import ParsedRow, RowProblem
from matchtafel.models import AuditEvent
from matchtafel.services.base import ServiceBase
from matchtafel.services.list_rows import fetch_tuples
from matchtafel.services.validation import clean_input


def _problems_to_rows(error: ValidationError, row: ParsedRow, columns: dict[str, str]) -> list[RowProblem]:
    return [
        RowProblem(row.row_number, columns.get(p.field, p.field), p.template, p.params)
        for p in error.problems
    ]


class RecordImporter:
    """Matches rows to existing records by key through one lean query (ids and, for the matched rows only,
    their values: no ORM objects), checks each row as the register would, and writes the new records with
    one bulk insert and the changed ones with one bulk update, each with its audit event."""

    model: Any  # the register's model: YoungPerson or Vacancy
    register: Any  # its service, whose ``_problems`` and ``_apply`` each row goes through

    def __init__(self, service: ServiceBase) -> None:
        self.service = service
        self.new_employers: set[str] = set()
        self.seen: dict[Any, int] = {}
        self.existing: dict[Any, int] = {}  # key -> id of the record
        self.current: dict[int, dict[str, Any]] = {}  # id -> its stored values (matched rows only)
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[tuple[dict[str, Any], list[str]]] = []

    def prepare(self, s: Session) -> None: ...

    def keys(self, s: Session, key_columns: tuple[Any, ...]) -> dict[Any, int]:
        """Every stored record's id by its key (one query, plain tuples from the driver)."""
        stmt = select(self.model.id, *key_columns).where(*(column.is_not(None) for column in key_columns))
        rows = fetch_tuples(s, stmt)
        return {row[1] if len(key_columns) == 1 else row[1:]: row[0] for row in rows}

    def key_of(self, row: ParsedRow) -> Any:
        """The key a row is matched on, or None when it cannot be matched (it will be a problem)."""
        raise NotImplementedError

    def read_current(self, s: Session, rows: list[ParsedRow]) -> None:
        """The stored values of the records the file's rows match, in chunks of ids (one query each)."""
        ids = sorted({self.existing[key] for key in map(self.key_of, rows) if key in self.existing})
        columns = [self.model.id, self.model.version, *(getattr(self.model, name) for name in self.stored)]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for values in s.execute(select(*columns).where(self.model.id.in_(chunk))).mappings():
                self.current[values["id"]] = {name: value for name, value in values.items() if name != "id"}

    stored: tuple[str, ...] = ()  # the columns the register's ``_apply`` compares and sets

    def finish(self, s: Session) -> None:
        """The new records in one insert, the changed ones in one update (each checked against the version
        that was read: a concurrent change refuses the import), then their audit events."""
        actor, now = self.service._actor, self.service._clock.utcnow()
        events: list[dict[str, Any]] = []
        if self.inserts:
            stamp = {
                "created_at": now,
                "created_by": actor.label,
                "updated_at": now,
                "updated_by": actor.label,
                "version": 1,  # the ORM's version counter, set here as a flush would
            }
            table = self.model.__table__
            ids = s.scalars(
                insert(table).returning(table.c.id),  # in any order: each gets the same audit line
                [{**stamp, **values} for values in self.inserts],
            ).all()
            events += [
                self._event(actor, now, "create", self.register.entity, record_id, "import")
                for record_id in ids
            ]
        if self.updates:
            table = self.model.__table__
            names = sorted({name for values, _changed in self.updates for name in values} - {"id", "version"})
            statement = (
                update(table)
                .where(
                    table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version", type_=Integer)
                )
                .values(
                    {
                        **{name: bindparam(f"b_{name}") for name in names},
                        "version": bindparam("b_version", type_=Integer) + 1,
                        "updated_at": now,
                        "updated_by": actor.label,
                    }
                )
            )
            result: CursorResult[Any] = s.execute(  # type: ignore[assignment]
                statement,
                [{f"b_{name}": value for name, value in values.items()} for values, _changed in self.updates],
            )
            if result.supports_sane_multi_rowcount() and result.rowcount != len(self.updates):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "import",
                        "Someone changed some of these records while they were imported; nothing was "
                        "imported. Import the file again.",
                    )
                )
            events += [
                self._event(
                    actor, now, "update", self.register.entity, values["id"], "fields: " + ", ".join(changed)
                )
                for values, changed in self.updates
            ]
        if events:
            s.execute(insert(AuditEvent.__table__), events)  # type: ignore[arg-type]  # Core: no ORM step per event

    @staticmethod
    def _event(actor: Any, now: Any, action: str, entity: str, record_id: int, detail: str) -> dict[str, Any]:
        return {
            "at": now,
            "actor": actor.name,
            "actor_organisation": actor.organisation,
            "action": action,
            "entity": entity,
            "entity_id": record_id,
            "detail": detail[:400],
            "young_person_id": record_id if entity == "young_person" else None,
            "reason": "",
        }

    def row(
        self, s: Session, row: ParsedRow, problems: list[RowProblem], *, write: bool, check_only: bool = False
    ) -> str | None:
        raise NotImplementedError

    def new_record(self) -> SimpleNamespace:
        """What a new record holds before the row's values are applied (the model's defaults)."""
        return SimpleNamespace(**dict.fromkeys(self.stored))

    def duplicate(self, key: Any, row: ParsedRow, column: str, problems: list[RowProblem]) -> bool:
        if key in self.seen:
            problems.append(
                RowProblem(
                    row.row_number,
                    column,
                    QT_TRANSLATE_NOOP("import", "the same as row {other}; each one may appear once"),
                    (("other", self.seen[key]),),
                )
            )
            return True
        self.seen[key] = row.row_number
        return False

    def _write(
        self,
        register: Any,
        s: Session,
        existing: int | None,
        data: Any,
        row: ParsedRow,
        columns: dict[str, str],
        problems: list[RowProblem],
        write: bool,
    ) -> str | None:
        """``existing``: the id of the record the row matches. The register's own ``_problems`` and
        ``_apply`` run on a plain record of stored values (as on its model), so that an import checks and
        changes exactly as a form does."""
        current = None if existing is None else SimpleNamespace(id=existing, **self.current[existing])
        data = clean_input(data)
        found = register._problems(s, data, current)  # what ``problems_for`` does, the input cleaned once
        if found:
            problems.extend(_problems_to_rows(ValidationError(found), row, columns))
            return None
        if current is None:
            if write:
                record = self.new_record()
                register._apply(s, record, data)
                register._before_insert(s, record)
                self.inserts.append(dict(vars(record)))
            return "new"
        version = current.version
        changed = register._apply(s, current, data)
        if not changed:
            return "unchanged"
        if write:
            values = {name: getattr(current, name) for name in self.stored}
            self.updates.append(({**values, "id": existing, "version": version}, changed))
        return "updated"
