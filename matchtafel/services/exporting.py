"""Exports of the lists for Excel: pseudonymous by default; full names only by choice, and audited."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
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
        columns = [
            y.code,
            y.initials,
            school.name,
            y.student_number,
            y.programme_name,
            y.crebo,
            y.level,
            y.leerweg,
            y.home_place,
            y.available_from,
            y.hours_per_week,
            y.wanted_sectors,
            y.driving_licence,
            y.travels_independently,
            y.needs_job_coach,
            holder.name,
        ]
        headers = [
            "code",
            "initialen",
            "school",
            "studentnummer",
            "opleiding",
            "crebo",
            "niveau",
            "leerweg",
            "woonplaats",
            "beschikbaar vanaf",
            "uren per week",
            "gewenste sectoren",
            "rijbewijs",
            "reist zelfstandig",
            "jobcoach",
            "casushouder",
        ]
        if names:
            columns[2:2] = [y.given_name, y.family_name]
            headers[2:2] = ["voornaam", "achternaam"]
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
        if names:  # a full name only for whom the consent for the table is in force; the others stay blank
            consenting = {i for i, c in scopes_in_force(s, [r[-1] for r in rows]).items() if c.scope_table}
            return headers, [
                list(r[:-1]) if r[-1] in consenting else [*r[:2], "", "", *r[4:-1]] for r in rows
            ]
        return headers, [list(r[:-1]) for r in rows]

    @staticmethod
    def _vacatures(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        v = Vacancy
        stmt = (
            select(
                v.reference,
                Employer.name,
                v.title,
                v.kind,
                v.sector,
                v.required_level,
                v.crebo_codes,
                v.place,
                v.hours_min,
                v.hours_max,
                v.start_date,
                v.open_until,
                v.positions,
                v.driving_licence_required,
                v.coaching_possible,
                v.open_for_banenafspraak,
                v.status,
            )
            .join(Employer, v.employer_id == Employer.id)
            .where(v.archived_at.is_(None))
            .order_by(v.reference)
        )
        if ids is not None:
            stmt = stmt.where(v.id.in_(list(ids)))
        headers = [
            "vacaturenummer",
            "werkgever",
            "functie",
            "soort",
            "sector",
            "niveau",
            "crebo",
            "plaats",
            "uren min",
            "uren max",
            "startdatum",
            "open tot",
            "aantal plekken",
            "rijbewijs vereist",
            "jobcoaching mogelijk",
            "banenafspraak",
            "status",
        ]
        return headers, [list(r) for r in s.execute(stmt)]

    @staticmethod
    def _werkgevers(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        e = Employer
        stmt = (
            select(
                e.name,
                e.place,
                e.sector,
                e.recognised_training_company,
                e.contact_name,
                e.contact_email,
                e.contact_phone,
            )
            .where(e.archived_at.is_(None))
            .order_by(e.name)
        )
        if ids is not None:
            stmt = stmt.where(e.id.in_(list(ids)))
        headers = [
            "werkgever",
            "plaats",
            "sector",
            "erkend leerbedrijf",
            "contactpersoon",
            "e-mail",
            "telefoon",
        ]
        return headers, [list(r) for r in s.execute(stmt)]

    @staticmethod
    def _organisaties(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        from matchtafel.models import OrganisationKind

        o = Organisation
        stmt = (
            select(o.name, OrganisationKind.name_nl, o.place)
            .join(OrganisationKind, o.kind_id == OrganisationKind.id)
            .where(o.archived_at.is_(None))
            .order_by(o.name)
        )
        if ids is not None:
            stmt = stmt.where(o.id.in_(list(ids)))
        return ["organisatie", "soort", "plaats"], [list(r) for r in s.execute(stmt)]

    @staticmethod
    def _personen(s: Any, ids: Sequence[int] | None, names: bool) -> tuple[list[str], list[list[Any]]]:
        p = Person
        stmt = (
            select(p.name, Organisation.name, p.role, p.email, p.phone)
            .join(Organisation, p.organisation_id == Organisation.id)
            .where(p.archived_at.is_(None))
            .order_by(p.name)
        )
        if ids is not None:
            stmt = stmt.where(p.id.in_(list(ids)))
        return ["naam", "organisatie", "rol", "e-mail", "telefoon"], [list(r) for r in s.execute(stmt)]

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
