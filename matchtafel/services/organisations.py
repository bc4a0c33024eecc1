"""Organisations at the table, their kinds (data, per country), and the people who work there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem
from matchtafel.domain.vocabulary import OrganisationCategory
from matchtafel.models import Organisation, OrganisationKind, Person
from matchtafel.services.base import RegisterService
from matchtafel.services.spec_values import SpecValues
from matchtafel.services.validation import check_email, check_required


@dataclass(frozen=True, kw_only=True)
class OrganisationKindRow:
    id: int
    code: str
    name_nl: str
    name_en: str
    category: OrganisationCategory
    country: str


@dataclass(frozen=True, kw_only=True)
class OrganisationInput(SpecValues):
    name: str
    kind_id: int
    place: str = ""


@dataclass(frozen=True, kw_only=True)
class OrganisationRow(OrganisationInput):
    id: int
    version: int
    kind_code: str
    kind_name_nl: str
    kind_name_en: str
    category: OrganisationCategory
    archived: bool = False


@dataclass(frozen=True, kw_only=True)
class PersonInput(SpecValues):
    name: str
    organisation_id: int
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, kw_only=True)
class PersonRow(PersonInput):
    id: int
    version: int
    organisation_name: str
    archived: bool = False


class OrganisationsService(RegisterService[Organisation, OrganisationInput, OrganisationRow]):
    model = Organisation
    input_type = OrganisationInput
    row_type = OrganisationRow
    entity = "organisation"

    def kinds(self) -> list[OrganisationKindRow]:
        with self._transaction() as s:
            result = s.execute(
                select(OrganisationKind).order_by(OrganisationKind.country != "NL", OrganisationKind.id)
            )
            return [
                OrganisationKindRow(
                    id=k.id,
                    code=k.code,
                    name_nl=k.name_nl,
                    name_en=k.name_en,
                    category=k.category,
                    country=k.country,
                )
                for k in result.scalars()
            ]

    def _list_statement(self) -> Select[Any]:
        o, k = Organisation, OrganisationKind
        return (
            select(
                o.id,
                o.version,
                o.name,
                o.kind_id,
                o.place,
                k.code.label("kind_code"),
                k.name_nl.label("kind_name_nl"),
                k.name_en.label("kind_name_en"),
                k.category,
                o.archived_at.is_not(None).label("archived"),
            )
            .join(k, o.kind_id == k.id)
            .order_by(o.name)
        )

    def _problems(
        self, s: Session, data: OrganisationInput, current: Organisation | None
    ) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        check_required(data.name, "name", problems)
        if s.get(OrganisationKind, data.kind_id) is None:
            problems.append(
                FieldProblem("kind_id", QT_TRANSLATE_NOOP("errors", "Pick a kind of organisation."))
            )
        return problems


class PeopleService(RegisterService[Person, PersonInput, PersonRow]):
    model = Person
    input_type = PersonInput
    row_type = PersonRow
    entity = "person"

    def _list_statement(self) -> Select[Any]:
        p, o = Person, Organisation
        return (
            select(
                p.id,
                p.version,
                p.name,
                p.organisation_id,
                p.role,
                p.email,
                p.phone,
                o.name.label("organisation_name"),
                p.archived_at.is_not(None).label("archived"),
            )
            .join(o, p.organisation_id == o.id)
            .order_by(p.name)
        )

    def _problems(self, s: Session, data: PersonInput, current: Person | None) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        check_required(data.name, "name", problems)
        check_email(data.email, "email", problems)
        if s.get(Organisation, data.organisation_id) is None:
            problems.append(
                FieldProblem(
                    "organisation_id",
                    QT_TRANSLATE_NOOP("errors", "Pick the organisation this person works for."),
                )
            )
        return problems
