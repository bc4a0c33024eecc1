"""Words for the vocabularies around the table (supporters, links, wishes, events), in the interface language.

``labels.label`` shows them like every other closed vocabulary; kept apart so the supporters' words live with
their feature.
"""

from __future__ import annotations

from enum import StrEnum

from matchtafel.domain.vocabulary import EventKind, LinkEndReason, LinkStatus, SupporterKind, SupportWish
from matchtafel.ui.i18n import translate


def support_items() -> tuple[tuple[StrEnum, str], ...]:
    return (
        (SupporterKind.BUSINESS_MENTOR, translate("labels", "Business mentor")),
        (SupporterKind.PEER_COACH, translate("labels", "Peer coach")),
        (SupporterKind.JUNIOR_TRAINER, translate("labels", "Junior trainer (JPO)")),
        (SupporterKind.JOB_COACH, translate("labels", "Job coach")),
        (SupporterKind.JOBHUNTER, translate("labels", "Jobhunter")),
        (SupportWish.NETWORK, translate("labels", "Open a network")),
        (SupportWish.APPLYING, translate("labels", "Help with applying")),
        (SupportWish.WORKPLACE, translate("labels", "Show a workplace")),
        (SupportWish.BPV_PLACE, translate("labels", "Find and keep a BPV place")),
        (SupportWish.KEEP_WORKING, translate("labels", "Keep going at work")),
        (SupportWish.PRACTICAL, translate("labels", "Practical matters")),
        # A link's steps have words of their own ("proposed" is "voorgesteld" here, "voorgedragen" for a job).
        (LinkStatus.PROPOSED, translate("linklabels", "Proposed")),
        (LinkStatus.INTRODUCED, translate("linklabels", "Introduced")),
        (LinkStatus.ACTIVE, translate("linklabels", "Active")),
        (LinkStatus.ENDED, translate("linklabels", "Ended")),
        (LinkEndReason.COMPLETED, translate("labels", "Completed")),
        (LinkEndReason.YOUNG_PERSON_STOPPED, translate("labels", "Young person stopped")),
        (LinkEndReason.SUPPORTER_STOPPED, translate("labels", "Supporter stopped")),
        (LinkEndReason.NO_CLICK, translate("labels", "No click")),
        (LinkEndReason.NO_CONTACT, translate("labels", "No contact")),
        (LinkEndReason.OTHER, translate("labels", "Other reason")),
        (EventKind.SPEED_DATE, translate("labels", "Speed date")),
        (EventKind.OPEN_DAY, translate("labels", "Open day")),
        (EventKind.WORKSHOP, translate("labels", "Workshop")),
        (EventKind.WEEK_OF_TALENT, translate("labels", "Week van het Talent")),
        (EventKind.REGIONAL_MEETING, translate("labels", "Regional meeting")),
    )
