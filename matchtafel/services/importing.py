"""Importing young people and vacancies from a spreadsheet: check every row first, then write all rows in
one transaction (after a backup copy), or none. Rows are matched on the school's student number or on the
vacancy reference, so importing the same list again updates instead of duplicating.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from matchtafel.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from matchtafel.io.import_spec import (
    VACANCIES,
    YOUNG_PEOPLE,
    ImportField,
    ParsedRow,
    RowProblem,
    missing_required,
    parse_rows,
)
from matchtafel.io.tabular import Table
from matchtafel.models import AuditEvent, Employer, Organisation, OrganisationKind, Vacancy, YoungPerson
from matchtafel.services.base import ServiceBase
from matchtafel.services.employers import EmployersService
from matchtafel.services.vacancies import VacanciesService, VacancyInput
from matchtafel.services.validation import clean_input
from matchtafel.services.young_people import YoungPeopleService, YoungPersonInput, next_code
from matchtafel.textfold import fold
from matchtafel.vocabulary import OrganisationCategory

KINDS = {"jongeren": YOUNG_PEOPLE, "vacatures": VACANCIES}


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    new: int
    updated: int
    unchanged: int
    problems: list[RowProblem]
    new_employers: list[str] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    written: bool = False

    @property
    def problem_rows(self) -> list[int]:
        return sorted({p.row_number for p in self.problems})


class ImportService(ServiceBase):
    def fields(self, kind: str) -> tuple[ImportField, ...]:
        if kind not in KINDS:
            raise UserError(
                QT_TRANSLATE_NOOP("import", "Import '{kind}' is unknown; use jongeren or vacatures."),
                kind=kind,
            )
        return KINDS[kind]

    def check(self, kind: str, table: Table, mapping: dict[str, int], *, school: str = "") -> ImportSummary:
        """Every row validated, nothing written (the wizard's summary and ``--dry-run``).

        ``school`` is the school of every row of a file without a School column (a school's own export from
        its student administration); a file with a School column keeps its own."""
        return self._go(kind, table, mapping, write=False, skip_rows=frozenset(), school=school)

    def run(
        self,
        kind: str,
        table: Table,
        mapping: dict[str, int],
        *,
        skip_rows: frozenset[int] = frozenset(),
        progress: Callable[[int, int], None] | None = None,
        school: str = "",
    ) -> ImportSummary:
        """Write the rows in one transaction. Refuses while a row not in ``skip_rows`` has a problem."""
        return self._go(
            kind, table, mapping, write=True, skip_rows=skip_rows, progress=progress, school=school
        )

    # -- the one pass that checks and (when asked) writes --------------------------------------------

    def _go(
        self,
        kind: str,
        table: Table,
        mapping: dict[str, int],
        *,
        write: bool,
        skip_rows: frozenset[int],
        progress: Callable[[int, int], None] | None = None,
        school: str = "",
    ) -> ImportSummary:
        spec = self.fields(kind)
        school = school.strip() if kind == "jongeren" and "school" not in mapping else ""
        missing = [f for f in missing_required(spec, mapping) if not (f.name == "school" and school)]
        if missing:
            raise UserError(
                QT_TRANSLATE_NOOP("import", "Choose a column for: {fields}."),
                fields=", ".join(f.label for f in missing),
            )
        rows, problems = parse_rows(table, spec, mapping)
        importer = _YoungPeople(self, school) if kind == "jongeren" else _Vacancies(self)
        try:
            with self._transaction() as s:
                importer.prepare(s)
                counts = {"new": 0, "updated": 0, "unchanged": 0}
                bad = {p.row_number for p in problems}
                for position, row in enumerate(rows):
                    if progress and position % 200 == 0:
                        progress(position, len(rows))
                    if row.row_number in skip_rows:
                        continue
                    if row.row_number in bad:
                        # Still look for the row's other problems, so that one round of fixes is enough.
                        if all(f.name in row.values for f in spec if f.required):
                            importer.row(s, row, problems, write=False, check_only=True)
                        continue
                    outcome = importer.row(s, row, problems, write=write)
                    if outcome:
                        counts[outcome] += 1
                importer.finish(s)
                problems = _with_headers(problems, table, mapping)
                open_problems = [p for p in problems if p.row_number not in skip_rows]
                summary = ImportSummary(
                    kind,
                    counts["new"],
                    counts["updated"],
                    counts["unchanged"],
                    open_problems,
                    sorted(importer.new_employers),
                    sorted(skip_rows),
                )
                if not write:
                    raise _CheckedOnly(summary)  # leaves the transaction by rolling it back
                if open_problems:
                    raise ImportRefused(summary)
                self._audit(s, "import", kind, None, f"new {counts['new']}, updated {counts['updated']}")
        except _CheckedOnly as checked:
            return checked.summary
        if progress:
            progress(len(rows), len(rows))
        return replace(summary, written=True)


def _with_headers(problems: list[RowProblem], table: Table, mapping: dict[str, int]) -> list[RowProblem]:
    """Problems named by field get the file's own column header; sorted by row as the file reads."""
    header_of = {name: table.headers[index] for name, index in mapping.items()}
    header_of.setdefault("hours", header_of.get("hours_min", "hours"))
    header_of["hours_min"] = header_of.get("hours_min", header_of["hours"])
    return sorted(
        (replace(p, column=header_of.get(p.column, p.column)) for p in problems), key=lambda p: p.row_number
    )


class _CheckedOnly(Exception):
    def __init__(self, summary: ImportSummary) -> None:
        super().__init__()
        self.summary = summary


class ImportRefused(UserError):
    def __init__(self, summary: ImportSummary) -> None:
        self.summary = summary
        super().__init__(
            QT_TRANSLATE_NOOP(
                "import", "{n} rows have problems; nothing was imported. Fix them or skip those rows."
            ),
            n=len(summary.problem_rows),
        )


def _problems_to_rows(error: ValidationError, row: ParsedRow, columns: dict[str, str]) -> list[RowProblem]:
    return [
        RowProblem(row.row_number, columns.get(p.field, p.field), p.template, p.params)
        for p in error.problems
    ]


class _Importer:
    def __init__(self, service: ImportService) -> None:
        self.service = service
        self.new_employers: set[str] = set()
        self.seen: dict[Any, int] = {}
        self.created: list[tuple[str, Any]] = []

    def prepare(self, s: Session) -> None: ...

    def finish(self, s: Session) -> None:
        """New records are flushed together (one round trip, not one per row), then audited."""
        if self.created:
            s.flush()
            actor, now = self.service._actor, self.service._clock.utcnow()
            s.execute(
                insert(AuditEvent),
                [
                    {
                        "at": now,
                        "actor": actor.name,
                        "actor_organisation": actor.organisation,
                        "action": "create",
                        "entity": entity,
                        "entity_id": obj.id,
                        "detail": "import",
                    }
                    for entity, obj in self.created
                ],
            )

    def row(
        self, s: Session, row: ParsedRow, problems: list[RowProblem], *, write: bool, check_only: bool = False
    ) -> str | None:
        raise NotImplementedError

    def new_object(self, register: Any) -> Any:
        return register.model()

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
        existing: Any,
        data: Any,
        row: ParsedRow,
        columns: dict[str, str],
        problems: list[RowProblem],
        write: bool,
    ) -> str | None:
        found = register.problems_for(s, data, existing)
        if found:
            problems.extend(_problems_to_rows(ValidationError(found), row, columns))
            return None
        if existing is None:
            if write:
                obj = self.new_object(register)
                register._apply(s, obj, clean_input(data))
                register._before_insert(s, obj)
                s.add(obj)
                self.created.append((register.entity, obj))
            return "new"
        if not write:
            return (
                "updated"
                if any(getattr(existing, f.name, None) != getattr(data, f.name) for f in fields(data))
                else "unchanged"
            )
        return "updated" if register.change_in(s, existing, data) else "unchanged"


class _YoungPeople(_Importer):
    def __init__(self, service: ImportService, school: str = "") -> None:
        super().__init__(service)
        self.school = school  # the school of every row, for a file without a School column

    def prepare(self, s: Session) -> None:
        self.register = YoungPeopleService(
            sessions=self.service._sessions, actor=self.service._actor, clock=self.service._clock
        )
        self.schools = {
            fold(name): org_id
            for org_id, name in s.execute(
                select(Organisation.id, Organisation.name)
                .join(OrganisationKind)
                .where(
                    OrganisationKind.category == OrganisationCategory.SCHOOL,
                    Organisation.archived_at.is_(None),
                )
            )
        }
        self.existing = {
            (y.school_id, y.student_number): y
            for y in s.scalars(select(YoungPerson).where(YoungPerson.student_number.is_not(None)))
        }
        if self.school and fold(self.school) not in self.schools:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "import", "'{value}' is not a known school; add it under Organisations first"
                ),
                value=self.school,
            )
        first = next_code(s, self.service._clock.today().year)  # None: the shared server hands them out
        self.prefix, self.number = (first.rsplit("-", 1)[0], int(first.rsplit("-", 1)[1])) if first else ("", 0)

    def row(
        self, s: Session, row: ParsedRow, problems: list[RowProblem], *, write: bool, check_only: bool = False
    ) -> str | None:
        v = row.values
        school_name = v.get("school") or self.school
        school_id = self.schools.get(fold(school_name))
        if school_id is None:
            problems.append(
                RowProblem(
                    row.row_number,
                    "school",
                    QT_TRANSLATE_NOOP(
                        "import", "'{value}' is not a known school; add it under Organisations first"
                    ),
                    (("value", school_name),),
                )
            )
            return None
        if check_only:
            return None
        if self.duplicate((school_id, v["student_number"]), row, "student_number", problems):
            return None
        current = self.existing.get((school_id, v["student_number"]))
        base = (
            {
                f.name: getattr(current, f.name)
                for f in fields(YoungPersonInput)
                if current is not None and hasattr(current, f.name)
            }
            if current is not None
            else {}
        )
        family = " ".join(x for x in (v.get("name_prefix", ""), v.get("family_name", "")) if x)
        given = v.get("given_name") or None
        values = {
            **base,
            **{k: val for k, val in v.items() if k in YoungPersonInput.__dataclass_fields__},
            "school_id": school_id,
            "given_name": given,
            "family_name": family or None,
        }
        if current is not None and (given is None or not family):
            values["given_name"] = values["family_name"] = None  # no name in the file: keep the stored one
        return self._write(self.register, s, current, YoungPersonInput(**values), row, {}, problems, write)

    def new_object(self, register: Any) -> Any:
        """Codes for new young people are counted on from one query, not looked up per row."""
        person = YoungPerson(code=f"{self.prefix}-{self.number:04d}" if self.prefix else "")
        self.number += 1
        return person


class _Vacancies(_Importer):
    def prepare(self, s: Session) -> None:
        self.register = VacanciesService(
            sessions=self.service._sessions, actor=self.service._actor, clock=self.service._clock
        )
        self.employers_service = EmployersService(
            sessions=self.service._sessions, actor=self.service._actor, clock=self.service._clock
        )
        self.employers = {
            fold(name): employer_id
            for employer_id, name in s.execute(
                select(Employer.id, Employer.name).where(Employer.archived_at.is_(None))
            )
        }
        self.existing = {
            v.reference: v for v in s.scalars(select(Vacancy).where(Vacancy.reference.is_not(None)))
        }
        self.placeholder_employer: int | None = None

    def row(
        self, s: Session, row: ParsedRow, problems: list[RowProblem], *, write: bool, check_only: bool = False
    ) -> str | None:
        v = dict(row.values)
        if check_only or self.duplicate(v["reference"], row, "reference", problems):
            return None
        employer_id = self.employers.get(fold(v["employer"]))
        if employer_id is None:
            self.new_employers.add(v["employer"])
            if write:
                from matchtafel.services.employers import EmployerInput

                employer = self.employers_service.create_in(
                    s, EmployerInput(name=v["employer"], place=v.get("place", ""))
                )
                employer_id = self.employers[fold(v["employer"])] = employer.id
            else:
                employer_id = self._any_employer(s)
        if "hours" in v:
            low, high = v.pop("hours")
            v.setdefault("hours_min", low)
            v.setdefault("hours_max", high)
        current = self.existing.get(v["reference"])
        base = {f.name: getattr(current, f.name) for f in fields(VacancyInput)} if current is not None else {}
        values = {
            **base,
            **{k: val for k, val in v.items() if k in VacancyInput.__dataclass_fields__},
            "employer_id": employer_id,
        }
        for name in ("driving_licence_required", "coaching_possible", "open_for_banenafspraak"):
            if values.get(name) is None:
                values[name] = base.get(name, False)
        if values.get("positions") is None:
            values["positions"] = base.get("positions", 1)
        data = VacancyInput(**values)
        return self._write(self.register, s, current, data, row, {"hours": "hours"}, problems, write)

    def _any_employer(self, s: Session) -> int:
        """Checking a row with a new employer: validate against a stand-in (the real one is made on import)."""
        if self.placeholder_employer is None:
            found = s.scalar(select(Employer.id).limit(1))
            if found is None:
                from matchtafel.services.employers import EmployerInput

                found = self.employers_service.create_in(s, EmployerInput(name="(check)")).id
            self.placeholder_employer = found
        return self.placeholder_employer
