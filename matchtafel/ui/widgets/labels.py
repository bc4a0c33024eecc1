"""Words the interface shows for the domain's closed vocabularies, in the interface language."""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from matchtafel.domain.vocabulary import (
    AgreementStatus,
    AttendanceStatus,
    CaseStatus,
    CheckpointAnswer,
    CheckpointKind,
    ContactChannel,
    ContractType,
    ExitStatus,
    LeaverStatus,
    Leerweg,
    Level,
    MeetingStatus,
    OrganisationCategory,
    ProposalStatus,
    RejectionReason,
    ReviewDecision,
    Situation,
    VacancyKind,
    VacancyStatus,
    YesNoUnknown,
)
from matchtafel.ui.i18n import translate
from matchtafel.ui.widgets.labels_support import support_items


@cache
def _table_items() -> tuple[tuple[StrEnum, str], ...]:
    # Built on first use, after the translators are installed (cache cleared by reset_labels()).
    return (
        (Level.PRO, translate("labels", "PrO")),
        (Level.VSO, translate("labels", "VSO")),
        (Level.BUSO, translate("labels", "BuSO")),
        (Level.OKAN, translate("labels", "OKAN")),
        (Level.ENTREE, translate("labels", "Entree")),
        (Level.MBO1, translate("labels", "Level 1")),
        (Level.MBO2, translate("labels", "Level 2")),
        (Level.BSO, translate("labels", "BSO")),
        (Level.MBO3, translate("labels", "Level 3")),
        (Level.MBO4, translate("labels", "Level 4")),
        (Level.OTHER, translate("labels", "Other")),
        (Leerweg.BOL, translate("labels", "BOL")),
        (Leerweg.BBL, translate("labels", "BBL")),
        (Leerweg.DUAAL, translate("labels", "Duaal leren")),
        (CheckpointKind.JOB, translate("labels", "Nazorg call")),
        (CheckpointKind.BPV, translate("labels", "BPV check")),
        (LeaverStatus.WORKING, translate("labels", "Working")),
        (LeaverStatus.LEARNING, translate("labels", "Learning")),
        (LeaverStatus.LOOKING, translate("labels", "Looking for work")),
        (LeaverStatus.NO_CONTACT, translate("labels", "No contact")),
        (ContactChannel.PHONE, translate("labels", "By phone")),
        (ContactChannel.IN_PERSON, translate("labels", "In person")),
        (ContactChannel.MESSAGE, translate("labels", "By message (app, e-mail)")),
        (ExitStatus.IN_SCHOOL, translate("labels", "Still in school")),
        (ExitStatus.DIPLOMA, translate("labels", "Diploma")),
        (ExitStatus.DIPLOMA_EXPECTED, translate("labels", "Diploma expected")),
        (ExitStatus.LEFT_WITHOUT_DIPLOMA, translate("labels", "Left without diploma")),
        (ExitStatus.PRAKTIJKVERKLARING, translate("labels", "Praktijkverklaring")),
        (Situation.NO_WORK, translate("labels", "No work")),
        (Situation.TEMPORARY_CONTRACT, translate("labels", "Temporary contract")),
        (Situation.BELOW_LEVEL, translate("labels", "Working below level")),
        (Situation.OUTSIDE_FIELD, translate("labels", "Working outside field")),
        (Situation.AT_RISK_OF_DROPPING_OUT, translate("labels", "At risk of dropping out")),
        (YesNoUnknown.YES, translate("labels", "Yes")),
        (YesNoUnknown.NO, translate("labels", "No")),
        (YesNoUnknown.UNKNOWN, translate("labels", "Unknown")),
        (VacancyKind.JOB, translate("labels", "Job")),
        (VacancyKind.LEERBAAN, translate("labels", "Leerbaan (BBL)")),
        (VacancyKind.BPV, translate("labels", "BPV internship")),
        (VacancyKind.WORK_EXPERIENCE, translate("labels", "Work experience")),
        (VacancyKind.TRIAL_PLACEMENT, translate("labels", "Trial placement")),
        (ContractType.TEMPORARY, translate("labels", "Temporary")),
        (ContractType.PERMANENT, translate("labels", "Permanent")),
        (ContractType.BBL, translate("labels", "BBL")),
        (ContractType.TRIAL, translate("labels", "Trial")),
        (ContractType.INTERNSHIP, translate("labels", "Internship")),
        (VacancyStatus.OPEN, translate("labels", "Open")),
        (VacancyStatus.FILLED, translate("labels", "Filled")),
        (VacancyStatus.EXPIRED, translate("labels", "Expired")),
        (MeetingStatus.PLANNED, translate("labels", "Planned")),
        (MeetingStatus.RUNNING, translate("labels", "Running")),
        (MeetingStatus.CLOSED, translate("labels", "Closed")),
        (MeetingStatus.LOCKED, translate("labels", "Locked")),
        (AttendanceStatus.INVITED, translate("labels", "Invited")),
        (AttendanceStatus.PRESENT, translate("labels", "Present")),
        (AttendanceStatus.ABSENT, translate("labels", "Absent")),
        (AttendanceStatus.EXCUSED, translate("labels", "Excused")),
        (CaseStatus.PLANNED, translate("labels", "On the agenda")),
        (CaseStatus.DISCUSSED, translate("labels", "Discussed")),
        (CaseStatus.POSTPONED, translate("labels", "Postponed")),
        (AgreementStatus.OPEN, translate("labels", "Open")),
        (AgreementStatus.DONE, translate("labels", "Completed")),
        (AgreementStatus.CANCELLED, translate("labels", "Cancelled")),
        (ReviewDecision.DONE, translate("labels", "Done")),
        (ReviewDecision.NEW_DEADLINE, translate("labels", "New deadline")),
        (ReviewDecision.CANCELLED, translate("labels", "Cancelled")),
        (ReviewDecision.KEEP, translate("labels", "Keep open")),
        (ProposalStatus.PROPOSED, translate("labels", "Proposed")),
        (ProposalStatus.CONTACT_MADE, translate("labels", "Contact made")),
        (ProposalStatus.INTERVIEW_PLANNED, translate("labels", "Interview planned")),
        (ProposalStatus.PLACED, translate("labels", "Placed")),
        (ProposalStatus.TRIAL_PLACEMENT, translate("labels", "Trial placement")),
        (ProposalStatus.REJECTED, translate("labels", "Rejected")),
        (ProposalStatus.WITHDRAWN, translate("labels", "Withdrawn")),
        (RejectionReason.DOES_NOT_FIT_REQUIREMENTS, translate("labels", "Does not fit the requirements")),
        (RejectionReason.YOUNG_PERSON_DECLINED, translate("labels", "Young person declined")),
        (RejectionReason.EMPLOYER_DECLINED, translate("labels", "Employer declined")),
        (RejectionReason.NO_RESPONSE, translate("labels", "No response")),
        (RejectionReason.OTHER, translate("labels", "Other reason")),
        (CheckpointAnswer.STILL_EMPLOYED, translate("labels", "Still employed")),
        (CheckpointAnswer.CHANGED_JOB, translate("labels", "Changed job")),
        (CheckpointAnswer.OUT_OF_WORK, translate("labels", "Out of work")),
        (CheckpointAnswer.BACK_TO_SCHOOL, translate("labels", "Back to school")),
        (CheckpointAnswer.UNKNOWN, translate("labels", "Not known")),
        (OrganisationCategory.SCHOOL, translate("labels", "School")),
        (OrganisationCategory.MUNICIPALITY, translate("labels", "Municipality")),
        (OrganisationCategory.DOORSTROOMPUNT, translate("labels", "Doorstroompunt")),
        (OrganisationCategory.EMPLOYER_SERVICE, translate("labels", "Employer service")),
        (OrganisationCategory.BENEFITS_AGENCY, translate("labels", "Benefits agency")),
        (OrganisationCategory.JOB_COACHING, translate("labels", "Job coaching")),
        (OrganisationCategory.OTHER, translate("labels", "Other organisation")),
        *support_items(),
    )


@cache
def _by_type() -> dict[tuple[type, str], str]:
    # StrEnum members equal their string value, so MeetingStatus.PLANNED and CaseStatus.PLANNED would be one
    # dictionary key: key by (enum type, value) instead.
    return {(type(member), member.value): text for member, text in _table_items()}


def label(value: StrEnum | None) -> str:
    """The shown word for a value; empty for "not filled in"."""
    return "" if value is None else _by_type()[(type(value), value.value)]


def yes_no(value: bool | None) -> str:
    if value is None:
        return translate("labels", "Unknown")
    return translate("labels", "Yes") if value else translate("labels", "No")


def reset_labels() -> None:
    """After switching language."""
    _table_items.cache_clear()
    _by_type.cache_clear()
