"""The typed ORM: every table of Matchtafel. No Qt, no services."""

from matchtafel.models.audit import AppMeta, AuditEvent, Erasure
from matchtafel.models.base import Base
from matchtafel.models.leaver import ContactMoment, SchoolLeaver
from matchtafel.models.meeting import Agreement, AgreementReview, Amendment, Attendance, Case, Meeting
from matchtafel.models.organisation import DbAccount, Employer, Organisation, OrganisationKind, Person
from matchtafel.models.proposal import NazorgCheckpoint, Placement, Proposal, ProposalStep
from matchtafel.models.stamping import install_stamping
from matchtafel.models.supporter import (
    EventContact,
    EventInvitation,
    LinkStep,
    MatchingEvent,
    MentoringLink,
    Supporter,
)
from matchtafel.models.vacancy import Vacancy
from matchtafel.models.young_person import Consent, YoungPerson

__all__ = [
    "Agreement",
    "AgreementReview",
    "Amendment",
    "AppMeta",
    "Attendance",
    "AuditEvent",
    "Base",
    "Case",
    "Consent",
    "ContactMoment",
    "DbAccount",
    "Employer",
    "Erasure",
    "EventContact",
    "EventInvitation",
    "LinkStep",
    "MatchingEvent",
    "Meeting",
    "MentoringLink",
    "NazorgCheckpoint",
    "Organisation",
    "OrganisationKind",
    "Person",
    "Placement",
    "Proposal",
    "ProposalStep",
    "SchoolLeaver",
    "Supporter",
    "Vacancy",
    "YoungPerson",
    "install_stamping",
]
