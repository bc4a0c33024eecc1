"""School leavers kept in view: recording a leaving (who keeps contact, how, how often), the contact moments at
3, 6 and 12 months after leaving, and answering them.

The moments are made when the leaving is recorded, whether or not the table found the young person a place.
A worrying answer (``matchtafel.domain.leaving``) says so in its result, so the screen offers the next agenda, and
the agenda that writes itself proposes the young person (``worrying_condition``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, FieldProblem, NotFound, UserError, ValidationError
from matchtafel.domain.leaving import (
    CONTACT_MONTHS,
    LEAVING_STATUSES,
    WORRYING_STATUSES,
    contact_dates,
    is_worrying,
)
from matchtafel.domain.vocabulary import ContactChannel, ExitStatus, LeaverStatus
from matchtafel.models import ContactMoment, Organisation, Person, SchoolLeaver, YoungPerson
from matchtafel.services.base import ServiceBase
from matchtafel.services.validation import clean_text


@dataclass(frozen=True)
class LeavingInput:
    left_on: date | None
    exit_status: ExitStatus | None
    keeper_id: int | None
    contact_channel: ContactChannel | None
    contact_every_weeks: int = 4


@dataclass(frozen=True)
class MomentRow:
    """One contact moment, with the young person by code and initials and who makes the contact."""

    id: int
    version: int
    leaver_id: int
    young_person_id: int
    young_code: str
    young_initials: str
    left_on: date
    months_after_leaving: int
    due_on: date
    caller_id: int | None
    caller_name: str
    caller_organisation: str
    answered_on: date | None
    status: LeaverStatus | None
    job_permanent: bool | None
    job_below_level: bool | None
    job_outside_field: bool | None

    def overdue(self, today: date) -> bool:
        return self.answered_on is None and self.due_on < today

    @property
    def worrying(self) -> bool:
        return is_worrying(self.status, self.job_permanent, self.job_below_level, self.job_outside_field)


@dataclass(frozen=True)
class LeaverRow:
    id: int
    version: int
    young_person_id: int
    left_on: date
    exit_status: ExitStatus
    keeper_id: int | None
    keeper_name: str
    keeper_organisation: str
    contact_channel: ContactChannel
    contact_every_weeks: int
    moments: tuple[MomentRow, ...]

    def next_moment(self) -> MomentRow | None:
        return next((m for m in self.moments if m.answered_on is None), None)


@dataclass(frozen=True)
class MomentAnswer:
    status: LeaverStatus
    job_permanent: bool | None = None
    job_below_level: bool | None = None
    job_outside_field: bool | None = None
    note: str = ""
    answered_on: date | None = None


@dataclass(frozen=True)
class MomentResult:
    moment_id: int
    young_person_id: int
    worrying: bool


def worrying_condition() -> ColumnElement[bool]:
    """``matchtafel.domain.leaving.is_worrying`` as an SQL condition on ``ContactMoment``."""
    return or_(
        ContactMoment.status.in_(sorted(WORRYING_STATUSES)),
        and_(
            ContactMoment.status == LeaverStatus.WORKING,
            ContactMoment.job_permanent.is_(False),
            ContactMoment.job_below_level.is_(True),
            ContactMoment.job_outside_field.is_(True),
        ),
    )


class LeaversService(ServiceBase):
    def record(
        self, young_person_id: int, given: LeavingInput, *, months: tuple[int, ...] = CONTACT_MONTHS
    ) -> LeaverRow:
        """The young person left school: who keeps contact, and the contact moments after leaving. A later
        leaving (after going back to school) replaces the moments of the earlier one not yet made."""
        today = self._clock.today()
        with self._transaction() as s:
            young = s.get(YoungPerson, young_person_id)
            if young is None:
                raise NotFound.of("young_person", young_person_id)
            self._check(s, given, today)
            assert given.left_on is not None and given.exit_status is not None
            assert given.contact_channel is not None
            earlier = select(SchoolLeaver.id).where(SchoolLeaver.young_person_id == young_person_id)
            s.execute(
                delete(ContactMoment).where(
                    ContactMoment.leaver_id.in_(earlier), ContactMoment.answered_on.is_(None)
                )
            )
            leaver = SchoolLeaver(
                young_person_id=young_person_id,
                left_on=given.left_on,
                exit_status=given.exit_status,
                keeper_id=given.keeper_id,
                contact_channel=given.contact_channel,
                contact_every_weeks=given.contact_every_weeks,
            )
            s.add(leaver)
            s.flush()
            caller = given.keeper_id or young.case_holder_id
            for month, due in contact_dates(given.left_on, months):
                s.add(
                    ContactMoment(
                        leaver_id=leaver.id, months_after_leaving=month, due_on=due, assigned_to_id=caller
                    )
                )
            young.exit_status = given.exit_status
            young.exit_expected_on = None
            s.flush()
            self._audit(
                s, "create", "school_leaver", leaver.id, str(given.exit_status), young_person_id=young.id
            )
            return self._leaver(s, leaver.id)

    def change_contact(
        self,
        leaver_id: int,
        expected_version: int,
        keeper_id: int | None,
        channel: ContactChannel | None,
        every_weeks: int,
    ) -> LeaverRow:
        """Someone else keeps contact, or differently: the moments not yet made go to the new keeper."""
        with self._transaction() as s:
            leaver = s.get(SchoolLeaver, leaver_id)
            if leaver is None:
                raise NotFound.of("school_leaver", leaver_id)
            if leaver.version != expected_version:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "Someone else changed this meanwhile; look again and retry.")
                )
            given = LeavingInput(leaver.left_on, leaver.exit_status, keeper_id, channel, every_weeks)
            self._check(s, given, leaver.left_on)
            assert channel is not None
            leaver.keeper_id, leaver.contact_channel, leaver.contact_every_weeks = (
                keeper_id,
                channel,
                every_weeks,
            )
            if keeper_id is not None:
                for moment in leaver.moments:
                    if moment.answered_on is None:
                        moment.assigned_to_id = keeper_id
            s.flush()
            self._audit(
                s,
                "update",
                "school_leaver",
                leaver_id,
                "keeper, channel, frequency",
                young_person_id=leaver.young_person_id,
            )
            return self._leaver(s, leaver_id)

    def of_young_person(self, young_person_id: int) -> LeaverRow | None:
        """The latest leaving of this young person, with its contact moments; None while in school."""
        with self._transaction() as s:
            leaver_id = s.scalar(
                select(SchoolLeaver.id)
                .where(SchoolLeaver.young_person_id == young_person_id)
                .order_by(SchoolLeaver.left_on.desc(), SchoolLeaver.id.desc())
                .limit(1)
            )
            return self._leaver(s, leaver_id) if leaver_id is not None else None

    def moments(self, today: date | None = None, *, days_ahead: int = 7) -> list[MomentRow]:
        """Contact moments not yet made that are overdue or due within ``days_ahead`` days, oldest first."""
        today = today or self._clock.today()
        with self._transaction() as s:
            stmt = self._moments_statement().where(
                ContactMoment.answered_on.is_(None),
                ContactMoment.due_on <= today + timedelta(days=days_ahead),
            )
            return [MomentRow(*row) for row in s.execute(stmt)]

    def answer(self, moment_id: int, expected_version: int, given: MomentAnswer) -> MomentResult:
        today = self._clock.today()
        answered_on = given.answered_on or today
        with self._transaction() as s:
            moment = s.get(ContactMoment, moment_id)
            if moment is None:
                raise NotFound.of("contact_moment", moment_id)
            if moment.version != expected_version or moment.answered_on is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Someone else recorded this contact moment meanwhile; the list is refreshed.",
                    )
                )
            leaver = moment.leaver
            if answered_on < leaver.left_on or answered_on > today + timedelta(days=1):
                raise ValidationError.one(
                    "answered_on",
                    QT_TRANSLATE_NOOP(
                        "errors", "The contact date must lie between leaving school and today."
                    ),
                )
            working = given.status == LeaverStatus.WORKING
            moment.answered_on = answered_on
            moment.status = given.status
            moment.job_permanent = given.job_permanent if working else None
            moment.job_below_level = given.job_below_level if working else None
            moment.job_outside_field = given.job_outside_field if working else None
            moment.note = clean_text(given.note)
            worrying = is_worrying(
                moment.status, moment.job_permanent, moment.job_below_level, moment.job_outside_field
            )
            self._audit(
                s,
                "answer",
                "contact_moment",
                moment_id,
                str(given.status),
                young_person_id=leaver.young_person_id,
            )
            return MomentResult(moment_id, leaver.young_person_id, worrying)

    # -- inside a transaction ---------------------------------------------------------------------

    @staticmethod
    def _check(s: Session, given: LeavingInput, today: date) -> None:
        problems = []
        if given.left_on is None:
            problems.append(
                FieldProblem("left_on", QT_TRANSLATE_NOOP("errors", "Fill in the day the young person left."))
            )
        elif not today - timedelta(days=3 * 366) <= given.left_on <= today + timedelta(days=366):
            problems.append(
                FieldProblem(
                    "left_on",
                    QT_TRANSLATE_NOOP(
                        "errors", "The day of leaving must lie within a year ahead or three back."
                    ),
                )
            )
        if given.exit_status not in LEAVING_STATUSES:
            problems.append(
                FieldProblem(
                    "exit_status",
                    QT_TRANSLATE_NOOP(
                        "errors", "Choose how the young person left: diploma, praktijkverklaring or without."
                    ),
                )
            )
        if given.contact_channel is None:
            problems.append(
                FieldProblem("contact_channel", QT_TRANSLATE_NOOP("errors", "Choose how contact is kept."))
            )
        if not 1 <= given.contact_every_weeks <= 52:
            problems.append(
                FieldProblem(
                    "contact_every_weeks",
                    QT_TRANSLATE_NOOP("errors", "Contact is kept every 1 to 52 weeks."),
                )
            )
        if given.keeper_id is not None and s.get(Person, given.keeper_id) is None:
            problems.append(
                FieldProblem(
                    "keeper_id", QT_TRANSLATE_NOOP("errors", "This person is no longer in the register.")
                )
            )
        if problems:
            raise ValidationError(problems)

    def _leaver(self, s: Session, leaver_id: int) -> LeaverRow:
        keeper = aliased(Person)
        keeper_org = aliased(Organisation)
        row = s.execute(
            select(
                SchoolLeaver.id,
                SchoolLeaver.version,
                SchoolLeaver.young_person_id,
                SchoolLeaver.left_on,
                SchoolLeaver.exit_status,
                SchoolLeaver.keeper_id,
                func.coalesce(keeper.name, ""),
                func.coalesce(keeper_org.name, ""),
                SchoolLeaver.contact_channel,
                SchoolLeaver.contact_every_weeks,
            )
            .outerjoin(keeper, keeper.id == SchoolLeaver.keeper_id)
            .outerjoin(keeper_org, keeper_org.id == keeper.organisation_id)
            .where(SchoolLeaver.id == leaver_id)
        ).one()
        moments = tuple(
            MomentRow(*m)
            for m in s.execute(self._moments_statement().where(ContactMoment.leaver_id == leaver_id))
        )
        leaver, version, young, left_on, status, keeper_id, keeper_name, keeper_org, channel, every = row
        return LeaverRow(
            leaver,
            version,
            young,
            left_on,
            status,
            keeper_id,
            keeper_name,
            keeper_org,
            channel,
            every,
            moments,
        )

    @staticmethod
    def _moments_statement() -> Select[Any]:
        caller = aliased(Person)
        caller_org = aliased(Organisation)
        return (
            select(
                ContactMoment.id,
                ContactMoment.version,
                ContactMoment.leaver_id,
                SchoolLeaver.young_person_id,
                YoungPerson.code,
                YoungPerson.initials,
                SchoolLeaver.left_on,
                ContactMoment.months_after_leaving,
                ContactMoment.due_on,
                ContactMoment.assigned_to_id,
                func.coalesce(caller.name, ""),
                func.coalesce(caller_org.name, ""),
                ContactMoment.answered_on,
                ContactMoment.status,
                ContactMoment.job_permanent,
                ContactMoment.job_below_level,
                ContactMoment.job_outside_field,
            )
            .join(SchoolLeaver, SchoolLeaver.id == ContactMoment.leaver_id)
            .join(YoungPerson, YoungPerson.id == SchoolLeaver.young_person_id)
            .outerjoin(caller, caller.id == ContactMoment.assigned_to_id)
            .outerjoin(caller_org, caller_org.id == caller.organisation_id)
            .order_by(ContactMoment.due_on, ContactMoment.id)
        )
