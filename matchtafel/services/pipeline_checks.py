"""Whether a step on a proposal may be taken as asked: allowed from where the proposal is (the rules in
``matchtafel.domain.proposal_steps``), with a reason when rejected, and a placement's details that make sense
(a start within a year, an end after the start, a contract, sensible hours). ``PipelineService.step`` asks
before it writes; each problem names its field, for the form to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem, ValidationError
from matchtafel.domain.proposal_steps import PLACING, allowed_steps, is_allowed
from matchtafel.domain.vocabulary import ContractType, ProposalStatus, RejectionReason


@dataclass(frozen=True)
class PlacementInput:
    start_date: date | None
    contract: ContractType | None
    hours_per_week: int | None = None
    below_level: bool = False
    outside_field: bool = False
    planned_end: date | None = None  # the end of a BPV period


def check_step(
    current: ProposalStatus,
    target: ProposalStatus,
    reason: RejectionReason | None,
    placement: PlacementInput | None,
    today: date,
) -> None:
    problems: list[FieldProblem] = []
    if not is_allowed(current, target):
        allowed = allowed_steps(current)
        if allowed:
            problems.append(
                FieldProblem(
                    "status",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "A proposal that is {current} cannot go to {target}; it can go to: {allowed}.",
                    ),
                    (("current", current), ("target", target), ("allowed", allowed)),
                )
            )
        else:
            problems.append(
                FieldProblem(
                    "status",
                    QT_TRANSLATE_NOOP(
                        "errors", "A proposal that is {current} is finished; make a new proposal instead."
                    ),
                    (("current", current),),
                )
            )
        raise ValidationError(problems)
    if target == ProposalStatus.REJECTED and reason is None:
        problems.append(
            FieldProblem("rejection_reason", QT_TRANSLATE_NOOP("errors", "Choose why it was rejected."))
        )
    if target in PLACING:
        problems.extend(placement_problems(placement, today, trial=target == ProposalStatus.TRIAL_PLACEMENT))
    if problems:
        raise ValidationError(problems)


def placement_problems(placement: PlacementInput | None, today: date, *, trial: bool) -> list[FieldProblem]:
    if placement is None or placement.start_date is None:
        return [FieldProblem("start_date", QT_TRANSLATE_NOOP("errors", "Fill in the start date."))]
    problems = []
    if abs((placement.start_date - today).days) > 366:
        problems.append(
            FieldProblem(
                "start_date", QT_TRANSLATE_NOOP("errors", "The start date must lie within a year of today.")
            )
        )
    if placement.planned_end is not None and placement.planned_end <= placement.start_date:
        problems.append(
            FieldProblem(
                "planned_end", QT_TRANSLATE_NOOP("errors", "The BPV period must end after it starts.")
            )
        )
    if placement.contract is None and not trial:
        problems.append(FieldProblem("contract", QT_TRANSLATE_NOOP("errors", "Choose the kind of contract.")))
    hours = placement.hours_per_week
    if hours is not None and not 1 <= hours <= 60:
        problems.append(
            FieldProblem(
                "hours_per_week", QT_TRANSLATE_NOOP("errors", "Hours per week must be between 1 and 60.")
            )
        )
    return problems
