"""Inzage: everything stored about one young person, as one record, read inside the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matchtafel.models import (
    Agreement,
    AuditEvent,
    Case,
    Meeting,
    Placement,
    Proposal,
    SchoolLeaver,
    YoungPerson,
)
from matchtafel.services.support_privacy import support_record


def subject_record(s: Session, young: YoungPerson) -> dict[str, Any]:
    """The young person's own fields, school and case holder, consents, cases, agreements, proposals with their
    steps, placements with their checkpoints, support, school leaving and the audit entries about them."""
    young_person_id = young.id
    cases = s.execute(
        select(Case, Meeting.starts_at)
        .join(Meeting, Meeting.id == Case.meeting_id)
        .where(Case.young_person_id == young_person_id)
        .order_by(Meeting.starts_at)
    ).all()
    case_ids = [case.id for case, _ in cases]
    proposals = s.scalars(
        select(Proposal).where(Proposal.young_person_id == young_person_id).order_by(Proposal.id)
    ).all()
    placements = s.scalars(
        select(Placement).where(Placement.young_person_id == young_person_id).order_by(Placement.id)
    ).all()
    return {
        "young_person": own_fields(young, skip={"school", "case_holder", "consents"}),
        "school": young.school.name if young.school else None,
        "case_holder": young.case_holder.name if young.case_holder else None,
        "consents": [own_fields(c, skip={"young_person"}) for c in young.consents],
        "cases": [{**own_fields(case, skip={"meeting"}), "session": at} for case, at in cases],
        "agreements": [
            own_fields(a, skip={"owner"})
            for a in s.scalars(
                select(Agreement).where(Agreement.case_id.in_(case_ids)).order_by(Agreement.id)
            )
        ]
        if case_ids
        else [],
        "proposals": [
            {
                **own_fields(p, skip={"young_person", "vacancy", "steps"}),
                "vacancy": p.vacancy.title,
                "employer": p.vacancy.employer.name,
                "steps": [own_fields(step, skip={"proposal"}) for step in p.steps],
            }
            for p in proposals
        ],
        "placements": [
            {
                **own_fields(p, skip={"checkpoints"}),
                "checkpoints": [own_fields(c, skip={"placement"}) for c in p.checkpoints],
            }
            for p in placements
        ],
        **support_record(s, young_person_id, own_fields),
        "school_leaving": [
            {
                **own_fields(leaver, skip={"keeper", "moments"}),
                "keeper": leaver.keeper.name if leaver.keeper else None,
                "contact_moments": [own_fields(m, skip={"leaver"}) for m in leaver.moments],
            }
            for leaver in s.scalars(
                select(SchoolLeaver)
                .where(SchoolLeaver.young_person_id == young_person_id)
                .order_by(SchoolLeaver.left_on, SchoolLeaver.id)
            )
        ],
        "audit_log": [
            own_fields(e)
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.young_person_id == young_person_id)
                .order_by(AuditEvent.id)
            )
        ],
    }


def own_fields(obj: Any, skip: set[str] | None = None) -> dict[str, Any]:
    """A record's own columns (not its relations), for the inzage file."""
    skip = skip or set()
    return {
        column.key: getattr(obj, column.key)
        for column in obj.__mapper__.column_attrs
        if column.key not in skip
    }
