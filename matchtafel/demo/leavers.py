"""The demo's school leavers: about four in ten of those who left school are kept in view, with who keeps
contact and their contact moments at 3, 6 and 12 months; the moments past are mostly made, some with a
worrying answer. Drawn from a generator of their own, so the rest of the demo stays as it was."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from matchtafel.domain.dates import add_months
from matchtafel.domain.leaving import CONTACT_MONTHS, LEAVING_STATUSES
from matchtafel.domain.vocabulary import ContactChannel, LeaverStatus
from matchtafel.models import ContactMoment, SchoolLeaver

if TYPE_CHECKING:
    from matchtafel.demo.builder import DemoBuilder

KEPT_IN_VIEW = 0.4
CHANNELS = ((ContactChannel.PHONE, 60), (ContactChannel.IN_PERSON, 25), (ContactChannel.MESSAGE, 15))
STATUSES = (
    (LeaverStatus.WORKING, 45),
    (LeaverStatus.LEARNING, 20),
    (LeaverStatus.LOOKING, 20),
    (LeaverStatus.NO_CONTACT, 15),
)
NOTES = {
    LeaverStatus.WORKING: "Werkt; gaat naar eigen zeggen goed.",
    LeaverStatus.LEARNING: "Weer begonnen met een opleiding.",
    LeaverStatus.LOOKING: "Zoekt werk; wil graag opnieuw besproken worden.",
    LeaverStatus.NO_CONTACT: "Niet bereikt, ook niet na een bericht.",
}


def add_leavers(b: DemoBuilder) -> None:
    rng = random.Random(b.seed * 7919 + 19)
    keepers = b._people_of(*b.region.keeper_kinds)
    today = b.today

    def weighted(options: tuple[tuple[object, int], ...]) -> object:
        return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]

    for young in b.young_people:
        if young["exit_status"] not in LEAVING_STATUSES or rng.random() >= KEPT_IN_VIEW:
            continue
        left_on = today - timedelta(days=rng.randint(14, 420))
        keeper = rng.choice(keepers) if keepers and rng.random() < 0.7 else young["case_holder_id"]
        leaver_id = b._add(
            SchoolLeaver,
            {
                "young_person_id": young["id"],
                "left_on": left_on,
                "exit_status": young["exit_status"],
                "keeper_id": keeper,
                "contact_channel": weighted(CHANNELS),
                "contact_every_weeks": rng.choice((2, 4, 4, 6, 8)),
            },
        )
        for months in CONTACT_MONTHS:
            due = add_months(left_on, months)
            made = due < today and rng.random() < 0.85
            status = weighted(STATUSES) if made else None
            working = status == LeaverStatus.WORKING
            b._add(
                ContactMoment,
                {
                    "leaver_id": leaver_id,
                    "months_after_leaving": months,
                    "due_on": due,
                    "assigned_to_id": keeper,
                    "answered_on": min(due + timedelta(days=rng.randint(0, 10)), today) if made else None,
                    "status": status,
                    "job_permanent": rng.random() < 0.35 if working else None,
                    "job_below_level": rng.random() < 0.3 if working else None,
                    "job_outside_field": rng.random() < 0.35 if working else None,
                    "note": NOTES[status] if isinstance(status, LeaverStatus) else "",
                },
            )
