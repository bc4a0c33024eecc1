"""Running a Matchtafel: cases, attendance, agreements, closing and locking (the proposed agenda: agenda_proposal).

Every method is one user action in one transaction. After the chair locked the minutes, a change is still
possible but becomes an amendment: recorded with who and when, and shown in the minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, NotesConflict, NotFound, ValidationError
from matchtafel.domain.vocabulary import (
    AttendanceStatus,
    CaseStatus,
    MeetingStatus,
)
from matchtafel.models import (
    Agreement,
    Amendment,
    Attendance,
    Case,
    Person,
)
from matchtafel.services.agenda_proposal import AgendaProposal, propose_agenda
from matchtafel.services.meeting_base import MeetingServiceBase
from matchtafel.services.validation import AGREEMENT_LIMIT, clean_text


@dataclass(frozen=True)
class RemovedCase:
    """What removing a case took away, so undo can put it back as it was."""

    meeting_id: int
    young_person_id: int
    position: int
    budget_minutes: int
    status: CaseStatus
    notes: str


class AgendaService(MeetingServiceBase):
    # -- the agenda that writes itself ---------------------------------------------------------------

    def propose(self, meeting_id: int) -> AgendaProposal:
        with self._transaction() as s:
            meeting = self._meeting(s, meeting_id)
            return propose_agenda(s, meeting, self._previous_start(s, meeting), self._next_start(s, meeting))

    # -- cases -----------------------------------------------------------------------------------------

    def add_case(self, meeting_id: int, young_person_id: int, *, budget_minutes: int = 5) -> int:
        with self._transaction() as s:
            meeting = self._meeting(s, meeting_id)
            case = self._insert_case(s, meeting, young_person_id, budget_minutes)
            self._record_case(s, case, "create")
            return case.id

    def remove_case(self, case_id: int) -> RemovedCase:
        """Take a case off the agenda; what is returned puts it back (undo)."""
        with self._transaction() as s:
            case = self._case(s, case_id)
            if s.scalar(select(func.count()).select_from(Agreement).where(Agreement.case_id == case_id)):
                raise ValidationError.one(
                    "case",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This case has agreements; mark it postponed instead of removing it.",
                    ),
                )
            meeting = case.meeting
            self._record_case(s, case, "delete")
            removed = RemovedCase(
                meeting.id,
                case.young_person_id,
                case.position,
                case.time_budget_minutes,
                case.status,
                case.notes,
            )
            s.delete(case)
            s.flush()
            if self._arranges(s, meeting):  # otherwise a gap stays: the order of the others is kept
                self._renumber(s, meeting.id)
            return removed

    def restore_case(self, removed: RemovedCase) -> int:
        """Undo of removing a case: back in its place with its notes, status and time budget."""
        with self._transaction() as s:
            meeting = self._meeting(s, removed.meeting_id)
            case = self._insert_case(s, meeting, removed.young_person_id, removed.budget_minutes)
            case.status, case.notes = removed.status, removed.notes
            if self._arranges(s, meeting):
                self._place(s, case, removed.position)
            else:  # back into the gap it left
                case.position = removed.position
            self._record_case(s, case, "create", "undo")
            return case.id

    def set_case_budget(self, case_id: int, minutes: int) -> None:
        """The time the table means to spend on this case, shown against the case timer."""
        if not 1 <= minutes <= 60:
            raise ValidationError.one(
                "time_budget_minutes",
                QT_TRANSLATE_NOOP("errors", "A case gets between 1 and 60 minutes."),
            )
        with self._transaction() as s:
            case = self._case(s, case_id)
            case.time_budget_minutes = minutes
            self._record_case(s, case, "update", "time budget")

    def move_case(self, case_id: int, position: int) -> int:
        """Put the case at ``position`` (0 is first); returns where it was, for undo."""
        with self._transaction() as s:
            case = self._case(s, case_id)
            self._require_arranges(s, case.meeting)
            was = case.position
            self._place(s, case, position)
            self._record_case(s, case, "reorder")
            return was

    def set_case_status(self, case_id: int, status: CaseStatus) -> None:
        with self._transaction() as s:
            case = self._case(s, case_id)
            case.status = status
            self._record_case(s, case, "update", "status")

    def save_case_notes(self, case_id: int, notes: str, *, based_on: str | None = None) -> None:
        """The autosave of the notes field: small, frequent, one short transaction each.

        ``based_on`` is the version of the stored notes this text was typed over (``journal.digest`` of what
        the screen loaded or last saved). When the stored notes are no longer that version, someone else wrote
        meanwhile (a second writer, or this journal replayed after a dropped connection): NotesConflict with
        both texts, and nothing is overwritten. None or "": not known (a journal of an older version), the
        text is written as before."""
        from matchtafel.storage.journal import digest

        with self._transaction() as s:
            case = s.get(Case, case_id, with_for_update=s.get_bind().dialect.name != "sqlite")
            if case is None:
                raise NotFound.of("case", case_id)
            notes = clean_text(notes)
            if case.notes == notes:
                return
            if based_on and digest(case.notes) != based_on:
                raise NotesConflict(case_id=case_id, mine=notes, theirs=case.notes, saved_by=case.updated_by)
            case.notes = notes
            self._record_case(s, case, "update", "notes")

    def _place(self, s: Session, case: Case, position: int) -> None:
        order = list(
            s.scalars(select(Case).where(Case.meeting_id == case.meeting_id).order_by(Case.position))
        )
        order.remove(case)
        order.insert(max(0, min(position, len(order))), case)
        for number, item in enumerate(order):
            if item.position != number:
                item.position = number

    # -- attendance ----------------------------------------------------------------------------------

    def set_attendance(self, meeting_id: int, person_id: int, status: AttendanceStatus) -> None:
        """One key per person: present, absent, excused; someone who walks in is added."""
        with self._transaction() as s:
            meeting = self._meeting(s, meeting_id)
            row = s.scalar(
                select(Attendance).where(
                    Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
                )
            )
            if row is not None and row.status == status:
                return  # the same key again: nothing changed, nothing to log
            if row is None:
                row = Attendance(meeting_id=meeting_id, person_id=person_id, status=status)
                s.add(row)
            row.status = status
            s.flush()
            person = s.get(Person, person_id)
            self._record(
                s,
                meeting,
                "update",
                "attendance",
                row.id,
                status.value,
                subject=person.name if person else "",
            )

    def mark_invited_present(self, meeting_id: int) -> list[int]:
        """One key for "everyone is here": every invitee not yet marked becomes present; returns who."""
        with self._transaction() as s:
            meeting = self._meeting(s, meeting_id)
            rows = list(
                s.scalars(
                    select(Attendance).where(
                        Attendance.meeting_id == meeting_id, Attendance.status == AttendanceStatus.INVITED
                    )
                )
            )
            for row in rows:
                row.status = AttendanceStatus.PRESENT
            s.flush()
            for row in rows:
                self._record(s, meeting, "update", "attendance", row.id, AttendanceStatus.PRESENT.value)
            return [row.person_id for row in rows]

    # -- agreements ----------------------------------------------------------------------------------

    def add_agreement(
        self,
        meeting_id: int,
        *,
        action: str,
        owner_id: int | None,
        deadline: date | None,
        case_id: int | None = None,
        supporter_id: int | None = None,
    ) -> int:
        """``owner_id`` a person at the table, or ``supporter_id`` a mentor or coach: one owner at most."""
        action = clean_text(action).strip()
        if not action:
            raise ValidationError.one("action", QT_TRANSLATE_NOOP("errors", "Fill this in."))
        if len(action) > AGREEMENT_LIMIT:
            raise ValidationError.one(
                "action",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An agreement holds at most {limit} characters ({count} now); put the rest in the notes.",
                ),
                (("limit", AGREEMENT_LIMIT), ("count", len(action))),
            )
        if owner_id is not None and supporter_id is not None:
            raise ValidationError.one(
                "owner", QT_TRANSLATE_NOOP("errors", "An agreement has one owner; choose one.")
            )
        with self._transaction() as s:
            meeting = self._meeting(s, meeting_id)
            agreement = Agreement(
                meeting_id=meeting_id,
                case_id=case_id,
                action=action,
                owner_id=owner_id,
                supporter_id=supporter_id,
                deadline=deadline,
            )
            s.add(agreement)
            s.flush()
            self._record_agreement(s, meeting, agreement, "create")
            return agreement.id

    def delete_agreement(self, agreement_id: int) -> None:
        """Undo of a new agreement: it goes, and the audit log says so."""
        with self._transaction() as s:
            agreement = s.get(Agreement, agreement_id)
            if agreement is None:
                raise NotFound.of("agreement", agreement_id)
            meeting = self._meeting(s, agreement.meeting_id)
            self._record_agreement(s, meeting, agreement, "delete")
            s.delete(agreement)

    # -- closing and locking -------------------------------------------------------------------------

    def close(self, meeting_id: int) -> None:
        with self._transaction() as s:
            meeting = self._meeting(s, meeting_id)
            if meeting.status in (MeetingStatus.PLANNED, MeetingStatus.RUNNING):
                meeting.status, meeting.closed_at = MeetingStatus.CLOSED, self._clock.utcnow()
                self._audit(s, "close", "meeting", meeting_id)

    def lock(self, meeting_id: int) -> None:
        """The chair "stelt vast": from now on a change is an amendment."""
        with self._transaction() as s:
            meeting = self._meeting(s, meeting_id)
            if meeting.status != MeetingStatus.CLOSED:
                raise ValidationError.one(
                    "status",
                    QT_TRANSLATE_NOOP("errors", "Close the session before locking its minutes."),
                )
            meeting.status, meeting.locked_at, meeting.locked_by = (
                MeetingStatus.LOCKED,
                self._clock.utcnow(),
                self._actor.label,
            )
            self._audit(s, "lock", "meeting", meeting_id)

    def amendments(self, meeting_id: int) -> list[tuple[datetime, str, str]]:
        with self._transaction() as s:
            return [
                (a.at, a.by, a.description)
                for a in s.scalars(
                    select(Amendment).where(Amendment.meeting_id == meeting_id).order_by(Amendment.id)
                )
            ]
