"""Matchtafel sessions (Meeting in code): plan, change and list them."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise
from statistics import median
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from matchtafel.errors import QT_TRANSLATE_NOOP, FieldProblem, NotFound
from matchtafel.models import Attendance, Case, Meeting, Person
from matchtafel.services.base import RegisterService
from matchtafel.services.meeting_rows import MeetingInput, MeetingRow
from matchtafel.services.validation import check_required
from matchtafel.vocabulary import AttendanceStatus, MeetingStatus

__all__ = ["MeetingInput", "MeetingRow", "MeetingsService"]

USUAL_INTERVAL = timedelta(days=28)  # when there is no history to learn the table's rhythm from


class MeetingsService(RegisterService[Meeting, MeetingInput, MeetingRow]):
    model = Meeting
    input_type = MeetingInput
    row_type = MeetingRow
    entity = "meeting"

    def _list_statement(self) -> Select[Any]:
        m = Meeting
        chair, taker = aliased(Person), aliased(Person)
        cases = select(Case.meeting_id, func.count().label("n")).group_by(Case.meeting_id).subquery()
        own = [getattr(m, name) for name in MeetingInput.__dataclass_fields__]
        return (
            select(
                m.id,
                m.version,
                m.status,
                *own,
                chair.name.label("chair_name"),
                taker.name.label("minute_taker_name"),
                func.coalesce(cases.c.n, 0).label("case_count"),
            )
            .outerjoin(chair, m.chair_id == chair.id)
            .outerjoin(taker, m.minute_taker_id == taker.id)
            .outerjoin(cases, cases.c.meeting_id == m.id)
            .order_by(m.starts_at, m.id)
        )

    def _problems(self, s: Session, data: MeetingInput, current: Meeting | None) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        check_required(data.title, "title", problems)
        if not 15 <= data.duration_minutes <= 480:
            problems.append(
                FieldProblem(
                    "duration_minutes",
                    QT_TRANSLATE_NOOP("errors", "A session lasts between 15 and 480 minutes."),
                )
            )
        for name in ("chair_id", "minute_taker_id"):
            person_id = getattr(data, name)
            if person_id is not None and s.get(Person, person_id) is None:
                problems.append(
                    FieldProblem(name, QT_TRANSLATE_NOOP("errors", "Pick a person from the list."))
                )
        if current is not None and current.status == MeetingStatus.LOCKED:
            problems.append(
                FieldProblem(
                    "status", QT_TRANSLATE_NOOP("errors", "This session is locked; record an amendment.")
                )
            )
        return problems

    def plan_next(self, meeting_id: int) -> MeetingRow:
        """A new session after this one: same place, title, length, chair, minute taker and invitees, at the
        table's usual interval (the median gap between its recent sessions, four weeks without history)."""
        with self._transaction() as s:
            source = s.get(Meeting, meeting_id)
            if source is None:
                raise NotFound.of("meeting", meeting_id)
            starts = list(
                s.scalars(
                    select(Meeting.starts_at)
                    .where(Meeting.starts_at <= source.starts_at)
                    .order_by(Meeting.starts_at.desc())
                    .limit(7)
                )
            )
            gaps = [a - b for a, b in pairwise(starts) if a - b >= timedelta(days=7)]
            interval = timedelta(days=round(median(g.days for g in gaps))) if gaps else USUAL_INTERVAL
            meeting = Meeting(
                title=source.title,
                starts_at=source.starts_at + interval,
                duration_minutes=source.duration_minutes,
                place=source.place,
                chair_id=source.chair_id,
                minute_taker_id=source.minute_taker_id,
            )
            s.add(meeting)
            s.flush()
            for person_id in s.scalars(
                select(Attendance.person_id).where(Attendance.meeting_id == meeting_id)
            ):
                s.add(Attendance(meeting_id=meeting.id, person_id=person_id, status=AttendanceStatus.INVITED))
            self._audit(s, "create", "meeting", meeting.id, f"planned after {meeting_id}")
            s.flush()
            return self._get_row(s, meeting.id)
