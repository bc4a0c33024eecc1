"""Proposals (voordrachten): a young person put forward for a vacancy, with a history of steps.

Made at the table ("Voordragen"); ``pipeline.py`` moves them along after the meeting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from matchtafel.domain.vocabulary import ProposalStatus, VacancyStatus
from matchtafel.models import MatchingEvent, Proposal, ProposalStep, Vacancy, YoungPerson
from matchtafel.services.base import ServiceBase
from matchtafel.services.consent import scopes_in_force
from matchtafel.services.validation import clean_text

CLOSED = (ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN)


@dataclass(frozen=True)
class ProposalRow:
    id: int
    version: int
    young_person_id: int
    vacancy_id: int
    case_id: int | None
    status: ProposalStatus
    last_step_at: datetime


class ProposalsService(ServiceBase):
    def propose(
        self,
        young_person_id: int,
        vacancy_id: int,
        *,
        case_id: int | None = None,
        event_id: int | None = None,
        note: str = "",
    ) -> ProposalRow:
        """One user action: put the young person forward for the vacancy (a first "proposed" step); ``event_id``
        records the matching event it started from."""
        with self._transaction() as s:
            young, vacancy = s.get(YoungPerson, young_person_id), s.get(Vacancy, vacancy_id)
            if young is None or vacancy is None:
                raise NotFound.of(
                    "young_person" if young is None else "vacancy",
                    young_person_id if young is None else vacancy_id,
                )
            if vacancy.status != VacancyStatus.OPEN or vacancy.archived_at is not None:
                raise ValidationError.one(
                    "vacancy_id",
                    QT_TRANSLATE_NOOP("errors", "This vacancy is no longer open; choose another one."),
                )
            if event_id is not None and s.get(MatchingEvent, event_id) is None:
                raise NotFound.of("matching_event", event_id)
            _check_consent(s, young)
            running = s.scalar(
                select(Proposal.id).where(
                    Proposal.young_person_id == young_person_id,
                    Proposal.vacancy_id == vacancy_id,
                    Proposal.status.not_in(CLOSED),
                )
            )
            if running is not None:
                raise ValidationError.one(
                    "vacancy_id",
                    QT_TRANSLATE_NOOP("errors", "This young person is already proposed for this vacancy."),
                )
            now = self._clock.utcnow()
            proposal = Proposal(
                young_person_id=young_person_id,
                vacancy_id=vacancy_id,
                case_id=case_id,
                event_id=event_id,
                owner_id=vacancy.wsp_contact_id,  # the vacancy's WSP contact follows it up
                status=ProposalStatus.PROPOSED,
                last_step_at=now,
            )
            proposal.steps.append(
                ProposalStep(
                    status=ProposalStatus.PROPOSED, note=clean_text(note), at=now, by=self._actor.label
                )
            )
            s.add(proposal)
            s.flush()
            self._audit(s, "create", "proposal", proposal.id, young_person_id=proposal.young_person_id)
            return ProposalRow(
                proposal.id,
                proposal.version,
                young_person_id,
                vacancy_id,
                case_id,
                proposal.status,
                proposal.last_step_at,
            )

    def retract(self, proposal_id: int) -> None:
        """Undo of a proposal just made: only while nothing happened to it since."""
        with self._transaction() as s:
            proposal = s.get(Proposal, proposal_id)
            if proposal is None:
                raise NotFound.of("proposal", proposal_id)
            if len(proposal.steps) > 1 or proposal.status != ProposalStatus.PROPOSED:
                raise ValidationError.one(
                    "status",
                    QT_TRANSLATE_NOOP("errors", "This proposal has moved on since; withdraw it instead."),
                )
            young_person_id = proposal.young_person_id
            s.delete(proposal)
            self._audit(s, "delete", "proposal", proposal_id, young_person_id=young_person_id)


def _check_consent(s: Session, young: YoungPerson) -> None:
    """A proposal shows the young person's profile to an employer through the WSP: both need consent."""
    consent = scopes_in_force(s, [young.id]).get(young.id)
    if consent is None:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "{code} has no consent in force, so the profile cannot go to an employer; record the consent first.",
        )
    elif not consent.scope_share_wsp:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "{code}'s consent does not cover sharing with WSP/UWV, so no proposal can be made; record a new "
            "consent first.",
        )
    elif not consent.scope_employer_profile:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "{code}'s consent does not cover showing the profile to an employer, so no proposal can be made; "
            "record a new consent first.",
        )
    else:
        return
    raise ValidationError.one("consent", template, (("code", young.code),))
