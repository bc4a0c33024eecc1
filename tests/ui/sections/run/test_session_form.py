"""The new-session form: the cursor in the first field, no sideways scrolling, invitees by organisation and
person (copied by "plan the next session"), and choices of people that narrow as you type."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QScrollArea
from pytestqt.qtbot import QtBot

from matchtafel.domain.vocabulary import AttendanceStatus, MeetingStatus
from matchtafel.services import Services
from matchtafel.ui.sections.run.invitees_picker import InviteesPicker
from matchtafel.ui.widgets.record_form import RecordForm
from tests.conftest import TODAY
from tests.ui.keys import type_text
from tests.ui.register_helpers import drive_form, load, save_and_wait
from tests.ui.run_helpers import sessions_page

FAR = TODAY + timedelta(days=30 * 30)  # a new session well after the demo's, within five years

SHOTS = Path("/tmp/i17")


def test_a_new_session_invites_organisations_and_people(session_demo: Services, qtbot: QtBot) -> None:
    page = sessions_page(session_demo, qtbot)
    latest = max(session_demo.meetings.rows(), key=lambda r: r.starts_at)
    regulars = session_demo.meetings.invitee_ids(latest.id)
    seen: dict[str, object] = {}

    def fill(form: RecordForm) -> None:
        form.resize(680, 700)
        qtbot.wait(10)
        seen["focus"] = form.focusWidget() is form.editors["title"].widget
        scroll = form.findChild(QScrollArea)
        form.grab().save(str(SHOTS / "session_form.png")) if SHOTS.is_dir() else None
        seen["sideways"] = scroll.horizontalScrollBar().isVisible()
        picker = form.editors["invitee_ids"].widget
        assert isinstance(picker, InviteesPicker)
        seen["regulars"] = picker.value()
        picker.set_value(())
        # a tick on an organisation invites all its people; typing narrows the list
        type_text(picker.filter, "doorstroompunt")
        shown = [
            picker.tree.topLevelItem(i)
            for i in range(picker.tree.topLevelItemCount())
            if not picker.tree.topLevelItem(i).isHidden()
        ]
        assert [o.text(0) for o in shown] == ["Doorstroompunt Achterhoek"]
        shown[0].setCheckState(0, Qt.CheckState.Checked)
        seen["organisation"] = [
            int(shown[0].child(j).data(0, Qt.ItemDataRole.UserRole)) for j in range(shown[0].childCount())
        ]
        chair = form.editors["chair_id"].widget
        assert (
            isinstance(chair, QComboBox) and chair.isEditable()
        )  # a long list of people: find, don't scroll
        form.editors["day"].widget.setText(f"{FAR:%d-%m-%Y}")
        save_and_wait(form, qtbot)

    forms = drive_form(page.list_page, qtbot, fill)
    qtbot.keyClick(page.list_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert forms and seen["focus"] is True and seen["sideways"] is False
    assert seen["regulars"] == regulars  # a new session starts from the table's regulars
    created = next(r for r in session_demo.meetings.rows() if r.starts_at.date() == FAR)
    assert set(session_demo.meetings.invitee_ids(created.id)) == set(seen["organisation"])  # type: ignore[arg-type]
    view = session_demo.session_view.view(created.id)
    assert {pid for pid, _, invited in view.people if invited} == set(seen["organisation"])  # type: ignore[arg-type]
    assert set(view.attendance.values()) == {AttendanceStatus.INVITED}


def test_plan_next_copies_the_invitees(session_demo: Services, qtbot: QtBot) -> None:
    page = sessions_page(session_demo, qtbot)
    upcoming = next(r for r in session_demo.meetings.rows() if r.status == MeetingStatus.PLANNED)
    assert page.list_page.select(lambda row: row.id == upcoming.id)
    page.list_page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: getattr(page.list_page.current_row(), "id", upcoming.id) != upcoming.id)
    planned = page.list_page.current_row()
    assert session_demo.meetings.invitee_ids(planned.id) == session_demo.meetings.invitee_ids(upcoming.id)
    load(page.list_page, qtbot)
