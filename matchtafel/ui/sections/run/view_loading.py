"""Run mode's view of the session, read off the UI thread, and only the newest read shown.

Reading a session (its cases, agreements, proposals, review and people) takes 20 to 100 ms on a large
region: too long to hold the keyboard in a meeting. ``SessionViewLoader`` asks the operation runner for it
after every change, and hands on a result only when no later request was made meanwhile: a read that was
overtaken (a fast Ctrl+D, Ctrl+D) is dropped, never shown over a newer one.

Notes written while a read was on its way are laid over its result (``wrote_notes``, ``with_written``): the
read may have started before the write, and the text the minute taker wrote is the newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from matchtafel.services import Services
from matchtafel.services.session_view import SessionView
from matchtafel.ui.i18n import translate
from matchtafel.ui.widgets.operations import run_operation


class SessionViewLoader:
    """Reads one session's view for ``owner``; ``show`` gets the newest, ``failed`` a read's error."""

    def __init__(
        self,
        *,
        owner: QWidget,
        services: Services,
        meeting_id: int,
        show: Callable[[SessionView], None],
        failed: Callable[[Exception], None],
    ) -> None:
        self._owner, self._services, self._meeting_id = owner, services, meeting_id
        self._show, self._failed = show, failed
        self._latest = 0  # the number of the newest request
        self._pending = 0  # requests still on their way
        self._written: dict[int, str] = {}  # case id -> notes written since the newest request

    def loading(self) -> bool:
        """A read is on its way (tests wait for it to land)."""
        return self._pending > 0

    def request(self) -> None:
        self._latest += 1
        self._pending += 1
        number = self._latest
        self._written = {}  # a write before this request is in what this request reads
        meeting_id = self._meeting_id

        def landed(view: SessionView) -> None:
            self._pending -= 1
            if number == self._latest:  # an older read overtaken by a newer request is dropped
                self._show(view)

        def went_wrong(error: Exception) -> None:
            self._pending -= 1
            if number == self._latest:
                self._failed(error)

        run_operation(
            self._owner,
            translate("RunSession", "Reading the session"),
            lambda: self._services.session_view.view(meeting_id),
            landed,
            on_failure=went_wrong,
        )

    def wrote_notes(self, case_id: int, text: str) -> None:
        """Notes of ``case_id`` were written now: a read on its way may not have them yet."""
        self._written[case_id] = text

    def with_written(self, view: SessionView) -> SessionView:
        """``view`` with the notes written since it was asked for (the screen writes what is typed first)."""
        if not self._written:
            return view
        cases = [
            replace(case, notes=self._written[case.id]) if case.id in self._written else case for case in view.cases
        ]
        return replace(view, cases=cases)
