"""What the table has done with one young person: cases, agreements, proposals (no names)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from matchtafel.domain.vocabulary import AgreementStatus, CaseStatus, ProposalStatus
from matchtafel.models import Agreement, Case, Employer, Meeting, Proposal, Vacancy
from matchtafel.services.base import ServiceBase
from matchtafel.services.owners import AgreementOwner


@dataclass(frozen=True)
class CaseLine:
    meeting_id: int
    starts_at: datetime
    status: CaseStatus
    situation_summary: str


@dataclass(frozen=True)
class AgreementLine:
    id: int
    action: str
    owner_name: str | None
    deadline: date | None
    status: AgreementStatus


@dataclass(frozen=True)
class ProposalLine:
    id: int
    vacancy_title: str
    employer_name: str
    status: ProposalStatus
    last_step_at: datetime


@dataclass(frozen=True)
class YoungPersonHistory:
    cases: list[CaseLine]
    agreements: list[AgreementLine]
    proposals: list[ProposalLine]


class HistoryService(ServiceBase):
    def of_young_person(self, young_person_id: int) -> YoungPersonHistory:
        with self._transaction() as s:
            cases = [
                CaseLine(*row)
                for row in s.execute(
                    select(Case.meeting_id, Meeting.starts_at, Case.status, Case.situation_summary)
                    .join(Meeting, Case.meeting_id == Meeting.id)
                    .where(Case.young_person_id == young_person_id)
                    .order_by(Meeting.starts_at.desc())
                )
            ]
            owner = AgreementOwner()
            agreements = [
                AgreementLine(*row)
                for row in s.execute(
                    owner.join(
                        select(
                            Agreement.id, Agreement.action, owner.name, Agreement.deadline, Agreement.status
                        ).join(Case, Agreement.case_id == Case.id)
                    )
                    .where(Case.young_person_id == young_person_id)
                    .order_by(Agreement.deadline.desc())
                )
            ]
            proposals = [
                ProposalLine(*row)
                for row in s.execute(
                    select(Proposal.id, Vacancy.title, Employer.name, Proposal.status, Proposal.last_step_at)
                    .join(Vacancy, Proposal.vacancy_id == Vacancy.id)
                    .join(Employer, Vacancy.employer_id == Employer.id)
                    .where(Proposal.young_person_id == young_person_id)
                    .order_by(Proposal.last_step_at.desc())
                )
            ]
            return YoungPersonHistory(cases=cases, agreements=agreements, proposals=proposals)
