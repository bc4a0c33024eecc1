"""Mentors, coaches and matching events through the app itself, as each role on a shared server: honest work
goes through for who may do it (register a supporter, plan an event, invite, record a contact, propose and undo a
link), the minute taker reads only, another school's young people stay out of every list, and a supporter's
capacity is the region's (links the login cannot see count too)."""

from __future__ import annotations

import pytest

from matchtafel.domain.access import may, may_write
from matchtafel.domain.errors import NotAllowed, NotFound, ValidationError
from matchtafel.domain.vocabulary import AttendanceStatus
from matchtafel.services.events import EMPLOYER, SUPPORTER, YOUNG
from tests.conftest import PG_URL
from tests.security.conftest import ACTIVE, LOGINS, PEOPLE, VISIBLE, Region
from tests.security.test_app_as_roles import app_as

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs MATCHTAFEL_TEST_PG_URL (CI starts a server)")

WRITERS = ("coordinator", "school_a", "school_b", "wsp", "municipality")


@pytest.mark.parametrize("login", LOGINS)
def test_each_role_sees_the_supporters_and_the_events_and_only_its_own_young_people_around_them(
    region: Region, login: str
) -> None:
    seen = {region.young[name] for name in ACTIVE if name in VISIBLE[login]}
    with app_as(region, login) as app:
        supporter = app.supporters.get(region.supporter)
        assert supporter.name == "Henk Wolters"
        assert supporter.taken == len(ACTIVE)  # the region's links, also those of young people not seen
        assert {link.young_person_id for link in app.mentoring.links()} == seen
        assert {link.young_person_id for link in app.mentoring.links(supporter_id=region.supporter)} == seen
        invitations = app.events.invitations(region.event)
        assert {i.invitee_id for i in invitations if i.invitee == YOUNG} == seen
        assert {i.invitee for i in invitations} - {YOUNG} == {SUPPORTER, EMPLOYER}
        assert "…" not in {i.label for i in invitations}  # no row of someone hidden, not even as a dot
        assert {c.young_person_id for c in app.events.contacts(region.event)} == seen
        outcome = app.event_outcome.outcome(region.event)
        assert outcome.contacts == len(seen)  # what came of the event, as far as the login may know
        for name in ACTIVE:
            if name not in VISIBLE[login]:
                assert app.mentoring.links(young_person_id=region.young[name]) == []


@pytest.mark.parametrize("login", WRITERS)
def test_who_works_with_young_people_registers_supporters_plans_events_invites_and_links(
    fresh_region: Region, login: str
) -> None:
    from tests.services.support_helpers import make_event, make_supporter

    own = next(region_name for region_name in ACTIVE if region_name in VISIBLE[login])
    young = fresh_region.young[own]
    assert may_write(LOGINS[login], "supporters")
    with app_as(fresh_region, login) as app:
        supporter = make_supporter(app, "Jaap Peters", capacity=3)
        event = make_event(app, "Open dag Bouw")
        invitation = app.events.invite(event.id, YOUNG, young)
        app.events.invite(event.id, SUPPORTER, supporter.id)
        app.events.set_attendance(invitation.id, AttendanceStatus.PRESENT)
        contact = app.events.add_contact(event.id, young, supporter_id=supporter.id, note="Klik")
        link = app.mentoring.propose(young, supporter.id, event_id=event.id, note="Na de open dag")
        assert app.supporters.get(supporter.id).taken == 1
        assert [row.id for row in app.mentoring.links(event_id=event.id)] == [link.id]
        timeline = app.mentoring.timeline(link.id)
        person, organisation = PEOPLE[login]
        assert [step.by for step in timeline] == [f"{person} ({organisation})"]  # signed by the server
        app.mentoring.retract(link.id)
        app.events.remove_contact(contact.id)
        app.events.uninvite(invitation.id)
        assert [i.invitee for i in app.events.invitations(event.id)] == [SUPPORTER]
        assert app.events.contacts(event.id) == []
        assert app.mentoring.links(event_id=event.id) == []


def test_a_school_cannot_link_invite_or_record_a_contact_for_another_schools_young_person(
    fresh_region: Region,
) -> None:
    other = fresh_region.young["b1"]
    with app_as(fresh_region, "school_a") as app:
        with pytest.raises(NotFound):
            app.mentoring.propose(other, fresh_region.supporter)
        with pytest.raises(NotFound):
            app.events.invite(fresh_region.event, YOUNG, other)
        with pytest.raises(NotFound):
            app.events.add_contact(fresh_region.event, other, supporter_id=fresh_region.supporter)
        with pytest.raises(NotFound):
            app.support_matching.for_young_person(other)
        codes = {s.code for s in app.support_matching.for_supporter(fresh_region.supporter, limit=50)}
        assert codes <= {app.young_people.get(fresh_region.young[n]).code for n in ("a1", "a2")}


def test_the_minute_taker_reads_supporters_and_events_and_writes_none_of_them(fresh_region: Region) -> None:
    from tests.services.support_helpers import make_event, make_supporter

    assert not may_write("minute_taker", "supporters")
    assert not may("minute_taker", "mentoring_links", "insert")
    on_agenda = fresh_region.young["a1"]
    with app_as(fresh_region, "coordinator") as app:
        free = make_supporter(app, "Vrije Mentor").id  # a1 is not linked to this one yet
        later = make_event(app, "Later event").id  # nor invited to this one
    with app_as(fresh_region, "minute_taker") as app:
        assert app.supporters.get(fresh_region.supporter).name == "Henk Wolters"
        with pytest.raises(NotAllowed, match="does not allow this"):
            make_supporter(app, "Niet Toegestaan")
        with pytest.raises(NotAllowed, match="does not allow this"):
            make_event(app, "Eigen event")
        with pytest.raises(NotAllowed, match="does not allow this"):
            app.mentoring.propose(on_agenda, free)
        with pytest.raises(NotAllowed, match="does not allow this"):
            app.events.invite(later, YOUNG, on_agenda)
        invitation = next(i for i in app.events.invitations(fresh_region.event) if i.invitee_id == on_agenda)
        with pytest.raises(NotAllowed, match="does not allow this"):
            app.events.set_attendance(invitation.id, AttendanceStatus.ABSENT)
    with app_as(fresh_region, "coordinator") as app:
        assert {i.attendance for i in app.events.invitations(fresh_region.event)} == {
            AttendanceStatus.INVITED
        }


def test_a_supporters_capacity_counts_the_links_another_school_made(fresh_region: Region) -> None:
    from dataclasses import fields

    from matchtafel.services.supporters import SupporterInput

    with app_as(fresh_region, "coordinator") as app:
        row = app.supporters.get(fresh_region.supporter)
        data = {f.name: getattr(row, f.name) for f in fields(SupporterInput)}
        app.supporters.change(row.id, row.version, SupporterInput(**{**data, "capacity": len(ACTIVE)}))
    with app_as(fresh_region, "school_a") as app:
        from matchtafel.services.young_people import YoungPersonInput

        new = app.young_people.create(
            YoungPersonInput(
                given_name="Nieuw", family_name="Leerling", school_id=fresh_region.organisations["school_a"]
            )
        )
        assert len(app.mentoring.links(supporter_id=fresh_region.supporter)) == 2  # a1 and a2 seen
        with pytest.raises(ValidationError, match="has no room"):
            app.mentoring.propose(new.id, fresh_region.supporter)


def test_erasing_a_young_person_and_a_supporter_reaches_their_links_and_contacts(
    fresh_region: Region,
) -> None:
    young = fresh_region.young["b1"]
    with app_as(fresh_region, "coordinator") as app:
        app.retention.erase(young, "op verzoek van de jongere")
        link = app.mentoring.links(young_person_id=young)[0]
        assert {step.note for step in app.mentoring.timeline(link.id)} == {""}
        assert {c.note for c in app.events.contacts(fresh_region.event) if c.young_person_id == young} == {""}
        app.supporters.erase(fresh_region.supporter, "op verzoek van de mentor")
        assert app.supporters.get(fresh_region.supporter).name.startswith("S-")
