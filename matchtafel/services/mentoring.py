"""Mentoring links (koppelingen): a young person and a supporter, moved along proposed → introduced → active →
ended, every step a history row (who, when, why). The rules live in ``matchtafel.domain.mentoring_steps``.

Privacy: introducing shares the young person's profile with the supporter, so it needs the consent scope
"share with a mentor or coach"; without it the supporter is never told more than code and initials.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, NotFound, UserError, ValidationError
from matchtafel.domain.mentoring_steps import (
    OPEN_LINK,
    SHARES_PROFILE,
    TAKES_CAPACITY,
    allowed_link_steps,
    is_allowed_link_step,
)
from matchtafel.domain.vocabulary import Level, LinkEndReason, LinkStatus, SupporterKind
from matchtafel.models import LinkStep, MatchingEvent, MentoringLink, Supporter, YoungPerson
from matchtafel.services.base import ServiceBase
from matchtafel.services.consent import scopes_in_force
from matchtafel.services.supporters import taken_count
from matchtafel.services.validation import clean_text


@dataclass(frozen=True)
class LinkRow:
    id: int
    version: int
    young_person_id: int
    young_code: str
    young_initials: str
    supporter_id: int
    supporter_name: str
    supporter_kind: SupporterKind
    status: LinkStatus
    end_reason: LinkEndReason | None
    started_on: date | None
    ended_on: date | None
    last_step_at: datetime
    event_title: str


@dataclass(frozen=True)
class LinkStepRow:
    status: LinkStatus
    end_reason: LinkEndReason | None
    note: str
    at: datetime
    by: str


@dataclass(frozen=True)
class Introduction:
    """What the supporter may be told about the young person: code and initials, and the rest only when the
    consent in force covers sharing with a mentor or coach (``shared``)."""

    code: str
    initials: str
    shared: bool
    given_name: str = ""
    programme_name: str = ""
    level: Level | None = None
    wanted_sectors: tuple[str, ...] = ()
    home_place: str = ""
    wishes: tuple[str, ...] = ()


class MentoringService(ServiceBase):
    def links(
        self,
        *,
        include_ended: bool = True,
        young_person_id: int | None = None,
        supporter_id: int | None = None,
        event_id: int | None = None,
    ) -> list[LinkRow]:
        with self._transaction() as s:
            stmt = link_statement()
            if not include_ended:
                stmt = stmt.where(MentoringLink.status.in_(OPEN_LINK))
            if young_person_id is not None:
                stmt = stmt.where(MentoringLink.young_person_id == young_person_id)
            if supporter_id is not None:
                stmt = stmt.where(MentoringLink.supporter_id == supporter_id)
            if event_id is not None:
                stmt = stmt.where(MentoringLink.event_id == event_id)
            return [LinkRow(*row) for row in s.execute(stmt)]

    def link(self, link_id: int) -> LinkRow:
        with self._transaction() as s:
            return _link_row(s, link_id)

    def timeline(self, link_id: int) -> list[LinkStepRow]:
        with self._transaction() as s:
            return [
                LinkStepRow(*row)
                for row in s.execute(
                    select(LinkStep.status, LinkStep.end_reason, LinkStep.note, LinkStep.at, LinkStep.by)
                    .where(LinkStep.link_id == link_id)
                    .order_by(LinkStep.at, LinkStep.id)
                )
            ]

    def propose(
        self,
        young_person_id: int,
        supporter_id: int,
        *,
        case_id: int | None = None,
        event_id: int | None = None,
        note: str = "",
    ) -> LinkRow:
        """One user action: propose this supporter for this young person (a first "proposed" step)."""
        with self._transaction() as s:
            young, supporter = s.get(YoungPerson, young_person_id), s.get(Supporter, supporter_id)
            if young is None:
                raise NotFound.of("young_person", young_person_id)
            if supporter is None:
                raise NotFound.of("supporter", supporter_id)
            if supporter.archived_at is not None:
                _refuse(
                    "supporter_id", QT_TRANSLATE_NOOP("errors", "This supporter is archived; choose another.")
                )
            open_links = list(
                s.scalars(
                    select(MentoringLink.young_person_id).where(
                        MentoringLink.supporter_id == supporter_id, MentoringLink.status.in_(TAKES_CAPACITY)
                    )
                )
            )
            if young_person_id in open_links:
                _refuse(
                    "supporter_id",
                    QT_TRANSLATE_NOOP("errors", "{code} is already linked to this supporter."),
                    code=young.code,
                )
            # On a shared server the links of young people this login does not see count too: the server's count.
            taken = s.scalar(select(taken_count(s)).where(Supporter.id == supporter_id)) or 0
            if supporter.capacity is not None and max(taken, len(open_links)) >= supporter.capacity:
                _refuse(
                    "supporter_id",
                    QT_TRANSLATE_NOOP(
                        "errors", "{name} has no room: {taken} of {capacity} young people already."
                    ),
                    name=supporter.name,
                    taken=max(taken, len(open_links)),
                    capacity=supporter.capacity,
                )
            now = self._clock.utcnow()
            link = MentoringLink(
                young_person_id=young_person_id,
                supporter_id=supporter_id,
                case_id=case_id,
                event_id=event_id,
                status=LinkStatus.PROPOSED,
                last_step_at=now,
            )
            link.steps.append(
                LinkStep(status=LinkStatus.PROPOSED, note=clean_text(note), at=now, by=self._actor.label)
            )
            s.add(link)
            s.flush()
            self._audit(s, "create", "mentoring_link", link.id, young_person_id=young_person_id)
            return _link_row(s, link.id)

    def step(
        self,
        link_id: int,
        expected_version: int,
        target: LinkStatus,
        *,
        reason: LinkEndReason | None = None,
        note: str = "",
    ) -> LinkRow:
        """One move of the link; introducing and starting need the consent to share with a mentor or coach."""
        today = self._clock.today()
        with self._transaction() as s:
            link = s.get(MentoringLink, link_id)
            if link is None:
                raise NotFound.of("mentoring_link", link_id)
            if link.version != expected_version:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Someone else moved this link on meanwhile (it is now {status}); look at its history "
                        "and try again.",
                    ),
                    status=link.status,
                )
            _check_step(link.status, target, reason)
            if target in SHARES_PROFILE:
                _check_sharing(s, link.young_person_id)
            now = self._clock.utcnow()
            ending = target == LinkStatus.ENDED
            link.steps.append(
                LinkStep(
                    status=target,
                    end_reason=reason if ending else None,
                    note=clean_text(note),
                    at=now,
                    by=self._actor.label,
                )
            )
            link.status, link.last_step_at = target, now
            link.end_reason = reason if ending else None
            if target == LinkStatus.ACTIVE:
                link.started_on = today
            if ending:
                link.ended_on = today
            s.flush()
            self._audit(
                s, "step", "mentoring_link", link_id, str(target), young_person_id=link.young_person_id
            )
            return _link_row(s, link_id)

    def retract(self, link_id: int) -> None:
        """Undo of a link just proposed: only while nothing happened to it since."""
        with self._transaction() as s:
            link = s.get(MentoringLink, link_id)
            if link is None:
                raise NotFound.of("mentoring_link", link_id)
            if link.status != LinkStatus.PROPOSED or len(link.steps) > 1:
                _refuse(
                    "status", QT_TRANSLATE_NOOP("errors", "This link has moved on since; end it instead.")
                )
            young_person_id = link.young_person_id
            s.delete(link)
            self._audit(s, "delete", "mentoring_link", link_id, young_person_id=young_person_id)

    def introduction(self, link_id: int) -> Introduction:
        """What may be passed on to the supporter; sharing the profile is written to the audit log."""
        with self._transaction() as s:
            link = s.get(MentoringLink, link_id)
            if link is None:
                raise NotFound.of("mentoring_link", link_id)
            young = s.get(YoungPerson, link.young_person_id)
            assert young is not None
            consent = scopes_in_force(s, [young.id]).get(young.id)
            if consent is None or not consent.scope_supporter:
                return Introduction(young.code, young.initials, shared=False)
            self._audit(
                s, "share", "mentoring_link", link_id, "profile to supporter", young_person_id=young.id
            )
            return Introduction(
                young.code,
                young.initials,
                shared=True,
                given_name=young.given_name,
                programme_name=young.programme_name,
                level=young.level,
                wanted_sectors=tuple(young.wanted_sectors),
                home_place=young.home_place,
                wishes=tuple(young.support_wishes),
            )


def link_statement() -> Select[Any]:
    return (
        select(
            MentoringLink.id,
            MentoringLink.version,
            MentoringLink.young_person_id,
            YoungPerson.code,
            YoungPerson.initials,
            MentoringLink.supporter_id,
            Supporter.name,
            Supporter.kind,
            MentoringLink.status,
            MentoringLink.end_reason,
            MentoringLink.started_on,
            MentoringLink.ended_on,
            MentoringLink.last_step_at,
            func.coalesce(MatchingEvent.title, "").label("event_title"),
        )
        .join(YoungPerson, YoungPerson.id == MentoringLink.young_person_id)
        .join(Supporter, Supporter.id == MentoringLink.supporter_id)
        .outerjoin(MatchingEvent, MatchingEvent.id == MentoringLink.event_id)
        .order_by(MentoringLink.last_step_at.desc(), MentoringLink.id.desc())
    )


def _link_row(s: Session, link_id: int) -> LinkRow:
    row = s.execute(link_statement().where(MentoringLink.id == link_id)).one_or_none()
    if row is None:
        raise NotFound.of("mentoring_link", link_id)
    return LinkRow(*row)


def _refuse(field: str, template: str, **params: object) -> None:
    raise ValidationError.one(field, template, tuple(params.items()))


def _check_step(current: LinkStatus, target: LinkStatus, reason: LinkEndReason | None) -> None:
    if not is_allowed_link_step(current, target):
        allowed = allowed_link_steps(current)
        if allowed:
            _refuse(
                "status",
                QT_TRANSLATE_NOOP(
                    "errors", "A link that is {current} cannot go to {target}; it can go to: {allowed}."
                ),
                current=current,
                target=target,
                allowed=", ".join(allowed),
            )
        _refuse(
            "status",
            QT_TRANSLATE_NOOP("errors", "This link has ended; propose a new one instead."),
        )
    if target == LinkStatus.ENDED and reason is None:
        _refuse("end_reason", QT_TRANSLATE_NOOP("errors", "Choose why the link ends."))


def _check_sharing(s: Session, young_person_id: int) -> None:
    consent = scopes_in_force(s, [young_person_id]).get(young_person_id)
    if consent is not None and consent.scope_supporter:
        return
    code = s.scalar(select(YoungPerson.code).where(YoungPerson.id == young_person_id))
    _refuse(
        "consent",
        QT_TRANSLATE_NOOP(
            "errors",
            "{code}'s consent does not cover sharing with a mentor or coach, so the supporter cannot be "
            "introduced; record a new consent first.",
        ),
        code=code,
    )
