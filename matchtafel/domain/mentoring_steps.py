"""The rules of a mentoring link between a young person and a supporter: pure, no database.

proposed → introduced → active → ended. A link can end at any step before it ended (with a reason); ended is
final. "Ended early" is every ending but "completed": the agenda that writes itself brings those young people
back to the table.
"""

from __future__ import annotations

from matchtafel.domain.vocabulary import LinkEndReason, LinkStatus

L = LinkStatus

ALLOWED_LINK_STEPS: dict[LinkStatus, tuple[LinkStatus, ...]] = {
    L.PROPOSED: (L.INTRODUCED, L.ENDED),
    L.INTRODUCED: (L.ACTIVE, L.ENDED),
    L.ACTIVE: (L.ENDED,),
    L.ENDED: (),
}

# The steps in the order the screens offer them, each with the key that takes it (language-neutral digits).
LINK_STEP_KEYS: tuple[tuple[str, LinkStatus], ...] = (
    ("1", L.INTRODUCED),
    ("2", L.ACTIVE),
    ("3", L.ENDED),
)

OPEN_LINK = frozenset({L.PROPOSED, L.INTRODUCED, L.ACTIVE})
# A supporter's capacity counts the young people they are (about to be) supporting.
TAKES_CAPACITY = OPEN_LINK
# Introducing shares the young person's profile with the supporter: that needs the consent's scope.
SHARES_PROFILE = frozenset({L.INTRODUCED, L.ACTIVE})


def allowed_link_steps(status: LinkStatus) -> tuple[LinkStatus, ...]:
    return ALLOWED_LINK_STEPS[status]


def is_allowed_link_step(current: LinkStatus, target: LinkStatus) -> bool:
    return target in ALLOWED_LINK_STEPS[current]


def ended_early(status: LinkStatus, reason: LinkEndReason | None) -> bool:
    return status == L.ENDED and reason != LinkEndReason.COMPLETED
