"""Matchtafel sessions (Meeting in code): plan, change and list them."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise
from statistics import median
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem, NotFound
from matchtafel.domain.vocabulary import AttendanceStatus, MeetingStatus
from matchtafel.models import Attendance, Meeting, Organisation, Person
from matchtafel.models.meeting import agenda_cases
from matchtafel.services.base import RegisterService
from matchtafel.services.meeting_rows import Invitable, MeetingFields, MeetingInput, MeetingRow
from matchtafel.services.validation import check_required

__all__ = ["Invitable", "MeetingFields", "MeetingInput", "MeetingRow", "MeetingsService"]

USUAL_INTERVAL = timedelta(days=28)  # when there is no history to learn the table's rhythm from


class MeetingsService(RegisterService[Meeting, MeetingInput, MeetingRow]):
    model = Meeting
    input_type = MeetingInput
    row_type = MeetingRow
    entity = "meeting"

    def _list_statement(self) -> Select[Any]:
        m = Meeting
        chair, taker = aliased(Person), aliased(Person)
        on_agenda = agenda_cases.c  # every case counts, also those row-level security hides in full
        cases = (
            select(on_agenda.meeting_id, func.count().label("n")).group_by(on_agenda.meeting_id).subquery()
        )
        own = [getattr(m, name) for name in MeetingFields.__dataclass_fields__]
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
        invitees = set(data.invitee_ids or ())
        if invitees and len(list(s.scalars(select(Person.id).where(Person.id.in_(invitees))))) != len(
            invitees
        ):
            problems.append(
                FieldProblem("invitee_ids", QT_TRANSLATE_NOOP("errors", "Pick a person from the list."))
            )
        if current is not None and current.status == MeetingStatus.LOCKED:
            problems.append(
                FieldProblem(
                    "status", QT_TRANSLATE_NOOP("errors", "This session is locked; record an amendment.")
                )
            )
        return problems

    def _apply(self, s: Session, obj: Meeting, data: MeetingInput) -> list[str]:
        changed = []
        for name in MeetingFields.__dataclass_fields__:
            value = getattr(data, name)
            if getattr(obj, name, None) != value:
                setattr(obj, name, value)
                changed.append(name)
        if data.invitee_ids is not None:
            if obj.id is None:  # a new session: it needs its id before anyone can be invited
                s.add(obj)
                s.flush()
            if self._invite(s, obj.id, set(data.invitee_ids)):
                changed.append("invitees")
        return changed

    def _invite(self, s: Session, meeting_id: int, wanted: set[int]) -> bool:
        """Invite exactly ``wanted``; someone already marked present, absent or excused stays on the list."""
        rows = {
            a.person_id: a for a in s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
        }
        changed = False
        for person_id, row in rows.items():
            if person_id not in wanted and row.status == AttendanceStatus.INVITED:
                s.delete(row)
                changed = True
        for person_id in sorted(wanted - set(rows)):
            s.add(Attendance(meeting_id=meeting_id, person_id=person_id, status=AttendanceStatus.INVITED))
            changed = True
        return changed

    def invitee_ids(self, meeting_id: int) -> tuple[int, ...]:
        """Who is on the session's attendance list (invited, or already marked)."""
        with self._transaction() as s:
            return tuple(
                s.scalars(
                    select(Attendance.person_id)
                    .where(Attendance.meeting_id == meeting_id)
                    .order_by(Attendance.person_id)
                )
            )

    def latest_invitees(self) -> tuple[int, ...]:
        """Who was invited to the most recent session: a new session starts from the table's regulars."""
        with self._transaction() as s:
            latest = s.scalar(select(Meeting.id).order_by(Meeting.starts_at.desc()).limit(1))
            if latest is None:
                return ()
            return tuple(
                s.scalars(
                    select(Attendance.person_id)
                    .where(Attendance.meeting_id == latest)
                    .order_by(Attendance.person_id)
                )
            )

    def invitable(self) -> list[Invitable]:
        """Everyone who may be invited, by organisation and name."""
        with self._transaction() as s:
            return [
                Invitable(id=p.id, name=p.name, organisation_id=o.id, organisation_name=o.name)
                for p, o in s.execute(
                    select(Person, Organisation)
                    .join(Organisation, Person.organisation_id == Organisation.id)
                    .where(Person.archived_at.is_(None), Organisation.archived_at.is_(None))
                    .order_by(Organisation.name, Person.name)
                )
            ]

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
