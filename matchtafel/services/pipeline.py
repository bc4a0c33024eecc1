"""After the meeting: moving proposals along their pipeline, placing young people, planning nazorg.

Every step is one user action and one transaction, and writes a history row (who, when, why). The rules
themselves live in ``matchtafel.domain.proposal_steps``; this service applies them to the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session, aliased

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from matchtafel.domain.proposal_steps import (
    FINAL,
    PLACING,
    bpv_check_date,
    checkpoint_dates,
)
from matchtafel.domain.vocabulary import (
    CheckpointKind,
    ContractType,
    ProposalStatus,
    RejectionReason,
    VacancyKind,
    VacancyStatus,
)
from matchtafel.models import (
    Employer,
    NazorgCheckpoint,
    Organisation,
    Person,
    Placement,
    Proposal,
    ProposalStep,
    Vacancy,
    YoungPerson,
)
from matchtafel.services.base import ServiceBase, login_account
from matchtafel.services.paging import Page, page_from, page_of
from matchtafel.services.pipeline_checks import (
    PlacementInput as PlacementInput,  # where the UI and tests find it
)
from matchtafel.services.pipeline_checks import check_step
from matchtafel.services.validation import clean_text

DEFAULT_NAZORG_MONTHS = (3, 6, 12)


@dataclass(frozen=True)
class ProposalListRow:
    id: int
    version: int
    young_person_id: int
    young_code: str
    young_initials: str
    vacancy_id: int
    vacancy_title: str
    employer: str
    owner_id: int | None
    owner_name: str
    owner_organisation: str
    status: ProposalStatus
    rejection_reason: RejectionReason | None
    last_step_at: datetime
    vacancy_kind: VacancyKind | None = None


@dataclass(frozen=True)
class StepRow:
    status: ProposalStatus
    rejection_reason: RejectionReason | None
    note: str
    at: datetime
    by: str


@dataclass(frozen=True)
class StepResult:
    proposal_id: int
    version: int
    status: ProposalStatus
    vacancy_filled: bool = False
    checkpoints: tuple[date, ...] = ()


class PipelineService(ServiceBase):
    def proposals(self, *, include_closed: bool = True) -> list[ProposalListRow]:
        """Every proposal with what the "Mijn voordrachten" list shows and filters on."""
        with self._transaction() as s:
            stmt = self._list_statement()
            if not include_closed:
                stmt = stmt.where(Proposal.status.not_in(FINAL))
            return [ProposalListRow(*row) for row in s.execute(stmt)]

    def proposals_page(self, *, after_id: int | None = None) -> Page[ProposalListRow]:
        """``proposals`` a page at a time on a shared server (by id; the screen sorts), whole locally."""
        with self._transaction() as s:
            stmt, paged = page_of(s, self._list_statement(), Proposal.id, after_id)
            return page_from([ProposalListRow(*row) for row in s.execute(stmt)], paged)

    def proposal(self, proposal_id: int) -> ProposalListRow:
        with self._transaction() as s:
            row = s.execute(self._list_statement().where(Proposal.id == proposal_id)).one_or_none()
            if row is None:
                raise NotFound.of("proposal", proposal_id)
            return ProposalListRow(*row)

    def timeline(self, proposal_id: int) -> list[StepRow]:
        with self._transaction() as s:
            rows = s.execute(
                select(
                    ProposalStep.status,
                    ProposalStep.rejection_reason,
                    ProposalStep.note,
                    ProposalStep.at,
                    ProposalStep.by,
                )
                .where(ProposalStep.proposal_id == proposal_id)
                .order_by(ProposalStep.at, ProposalStep.id)
            )
            return [StepRow(*row) for row in rows]

    def step(
        self,
        proposal_id: int,
        expected_version: int,
        target: ProposalStatus,
        *,
        reason: RejectionReason | None = None,
        note: str = "",
        placement: PlacementInput | None = None,
        nazorg_months: tuple[int, ...] = DEFAULT_NAZORG_MONTHS,
        today: date | None = None,
    ) -> StepResult:
        """One move along the pipeline. Placing creates (or, after a trial, updates) the placement and its
        nazorg checkpoints and marks the vacancy filled when its places are taken."""
        today = today or self._clock.today()
        with self._transaction() as s:
            proposal = s.get(Proposal, proposal_id)
            if proposal is None:
                raise NotFound.of("proposal", proposal_id)
            if proposal.version != expected_version:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Someone else moved this proposal on meanwhile (it is now {status}); "
                        "look at its history and try again.",
                    ),
                    status=proposal.status,
                )
            check_step(proposal.status, target, reason, placement, today)
            now = self._clock.utcnow()
            proposal.steps.append(
                ProposalStep(
                    status=target,
                    rejection_reason=reason if target == ProposalStatus.REJECTED else None,
                    note=clean_text(note),
                    at=now,
                    by=self._actor.label,
                )
            )
            previous = proposal.status
            proposal.status = target
            proposal.rejection_reason = reason if target == ProposalStatus.REJECTED else None
            proposal.last_step_at = now
            checkpoints: tuple[date, ...] = ()
            if target in PLACING:
                assert placement is not None
                checkpoints = self._place(s, proposal, target, placement, nazorg_months)
            elif previous == ProposalStatus.TRIAL_PLACEMENT:
                self._end_trial(s, proposal, today)
            filled = self._update_vacancy(s, proposal.vacancy_id, today)
            s.flush()
            self._audit(
                s, "step", "proposal", proposal.id, str(target), young_person_id=proposal.young_person_id
            )
            return StepResult(proposal.id, proposal.version, target, filled, checkpoints)

    def set_owner(self, proposal_id: int, owner_id: int | None) -> None:
        with self._transaction() as s:
            proposal = s.get(Proposal, proposal_id)
            if proposal is None:
                raise NotFound.of("proposal", proposal_id)
            if owner_id is not None and s.get(Person, owner_id) is None:
                raise NotFound.of("person", owner_id)
            proposal.owner_id = owner_id
            self._audit(
                s, "update", "proposal", proposal_id, "owner", young_person_id=proposal.young_person_id
            )

    # -- inside a transaction ---------------------------------------------------------------------

    def _place(
        self,
        s: Session,
        proposal: Proposal,
        target: ProposalStatus,
        given: PlacementInput,
        months: tuple[int, ...],
    ) -> tuple[date, ...]:
        contract = ContractType.TRIAL if target == ProposalStatus.TRIAL_PLACEMENT else given.contract
        assert given.start_date is not None and contract is not None  # checked by check_step
        placement = s.scalar(select(Placement).where(Placement.proposal_id == proposal.id))
        if placement is None:
            placement = Placement(
                young_person_id=proposal.young_person_id,
                proposal_id=proposal.id,
                vacancy_id=proposal.vacancy_id,
            )
            s.add(placement)
        placement.start_date = given.start_date
        placement.contract = contract
        placement.hours_per_week = given.hours_per_week
        placement.below_level = given.below_level
        placement.outside_field = given.outside_field
        placement.planned_end = given.planned_end
        placement.ended_on = None
        s.flush()
        # After a trial the real start counts: the calls not yet made are planned again from it.
        s.execute(
            delete(NazorgCheckpoint).where(
                NazorgCheckpoint.placement_id == placement.id, NazorgCheckpoint.answered_on.is_(None)
            )
        )
        answered = set(
            s.execute(
                select(NazorgCheckpoint.kind, NazorgCheckpoint.months_after_start).where(
                    NazorgCheckpoint.placement_id == placement.id
                )
            ).tuples()
        )
        caller = s.scalar(
            select(YoungPerson.case_holder_id).where(YoungPerson.id == proposal.young_person_id)
        )
        if s.scalar(select(Vacancy.kind).where(Vacancy.id == proposal.vacancy_id)) == VacancyKind.BPV:
            # A BPV place is not a job: one check during the period instead of the nazorg calls.
            plan = [(CheckpointKind.BPV, 0, bpv_check_date(given.start_date, given.planned_end))]
        else:
            plan = [(CheckpointKind.JOB, m, due) for m, due in checkpoint_dates(given.start_date, months)]
        dates = []
        for kind, month, due in plan:
            if (kind, month) in answered:
                continue
            s.add(
                NazorgCheckpoint(
                    placement_id=placement.id,
                    kind=kind,
                    months_after_start=month,
                    due_on=due,
                    assigned_to_id=caller or proposal.owner_id,
                )
            )
            dates.append(due)
        return tuple(dates)

    def _end_trial(self, s: Session, proposal: Proposal, today: date) -> None:
        """A trial that ends without a job: the placement ends and its calls are not made."""
        placement = s.scalar(select(Placement).where(Placement.proposal_id == proposal.id))
        if placement is None:
            return
        placement.ended_on = today
        s.execute(
            delete(NazorgCheckpoint).where(
                NazorgCheckpoint.placement_id == placement.id, NazorgCheckpoint.answered_on.is_(None)
            )
        )

    def _update_vacancy(self, s: Session, vacancy_id: int, today: date) -> bool:
        """Filled when its places are taken; open again when a place comes free before it expires."""
        vacancy = s.get(Vacancy, vacancy_id)
        assert vacancy is not None
        s.flush()
        if login_account(s) is not None:  # a shared server: also the places row-level security hides count
            taken = s.scalar(select(func.matchtafel_places_taken(vacancy_id))) or 0
        else:
            taken = (
                s.scalar(
                    select(func.count())
                    .select_from(Placement)
                    .where(Placement.vacancy_id == vacancy_id, Placement.ended_on.is_(None))
                )
                or 0
            )
        if vacancy.status == VacancyStatus.OPEN and taken >= vacancy.positions:
            vacancy.status = VacancyStatus.FILLED
            return True
        if vacancy.status == VacancyStatus.FILLED and taken < vacancy.positions:
            still_open = vacancy.open_until is None or vacancy.open_until >= today
            vacancy.status = VacancyStatus.OPEN if still_open else VacancyStatus.EXPIRED
        return False

    @staticmethod
    def _list_statement() -> Select[tuple[object, ...]]:
        owner = aliased(Person)
        owner_org = aliased(Organisation)
        return (
            select(
                Proposal.id,
                Proposal.version,
                Proposal.young_person_id,
                YoungPerson.code,
                YoungPerson.initials,
                Proposal.vacancy_id,
                Vacancy.title,
                Employer.name,
                Proposal.owner_id,
                func.coalesce(owner.name, ""),
                func.coalesce(owner_org.name, ""),
                Proposal.status,
                Proposal.rejection_reason,
                Proposal.last_step_at,
                Vacancy.kind,
            )
            .join(YoungPerson, YoungPerson.id == Proposal.young_person_id)
            .join(Vacancy, Vacancy.id == Proposal.vacancy_id)
            .join(Employer, Employer.id == Vacancy.employer_id)
            .outerjoin(owner, owner.id == Proposal.owner_id)
            .outerjoin(owner_org, owner_org.id == owner.organisation_id)
            .order_by(Proposal.last_step_at.desc(), Proposal.id.desc())
        )
