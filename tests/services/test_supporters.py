"""Supporters and mentoring links: the register, the link's steps and history, consent, capacity, ownership of
agreements, the agenda, and the rights of both sides."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matchtafel.clock import FixedClock
from matchtafel.domain.errors import UserError, ValidationError
from matchtafel.domain.vocabulary import LinkEndReason, LinkStatus, SupporterKind
from matchtafel.models import AuditEvent
from matchtafel.services import Services
from matchtafel.services.meetings import MeetingInput
from matchtafel.services.supporters import SupporterInput
from tests.conftest import NOW
from tests.services.helpers import give_consent, make_basics, make_young_person
from tests.services.support_helpers import make_supporter


def test_a_supporter_is_registered_with_kind_capacity_and_wishes(services: Services) -> None:
    supporter = make_supporter(services, kind=SupporterKind.JUNIOR_TRAINER, capacity=3)
    assert supporter.kind == SupporterKind.JUNIOR_TRAINER
    assert (supporter.capacity, supporter.taken) == (3, 0)
    assert supporter.wishes == ["network", "applying"]
    assert [r.name for r in services.supporters.rows()] == ["Henk Wolters"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": " "}, "name"),
        ({"kind": None}, "kind"),
        ({"capacity": -1}, "capacity"),
        ({"wishes": ["gardening"]}, "wishes"),
        ({"email": "henk at wolters"}, "email"),
    ],
)
def test_a_supporter_with_bad_input_is_refused_by_field(
    services: Services, change: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {"name": "Henk", "kind": SupporterKind.JOB_COACH, **change}
    with pytest.raises(ValidationError) as caught:
        services.supporters.create(SupporterInput(**values))  # type: ignore[arg-type]
    assert field in {p.field for p in caught.value.problems}
    assert services.supporters.rows() == []


def test_a_link_moves_proposed_introduced_active_ended_with_history(
    services: Services, clock: FixedClock
) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    give_consent(services, young.id, scope_supporter=True)
    supporter = make_supporter(services)
    link = services.mentoring.propose(young.id, supporter.id, note="Past bij zijn wens")
    assert link.status == LinkStatus.PROPOSED
    assert services.supporters.get(supporter.id).taken == 1
    link = services.mentoring.step(link.id, link.version, LinkStatus.INTRODUCED)
    clock.advance(timedelta(days=3))
    link = services.mentoring.step(link.id, link.version, LinkStatus.ACTIVE)
    assert link.started_on == clock.today()
    link = services.mentoring.step(
        link.id, link.version, LinkStatus.ENDED, reason=LinkEndReason.COMPLETED, note="Werk gevonden"
    )
    assert (link.status, link.end_reason, link.ended_on) == (
        LinkStatus.ENDED,
        LinkEndReason.COMPLETED,
        clock.today(),
    )
    steps = services.mentoring.timeline(link.id)
    assert [s.status for s in steps] == [
        LinkStatus.PROPOSED,
        LinkStatus.INTRODUCED,
        LinkStatus.ACTIVE,
        LinkStatus.ENDED,
    ]
    assert steps[0].note == "Past bij zijn wens" and steps[-1].end_reason == LinkEndReason.COMPLETED
    assert all(s.by.startswith("Test Gebruiker") for s in steps)
    assert services.supporters.get(supporter.id).taken == 0  # an ended link frees the place


def test_a_jump_the_steps_do_not_allow_is_refused_and_ending_needs_a_reason(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    link = services.mentoring.propose(young.id, make_supporter(services).id)
    with pytest.raises(ValidationError, match="can go to: introduced, ended"):
        services.mentoring.step(link.id, link.version, LinkStatus.ACTIVE)
    with pytest.raises(ValidationError, match="why the link ends"):
        services.mentoring.step(link.id, link.version, LinkStatus.ENDED)
    ended = services.mentoring.step(link.id, link.version, LinkStatus.ENDED, reason=LinkEndReason.NO_CLICK)
    with pytest.raises(ValidationError, match="has ended"):
        services.mentoring.step(ended.id, ended.version, LinkStatus.INTRODUCED)
    with pytest.raises(UserError, match="Someone else moved this link"):
        services.mentoring.step(link.id, link.version, LinkStatus.ENDED, reason=LinkEndReason.OTHER)


def test_introducing_needs_the_consent_to_share_with_a_mentor_or_coach(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)  # consent for table, WSP and employers, not for supporters
    link = services.mentoring.propose(young.id, make_supporter(services).id)
    with pytest.raises(ValidationError, match="sharing with a mentor or coach"):
        services.mentoring.step(link.id, link.version, LinkStatus.INTRODUCED)
    introduction = services.mentoring.introduction(link.id)
    assert (introduction.code, introduction.initials, introduction.shared) == (young.code, "Z.B.", False)
    assert introduction.given_name == "" and introduction.programme_name == ""
    give_consent(services, young.id, scope_supporter=True)
    services.mentoring.step(link.id, link.version, LinkStatus.INTRODUCED)
    shared = services.mentoring.introduction(link.id)
    assert shared.shared and shared.given_name == "Zoë"
    with services.supporters._sessions() as s:
        actions = [
            e.action for e in s.query(AuditEvent).filter_by(entity="mentoring_link", young_person_id=young.id)
        ]
    assert actions.count("share") == 1  # only the shared profile is a disclosure


def test_capacity_and_double_links_are_refused(services: Services) -> None:
    basics = make_basics(services)
    supporter = make_supporter(services, capacity=1)
    first = make_young_person(services, basics, "Ali", "Yilmaz")
    second = make_young_person(services, basics, "Bo", "de Vries")
    services.mentoring.propose(first.id, supporter.id)
    with pytest.raises(ValidationError, match="already linked"):
        services.mentoring.propose(first.id, supporter.id)
    with pytest.raises(ValidationError, match="no room: 1 of 1"):
        services.mentoring.propose(second.id, supporter.id)
    services.supporters.archive(supporter.id, services.supporters.get(supporter.id).version)
    with pytest.raises(ValidationError, match="archived"):
        services.mentoring.propose(second.id, supporter.id)


def test_undo_of_a_proposed_link_only_while_nothing_happened(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    give_consent(services, young.id, scope_supporter=True)
    supporter = make_supporter(services)
    link = services.mentoring.propose(young.id, supporter.id)
    services.mentoring.retract(link.id)
    assert services.mentoring.links() == []
    link = services.mentoring.propose(young.id, supporter.id)
    services.mentoring.step(link.id, link.version, LinkStatus.INTRODUCED)
    with pytest.raises(ValidationError, match="moved on"):
        services.mentoring.retract(link.id)


def test_a_supporter_owns_an_agreement_shown_in_minutes_review_and_export(services: Services) -> None:
    basics = make_basics(services)
    supporter = make_supporter(services)
    first = services.meetings.create(MeetingInput(starts_at=NOW - timedelta(days=28), place="Doetinchem"))
    second = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=1), place="Doetinchem"))
    services.agenda.add_agreement(
        first.id, action="Bedrijfsbezoek regelen", owner_id=None, supporter_id=supporter.id, deadline=None
    )
    with pytest.raises(ValidationError, match="one owner"):
        services.agenda.add_agreement(
            first.id,
            action="Twee eigenaren",
            owner_id=basics.coach.id,
            supporter_id=supporter.id,
            deadline=None,
        )
    assert [i.owner_name for i in services.review.items(second.id)] == ["Henk Wolters"]
    actions = services.minutes.minutes(first.id, force=True).actions()  # planned: on request
    assert [(a.owner, a.organisation) for a in actions] == [("Henk Wolters", "Installatiebedrijf Wolters")]
    _headers, rows = services.exports.table("afspraken")
    assert rows[0][4] == "Henk Wolters"
    view = services.session_view.view(second.id)
    assert (supporter.id, "Henk Wolters", "business_mentor") in view.supporters


def test_a_link_that_ended_early_puts_the_young_person_on_the_next_agenda(
    services: Services, clock: FixedClock
) -> None:
    basics = make_basics(services)
    early = make_young_person(services, basics, "Ali", "Yilmaz")
    completed = make_young_person(services, basics, "Bo", "de Vries")
    supporter = make_supporter(services, capacity=None)
    services.meetings.create(MeetingInput(starts_at=NOW - timedelta(days=20), place="Doetinchem"))
    upcoming = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=8), place="Doetinchem"))
    for young, reason in ((early, LinkEndReason.SUPPORTER_STOPPED), (completed, LinkEndReason.COMPLETED)):
        link = services.mentoring.propose(young.id, supporter.id)
        services.mentoring.step(link.id, link.version, LinkStatus.ENDED, reason=reason)
    proposal = services.agenda.propose(upcoming.id)
    reasons = {c.code: c.reasons for c in proposal.cases}
    assert reasons.get(early.code) == ("a mentoring link ended early since the last session",)
    assert completed.code not in reasons


def test_erasing_a_supporter_keeps_links_and_counts_without_the_name(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    services.mentoring.propose(young.id, supporter.id)
    with pytest.raises(ValidationError):
        services.supporters.erase(supporter.id, " ")
    services.supporters.erase(supporter.id, "verzoek van de mentor")
    erased = services.supporters.get(supporter.id)
    assert erased.name == f"S-{supporter.id:06d}" and erased.email == erased.organisation == ""
    assert erased.archived and erased.kind == SupporterKind.BUSINESS_MENTOR
    assert [link.supporter_name for link in services.mentoring.links()] == [erased.name]


def test_a_supporters_inzage_shows_young_people_by_code_only(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    services.mentoring.propose(young.id, supporter.id)
    record = services.supporters.subject_access(supporter.id)
    assert record["supporter"]["name"] == "Henk Wolters"
    assert record["links"][0]["young_person"] == young.code
    assert "Zoë" not in repr(record) and "Berg" not in repr(record)


def test_the_young_persons_inzage_and_erasure_cover_links_and_events(services: Services) -> None:
    from tests.services.support_helpers import make_event

    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    link = services.mentoring.propose(young.id, supporter.id, note="Zoë wil graag techniek")
    event = make_event(services)
    services.events.invite(event.id, "young_person", young.id)
    services.events.add_contact(
        event.id, young.id, employer_id=basics.employer.id, note="Zoë sprak de bakker"
    )
    record = services.retention.subject_access(young.id)
    assert record["mentoring_links"][0]["supporter"] == "Henk Wolters"
    assert record["mentoring_links"][0]["steps"][0]["note"] == "Zoë wil graag techniek"
    assert record["events"][0]["event"] == "Speeddate Techniek"
    assert record["event_contacts"][0]["with"] == "Bakkerij Ter Horst"
    services.retention.erase(young.id, "verzoek van de jongere")
    assert services.mentoring.timeline(link.id)[0].note == ""
    assert services.events.contacts(event.id)[0].note == ""
    assert services.events.contacts(event.id)[0].young_label.startswith("X-")


def test_an_open_link_keeps_a_young_person_from_retention(services: Services, clock: FixedClock) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    services.mentoring.propose(young.id, supporter.id)
    later = clock.today() + timedelta(days=800)
    assert services.retention.preview(24, later) == []
    link = services.mentoring.links()[0]
    services.mentoring.step(link.id, link.version, LinkStatus.ENDED, reason=LinkEndReason.NO_CONTACT)
    assert [c.code for c in services.retention.preview(24, later)] == [young.code]


def test_an_archived_supporter_is_anonymised_after_the_retention_period(
    services: Services, clock: FixedClock
) -> None:
    supporter = make_supporter(services)
    services.supporters.archive(supporter.id, supporter.version)
    assert services.retention.supporters_due(24) == []
    later = clock.today() + timedelta(days=24 * 31)
    assert [d.supporter_id for d in services.retention.supporters_due(24, later)] == [supporter.id]
    assert services.retention.purge_due(24, later) == 1
    assert services.supporters.get(supporter.id).name.startswith("S-")
    assert services.retention.supporters_due(24, later) == []


def test_writes_are_in_the_audit_log(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    link = services.mentoring.propose(young.id, supporter.id)
    services.mentoring.step(link.id, link.version, LinkStatus.ENDED, reason=LinkEndReason.OTHER)
    with services.supporters._sessions() as s:
        events = [(e.action, e.entity) for e in s.query(AuditEvent).order_by(AuditEvent.id)]
    assert ("create", "supporter") in events
    assert ("create", "mentoring_link") in events and ("step", "mentoring_link") in events
