"""Safe endings of a session: closing and locking ask first and say what is still undecided.

Cancel is the default button: Enter alone never closes a session or locks its minutes; the button's own
letter (Alt+S / Alt+V in Dutch) or a click does.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import CaseStatus, MeetingStatus
from matchtafel.services.session_view import SessionView
from matchtafel.ui.i18n import interface_language, translate, user_message


def amendment_text() -> str:
    return translate("RunSession", "Recorded as an amendment to the locked minutes.")


def undecided_lines(view: SessionView) -> list[str]:
    """What the table has not decided yet: review items without a decision, cases not discussed."""
    lines = []
    open_review = sum(1 for item in view.review if item.decision is None)
    if open_review:
        lines.append(
            translate("RunSession", "{open} of {total} agreements in the review are undecided.").format(
                open=open_review, total=len(view.review)
            )
        )
    waiting = [f"{c.code} {c.initials}" for c in view.cases if c.status == CaseStatus.PLANNED]
    if waiting:
        shown = ", ".join(waiting[:5]) + (" …" if len(waiting) > 5 else "")
        lines.append(
            translate(
                "RunSession", "{count} of {total} cases are not marked discussed or postponed: {cases}."
            ).format(count=len(waiting), total=len(view.cases), cases=shown)
        )
    return lines


def close_question(view: SessionView) -> str:
    lines = undecided_lines(view) or [translate("RunSession", "Everything on the agenda is decided.")]
    lines.append(translate("RunSession", "Until the minutes are locked, everything can still be changed."))
    return "\n\n".join(lines)


def lock_question(view: SessionView) -> str:
    lines = undecided_lines(view) or [translate("RunSession", "Everything on the agenda is decided.")]
    lines.append(
        translate(
            "RunSession",
            "After locking, undo is gone and every change is recorded as an amendment, with your name and the"
            " time, and printed in the minutes.",
        )
    )
    return "\n\n".join(lines)


def amend_question() -> str:
    return translate(
        "RunSession",
        "The minutes are locked. Every change you make now is recorded as an amendment, with your name and the"
        " time, and printed in the minutes. Undo is not possible.",
    )


class SessionEndings:
    """Closing, locking, amending and the minutes for one run screen (``screen`` is a RunSessionScreen)."""

    def __init__(self, screen: Any) -> None:
        self.screen = screen

    def _shown_at_once(self, status: MeetingStatus, **changed: Any) -> None:
        """What an ending just wrote, shown before the session read after it lands: the buttons that apply
        now (Lock right after Close) and whether the notes may be typed in."""
        screen = self.screen
        screen.view = replace(screen.view, status=status, **changed)
        screen.header.show_view(screen.view, amending=screen.amending)
        screen.case_page.set_editable(screen.editable())

    def close_session(self) -> None:
        screen = self.screen
        screen.save_notes()
        if not screen.prompts.go_ahead(
            screen,
            translate("RunSession", "Close the session?"),
            close_question(screen.view),
            translate("RunSession", "&Close session"),
        ):
            return
        screen.services.agenda.close(screen.meeting_id)
        self._shown_at_once(MeetingStatus.CLOSED)
        screen.reload()
        screen.entry_status_text(
            translate("RunSession", "Session closed. Lock the minutes when they are right.")
        )
        screen.changed.emit()

    def lock_session(self) -> None:
        screen = self.screen
        screen.save_notes()
        if not screen.prompts.go_ahead(
            screen,
            translate("RunSession", "Lock the minutes?"),
            lock_question(screen.view),
            translate("RunSession", "&Lock minutes (vaststellen)"),
        ):
            return
        try:
            screen.services.agenda.lock(screen.meeting_id)
        except UserError as exc:
            screen.entry_status_text(user_message(exc))
            return
        screen.undo_stack.clear()  # what was done before locking is the record now
        screen.amending = False
        self._shown_at_once(MeetingStatus.LOCKED, locked_at=screen.services.clock.now())
        screen.reload()
        screen.entry_status_text(translate("RunSession", "Minutes locked. A change now needs Amend…"))
        screen.changed.emit()

    def amend(self) -> None:
        """An explicit step before changing locked minutes: every change after it is an amendment."""
        screen = self.screen
        if screen.view.status != MeetingStatus.LOCKED or screen.amending:
            return
        if not screen.prompts.go_ahead(
            screen,
            translate("RunSession", "Amend the locked minutes?"),
            amend_question(),
            translate("RunSession", "&Amend"),
        ):
            return
        screen.amending = True
        self._shown_at_once(MeetingStatus.LOCKED)
        screen.reload()
        screen.entry_status_text(
            translate("RunSession", "Amending: every change is recorded as an amendment.")
        )

    def make_minutes(self) -> None:
        from matchtafel.ui.sections.run.minutes_dialog import MinutesDialog

        screen = self.screen
        screen.save_notes()
        dialog = MinutesDialog(
            services=screen.services,
            meeting_id=screen.meeting_id,
            language=interface_language(),
            prompts=screen.prompts,
        )
        screen.minutes_dialog = dialog  # tests reach it while it is open
        if screen.prompts.run(dialog) and dialog.saved is not None:
            screen.entry_status_text(
                translate("RunSession", "Minutes saved: {path}").format(path=dialog.saved)
            )
