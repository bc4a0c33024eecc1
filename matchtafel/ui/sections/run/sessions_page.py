"""The Sessions section: the list of sessions (upcoming first), planning a new one, and run mode.

Enter opens the selected session in run mode; "Back to the sessions" (Alt+Left) returns to the list.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from matchtafel.domain.errors import UserError
from matchtafel.domain.vocabulary import MeetingStatus
from matchtafel.services import Services
from matchtafel.services.meeting_rows import MeetingInput, MeetingRow
from matchtafel.ui.i18n import translate, user_message
from matchtafel.ui.sections.registers.register_page import RegisterPage
from matchtafel.ui.sections.registers.service_register import ServiceRegister
from matchtafel.ui.weights import MatchWeights
from matchtafel.ui.widgets.icons import icon
from matchtafel.ui.widgets.labels import label
from matchtafel.ui.widgets.operations import run_operation
from matchtafel.ui.widgets.prompts import Prompts
from matchtafel.ui.widgets.row_model import Column

if TYPE_CHECKING:  # run mode's and the form's modules load when first used, not at start
    from matchtafel.services.session_view import SessionView
    from matchtafel.ui.sections.run.run_session import RunSessionScreen
    from matchtafel.ui.widgets.fields import FieldSpec


class SessionsRegister(ServiceRegister):
    key = "sessions"
    input_type = MeetingInput
    can_archive = False

    def __init__(self, services: Services) -> None:
        super().__init__(services, lambda: services.meetings)

    def title(self) -> str:
        return translate("SessionsPage", "Sessions")

    def columns(self) -> list[Column]:
        return [
            Column(
                translate("SessionsPage", "Date"),
                lambda r: f"{r.starts_at:%d-%m-%Y %H:%M}",
                sort_key=lambda r: r.starts_at,
            ),
            Column(translate("SessionsPage", "Name of the session"), lambda r: r.title),
            Column(translate("SessionsPage", "Place"), lambda r: r.place),
            Column(translate("SessionsPage", "Status"), lambda r: label(r.status)),
            Column(
                translate("SessionsPage", "Cases"),
                lambda r: str(r.case_count),
                sort_key=lambda r: r.case_count,
                searchable=False,
                align_right=True,
            ),
            Column(translate("SessionsPage", "Chair"), lambda r: r.chair_name or ""),
        ]

    def fields(self) -> list[FieldSpec]:
        from matchtafel.ui.widgets.fields import FieldSpec

        def people() -> list[tuple[int, str]]:
            return [(p.id, f"{p.name} ({p.organisation_name})") for p in self.services.people.rows()]

        return [
            FieldSpec("title", translate("SessionsPage", "&Title"), required=True),
            FieldSpec("day", translate("SessionsPage", "&Date"), kind="date", required=True),
            FieldSpec("start_time", translate("SessionsPage", "Start &time"), hint="13:30", required=True),
            FieldSpec(
                "duration_minutes",
                translate("SessionsPage", "D&uration in minutes"),
                kind="int",
                required=True,
            ),
            FieldSpec("place", translate("SessionsPage", "&Place")),
            FieldSpec("chair_id", translate("SessionsPage", "&Chair"), kind="choice", choices=people),
            FieldSpec(
                "minute_taker_id", translate("SessionsPage", "&Minute taker"), kind="choice", choices=people
            ),
            FieldSpec(
                "invitee_ids",
                translate("SessionsPage", "&Invited"),
                kind="invitees",
                groups=self._invitable,
                hint=translate(
                    "SessionsPage", "Attendance starts from them; a tick on an organisation invites all"
                ),
            ),
        ]

    def _invitable(self) -> list[tuple[str, list[tuple[int, str]]]]:
        groups: dict[str, list[tuple[int, str]]] = {}
        for person in self.services.meetings.invitable():
            groups.setdefault(person.organisation_name, []).append((person.id, person.name))
        return list(groups.items())

    def new_values(self) -> dict[str, Any]:
        # the table's regulars: invited as at the last session (untick who is not coming)
        return {
            "title": "Matchtafel",
            "start_time": "13:30",
            "duration_minutes": 90,
            "invitee_ids": self.services.meetings.latest_invitees(),
        }

    def values_of(self, row: MeetingRow) -> dict[str, Any]:
        values = super().values_of(row)
        values.update(
            day=row.starts_at.date(),
            start_time=f"{row.starts_at:%H:%M}",
            invitee_ids=self.services.meetings.invitee_ids(row.id),
        )
        return values

    def make_input(self, values: dict[str, Any], row: Any) -> MeetingInput:
        values = dict(values)
        day, clock = values.pop("day"), values.pop("start_time")
        if values.get("invitee_ids") is not None:  # None: the invitees stay as they are
            values["invitee_ids"] = tuple(values["invitee_ids"])
        try:
            hours, minutes = (int(part) for part in str(clock).replace(".", ":").split(":"))
            start = datetime.combine(day, time(hours, minutes))
        except ValueError as exc:
            from matchtafel.domain.errors import QT_TRANSLATE_NOOP, ValidationError

            raise ValidationError.one(
                "start_time", QT_TRANSLATE_NOOP("errors", "Write a time like 13:30.")
            ) from exc
        return MeetingInput(starts_at=start, **values)

    def form_title(self, row: MeetingRow | None) -> str:
        return (
            translate("SessionsPage", "New session")
            if row is None
            else translate("SessionsPage", "Session of {date}").format(date=f"{row.starts_at:%d-%m-%Y}")
        )


class SessionsPage(QStackedWidget):
    """The list, and in its place the run screen of the session being held.

    Signals: ``changed()`` after the sessions or a running session changed (the status bar counts follow);
    ``run_mode_changed(bool)``: run mode opened or closed (the window gives it room).
    """

    changed = Signal()
    run_mode_changed = Signal(bool)

    def __init__(
        self,
        *,
        services: Services,
        weights: MatchWeights,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.weights = weights
        self.prompts = prompts or Prompts()
        self.list_page = RegisterPage(register=SessionsRegister(services), prompts=self.prompts)
        self.list_page.rows_loaded.connect(lambda _count: self.changed.emit())
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_page)
        row = QHBoxLayout()
        self.run_button = QPushButton(icon("presentation"), translate("SessionsPage", "&Run this session"))
        self.run_button.clicked.connect(self.run_current)
        row.addWidget(self.run_button)
        self.plan_button = QPushButton(
            icon("calendar-days"), translate("SessionsPage", "&Plan the next session")
        )
        self.plan_button.setToolTip(
            translate("SessionsPage", "A new session after the selected one: same place, people and rhythm")
        )
        self.plan_button.clicked.connect(self.plan_next)
        row.addWidget(self.plan_button)
        self.minutes_button = QPushButton(icon("file-text"), translate("SessionsPage", "Make the &minutes…"))
        self.minutes_button.setToolTip(
            translate("SessionsPage", "The minutes of the selected session, or of the last session held")
        )
        self.minutes_button.clicked.connect(self.make_minutes)
        row.addWidget(self.minutes_button)
        self.status = QLabel()
        row.addWidget(self.status)
        row.addStretch(1)
        layout.addLayout(row)
        self.addWidget(holder)
        self.run_screen: RunSessionScreen | None = None
        self.setAccessibleName(translate("SessionsPage", "Sessions"))
        # Enter on a session runs it (the form for its details stays on the Open button).
        self.list_page.on_activate = self.run_current
        QShortcut(
            QKeySequence("Alt+Left"), self, self.back_to_list, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    def reload(self) -> None:
        self.list_page.reload()

    def set_read_only(self, read_only: bool) -> None:
        """The user's role may not plan sessions (the coordinator does: who takes the minutes sees the young
        people on the agenda); running one stays, the server decides what its chair and minute taker may."""
        self.list_page.set_read_only(read_only)
        self.plan_button.setVisible(not read_only)

    def set_rows(self, rows: list[MeetingRow]) -> None:
        """The sessions, already read (at start, with the database's opening)."""
        self.list_page.set_rows(rows)

    def run_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.run(row.id)

    def plan_next(self) -> None:
        row = self.list_page.current_row()
        if row is None:
            return
        try:
            planned = self.services.meetings.plan_next(row.id)
        except UserError as exc:
            self.status.setText(user_message(exc))
            return
        self.status.setText(
            translate(
                "SessionsPage", "Planned: {date}. Enter runs it; the Open button changes its details."
            ).format(date=f"{planned.starts_at:%d-%m-%Y %H:%M}")
        )
        self.list_page.reload_then_select(planned.id)
        self.list_page.table.setFocus()

    def make_minutes(self) -> None:
        """The selected session's minutes when it was held; otherwise the latest held session's, as
        ``matchtafel minutes latest`` chooses it."""
        from matchtafel.ui.i18n import interface_language
        from matchtafel.ui.sections.run.minutes_dialog import MinutesDialog

        row = self.list_page.current_row()
        held = row is not None and row.status in (MeetingStatus.CLOSED, MeetingStatus.LOCKED)
        dialog = MinutesDialog(
            services=self.services,
            meeting_id=row.id if held and row is not None else None,
            language=interface_language(),
            prompts=self.prompts,
            parent=self,
        )
        self.minutes_dialog = dialog  # tests reach it while it is open
        if self.prompts.run(dialog) and dialog.saved is not None:
            self.status.setText(translate("RunSession", "Minutes saved: {path}").format(path=dialog.saved))

    def run(self, meeting_id: int) -> None:
        """Run mode for the session: read off the UI thread, then shown (the list waits meanwhile)."""
        if not self.back_to_list():
            return
        run_operation(
            self,
            translate("SessionsPage", "Opening the session"),
            lambda: self.services.session_view.view(meeting_id),
            lambda view: self._open_run(meeting_id, view),
            disable=[self.list_page],
            prompts=self.prompts,
        )

    def _open_run(self, meeting_id: int, view: SessionView) -> None:
        from matchtafel.ui.sections.run.run_session import RunSessionScreen

        screen = RunSessionScreen(
            services=self.services, meeting_id=meeting_id, weights=self.weights, view=view, prompts=self.prompts
        )
        screen.changed.connect(self.changed)
        back = QToolButton()
        back.setIcon(icon("arrow-left"))
        back.setAutoRaise(True)
        back.setToolTip(translate("SessionsPage", "Back to the sessions (Alt+←)"))
        back.setAccessibleName(translate("SessionsPage", "Back to the sessions"))
        back.clicked.connect(self.back_to_list)
        screen.header.add_back(back)
        self.run_screen = screen
        self.addWidget(screen)
        self.setCurrentWidget(screen)
        self.run_mode_changed.emit(True)
        (screen.review.items if screen.reviewing() else screen.agenda).setFocus()

    def may_leave(self) -> bool:
        """Quitting: the session being held has nothing typed that would be lost."""
        return self.run_screen is None or self.run_screen.may_leave()

    def back_to_list(self) -> bool:
        """Leave run mode; False (and nothing happens) while typed text would be lost by it."""
        if self.run_screen is not None:
            if not self.run_screen.may_leave():
                return False
            self.removeWidget(self.run_screen)
            self.run_screen.deleteLater()
            self.run_screen = None
            self.list_page.reload()
            self.run_mode_changed.emit(False)
        self.setCurrentIndex(0)
        return True
