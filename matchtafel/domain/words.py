"""The interface's words without Qt: the command line, the printed documents and the exports speak the
language of the interface with the interface's own translations.

The Dutch words are read from ``resources/translations/matchtafel_nl.ts``, the file Qt Linguist and
``make translations`` keep (English is the source text), so a status reads "Vervallen" on the screen, in the
minutes and in a CSV file alike: one vocabulary. Pure Python (``xml.etree``): reports and the command line
stay free of Qt, and a missing or unfinished translation falls back to the English source.

``LABELS`` names the English source of every vocabulary value a document or an export prints; they are the
words of ``matchtafel/ui/widgets/labels.py`` (context "labels"), and a test holds the two equal.
"""

from __future__ import annotations

import locale
import os
from enum import StrEnum
from functools import cache
from xml.etree import ElementTree

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.domain.vocabulary import (
    AgreementStatus,
    AttendanceStatus,
    CaseStatus,
    CheckpointAnswer,
    CheckpointKind,
    ContactChannel,
    ContractType,
    EventKind,
    LeaverStatus,
    Leerweg,
    Level,
    LinkEndReason,
    LinkStatus,
    MeetingStatus,
    ProposalStatus,
    RejectionReason,
    ReviewDecision,
    SupporterKind,
    SupportWish,
    VacancyKind,
    VacancyStatus,
    YesNoUnknown,
)
from matchtafel.paths import translations_dir

SUPPORTED = ("nl", "en")

LABELS: tuple[tuple[StrEnum, str], ...] = (
    (Level.PRO, QT_TRANSLATE_NOOP("labels", "PrO")),
    (Level.VSO, QT_TRANSLATE_NOOP("labels", "VSO")),
    (Level.BUSO, QT_TRANSLATE_NOOP("labels", "BuSO")),
    (Level.OKAN, QT_TRANSLATE_NOOP("labels", "OKAN")),
    (Level.BSO, QT_TRANSLATE_NOOP("labels", "BSO")),
    (Level.ENTREE, QT_TRANSLATE_NOOP("labels", "Entree")),
    (Level.MBO1, QT_TRANSLATE_NOOP("labels", "Level 1")),
    (Level.MBO2, QT_TRANSLATE_NOOP("labels", "Level 2")),
    (Level.MBO3, QT_TRANSLATE_NOOP("labels", "Level 3")),
    (Level.MBO4, QT_TRANSLATE_NOOP("labels", "Level 4")),
    (Level.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (Leerweg.BOL, QT_TRANSLATE_NOOP("labels", "BOL")),
    (Leerweg.BBL, QT_TRANSLATE_NOOP("labels", "BBL")),
    (Leerweg.DUAAL, QT_TRANSLATE_NOOP("labels", "Duaal leren")),
    (YesNoUnknown.YES, QT_TRANSLATE_NOOP("labels", "Yes")),
    (YesNoUnknown.NO, QT_TRANSLATE_NOOP("labels", "No")),
    (YesNoUnknown.UNKNOWN, QT_TRANSLATE_NOOP("labels", "Unknown")),
    (VacancyKind.JOB, QT_TRANSLATE_NOOP("labels", "Job")),
    (VacancyKind.LEERBAAN, QT_TRANSLATE_NOOP("labels", "Leerbaan (BBL)")),
    (VacancyKind.BPV, QT_TRANSLATE_NOOP("labels", "BPV internship")),
    (VacancyKind.WORK_EXPERIENCE, QT_TRANSLATE_NOOP("labels", "Work experience")),
    (VacancyKind.TRIAL_PLACEMENT, QT_TRANSLATE_NOOP("labels", "Trial placement")),
    (ContractType.TEMPORARY, QT_TRANSLATE_NOOP("labels", "Temporary")),
    (ContractType.PERMANENT, QT_TRANSLATE_NOOP("labels", "Permanent")),
    (ContractType.BBL, QT_TRANSLATE_NOOP("labels", "BBL")),
    (ContractType.TRIAL, QT_TRANSLATE_NOOP("labels", "Trial")),
    (ContractType.INTERNSHIP, QT_TRANSLATE_NOOP("labels", "Internship")),
    (VacancyStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Open")),
    (VacancyStatus.FILLED, QT_TRANSLATE_NOOP("labels", "Filled")),
    (VacancyStatus.EXPIRED, QT_TRANSLATE_NOOP("labels", "Expired")),
    (MeetingStatus.PLANNED, QT_TRANSLATE_NOOP("labels", "Planned")),
    (MeetingStatus.RUNNING, QT_TRANSLATE_NOOP("labels", "Running")),
    (MeetingStatus.CLOSED, QT_TRANSLATE_NOOP("labels", "Closed")),
    (MeetingStatus.LOCKED, QT_TRANSLATE_NOOP("labels", "Locked")),
    (AttendanceStatus.INVITED, QT_TRANSLATE_NOOP("labels", "Invited")),
    (AttendanceStatus.PRESENT, QT_TRANSLATE_NOOP("labels", "Present")),
    (AttendanceStatus.ABSENT, QT_TRANSLATE_NOOP("labels", "Absent")),
    (AttendanceStatus.EXCUSED, QT_TRANSLATE_NOOP("labels", "Excused")),
    (CaseStatus.PLANNED, QT_TRANSLATE_NOOP("labels", "On the agenda")),
    (CaseStatus.DISCUSSED, QT_TRANSLATE_NOOP("labels", "Discussed")),
    (CaseStatus.POSTPONED, QT_TRANSLATE_NOOP("labels", "Postponed")),
    (AgreementStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Open")),
    (AgreementStatus.DONE, QT_TRANSLATE_NOOP("labels", "Completed")),
    (AgreementStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (ReviewDecision.DONE, QT_TRANSLATE_NOOP("labels", "Done")),
    (ReviewDecision.NEW_DEADLINE, QT_TRANSLATE_NOOP("labels", "New deadline")),
    (ReviewDecision.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (ReviewDecision.KEEP, QT_TRANSLATE_NOOP("labels", "Keep open")),
    (ProposalStatus.PROPOSED, QT_TRANSLATE_NOOP("labels", "Proposed")),
    (ProposalStatus.CONTACT_MADE, QT_TRANSLATE_NOOP("labels", "Contact made")),
    (ProposalStatus.INTERVIEW_PLANNED, QT_TRANSLATE_NOOP("labels", "Interview planned")),
    (ProposalStatus.PLACED, QT_TRANSLATE_NOOP("labels", "Placed")),
    (ProposalStatus.TRIAL_PLACEMENT, QT_TRANSLATE_NOOP("labels", "Trial placement")),
    (ProposalStatus.REJECTED, QT_TRANSLATE_NOOP("labels", "Rejected")),
    (ProposalStatus.WITHDRAWN, QT_TRANSLATE_NOOP("labels", "Withdrawn")),
    (RejectionReason.DOES_NOT_FIT_REQUIREMENTS, QT_TRANSLATE_NOOP("labels", "Does not fit the requirements")),
    (RejectionReason.YOUNG_PERSON_DECLINED, QT_TRANSLATE_NOOP("labels", "Young person declined")),
    (RejectionReason.EMPLOYER_DECLINED, QT_TRANSLATE_NOOP("labels", "Employer declined")),
    (RejectionReason.NO_RESPONSE, QT_TRANSLATE_NOOP("labels", "No response")),
    (RejectionReason.OTHER, QT_TRANSLATE_NOOP("labels", "Other reason")),
    (CheckpointAnswer.STILL_EMPLOYED, QT_TRANSLATE_NOOP("labels", "Still employed")),
    (CheckpointAnswer.CHANGED_JOB, QT_TRANSLATE_NOOP("labels", "Changed job")),
    (CheckpointAnswer.OUT_OF_WORK, QT_TRANSLATE_NOOP("labels", "Out of work")),
    (CheckpointAnswer.BACK_TO_SCHOOL, QT_TRANSLATE_NOOP("labels", "Back to school")),
    (CheckpointAnswer.UNKNOWN, QT_TRANSLATE_NOOP("labels", "Not known")),
    (CheckpointKind.JOB, QT_TRANSLATE_NOOP("labels", "Nazorg call")),
    (CheckpointKind.BPV, QT_TRANSLATE_NOOP("labels", "BPV check")),
    (LeaverStatus.WORKING, QT_TRANSLATE_NOOP("labels", "Working")),
    (LeaverStatus.LEARNING, QT_TRANSLATE_NOOP("labels", "Learning")),
    (LeaverStatus.LOOKING, QT_TRANSLATE_NOOP("labels", "Looking for work")),
    (LeaverStatus.NO_CONTACT, QT_TRANSLATE_NOOP("labels", "No contact")),
    (ContactChannel.PHONE, QT_TRANSLATE_NOOP("labels", "By phone")),
    (ContactChannel.IN_PERSON, QT_TRANSLATE_NOOP("labels", "In person")),
    (ContactChannel.MESSAGE, QT_TRANSLATE_NOOP("labels", "By message (app, e-mail)")),
    # around the table (matchtafel/ui/widgets/labels_support.py)
    (SupporterKind.BUSINESS_MENTOR, QT_TRANSLATE_NOOP("labels", "Business mentor")),
    (SupporterKind.PEER_COACH, QT_TRANSLATE_NOOP("labels", "Peer coach")),
    (SupporterKind.JUNIOR_TRAINER, QT_TRANSLATE_NOOP("labels", "Junior trainer (JPO)")),
    (SupporterKind.JOB_COACH, QT_TRANSLATE_NOOP("labels", "Job coach")),
    (SupporterKind.JOBHUNTER, QT_TRANSLATE_NOOP("labels", "Jobhunter")),
    (SupportWish.NETWORK, QT_TRANSLATE_NOOP("labels", "Open a network")),
    (SupportWish.APPLYING, QT_TRANSLATE_NOOP("labels", "Help with applying")),
    (SupportWish.WORKPLACE, QT_TRANSLATE_NOOP("labels", "Show a workplace")),
    (SupportWish.BPV_PLACE, QT_TRANSLATE_NOOP("labels", "Find and keep a BPV place")),
    (SupportWish.KEEP_WORKING, QT_TRANSLATE_NOOP("labels", "Keep going at work")),
    (SupportWish.PRACTICAL, QT_TRANSLATE_NOOP("labels", "Practical matters")),
    (LinkEndReason.COMPLETED, QT_TRANSLATE_NOOP("labels", "Completed")),
    (LinkEndReason.YOUNG_PERSON_STOPPED, QT_TRANSLATE_NOOP("labels", "Young person stopped")),
    (LinkEndReason.SUPPORTER_STOPPED, QT_TRANSLATE_NOOP("labels", "Supporter stopped")),
    (LinkEndReason.NO_CLICK, QT_TRANSLATE_NOOP("labels", "No click")),
    (LinkEndReason.NO_CONTACT, QT_TRANSLATE_NOOP("labels", "No contact")),
    (LinkEndReason.OTHER, QT_TRANSLATE_NOOP("labels", "Other reason")),
    (EventKind.SPEED_DATE, QT_TRANSLATE_NOOP("labels", "Speed date")),
    (EventKind.OPEN_DAY, QT_TRANSLATE_NOOP("labels", "Open day")),
    (EventKind.WORKSHOP, QT_TRANSLATE_NOOP("labels", "Workshop")),
    (EventKind.WEEK_OF_TALENT, QT_TRANSLATE_NOOP("labels", "Week van het Talent")),
    (EventKind.REGIONAL_MEETING, QT_TRANSLATE_NOOP("labels", "Regional meeting")),
)
# A link's steps have words of their own ("proposed" is "voorgesteld" for a link, "voorgedragen" for a job):
# their own translation context, as in matchtafel/ui/widgets/labels_support.py.
LINK_LABELS: tuple[tuple[StrEnum, str], ...] = (
    (LinkStatus.PROPOSED, QT_TRANSLATE_NOOP("linklabels", "Proposed")),
    (LinkStatus.INTRODUCED, QT_TRANSLATE_NOOP("linklabels", "Introduced")),
    (LinkStatus.ACTIVE, QT_TRANSLATE_NOOP("linklabels", "Active")),
    (LinkStatus.ENDED, QT_TRANSLATE_NOOP("linklabels", "Ended")),
)
# StrEnum members of different types are equal when their values are ("open"): pairs, not a dictionary, and
# looked up by (type, value), to (context, source).
_SOURCES: dict[tuple[type, str], tuple[str, str]] = {
    **{(type(m), m.value): ("labels", text) for m, text in LABELS},
    **{(type(m), m.value): ("linklabels", text) for m, text in LINK_LABELS},
}


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, for the finished singular messages of one language's .ts file."""
    if language == "en":
        return {}  # English is the source text
    path = translations_dir() / f"matchtafel_{language}.ts"
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = translation.text
    return found


def translate(language: str, context: str, source: str) -> str:
    """``source`` in ``language``; the source itself when it has no finished translation."""
    return _catalogue(language if language in SUPPORTED else "en").get((context, source), source)


def label(value: StrEnum, language: str) -> str:
    """The word for a vocabulary value, as the interface shows it."""
    found = _SOURCES.get((type(value), value.value))
    return translate(language, *found) if found else value.value


def yes_no(value: bool, language: str) -> str:
    return translate(language, "labels", "Yes" if value else "No")


def system_language() -> str:
    """Dutch when the system speaks Dutch (nl_NL, nl_BE), English otherwise: the environment first, as Qt
    reads it on Linux, then the platform's own locale (Windows: "Dutch_Netherlands")."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    found = locale.getlocale()[0] or ""
    return "nl" if found.lower().startswith(("nl", "dutch")) else "en"


def choose_language(*wanted: str | None) -> str:
    """The first of ``wanted`` that is nl or en ("system" and None pass), else the system's language."""
    for value in wanted:
        if value in SUPPORTED:
            return value
    return system_language()
