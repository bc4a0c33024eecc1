"""Importing young people and vacancies from a spreadsheet: check every row first, then write all rows in
one transaction (after a backup copy), or none. Rows are matched on the school's student number or on the
vacancy reference, so importing the same list again updates instead of duplicating.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError
from matchtafel.domain.fields import entity
from matchtafel.domain.text_fold import fold
from matchtafel.domain.vocabulary import OrganisationCategory
from matchtafel.io.import_spec import (
    ImportField,
    ParsedRow,
    RowProblem,
    import_fields,
    missing_required,
    parse_rows,
)
from matchtafel.io.tabular import Table
from matchtafel.models import Employer, Organisation, OrganisationKind, Vacancy, YoungPerson
from matchtafel.services.base import ServiceBase
from matchtafel.services.employers import EmployersService
from matchtafel.services.import_records import RecordImporter
from matchtafel.services.spec_values import spec_keys, typed_fields, with_spec_defaults
from matchtafel.services.vacancies import VacanciesService, VacancyInput
from matchtafel.services.young_people import (
    YoungPeopleService,
    YoungPersonFields,
    YoungPersonInput,
    next_code,
)

KINDS = {
    "jongeren": "young_people",
    "vacatures": "vacancies",
}  # what can be imported: its table's field specs


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
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # The last file's parsed rows: the wizard checks a file, then imports the same one (parsing is a
        # pure function of the table and the columns chosen; the rows are checked against the data anew).
        self._last_parse: tuple[tuple[Any, ...], Table, list[ParsedRow], list[RowProblem]] | None = None

    def _parsed(
        self, kind: str, table: Table, mapping: dict[str, int], spec: tuple[ImportField, ...]
    ) -> tuple[list[ParsedRow], list[RowProblem]]:
        key = (kind, id(table), tuple(sorted(mapping.items())))
        if self._last_parse is not None and self._last_parse[0] == key and self._last_parse[1] is table:
            return self._last_parse[2], list(self._last_parse[3])
        rows, problems = parse_rows(table, spec, mapping)
        self._last_parse = (key, table, rows, list(problems))
        return rows, problems

    def fields(self, kind: str) -> tuple[ImportField, ...]:
        if kind not in KINDS:
            raise UserError(
                QT_TRANSLATE_NOOP("import", "Import '{kind}' is unknown; use jongeren or vacatures."),
                kind=kind,
            )
        described = entity(KINDS[kind])
        assert described is not None  # both registers are described by field specs
        return import_fields(described)

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
        rows, problems = self._parsed(kind, table, mapping, spec)
        importer = _YoungPeople(self, school) if kind == "jongeren" else _Vacancies(self)
        try:
            with self._transaction() as s:
                importer.prepare(s)
                importer.read_current(s, rows)
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


class _YoungPeople(RecordImporter):
    model = YoungPerson
    stored = (
        *typed_fields(YoungPersonFields),
        *spec_keys(YoungPerson),
        "given_name",
        "family_name",
        "initials",
        "code",
    )
    accepts = frozenset(
        (*typed_fields(YoungPersonInput), *spec_keys(YoungPerson))
    )  # a row's values the input takes

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
        self.existing = self.keys(s, (YoungPerson.school_id, YoungPerson.student_number))
        if self.school and fold(self.school) not in self.schools:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "import", "'{value}' is not a known school; add it under Organisations first"
                ),
                value=self.school,
            )
        first = next_code(s, self.service._clock.today().year)  # None: the shared server hands them out
        self.prefix, self.number = (
            (first.rsplit("-", 1)[0], int(first.rsplit("-", 1)[1])) if first else ("", 0)
        )

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
        stored = self.current[current] if current is not None else {}
        base = {name: stored[name] for name in self.accepts if name in stored}
        family = " ".join(x for x in (v.get("name_prefix", ""), v.get("family_name", "")) if x)
        given = v.get("given_name") or None
        values = {
            **base,
            **{k: val for k, val in v.items() if k in self.accepts},
            "school_id": school_id,
            "given_name": given,
            "family_name": family or None,
        }
        if current is not None and (given is None or not family):
            values["given_name"] = values["family_name"] = None  # no name in the file: keep the stored one
        data = YoungPersonInput.of(with_spec_defaults(YoungPerson, values, stored))
        return self._write(self.register, s, current, data, row, {}, problems, write)

    def key_of(self, row: ParsedRow) -> Any:
        school_id = self.schools.get(fold(row.values.get("school") or self.school))
        return (school_id, row.values.get("student_number")) if school_id is not None else None

    def new_record(self) -> SimpleNamespace:
        """Codes for new young people are counted on from one query, not looked up per row."""
        record = SimpleNamespace(**{**dict.fromkeys(self.stored), "given_name": "", "family_name": ""})
        record.code = f"{self.prefix}-{self.number:04d}" if self.prefix else ""  # a shared server gives codes
        self.number += 1
        return record


class _Vacancies(RecordImporter):
    model = Vacancy
    stored = (*typed_fields(VacancyInput), *spec_keys(Vacancy))

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
        self.existing = self.keys(s, (Vacancy.reference,))
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
        base = dict(self.current[current]) if current is not None else {}
        base.pop("id", None), base.pop("version", None)
        values = {
            **base,
            **{k: val for k, val in v.items() if k in self.stored},  # the input's fields
            "employer_id": employer_id,
        }
        for name in ("driving_licence_required", "coaching_possible", "open_for_banenafspraak"):
            if values.get(name) is None:
                values[name] = base.get(name, False)
        if values.get("positions") is None:
            values["positions"] = base.get("positions", 1)
        data = VacancyInput.of(with_spec_defaults(Vacancy, values, base))
        return self._write(self.register, s, current, data, row, {"hours": "hours"}, problems, write)

    def key_of(self, row: ParsedRow) -> Any:
        return row.values.get("reference")

    def _any_employer(self, s: Session) -> int:
        """Checking a row with a new employer: validate against a stand-in (the real one is made on import)."""
        if self.placeholder_employer is None:
            found = s.scalar(select(Employer.id).limit(1))
            if found is None:
                from matchtafel.services.employers import EmployerInput

                found = self.employers_service.create_in(s, EmployerInput(name="(check)")).id
            self.placeholder_employer = found
        return self.placeholder_employer
