"""Vacancies: jobs, leerbanen, BPV places, work-experience and trial placements at employers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem
from matchtafel.domain.vocabulary import ContractType, Level, VacancyKind, VacancyStatus
from matchtafel.models import Employer, Person, Vacancy
from matchtafel.services.base import RegisterService
from matchtafel.services.list_rows import as_bool, as_date, as_enum, fetch_list, same
from matchtafel.services.paging import Page, page_from, page_of
from matchtafel.services.spec_values import (
    NO_EXTRA,
    SpecValue,
    SpecValues,
    carry_extra,
    listed_columns,
    listed_converters,
    typed_fields,
)
from matchtafel.services.validation import (
    check_crebo,
    check_hours_range,
    check_list_items,
    check_plausible_date,
    check_required,
)


@dataclass(frozen=True, kw_only=True)
class VacancyInput(SpecValues):
    employer_id: int
    title: str
    kind: VacancyKind
    sector: str = ""
    reference: str | None = None
    required_level: Level | None = None
    crebo_codes: list[str] = field(default_factory=list)
    place: str = ""
    hours_min: int | None = None
    hours_max: int | None = None
    contract_type: ContractType | None = None
    start_date: date | None = None
    open_until: date | None = None
    positions: int = 1
    driving_licence_required: bool = False
    coaching_possible: bool = False
    open_for_banenafspraak: bool = False
    description: str = ""
    wsp_contact_id: int | None = None
    status: VacancyStatus = VacancyStatus.OPEN


@dataclass(frozen=True, kw_only=True)
class VacancyRow(VacancyInput):
    id: int
    version: int
    employer_name: str
    wsp_contact_name: str | None
    archived: bool = False


class VacancyListRow(NamedTuple):
    """What the register's list shows, read lean (``list_rows``): a region's 50,000 in a moment."""

    id: int
    version: int
    reference: str | None
    title: str
    employer_name: str
    sector: str
    kind: VacancyKind
    required_level: Level | None
    place: str
    hours_min: int | None
    hours_max: int | None
    open_until: date | None
    status: VacancyStatus
    archived: bool = False
    extra: Mapping[str, SpecValue] = NO_EXTRA  # the spec-only fields the list shows (spec_values.py)


carry_extra(VacancyListRow)

LIST_CONVERT: dict[str, Callable[[Any], Any]] = {
    "title": same,
    "sector": same,
    "kind": as_enum(VacancyKind),
    "required_level": as_enum(Level),
    "place": same,
    "open_until": as_date,
    "status": as_enum(VacancyStatus),
    "archived": as_bool,
}


class VacanciesService(RegisterService[Vacancy, VacancyInput, VacancyRow]):
    model = Vacancy
    input_type = VacancyInput
    row_type = VacancyRow
    entity = "vacancy"

    def list_rows(self, *, include_archived: bool = False, limit: int | None = None) -> list[VacancyListRow]:
        """The register's list by reference (those without one last); ``limit``: the first rows only (shown
        while the rest is read). Employers are named by id from one small query, not joined per row."""
        v = Vacancy
        stmt = self._list_rows_statement(include_archived)
        if limit is None:
            with self._reading() as s:
                return self._fetch_list_rows(s, stmt.order_by(v.reference.is_(None), v.reference, v.id))
        # The first rows in the same order, in two steps that the unique index on reference serves at once
        # (sorting "without a reference last" took every row: 15 ms of 50,000); the employers of these only.
        steps = (
            stmt.where(v.reference.is_not(None)).order_by(v.reference, v.id),
            stmt.where(v.reference.is_(None)).order_by(v.id),
        )
        rows: list[VacancyListRow] = []
        with self._reading() as s:
            for step in steps:
                if len(rows) >= limit:
                    break
                first = step.limit(limit - len(rows))
                ids = select(first.subquery().c.employer_id)
                named = select(Employer.id, Employer.name).where(Employer.id.in_(ids))
                employers = {row_id: name for row_id, name in s.execute(named)}
                convert: dict[str, Callable[[Any], Any]] = {**LIST_CONVERT, "employer_name": employers.get}
                rows += fetch_list(s, first, VacancyListRow, convert, listed_converters(Vacancy))
        return rows

    def list_page(
        self, *, after_id: int | None = None, include_archived: bool = False
    ) -> Page[VacancyListRow]:
        """The list of ``list_rows`` a page at a time on a shared server (by id; the screen sorts), whole
        locally: the same lean rows, never the whole vacancy per row."""
        v = Vacancy
        stmt = self._list_rows_statement(include_archived).order_by(v.reference.is_(None), v.reference, v.id)
        with self._reading() as s:
            stmt, paged = page_of(s, stmt, v.id, after_id)
            return page_from(self._fetch_list_rows(s, stmt), paged)

    @staticmethod
    def _fetch_list_rows(s: Session, stmt: Select[Any]) -> list[VacancyListRow]:
        employers = {row_id: name for row_id, name in s.execute(select(Employer.id, Employer.name))}
        convert: dict[str, Callable[[Any], Any]] = {**LIST_CONVERT, "employer_name": employers.get}
        return fetch_list(s, stmt, VacancyListRow, convert, listed_converters(Vacancy))

    @staticmethod
    def _list_rows_statement(include_archived: bool) -> Select[Any]:
        v = Vacancy
        stmt = select(
            v.id,
            v.version,
            v.reference,
            v.title,
            v.employer_id,
            v.sector,
            v.kind,
            v.required_level,
            v.place,
            v.hours_min,
            v.hours_max,
            v.open_until,
            v.status,
            v.archived_at.is_not(None),
            *listed_columns(v),
        )
        if not include_archived:
            stmt = stmt.where(v.archived_at.is_(None))
        return stmt

    def _list_statement(self) -> Select[Any]:
        v, e = Vacancy, Employer
        contact = aliased(Person)
        own = [getattr(v, name) for name in typed_fields(VacancyInput)]
        return (
            select(
                v.id,
                v.version,
                *own,
                e.name.label("employer_name"),
                contact.name.label("wsp_contact_name"),
                v.archived_at.is_not(None).label("archived"),
            )
            .join(e, v.employer_id == e.id)
            .outerjoin(contact, v.wsp_contact_id == contact.id)
            .order_by(v.open_until, v.id)
        )

    def of_employer(self, employer_id: int) -> list[VacancyRow]:
        with self._transaction() as s:
            return self._fetch(s, self._list_statement().where(Vacancy.employer_id == employer_id))

    def _problems(self, s: Session, data: VacancyInput, current: Vacancy | None) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        check_required(data.title, "title", problems)
        if s.get(Employer, data.employer_id) is None:
            problems.append(FieldProblem("employer_id", QT_TRANSLATE_NOOP("errors", "Pick the employer.")))
        check_list_items(data.crebo_codes, "crebo_codes", problems)
        for code in data.crebo_codes:
            check_crebo(code, "crebo_codes", problems)
        check_hours_range(data.hours_min, data.hours_max, "hours", problems)
        check_plausible_date(data.start_date, "start_date", self._clock.today(), problems)
        check_plausible_date(data.open_until, "open_until", self._clock.today(), problems)
        if data.positions < 1:
            problems.append(FieldProblem("positions", QT_TRANSLATE_NOOP("errors", "At least one place.")))
        if data.reference:
            clash = s.scalar(select(Vacancy.id).where(Vacancy.reference == data.reference))
            if clash is not None and (current is None or clash != current.id):
                problems.append(
                    FieldProblem(
                        "reference",
                        QT_TRANSLATE_NOOP(
                            "errors", "Reference {reference} is already used by another vacancy."
                        ),
                        (("reference", data.reference),),
                    )
                )
        return problems
