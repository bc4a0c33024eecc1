"""What is made for the current case in run mode: an agreement (typed on one line) and a proposal (Ctrl+P).

Both go through the run screen's ``undoable``: undo and redo until the minutes are locked, an amendment after.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from matchtafel.ui.i18n import translate
from matchtafel.vocabulary import MeetingStatus


def amendment_text() -> str:
    return translate("RunSession", "Recorded as an amendment to the locked minutes.")


class CaseActions:
    """``screen`` is a RunSessionScreen: its current case, services and ``undoable``."""

    def __init__(self, screen: Any) -> None:
        self.screen = screen

    def save_agreement(self, action: str, owner: int | None, deadline: date | None) -> str | None:
        screen = self.screen
        case = screen.current_case()
        state: dict[str, int] = {}

        def redo() -> None:
            state["id"] = screen.services.agenda.add_agreement(
                screen.meeting_id,
                action=action,
                owner_id=owner,
                deadline=deadline,
                case_id=case.id if case else None,
            )

        screen.undoable(
            translate("RunSession", "agreement '{action}'").format(action=action[:40]),
            redo,
            lambda: screen.services.agenda.delete_agreement(state["id"]),
        )
        return amendment_text() if screen.view.status == MeetingStatus.LOCKED else None

    def propose(self, young_id: int, suggestion: Any) -> None:
        screen = self.screen
        case = screen.current_case()
        state: dict[str, int] = {}

        def redo() -> None:
            state["id"] = screen.services.proposals.propose(
                young_id, suggestion.vacancy_id, case_id=case.id if case else None
            ).id

        screen.undoable(
            translate("RunSession", "proposal for {vacancy}").format(vacancy=suggestion.title),
            redo,
            lambda: screen.services.proposals.retract(state["id"]),
        )
        if screen.view.status != MeetingStatus.LOCKED:
            screen.entry_status_text(
                translate("RunSession", "Proposed: {vacancy} ({employer}).").format(
                    vacancy=suggestion.title, employer=suggestion.employer_name
                )
            )
