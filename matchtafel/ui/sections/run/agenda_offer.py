"""After an answer that brings a young person back to the table (a nazorg call out of work, a school leaver's
worrying contact moment): offer the next planned session's agenda, in one step."""

from __future__ import annotations

from collections.abc import Callable

from matchtafel.domain.errors import UserError
from matchtafel.services import Services
from matchtafel.ui.i18n import translate, user_message


def offer_next_agenda(
    services: Services,
    young_person_id: int,
    young: str,
    *,
    ask: Callable[[str, str], bool],
    show_problem: Callable[[str], None],
) -> str:
    """Asks (``ask(young, date)``) and puts the young person on the next agenda; returns what to tell the user
    ("" when nothing was done or asked)."""
    try:
        upcoming = services.followup.next_session()
    except UserError as exc:
        show_problem(user_message(exc))
        return ""
    if upcoming is None:
        return translate(
            "CheckpointsPage", "No session is planned yet: put {young} on the agenda when you plan it."
        ).format(young=young)
    when = f"{upcoming[1]:%d-%m-%Y}"
    if not ask(young, when):
        return ""
    try:
        services.followup.put_on_next_agenda(young_person_id)
    except UserError as exc:
        show_problem(user_message(exc))
        return ""
    return translate("CheckpointsPage", "{young} is on the agenda of {date}.").format(young=young, date=when)
