"""Who may do what, the table itself: ONE table for the app and the shared server (asked through ``access``).

Every table of the schema is listed in RIGHTS with, per command (select / insert / update / delete), the roles
that may run it and the rows they may touch, as a SQL condition (``access_conditions``). ``server_sql`` turns it
into the server's grants and row-level security policies (one policy per table, command and role); the
interface and the services ask ``may()`` and friends the same table, so the two cannot drift apart.
``tests/security/test_server_setup.py`` fails when a table of the models has no entry here, compares the table
with what the server grants, and the attack suite attacks every person-level table.

Adding a table (issue 19a/19b and later):

1. An entry ``table(name, person_level=..., select=..., insert=..., update=..., delete=..., fixed=..., why=...)``:
   ``person_level=True`` when its rows are about one young person, directly (a ``young_person_id``) or through a
   parent row that is.
2. Reading: ``follows_young_person("young_person_id")`` for a person-level table, ``parent_visible(parent,
   "parent_id")`` for rows under a parent, ``EVERYONE`` for shared data. Writing names the roles that may
   (``follows_young_person(column, ("coordinator", "municipality", "school"))``), nobody when left out.
3. ``fixed``: the columns nobody changes after insert (the links to the parent and the young person).
4. ``owned=Ownership(...)`` when its rows belong to no young person but to the organisation that registered
   them (an ``owner_organisation_id`` column): the others who may write keep reading, but change, archive
   and delete only their own organisation's rows (the coordinator all); ``may_change`` asks the same.
5. A line for it in the attack suite's ``ABOUT`` (how its rows reach a young person) and ``WHO_WRITES``.
6. ``matchtafel server upgrade`` applies it.
"""

from __future__ import annotations

from matchtafel.domain.access_conditions import (
    ALL,
    ME_ORG,
    ME_PERSON,
    ON_MY_AGENDAS,
    ROLES,
    SEES_EVERYONE,
    SHARED_WITH_WSP,
    WINDOW_HOLDS_TODAY,
    WSP_WINDOWS,
    Command,
    Ownership,
    TableRights,
    follows_young_person,
    minuted,
    parent_visible,
    staff_of,
    table,
    young_person_visible,
)

__all__ = ["RIGHTS"]

EVERYONE = dict.fromkeys(ROLES, ALL)
COORDINATOR = {"coordinator": ALL}
WSP_DESK = {"coordinator": ALL, "wsp": ALL}

# Everyone who registers and follows young people; WSP and the minute taker read them only.
_YP_WRITE = {"coordinator": ALL, "municipality": ALL, "school": f"school_id = {ME_ORG}"}
# Who keeps school leavers in view: who registers and follows young people (the Doorstroompunt, schools).
_YP_WRITERS = ("coordinator", "municipality", "school")
_YP_FOLLOW_UP = follows_young_person("young_person_id", _YP_WRITERS)
# Who moves proposals along, places and follows up: whoever sees the young person.
_PIPELINE = follows_young_person("young_person_id")
# Mentors, coaches and matching events: whoever works with young people outside the session itself — schools
# (their Junior Praktijkopleiders and peer coaches), the municipality (job coaches), WSP (business mentors from
# employers, speed dates) and the coordinator; the minute taker reads what its sessions need.
_SUPPORTERS = ("coordinator", "municipality", "school", "wsp")
_SUPPORT_DESK = dict.fromkeys(_SUPPORTERS, ALL)
_SUPPORT = follows_young_person("young_person_id", _SUPPORTERS)
# A row that may be about a young person (an event's invitee, an amendment): when it is, it goes with them.
_MAYBE_ABOUT_SOMEONE = {
    role: ALL
    if role in SEES_EVERYONE
    else f"young_person_id IS NULL OR {young_person_visible('young_person_id', role)}"
    for role in ROLES
}
_STAFF = {"coordinator": ALL, **{role: staff_of("meeting_id") for role in ROLES if role != "coordinator"}}
_CASE_OF_MEETING = (
    "case_id IS NULL OR EXISTS (SELECT 1 FROM public.cases k "
    "WHERE k.id = case_id AND k.meeting_id = agreements.meeting_id)"
)
# What was agreed about a young person goes with that young person (also for the agreement's owner: an action
# about someone the owner may not see is itself a sharing without consent).
_AGREEMENT_SEEN = "case_id IS NULL OR EXISTS (SELECT 1 FROM public.cases k WHERE k.id = case_id)"
# A proposal step may change its vacancy's status (filled / open again), nothing else of the vacancy.
_VACANCY_OF_A_PROPOSAL = "EXISTS (SELECT 1 FROM public.proposals p WHERE p.vacancy_id = vacancies.id)"
_VACANCY_STATUS = ("status", "updated_at", "updated_by", "version")

RIGHTS: tuple[TableRights, ...] = (
    # -- person-level: rows about one young person -------------------------------------------------------
    table(
        "young_people",
        person_level=True,
        select={
            "coordinator": ALL,
            "municipality": ALL,
            "school": f"school_id = {ME_ORG}",
            "wsp": f"id IN {SHARED_WITH_WSP}",
            "minute_taker": f"id IN {ON_MY_AGENDAS}",
        },
        insert=_YP_WRITE,
        update=_YP_WRITE,
        why="the young person: a school sees its own, WSP the consented, the minute taker those on its agendas",
    ),
    table(
        "consents",
        person_level=True,
        select=follows_young_person("young_person_id"),
        insert=follows_young_person("young_person_id", ("coordinator", "municipality", "school")),
        update=follows_young_person("young_person_id", ("coordinator", "municipality", "school")),
        fixed=("young_person_id",),
        why="consent decides what WSP sees: WSP and the minute taker never write it",
    ),
    table(
        "cases",
        person_level=True,
        select={**follows_young_person("young_person_id"), "minute_taker": minuted("meeting_id")},
        # Not the minute taker: a case widens what the minute taker sees (and its policy would recurse).
        insert=follows_young_person("young_person_id", ("coordinator", "municipality", "school")),
        update={
            **follows_young_person("young_person_id", ("coordinator", "municipality", "school")),
            "minute_taker": minuted("meeting_id"),
        },
        delete={
            **follows_young_person("young_person_id", ("coordinator", "municipality", "school")),
            "minute_taker": minuted("meeting_id"),
        },
        fixed=("meeting_id", "young_person_id"),
        why="notes and situation of one young person at one session; others see code and initials (agenda_cases)",
    ),
    table(
        "agreements",
        person_level=True,
        select={role: ALL if role in SEES_EVERYONE else _AGREEMENT_SEEN for role in ROLES},
        insert={role: ALL if role in SEES_EVERYONE else _CASE_OF_MEETING for role in ROLES},
        update=Command(
            rows={role: ALL if role in SEES_EVERYONE else _AGREEMENT_SEEN for role in ROLES},
            check={role: ALL if role in SEES_EVERYONE else _CASE_OF_MEETING for role in ROLES},
        ),
        delete={role: ALL if role in SEES_EVERYONE else _CASE_OF_MEETING for role in ROLES},
        fixed=("meeting_id", "case_id"),
        why="what was agreed about a case: with the case's young person",
    ),
    table(
        "agreement_reviews",
        person_level=True,
        select=parent_visible("agreements", "agreement_id"),
        insert={
            "coordinator": ALL,
            **{
                role: f"{staff_of('meeting_id')} AND EXISTS (SELECT 1 FROM public.agreements a WHERE a.id = agreement_id)"
                for role in ROLES
                if role != "coordinator"
            },
        },
        update={
            "coordinator": ALL,
            **{
                role: f"{staff_of('meeting_id')} AND EXISTS (SELECT 1 FROM public.agreements a WHERE a.id = agreement_id)"
                for role in ROLES
                if role != "coordinator"
            },
        },
        fixed=("meeting_id", "agreement_id"),
        why="a session's decision on an agreement: with the agreement",
    ),
    table(
        "proposals",
        person_level=True,
        select=follows_young_person("young_person_id"),
        insert=_PIPELINE,
        update=_PIPELINE,
        delete=_PIPELINE,
        fixed=("young_person_id", "vacancy_id", "case_id"),
        why="a young person put forward for a vacancy",
    ),
    table(
        "proposal_steps",
        person_level=True,
        select=parent_visible("proposals", "proposal_id"),
        insert=parent_visible("proposals", "proposal_id"),
        update=COORDINATOR,  # a step is never changed; only anonymising blanks its note
        delete=parent_visible("proposals", "proposal_id"),  # with its proposal (undo of a proposal)
        fixed=("proposal_id",),
        why="a proposal's history: who, when, why",
    ),
    table(
        "placements",
        person_level=True,
        select=follows_young_person("young_person_id"),
        insert=_PIPELINE,
        update=_PIPELINE,
        fixed=("young_person_id", "proposal_id"),
        why="a young person's job or trial placement",
    ),
    table(
        "nazorg_checkpoints",
        person_level=True,
        select=parent_visible("placements", "placement_id"),
        insert=parent_visible("placements", "placement_id"),
        update=parent_visible("placements", "placement_id"),
        delete=parent_visible("placements", "placement_id"),  # calls planned again after a trial
        fixed=("placement_id",),
        why="follow-up calls after a placement",
    ),
    table(
        "school_leavers",
        person_level=True,
        select=follows_young_person("young_person_id"),
        insert=_YP_FOLLOW_UP,
        update=_YP_FOLLOW_UP,
        fixed=("young_person_id",),
        why="a young person's leaving of school and who keeps contact (recorded with the young person's exit)",
    ),
    table(
        "contact_moments",
        person_level=True,
        select=parent_visible("school_leavers", "leaver_id"),
        insert=parent_visible("school_leavers", "leaver_id", _YP_WRITERS),
        update=parent_visible("school_leavers", "leaver_id", _YP_WRITERS),
        delete=parent_visible("school_leavers", "leaver_id", _YP_WRITERS),  # a second leaving replaces them
        fixed=("leaver_id",),
        why="contacts after leaving school: what the leaver does, how good the job is",
    ),
    # -- around the table (issue 19a): mentoring links and what happens at matching events ------------------
    table(
        "mentoring_links",
        person_level=True,
        select=follows_young_person("young_person_id"),
        insert=_SUPPORT,
        update=_SUPPORT,
        delete=_SUPPORT,  # undo of a link just proposed
        fixed=("young_person_id", "supporter_id", "case_id", "event_id"),
        why="a young person and a mentor or coach: who is linked to whom says something about the young person",
    ),
    table(
        "mentoring_link_steps",
        person_level=True,
        select=parent_visible("mentoring_links", "link_id"),
        insert=parent_visible("mentoring_links", "link_id", _SUPPORTERS),
        update=COORDINATOR,  # a step is never changed; only anonymising blanks its note
        delete=parent_visible("mentoring_links", "link_id", _SUPPORTERS),  # with its link (undo)
        fixed=("link_id",),
        why="a link's history: who, when, why",
    ),
    table(
        "event_invitations",
        person_level=True,
        select=_MAYBE_ABOUT_SOMEONE,
        insert={role: _MAYBE_ABOUT_SOMEONE[role] for role in _SUPPORTERS},
        update={role: _MAYBE_ABOUT_SOMEONE[role] for role in _SUPPORTERS},
        delete={role: _MAYBE_ABOUT_SOMEONE[role] for role in _SUPPORTERS},  # an invitation taken back
        fixed=("event_id", "young_person_id", "supporter_id", "employer_id"),
        # A supporter's or employer's invitation is changed by who invited them and the event's organiser.
        owned=Ownership(unless="young_person_id", parent=("matching_events", "event_id")),
        why="who is invited to an event and came: a young person's invitation goes with the young person",
    ),
    table(
        "event_contacts",
        person_level=True,
        select=follows_young_person("young_person_id"),
        insert=_SUPPORT,
        update=_SUPPORT,
        delete=_SUPPORT,
        fixed=("event_id", "young_person_id", "supporter_id", "employer_id"),
        why="a young person met an employer or a supporter at an event",
    ),
    table(
        WSP_WINDOWS,
        person_level=True,
        select={"coordinator": ALL, "wsp": WINDOW_HOLDS_TODAY},
        why="when a young person's consent shares them with WSP (kept by the server from consents)",
    ),
    table(
        "erasures",
        person_level=True,
        select=COORDINATOR,
        insert=COORDINATOR,
        why="which young person (by id, never a name) was erased when, so a restored backup erases again",
    ),
    table(
        "audit_events",
        person_level=True,
        select=COORDINATOR,
        insert={
            role: ALL
            if role in SEES_EVERYONE
            else f"young_person_id IS NULL OR {young_person_visible('young_person_id', role)}"
            for role in ROLES
        },
        why="who did what about whom: written by all (actor and time by the server), read by the coordinator",
    ),
    # -- a session: shared by everyone at the table, written by its chair, minute taker and the coordinator
    table(
        "meetings",
        person_level=False,
        select=EVERYONE,
        insert=COORDINATOR,  # who takes the minutes decides who sees what: planned by the coordinator
        update=Command(
            rows={
                "coordinator": ALL,
                **{r: f"{ME_PERSON} IN (chair_id, minute_taker_id)" for r in ROLES if r != "coordinator"},
            },
            columns={
                role: (
                    "title",
                    "duration_minutes",
                    "place",
                    "status",
                    "closed_at",
                    "locked_at",
                    "locked_by",
                    "notes",
                    "updated_at",
                    "updated_by",
                    "version",
                )
                for role in ROLES
                if role != "coordinator"
            },
        ),
        why="date, place, chair and minute taker of a session; no young person in it",
    ),
    table(
        "attendances",
        person_level=False,
        select=EVERYONE,
        insert=_STAFF,
        update=_STAFF,
        delete=_STAFF,
        fixed=("meeting_id", "person_id"),
        why="which staff member came to a session",
    ),
    table(
        "amendments",
        person_level=True,
        select=_MAYBE_ABOUT_SOMEONE,  # one about a young person (an agreement's words) goes with that young person
        insert={role: f"({_STAFF[role]}) AND ({_MAYBE_ABOUT_SOMEONE[role]})" for role in _STAFF},
        update=Command(
            rows=COORDINATOR, columns={"coordinator": ("subject",)}
        ),  # anonymising blanks the words
        why="changes after locking: who, when, what was done to what, about whom; never changed but anonymised",
    ),
    # -- shared registers ------------------------------------------------------------------------------------
    table(
        "vacancies",
        person_level=False,
        select=EVERYONE,
        insert=WSP_DESK,
        update=Command(
            rows={**WSP_DESK, **{r: _VACANCY_OF_A_PROPOSAL for r in ROLES if r not in WSP_DESK}},
            columns={r: _VACANCY_STATUS for r in ROLES if r not in WSP_DESK},
        ),
        why="open places, kept by WSP",
    ),
    table(
        "employers", person_level=False, select=EVERYONE, insert=WSP_DESK, update=WSP_DESK, why="employers"
    ),
    table(
        "supporters",
        person_level=False,
        select=EVERYONE,  # they own agreements in everyone's minutes and are suggested to every young person
        insert=_SUPPORT_DESK,
        update=_SUPPORT_DESK,  # the coordinator anonymises (retention, erasure on request)
        owned=Ownership(),  # WSP's business mentors are WSP's to change, a school's JPOs the school's
        why="mentors and coaches: their work contact and what they offer, no young person in it",
    ),
    table(
        "matching_events",
        person_level=False,
        select=EVERYONE,
        insert=_SUPPORT_DESK,
        update=_SUPPORT_DESK,
        owned=Ownership(),  # the organisation that plans it changes, moves and archives it
        why="speed dates, open days, workshops: title, date, place, organiser; who came is in its invitations",
    ),
    table(
        "organisations",
        person_level=False,
        select=EVERYONE,
        insert=COORDINATOR,
        update=COORDINATOR,
        why="who sits at the table",
    ),
    table("people", person_level=False, select=EVERYONE, insert=COORDINATOR, update=COORDINATOR, why="staff"),
    table("organisation_kinds", person_level=False, select=EVERYONE, why="reference data"),
    table("app_meta", person_level=False, select=EVERYONE, why="facts about the database"),
    table("alembic_version", person_level=False, select=EVERYONE, why="the schema's version"),
    table(
        "db_accounts",
        person_level=False,
        select=dict.fromkeys(ROLES, "login = session_user"),
        why="login -> person, organisation, role: each login reads its own row only",
    ),
)
