"""The rules of keeping school leavers in view: pure, no database.

A young person who leaves school (with a diploma, a praktijkverklaring or without either) is kept in view for
a year: contact moments at 3, 6 and 12 months after leaving, whether or not the table found them a place.

A worrying answer brings the young person back to the table:
- looking for work, or no contact: the table should know;
- working in a job that is temporary, below level *and* outside the field: all three signs of work that
  rarely lasts (DOMAIN.md, "quality of the first job"). One or two of them alone are common for a first
  job and are counted in the overview rather than raised.
"""

from __future__ import annotations

from datetime import date

from matchtafel.domain.dates import add_months
from matchtafel.domain.vocabulary import ExitStatus, LeaverStatus

CONTACT_MONTHS = (3, 6, 12)
LEAVING_STATUSES = (ExitStatus.DIPLOMA, ExitStatus.PRAKTIJKVERKLARING, ExitStatus.LEFT_WITHOUT_DIPLOMA)
WORRYING_STATUSES = frozenset({LeaverStatus.LOOKING, LeaverStatus.NO_CONTACT})
DEFAULT_EVERY_WEEKS = 4


def contact_dates(left_on: date, months: tuple[int, ...] = CONTACT_MONTHS) -> list[tuple[int, date]]:
    """When the contact moments are due after leaving school on ``left_on``."""
    return [(m, add_months(left_on, m)) for m in sorted(set(months))]


def is_worrying(
    status: LeaverStatus | None,
    permanent: bool | None = None,
    below_level: bool | None = None,
    outside_field: bool | None = None,
) -> bool:
    if status in WORRYING_STATUSES:
        return True
    return status == LeaverStatus.WORKING and permanent is False and bool(below_level) and bool(outside_field)
