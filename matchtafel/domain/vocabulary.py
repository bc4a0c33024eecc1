"""Closed vocabularies of the domain, stored as short strings with a CHECK constraint (no ORM here).

Values are English identifiers; the interface translates them. Organisation kinds are *not* here:
they differ per region (NL/Flanders) and live in a table.
"""

from __future__ import annotations

from enum import StrEnum

# Sectors offered for completion; people may type others (sectors are text, not a closed list).
SECTORS: tuple[str, ...] = (
    "Zorg en welzijn",
    "Techniek en installatie",
    "Bouw en infra",
    "Logistiek en transport",
    "Detailhandel",
    "Horeca en toerisme",
    "Groen en dier",
    "Metaal",
    "ICT",
    "Schoonmaak en facilitair",
    "Voedingsindustrie",
    "Autotechniek",
    "Administratie en secretarieel",
    "Kinderopvang",
)


class Level(StrEnum):
    """Education level; the declaration order is the order of the levels (see LEVEL_ORDER).

    Flemish education sits beside the Dutch levels: BuSO (buitengewoon secundair onderwijs, special
    secondary) beside VSO, OKAN (onthaalonderwijs for newcomers) at the entry, BSO (vocational secondary)
    about where mbo 2 is."""

    PRO = "pro"
    VSO = "vso"
    BUSO = "buso"
    OKAN = "okan"
    ENTREE = "entree"
    MBO1 = "1"
    MBO2 = "2"
    BSO = "bso"
    MBO3 = "3"
    MBO4 = "4"
    OTHER = "other"


LEVEL_ORDER: dict[Level, int] = {level: rank for rank, level in enumerate(Level)}


class Leerweg(StrEnum):
    """BOL (school-based) and BBL (work-based) in the Netherlands; duaal leren is Flanders' work-based route."""

    BOL = "bol"
    BBL = "bbl"
    DUAAL = "duaal"


WORK_BASED_ROUTES = frozenset({Leerweg.BBL, Leerweg.DUAAL})


class ExitStatus(StrEnum):
    IN_SCHOOL = "in_school"
    DIPLOMA = "diploma"
    DIPLOMA_EXPECTED = "diploma_expected"
    LEFT_WITHOUT_DIPLOMA = "left_without_diploma"
    PRAKTIJKVERKLARING = "praktijkverklaring"


class Situation(StrEnum):
    NO_WORK = "no_work"
    TEMPORARY_CONTRACT = "temporary_contract"
    BELOW_LEVEL = "below_level"
    OUTSIDE_FIELD = "outside_field"
    AT_RISK_OF_DROPPING_OUT = "at_risk_of_dropping_out"


class YesNoUnknown(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class ConsentGivenBy(StrEnum):
    YOUNG_PERSON = "young_person"
    PARENT = "parent"


class VacancyKind(StrEnum):
    JOB = "job"
    LEERBAAN = "leerbaan"
    BPV = "bpv"
    WORK_EXPERIENCE = "work_experience"
    TRIAL_PLACEMENT = "trial_placement"


class ContractType(StrEnum):
    TEMPORARY = "temporary"
    PERMANENT = "permanent"
    BBL = "bbl"
    TRIAL = "trial"
    INTERNSHIP = "internship"


class VacancyStatus(StrEnum):
    OPEN = "open"
    FILLED = "filled"
    EXPIRED = "expired"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"
    LOCKED = "locked"


class AttendanceStatus(StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class CaseStatus(StrEnum):
    PLANNED = "planned"
    DISCUSSED = "discussed"
    POSTPONED = "postponed"


class AgreementStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class ReviewDecision(StrEnum):
    """What the review at the start of a session decides about an open agreement from before."""

    DONE = "done"
    NEW_DEADLINE = "new_deadline"
    CANCELLED = "cancelled"
    KEEP = "keep"


class ProposalStatus(StrEnum):
    PROPOSED = "proposed"
    CONTACT_MADE = "contact_made"
    INTERVIEW_PLANNED = "interview_planned"
    PLACED = "placed"
    TRIAL_PLACEMENT = "trial_placement"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class RejectionReason(StrEnum):
    DOES_NOT_FIT_REQUIREMENTS = "does_not_fit_requirements"
    YOUNG_PERSON_DECLINED = "young_person_declined"
    EMPLOYER_DECLINED = "employer_declined"
    NO_RESPONSE = "no_response"
    OTHER = "other"


class CheckpointKind(StrEnum):
    """A nazorg call after a job, or the check during a BPV period (is the place kept?)."""

    JOB = "job"
    BPV = "bpv"


class LeaverStatus(StrEnum):
    """What a school leaver is doing at a contact moment."""

    WORKING = "working"
    LEARNING = "learning"
    LOOKING = "looking"
    NO_CONTACT = "no_contact"


class ContactChannel(StrEnum):
    """How the one who keeps contact with a school leaver reaches them."""

    PHONE = "phone"
    IN_PERSON = "in_person"
    MESSAGE = "message"


class CheckpointAnswer(StrEnum):
    STILL_EMPLOYED = "still_employed"
    CHANGED_JOB = "changed_job"
    OUT_OF_WORK = "out_of_work"
    BACK_TO_SCHOOL = "back_to_school"
    UNKNOWN = "unknown"


class OrganisationCategory(StrEnum):
    """What an organisation kind does at the table; kinds themselves are data."""

    SCHOOL = "school"
    MUNICIPALITY = "municipality"
    DOORSTROOMPUNT = "doorstroompunt"
    EMPLOYER_SERVICE = "employer_service"
    BENEFITS_AGENCY = "benefits_agency"
    JOB_COACHING = "job_coaching"
    OTHER = "other"


# -- around the table: supporters, mentoring links and matching events (DOMAIN.md, "Around the table") --------


class SupporterKind(StrEnum):
    """Who helps a young person towards work from outside the case's own organisation."""

    BUSINESS_MENTOR = "business_mentor"  # bedrijfsmentor: a volunteer from business
    PEER_COACH = "peer_coach"  # peercoach: a young person supporting peers
    JUNIOR_TRAINER = "junior_trainer"  # Junior Praktijkopleider (JPO): an experienced mbo student
    JOB_COACH = "job_coach"  # jobcoach
    JOBHUNTER = "jobhunter"  # finds BPV places and jobs for the group


class SupportWish(StrEnum):
    """What help a young person wants, and what a supporter likes to give: one list for both sides."""

    NETWORK = "network"  # open a network, introduce to employers
    APPLYING = "applying"  # letters, interviews, a CV
    WORKPLACE = "workplace"  # show what work is like at a workplace
    BPV_PLACE = "bpv_place"  # find and keep a BPV place
    KEEP_WORKING = "keep_working"  # keep going once at work
    PRACTICAL = "practical"  # planning, travel, forms


class LinkStatus(StrEnum):
    """A mentoring link: proposed → introduced → active → ended (with a reason)."""

    PROPOSED = "proposed"
    INTRODUCED = "introduced"
    ACTIVE = "active"
    ENDED = "ended"


class LinkEndReason(StrEnum):
    COMPLETED = "completed"  # the goal was reached or the agreed period ran out: the only on-time ending
    YOUNG_PERSON_STOPPED = "young_person_stopped"
    SUPPORTER_STOPPED = "supporter_stopped"
    NO_CLICK = "no_click"
    NO_CONTACT = "no_contact"
    OTHER = "other"


class EventKind(StrEnum):
    SPEED_DATE = "speed_date"
    OPEN_DAY = "open_day"
    WORKSHOP = "workshop"
    WEEK_OF_TALENT = "week_of_talent"  # Week van het Talent
    REGIONAL_MEETING = "regional_meeting"  # a regional meeting of mentors and young people
