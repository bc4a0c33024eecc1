"""The data inventory for the DPIA: every stored field, what kind of data it is, and why it is kept.

Pure data. The registers' columns (young people, vacancies, employers, organisations, people, supporters,
matching events) come from their field specs (``matchtafel.domain.fields``), each with its privacy class; the
other tables are listed here. A test checks that every column of every table is classified, so a new field
cannot be added without saying what it is for.
"""

from __future__ import annotations

from matchtafel.domain.fields import entity
from matchtafel.domain.fields.events import EVENTS
from matchtafel.domain.fields.organisations import EMPLOYERS, ORGANISATIONS, PEOPLE
from matchtafel.domain.fields.supporters import SUPPORTERS
from matchtafel.domain.fields.vacancies import VACANCIES
from matchtafel.domain.fields.young_people import YOUNG_PEOPLE
from matchtafel.domain.privacy_classes import (  # noqa: F401  (the classes are read from here too)
    BUSINESS,
    COMMON,
    FREE_TEXT,
    IDENTIFYING,
    PERSONAL,
    SENSITIVE,
    STAFF,
    SUPPORTER,
    TECHNICAL,
)

TABLES: dict[str, tuple[str, str, dict[str, str]]] = {
    # table: (purpose in Dutch, purpose in English, the columns that are not COMMON)
    "young_people": (
        "De jongeren die de tafel in beeld houdt, om ze bij passend werk te brengen.",
        "The young people the table keeps in view, to bring them to suitable work.",
        YOUNG_PEOPLE.inventory(),
    ),
    "consents": (
        "Toestemming van de jongere (of ouder onder 16): datum, door wie, waarvoor, ingetrokken.",
        "Consent of the young person (or a parent below 16): date, by whom, for what, withdrawn.",
        {
            "young_person_id": PERSONAL,
            "given_on": PERSONAL,
            "given_by": PERSONAL,
            "scope_table": PERSONAL,
            "scope_share_wsp": PERSONAL,
            "scope_employer_profile": PERSONAL,
            "scope_supporter": PERSONAL,
            "withdrawn_on": PERSONAL,
            "note": FREE_TEXT,
        },
    ),
    "cases": (
        "Een jongere op de agenda van een sessie, met de situatie en aantekeningen.",
        "A young person on a session's agenda, with the situation and notes.",
        {
            "meeting_id": BUSINESS,
            "young_person_id": PERSONAL,
            "position": TECHNICAL,
            "status": PERSONAL,
            "time_budget_minutes": TECHNICAL,
            "holder_id": STAFF,
            "situation_summary": FREE_TEXT,
            "notes": FREE_TEXT,
        },
    ),
    "agreements": (
        "Afspraken: wat, wie, wanneer; de opvolging van de tafel.",
        "Agreements: what, who, by when; the table's follow-up.",
        {
            "meeting_id": BUSINESS,
            "case_id": PERSONAL,
            "action": FREE_TEXT,
            "owner_id": STAFF,
            "supporter_id": SUPPORTER,
            "deadline": BUSINESS,
            "status": BUSINESS,
            "closed_on": BUSINESS,
        },
    ),
    "agreement_reviews": (
        "Wat een sessie besloot over open afspraken van eerder.",
        "What a session decided about open agreements from before.",
        {
            "meeting_id": BUSINESS,
            "agreement_id": BUSINESS,
            "decision": BUSINESS,
            "previous_deadline": BUSINESS,
            "new_deadline": BUSINESS,
            "at": TECHNICAL,
            "by": STAFF,
        },
    ),
    "proposals": (
        "Voordrachten van een jongere voor een vacature, om de uitkomst te volgen.",
        "Proposals of a young person for a vacancy, to follow the outcome.",
        {
            "young_person_id": PERSONAL,
            "vacancy_id": BUSINESS,
            "case_id": PERSONAL,
            "owner_id": STAFF,
            "event_id": PERSONAL,
            "status": PERSONAL,
            "rejection_reason": PERSONAL,
            "last_step_at": TECHNICAL,
        },
    ),
    "proposal_steps": (
        "Elke stap van een voordracht: wie, wanneer, waarom.",
        "Every step of a proposal: who, when, why.",
        {
            "proposal_id": PERSONAL,
            "status": PERSONAL,
            "rejection_reason": PERSONAL,
            "note": FREE_TEXT,
            "at": TECHNICAL,
            "by": STAFF,
        },
    ),
    "placements": (
        "Plaatsingen: start, contract, uren; voor de nazorg en het overzicht.",
        "Placements: start, contract, hours; for nazorg and the overview.",
        {
            "young_person_id": PERSONAL,
            "proposal_id": PERSONAL,
            "vacancy_id": BUSINESS,
            "start_date": PERSONAL,
            "contract": PERSONAL,
            "hours_per_week": PERSONAL,
            "below_level": PERSONAL,
            "outside_field": PERSONAL,
            "ended_on": PERSONAL,
            "planned_end": PERSONAL,
        },
    ),
    "nazorg_checkpoints": (
        "Nazorggesprekken na een plaatsing: is het werk duurzaam?",
        "Nazorg calls after a placement: did the work last?",
        {
            "placement_id": PERSONAL,
            "kind": PERSONAL,
            "months_after_start": TECHNICAL,
            "due_on": PERSONAL,
            "assigned_to_id": STAFF,
            "answered_on": PERSONAL,
            "answer": PERSONAL,
            "note": FREE_TEXT,
        },
    ),
    "school_leavers": (
        "Schoolverlaters in beeld: wanneer en hoe iemand van school ging, wie contact houdt, hoe en hoe vaak.",
        "School leavers kept in view: when and how someone left school, who keeps contact, how and how often.",
        {
            "young_person_id": PERSONAL,
            "left_on": PERSONAL,
            "exit_status": PERSONAL,
            "keeper_id": STAFF,
            "contact_channel": PERSONAL,
            "contact_every_weeks": PERSONAL,
        },
    ),
    "contact_moments": (
        "Contactmomenten 3, 6 en 12 maanden na school: werkt, leert of zoekt de jongere, en hoe duurzaam is "
        "het werk.",
        "Contact moments 3, 6 and 12 months after school: is the young person working, learning or looking, "
        "and how lasting is the work.",
        {
            "leaver_id": PERSONAL,
            "months_after_leaving": TECHNICAL,
            "due_on": PERSONAL,
            "assigned_to_id": STAFF,
            "answered_on": PERSONAL,
            "status": PERSONAL,
            "job_permanent": PERSONAL,
            "job_below_level": PERSONAL,
            "job_outside_field": PERSONAL,
            "note": FREE_TEXT,
        },
    ),
    "meetings": (
        "De sessies van de Matchtafel: datum, plaats, voorzitter, notulist.",
        "The Matchtafel's sessions: date, place, chair, minute taker.",
        {
            "title": BUSINESS,
            "starts_at": BUSINESS,
            "duration_minutes": BUSINESS,
            "place": BUSINESS,
            "chair_id": STAFF,
            "minute_taker_id": STAFF,
            "status": BUSINESS,
            "closed_at": BUSINESS,
            "locked_at": BUSINESS,
            "locked_by": STAFF,
            "notes": FREE_TEXT,
        },
    ),
    "attendances": (
        "Wie er bij een sessie was.",
        "Who attended a session.",
        {"meeting_id": BUSINESS, "person_id": STAFF, "status": STAFF},
    ),
    "amendments": (
        "Wijzigingen na het vaststellen van een verslag: wie, wanneer, wat.",
        "Changes after the minutes were adopted: who, when, what.",
        {
            "meeting_id": BUSINESS,
            "at": TECHNICAL,
            "by": STAFF,
            "description": BUSINESS,
            "action": TECHNICAL,
            "entity": TECHNICAL,
            "young_person_id": PERSONAL,
            "subject": FREE_TEXT,
            "detail": TECHNICAL,
        },
    ),
    "organisations": (
        "Scholen, gemeente, WSP, UWV en anderen aan tafel.",
        "Schools, municipality, WSP, UWV and others at the table.",
        ORGANISATIONS.inventory(),
    ),
    "organisation_kinds": (
        "Soorten organisaties (per regio verschillend).",
        "Kinds of organisation (they differ per region).",
        {
            "code": TECHNICAL,
            "name_nl": BUSINESS,
            "name_en": BUSINESS,
            "category": BUSINESS,
            "country": BUSINESS,
        },
    ),
    "people": (
        "De professionals: naam en werkcontact, om afspraken en nazorg toe te wijzen.",
        "The professionals: name and work contact, to assign agreements and nazorg.",
        PEOPLE.inventory(),
    ),
    "employers": (
        "Werkgevers die plaatsen bieden, met een contactpersoon.",
        "Employers that offer places, with a contact person.",
        EMPLOYERS.inventory(),
    ),
    "vacancies": (
        "Vacatures, leerbanen, stages en proefplaatsingen.",
        "Vacancies, apprenticeships, internships and trial placements.",
        VACANCIES.inventory(),
    ),
    "audit_events": (
        "Het auditlog: wie wat deed, bekeek, afdrukte of exporteerde; alleen toevoegen.",
        "The audit log: who did, viewed, printed or exported what; append-only.",
        {
            "at": TECHNICAL,
            "actor": STAFF,
            "actor_organisation": STAFF,
            "actor_login": STAFF,
            "action": TECHNICAL,
            "entity": TECHNICAL,
            "entity_id": TECHNICAL,
            "detail": TECHNICAL,
            "young_person_id": PERSONAL,
            "reason": STAFF,
        },
    ),
    "erasures": (
        "Welke jongere (nummer, geen naam) wanneer is gewist; een teruggezette reservekopie wist hen opnieuw.",
        "Which young person (a number, no name) was erased when; a restored backup erases them again.",
        {"young_person_id": PERSONAL, "registered_at": TECHNICAL, "erased_at": TECHNICAL, "kind": TECHNICAL},
    ),
    "db_accounts": (
        "Op een gedeelde server: bij welke persoon, organisatie en rol een login hoort (voor de toegangsregels).",
        "On a shared server: which person, organisation and role a login belongs to (for the access rules).",
        {"login": STAFF, "person_id": STAFF, "organisation_id": STAFF, "role": STAFF},
    ),
    "supporters": (
        "Ondersteuners (bedrijfsmentor, peercoach, Junior Praktijkopleider, jobcoach, jobhunter): naam, werkcontact,"
        " wat zij bieden en hoeveel jongeren tegelijk; om jongeren aan een passende ondersteuner te koppelen.",
        "Supporters (business mentor, peer coach, junior trainer, job coach, jobhunter): name, work contact, what"
        " they offer and how many young people at once; to link young people to a fitting supporter.",
        SUPPORTERS.inventory(),
    ),
    "mentoring_links": (
        "Koppelingen van een jongere aan een ondersteuner, met hun stappen, om de begeleiding te volgen.",
        "Links of a young person to a supporter, with their steps, to follow the support.",
        {
            "young_person_id": PERSONAL,
            "supporter_id": SUPPORTER,
            "case_id": PERSONAL,
            "event_id": PERSONAL,
            "status": PERSONAL,
            "end_reason": PERSONAL,
            "started_on": PERSONAL,
            "ended_on": PERSONAL,
            "last_step_at": TECHNICAL,
        },
    ),
    "mentoring_link_steps": (
        "Elke stap van een koppeling: wie, wanneer, waarom.",
        "Every step of a link: who, when, why.",
        {
            "link_id": PERSONAL,
            "status": PERSONAL,
            "end_reason": PERSONAL,
            "note": FREE_TEXT,
            "at": TECHNICAL,
            "by": STAFF,
        },
    ),
    "matching_events": (
        "Matchingsevents (speeddate, open dag, workshop, Week van het Talent, regiobijeenkomst): wanneer, waar, wie"
        " organiseert, en wat het opleverde.",
        "Matching events (speed date, open day, workshop, Week van het Talent, regional meeting): when, where,"
        " who organises, and what came of it.",
        EVENTS.inventory(),
    ),
    "event_invitations": (
        "Wie voor een event is uitgenodigd (jongere, ondersteuner of werkgever) en of zij kwamen.",
        "Who was invited to an event (young person, supporter or employer) and whether they came.",
        {
            "event_id": BUSINESS,
            "young_person_id": PERSONAL,
            "supporter_id": SUPPORTER,
            "employer_id": BUSINESS,
            "attendance": PERSONAL,
            "owner_organisation_id": STAFF,
        },
    ),
    "event_contacts": (
        "Contacten die op een event zijn gelegd: een jongere met een werkgever of ondersteuner.",
        "Contacts made at an event: a young person with an employer or a supporter.",
        {
            "event_id": BUSINESS,
            "young_person_id": PERSONAL,
            "supporter_id": SUPPORTER,
            "employer_id": BUSINESS,
            "note": FREE_TEXT,
        },
    ),
    "app_meta": (
        "Gegevens over de database zelf (bijvoorbeeld: demo).",
        "Facts about the database itself (for example: demo).",
        {"key": TECHNICAL, "value": TECHNICAL},
    ),
}


def category_of(table: str, column: str) -> str | None:
    """The class of a stored column; a register's columns are read from its field specs when asked."""
    entry = TABLES.get(table)
    if entry is None:
        return None
    described = entity(table)
    columns = described.inventory() if described is not None else entry[2]
    return columns.get(column) or COMMON.get(column)
