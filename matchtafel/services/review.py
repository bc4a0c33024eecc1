"""The review at the start of a session: every agreement still open from earlier sessions, decided one by one.

done / new deadline / cancelled / keep. A decision is stored per session (who, when, the deadline before),
so the minutes can show it and deciding again replaces it cleanly. What is kept stays open and comes back in
the next session's review by itself (carry-over).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from matchtafel.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from matchtafel.domain.vocabulary import AgreementStatus, ReviewDecision
from matchtafel.models import Agreement, AgreementReview, Meeting
from matchtafel.models.meeting import agenda_cases
from matchtafel.services.meeting_base import MeetingServiceBase
from matchtafel.services.owners import AgreementOwner


@dataclass(frozen=True)
class ReviewItem:
    agreement_id: int
    action: str
    owner_name: str
    deadline: date | None
    agreed_on: date
    case_label: str  # code and initials of the young person, "" for a general agreement
    status: AgreementStatus
    decision: ReviewDecision | None  # decided in this session, or not yet
    previous_deadline: date | None
    decided_by: str


class ReviewService(MeetingServiceBase):
    def items(self, meeting_id: int) -> list[ReviewItem]:
        """Open agreements from earlier sessions, and those this session already decided on."""
        with self._transaction() as s:
            return review_items(s, self._meeting(s, meeting_id))

    def decide(
        self,
        meeting_id: int,
        agreement_id: int,
        decision: ReviewDecision,
        *,
        new_deadline: date | None = None,
    ) -> None:
        """One key in the review. Deciding again first undoes the earlier decision of this session."""
        with self._transaction() as s:
            meeting = self._meeting(s, meeting_id)
            agreement = s.get(Agreement, agreement_id)
            if agreement is None:
                raise NotFound.of("agreement", agreement_id)
            if decision == ReviewDecision.NEW_DEADLINE and new_deadline is None:
                raise ValidationError.one("deadline", QT_TRANSLATE_NOOP("errors", "Give the new deadline."))
            review = s.scalar(
                select(AgreementReview).where(
                    AgreementReview.meeting_id == meeting_id, AgreementReview.agreement_id == agreement_id
                )
            )
            if review is None:
                review = AgreementReview(
                    meeting_id=meeting_id, agreement_id=agreement_id, previous_deadline=agreement.deadline
                )
                s.add(review)
            else:  # back to how the agreement came into this session
                agreement.status, agreement.closed_on = AgreementStatus.OPEN, None
                agreement.deadline = review.previous_deadline
            review.decision, review.new_deadline = decision.value, new_deadline
            review.at, review.by = self._clock.utcnow(), self._actor.label
            if decision == ReviewDecision.DONE:
                agreement.status, agreement.closed_on = AgreementStatus.DONE, meeting.starts_at.date()
            elif decision == ReviewDecision.CANCELLED:
                agreement.status, agreement.closed_on = AgreementStatus.CANCELLED, meeting.starts_at.date()
            elif decision == ReviewDecision.NEW_DEADLINE:
                agreement.deadline = new_deadline
            agreement.updated_at = self._clock.utcnow()  # "keep" is a decision too: stamp who reviewed it
            s.flush()
            self._record_agreement(s, meeting, agreement, "review", decision.value)


def review_items(s: Session, meeting: Meeting) -> list[ReviewItem]:
    """The review list of a session, inside the caller's transaction (the run screen and the minutes)."""
    owner, origin = AgreementOwner(), aliased(Meeting)
    reviews = {
        r.agreement_id: r
        for r in s.scalars(select(AgreementReview).where(AgreementReview.meeting_id == meeting.id))
    }
    rows = s.execute(  # columns, not ORM objects: a table's review can hold well over a thousand agreements
        owner.join(
            select(
                Agreement.id,
                Agreement.action,
                Agreement.deadline,
                Agreement.status,
                owner.name,
                origin.starts_at,
                agenda_cases.c.code,
                agenda_cases.c.initials,
            ).join(origin, Agreement.meeting_id == origin.id)
        )
        .outerjoin(agenda_cases, Agreement.case_id == agenda_cases.c.id)
        .where(
            origin.starts_at < meeting.starts_at,
            or_(Agreement.status == AgreementStatus.OPEN, Agreement.id.in_(list(reviews))),
        )
        .order_by(origin.starts_at, Agreement.id)
    )
    items = []
    for agreement_id, action, deadline, status, owner_name, agreed_at, code, initials in rows:
        review = reviews.get(agreement_id)
        items.append(
            ReviewItem(
                agreement_id,
                action,
                owner_name or "",
                deadline,
                agreed_at.date(),
                f"{code} {initials}" if code else "",
                status,
                ReviewDecision(review.decision) if review else None,
                review.previous_deadline if review else deadline,
                review.by if review else "",
            )
        )
    return items
