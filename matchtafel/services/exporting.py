"""Exports of the lists for Excel: pseudonymous by default; full names only by choice, and audited.

The registers' columns and headers come from their field specs (``matchtafel.domain.fields``); what a link
is written as (an employer's name for ``employer_id``) and the joins are here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from matchtafel.domain.fields import Field, entity
from matchtafel.models import (
    Agreement,
    Case,
    Employer,
    Meeting,
    Organisation,
    Person,
    Proposal,
    Vacancy,
    YoungPerson,
)
from matchtafel.services.base import ServiceBase
from matchtafel.services.consent import scopes_in_force
from matchtafel.services.exporting_support import events_table, links_table, supporters_table
from matchtafel.services.owners import AgreementOwner

EXPORTS = (
    "jongeren",
    "vacatures",
    "werkgevers",
    "organisaties",
    "personen",
    "afspraken",
    "voordrachten",
    "ondersteuners",
    "koppelingen",
    "evenementen",
)


def _exported(table: str, *, names: bool = False) -> list[Field]:
    """The fields an export of a register writes, in order, from its field specs (``domain/fields``)."""
    described = entity(table)
    assert described is not None  # the exported registers are described by field specs
    return described.exported(names=names)


def _selected(model: Any, fields: Sequence[Field], shown: dict[str, Any]) -> list[Any]:
    """The column of each field; a link (``employer_id``) is written as what ``shown`` names (the employer's
    name), joined by the caller."""
    return [shown[f.key] if f.key in shown else getattr(model, f.key) for f in fields]


class ExportService(ServiceBase):
    def table(
        self, kind: str, *, ids: Sequence[int] | None = None, names: bool = False, reason: str = ""
    ) -> tuple[list[str], list[list[Any]]]:
        """Headers (the import's Dutch names, so a list can go back in) and rows; ``ids`` keeps a filtered
        selection. One audit event says what was exported, how many rows, and whether with names."""
        if kind not in EXPORTS:
            raise UserError(
                QT_TRANSLATE_NOOP("import", "Export '{kind}' is unknown; use {kinds}."),
                kind=kind,
                kinds=", ".join(EXPORTS),
            )
        with self._transaction() as s:
            headers, rows = getattr(self, "_" + kind)(s, ids, names)
            if names and not reason.strip():
                raise ValidationError.one(
                    "reason", QT_TRANSLATE_NOOP("errors", "Choose why you need the names.")
                )
            detail = f"{len(rows)} rows" + (", with names where consented" if names else "")
            self._audit(s, "export_names" if names else "export", kind, None, detail, reason=reason.strip())
            return headers, rows

    @staticmethod
    def _jongeren(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        y, school, holder = YoungPerson, aliased(Organisation), aliased(Person)
        fields = _exported("young_people", names=names)
        columns = _selected(y, fields, {"school_id": school.name, "case_holder_id": holder.name})
        stmt = (
            select(*columns)
            .outerjoin(school, y.school_id == school.id)
            .outerjoin(holder, y.case_holder_id == holder.id)
            .where(y.archived_at.is_(None))
            .order_by(y.code)
        )
        if ids is not None:
            stmt = stmt.where(y.id.in_(list(ids)))
        rows = s.execute(stmt.add_columns(y.id)).all()
        headers = [f.export for f in fields]
        if names:  # a full name only for whom the consent for the table is in force; the others stay blank
            consenting = {i for i, c in scopes_in_force(s, [r[-1] for r in rows]).items() if c.scope_table}
            named = {i for i, f in enumerate(fields) if f.named}
            return headers, [
                list(r[:-1])
                if r[-1] in consenting
                else ["" if i in named else v for i, v in enumerate(r[:-1])]
                for r in rows
            ]
        return headers, [list(r[:-1]) for r in rows]

    @staticmethod
    def _vacatures(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        v = Vacancy
        fields = _exported("vacancies")
        stmt = (
            select(*_selected(v, fields, {"employer_id": Employer.name}))
            .join(Employer, v.employer_id == Employer.id)
            .where(v.archived_at.is_(None))
            .order_by(v.reference)
        )
        if ids is not None:
            stmt = stmt.where(v.id.in_(list(ids)))
        return [f.export for f in fields], [list(r) for r in s.execute(stmt)]

    @staticmethod
    def _werkgevers(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        e = Employer
        fields = _exported("employers")
        stmt = select(*_selected(e, fields, {})).where(e.archived_at.is_(None)).order_by(e.name)
        if ids is not None:
            stmt = stmt.where(e.id.in_(list(ids)))
        return [f.export for f in fields], [list(r) for r in s.execute(stmt)]

    @staticmethod
    def _organisaties(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        from matchtafel.models import OrganisationKind

        o = Organisation
        fields = _exported("organisations")
        stmt = (
            select(*_selected(o, fields, {"kind_id": OrganisationKind.name_nl}))
            .join(OrganisationKind, o.kind_id == OrganisationKind.id)
            .where(o.archived_at.is_(None))
            .order_by(o.name)
        )
        if ids is not None:
            stmt = stmt.where(o.id.in_(list(ids)))
        return [f.export for f in fields], [list(r) for r in s.execute(stmt)]

    @staticmethod
    def _personen(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        p = Person
        fields = _exported("people")
        stmt = (
            select(*_selected(p, fields, {"organisation_id": Organisation.name}))
            .join(Organisation, p.organisation_id == Organisation.id)
            .where(p.archived_at.is_(None))
            .order_by(p.name)
        )
        if ids is not None:
            stmt = stmt.where(p.id.in_(list(ids)))
        return [f.export for f in fields], [list(r) for r in s.execute(stmt)]

    @staticmethod
    def _afspraken(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        owner = AgreementOwner()
        stmt = owner.join(
            select(
                Meeting.starts_at,
                YoungPerson.code,
                YoungPerson.initials,
                Agreement.action,
                owner.name,
                Agreement.deadline,
                Agreement.status,
            )
            .join(Meeting, Agreement.meeting_id == Meeting.id)
            .outerjoin(Case, Agreement.case_id == Case.id)
            .outerjoin(YoungPerson, Case.young_person_id == YoungPerson.id)
        ).order_by(Agreement.deadline)
        if ids is not None:
            stmt = stmt.where(Agreement.id.in_(list(ids)))
        return ["sessie", "jongere", "initialen", "afspraak", "eigenaar", "uiterlijk", "status"], [
            list(r) for r in s.execute(stmt)
        ]

    @staticmethod
    def _voordrachten(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        stmt = (
            select(
                YoungPerson.code,
                YoungPerson.initials,
                Vacancy.reference,
                Vacancy.title,
                Employer.name,
                Proposal.status,
                Proposal.rejection_reason,
                Proposal.last_step_at,
            )
            .join(YoungPerson, Proposal.young_person_id == YoungPerson.id)
            .join(Vacancy, Proposal.vacancy_id == Vacancy.id)
            .join(Employer, Vacancy.employer_id == Employer.id)
            .order_by(Proposal.last_step_at.desc())
        )
        if ids is not None:
            stmt = stmt.where(Proposal.id.in_(list(ids)))
        headers = [
            "jongere",
            "initialen",
            "vacaturenummer",
            "functie",
            "werkgever",
            "status",
            "reden afwijzing",
            "laatste stap",
        ]
        return headers, [list(r) for r in s.execute(stmt)]

    @staticmethod
    def _ondersteuners(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        return supporters_table(s, ids)

    @staticmethod
    def _koppelingen(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        return links_table(s, ids)

    @staticmethod
    def _evenementen(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        return events_table(s, ids)
