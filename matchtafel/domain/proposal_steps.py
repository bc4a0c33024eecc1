"""The rules of the proposal (voordracht) pipeline and of nazorg checkpoints: pure, no database.

proposed → contact made → interview planned → placed | trial placement | rejected | withdrawn.
A trial placement (proefplaatsing) ends in a placement, a rejection or a withdrawal. A proposal can be
rejected or withdrawn at any open step; placed, rejected and withdrawn are final.
"""

from __future__ import annotations

from datetime import date, timedelta

from matchtafel.domain.dates import add_months
from matchtafel.domain.vocabulary import ProposalStatus

P = ProposalStatus

ALLOWED_STEPS: dict[ProposalStatus, tuple[ProposalStatus, ...]] = {
    P.PROPOSED: (P.CONTACT_MADE, P.REJECTED, P.WITHDRAWN),
    P.CONTACT_MADE: (P.INTERVIEW_PLANNED, P.REJECTED, P.WITHDRAWN),
    P.INTERVIEW_PLANNED: (P.PLACED, P.TRIAL_PLACEMENT, P.REJECTED, P.WITHDRAWN),
    P.TRIAL_PLACEMENT: (P.PLACED, P.REJECTED, P.WITHDRAWN),
    P.PLACED: (),
    P.REJECTED: (),
    P.WITHDRAWN: (),
}

# The steps in the order the screens offer them, each with the key that takes it (language-neutral digits).
STEP_KEYS: tuple[tuple[str, ProposalStatus], ...] = (
    ("1", P.CONTACT_MADE),
    ("2", P.INTERVIEW_PLANNED),
    ("3", P.PLACED),
    ("4", P.TRIAL_PLACEMENT),
    ("5", P.REJECTED),
    ("6", P.WITHDRAWN),
)

FINAL = frozenset(status for status, steps in ALLOWED_STEPS.items() if not steps)
OPEN = frozenset(ALLOWED_STEPS) - FINAL
PLACING = frozenset({P.PLACED, P.TRIAL_PLACEMENT})
# How far along the funnel a status is: a proposal that reached a step passed all steps before it.
FUNNEL: tuple[ProposalStatus, ...] = (P.PROPOSED, P.CONTACT_MADE, P.INTERVIEW_PLANNED, P.PLACED)


def allowed_steps(status: ProposalStatus) -> tuple[ProposalStatus, ...]:
    return ALLOWED_STEPS[status]


def is_allowed(current: ProposalStatus, target: ProposalStatus) -> bool:
    return target in ALLOWED_STEPS[current]


def checkpoint_dates(start: date, months: tuple[int, ...]) -> list[tuple[int, date]]:
    """When the nazorg calls are due after a placement that starts on ``start``."""
    return [(m, add_months(start, m)) for m in sorted(set(months))]


BPV_CHECK_WITHOUT_END = timedelta(weeks=6)


def bpv_check_date(start: date, planned_end: date | None) -> date:
    """The check during a BPV period: halfway, while there is time to keep the place; six weeks in when the
    end of the period is not known."""
    if planned_end is None or planned_end <= start:
        return start + BPV_CHECK_WITHOUT_END
    return start + timedelta(days=(planned_end - start).days // 2)
