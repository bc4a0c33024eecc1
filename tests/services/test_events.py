"""Matching events: the calendar, invitations and attendance, contacts and proposals made there, the review and
the agenda, the calendar file, and the pseudonymous invitation list."""

from __future__ import annotations

import csv
import io
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from matchtafel.domain.errors import NotFound, ValidationError
from matchtafel.domain.vocabulary import AttendanceStatus, EventKind, LinkStatus, ProposalStatus
from matchtafel.io.calendar import calendar_ics
from matchtafel.services import Services
from matchtafel.services.events import EventInput
from matchtafel.services.meetings import MeetingInput
from tests.conftest import NOW
from tests.services.helpers import make_basics, make_vacancy, make_young_person
from tests.services.support_helpers import make_event, make_supporter


def test_an_event_is_planned_with_date_time_and_kind(services: Services) -> None:
    event = make_event(services, in_days=10)
    assert event.starts_at == datetime.combine(NOW.date() + timedelta(days=10), time(14, 30))
    assert (event.kind, event.duration_minutes, event.invited) == (EventKind.SPEED_DATE, 90, 0)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": ""}, "title"),
        ({"kind": None}, "kind"),
        ({"day": None}, "day"),
        ({"start_time": "half drie"}, "start_time"),
        ({"start_time": "25:00"}, "start_time"),
        ({"duration_minutes": 5}, "duration_minutes"),
    ],
)
def test_an_event_with_bad_input_is_refused_by_field(
    services: Services, change: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {
        "title": "Open dag",
        "kind": EventKind.OPEN_DAY,
        "day": NOW.date(),
        "start_time": "10:00",
        **change,
    }
    with pytest.raises(ValidationError) as caught:
        services.events.create(EventInput(**values))  # type: ignore[arg-type]
    assert field in {p.field for p in caught.value.problems}


def test_invitations_attendance_and_what_came_of_it(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    event = make_event(services)
    invited_young = services.events.invite(event.id, "young_person", young.id)
    services.events.invite(event.id, "supporter", supporter.id)
    services.events.invite(event.id, "employer", basics.employer.id)
    with pytest.raises(ValidationError, match="Already invited"):
        services.events.invite(event.id, "young_person", young.id)
    assert invited_young.label == f"{young.code} Z.B."  # code and initials, never the name
    services.events.set_attendance(invited_young.id, AttendanceStatus.PRESENT)
    services.events.add_contact(
        event.id, young.id, employer_id=basics.employer.id, note="Gesprek volgende week"
    )
    with pytest.raises(ValidationError, match="employer or the supporter"):
        services.events.add_contact(event.id, young.id)
    vacancy = make_vacancy(services, basics)
    proposal = services.proposals.propose(young.id, vacancy, event_id=event.id)
    link = services.mentoring.propose(young.id, supporter.id, event_id=event.id)
    outcome = services.event_outcome.outcome(event.id)
    assert outcome.invited == {"young_person": 1, "supporter": 1, "employer": 1}
    assert outcome.present == {"young_person": 1, "supporter": 0, "employer": 0}
    assert outcome.contacts == 1
    assert [(p.vacancy_title, p.status) for p in outcome.proposals] == [
        ("Medewerker bakkerij", ProposalStatus.PROPOSED)
    ]
    assert [(x.supporter_name, x.status) for x in outcome.links] == [("Henk Wolters", LinkStatus.PROPOSED)]
    row = services.events.get(event.id)
    assert (row.invited, row.present, row.contacts, row.proposals) == (3, 1, 1, 1)
    assert services.mentoring.link(link.id).event_title == "Speeddate Techniek"
    assert proposal.id in {p.id for p in services.pipeline.proposals()}
    services.events.uninvite(invited_young.id)
    assert [i.invitee for i in services.events.invitations(event.id)] == ["supporter", "employer"]


def test_a_proposal_from_an_unknown_event_is_refused(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    with pytest.raises(NotFound):
        services.proposals.propose(young.id, make_vacancy(services, basics), event_id=999)


def test_upcoming_events_in_the_review_and_invited_young_people_on_the_agenda(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    session = services.meetings.create(MeetingInput(starts_at=NOW + timedelta(days=2), place="Doetinchem"))
    soon = make_event(services, "Week van het Talent", in_days=20)
    make_event(services, "Ver weg", in_days=120)
    make_event(services, "Voorbij", in_days=-5)
    services.events.invite(soon.id, "young_person", young.id)
    view = services.session_view.view(session.id)
    assert [e.title for e in view.upcoming_events] == ["Week van het Talent"]
    assert view.upcoming_events[0].invited == 1
    proposal = services.agenda.propose(session.id)
    assert [e.title for e in proposal.events] == ["Week van het Talent"]
    assert {c.code: c.reasons for c in proposal.cases}[young.code] == (
        "invited to a matching event coming up",
    )
    assert [e.title for e in services.event_outcome.upcoming()] == ["Week van het Talent"]


def test_events_go_into_the_calendar_file_with_a_stable_uid(services: Services) -> None:
    event = make_event(services)
    events = services.calendar.events()
    mine = [e for e in events if e.uid == f"event-{event.id}@matchtafel"]
    assert len(mine) == 1 and mine[0].starts_at == event.starts_at and mine[0].minutes == 90
    ics = calendar_ics(events, name="Matchtafel", now=NOW).decode()
    assert "SUMMARY:Speeddate Techniek" in ics and "LOCATION:Doetinchem" in ics


def test_a_supporters_agreements_go_into_their_own_calendar(services: Services) -> None:
    supporter = make_supporter(services)
    meeting = services.meetings.create(MeetingInput(starts_at=NOW, place="Doetinchem"))
    services.agenda.add_agreement(
        meeting.id, action="Stage zoeken", owner_id=None, supporter_id=supporter.id, deadline=NOW.date()
    )
    mine = services.calendar.events(person="henk wolters")
    assert [e.title for e in mine if e.uid.startswith("agreement")] == ["Stage zoeken"]


def test_the_invitation_list_prints_code_and_initials_only(services: Services, tmp_path: Path) -> None:
    from matchtafel.reports.events import write_invitation_list

    basics = make_basics(services)
    young = make_young_person(services, basics)
    event = make_event(services)
    services.events.invite(event.id, "young_person", young.id)
    services.events.invite(event.id, "employer", basics.employer.id)
    data = services.event_outcome.invitation_list(event.id)
    assert data.young_people == [f"{young.code} Z.B."] and data.employers == ["Bakkerij Ter Horst"]
    out = tmp_path / "lijst.pdf"
    write_invitation_list(data, out)
    assert out.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert young.code in text and "Zoë" not in text and "Vertrouwelijk" in text


def test_exports_of_supporters_links_and_events(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    services.mentoring.propose(young.id, supporter.id)
    make_event(services)
    headers, rows = services.exports.table("ondersteuners")
    assert headers[:2] == ["naam", "soort"] and rows[0][0] == "Henk Wolters" and rows[0][6] == 1
    headers, rows = services.exports.table("koppelingen")
    assert rows[0][:3] == [young.code, "Z.B.", "Henk Wolters"]
    headers, rows = services.exports.table("evenementen")
    assert rows[0][0] == "Speeddate Techniek"


def test_exports_around_the_table_write_the_interfaces_words(services: Services, tmp_path: Path) -> None:
    """Kinds, wishes, a link's step and an event's kind in the export's language, never their codes."""
    from matchtafel.io.export import write_table

    basics = make_basics(services)
    young = make_young_person(services, basics)
    supporter = make_supporter(services)
    services.mentoring.propose(young.id, supporter.id)
    make_event(services)
    written = {}
    for kind in ("ondersteuners", "koppelingen", "evenementen"):
        headers, rows = services.exports.table(kind)
        for language in ("nl", "en"):
            out = tmp_path / f"{kind}_{language}.csv"
            write_table(out, headers, rows, language=language)
            written[kind, language] = out.read_text(encoding="utf-8-sig")

    def column(kind: str, language: str, heading: str) -> str:
        lines = list(csv.reader(io.StringIO(written[kind, language]), delimiter=";"))
        return lines[1][lines[0].index(heading)]

    assert column("ondersteuners", "nl", "soort") == "Bedrijfsmentor"
    assert column("ondersteuners", "nl", "wensen") == "Netwerk openen, Hulp bij solliciteren"
    assert column("ondersteuners", "en", "wensen") == "Open a network, Help with applying"
    assert column("koppelingen", "nl", "status") == "Voorgesteld"
    assert column("koppelingen", "en", "status") == "Proposed"
    assert column("evenementen", "nl", "soort") == "Speeddate"
    assert column("evenementen", "en", "soort") == "Speed date"
    everything = "".join(written.values())
    for code in ("business_mentor", ";network", ";proposed;", "speed_date"):
        assert code not in everything, code


def test_the_demo_shows_mentors_links_and_events_within_its_own_rules(db: object, services: Services) -> None:
    from collections import Counter

    from matchtafel.demo.region import generate_demo
    from matchtafel.domain.vocabulary import LinkEndReason, SupporterKind

    generate_demo(db.sessions, size="small", seed=5, clock=services.clock)  # type: ignore[attr-defined]
    supporters = services.supporters.rows()
    assert {s.kind for s in supporters} == set(SupporterKind)
    assert all(s.capacity is None or s.taken <= s.capacity for s in supporters)
    links = services.mentoring.links()
    assert {link.status for link in links} == set(LinkStatus)
    assert any(link.end_reason not in (None, LinkEndReason.COMPLETED) for link in links)
    assert any(link.event_title for link in links)
    open_pairs = Counter(
        (link.young_person_id, link.supporter_id) for link in links if link.status != LinkStatus.ENDED
    )
    assert max(open_pairs.values()) == 1
    events = services.events.rows()
    assert any(e.kind == EventKind.WEEK_OF_TALENT for e in events)
    assert any(e.starts_at < NOW and e.present and e.contacts and e.proposals for e in events)
    assert any(e.starts_at > NOW and e.invited for e in events)
    _headers, agreements = services.exports.table("afspraken")
    owners = {s.name for s in supporters}
    assert any(row[4] in owners for row in agreements)


def test_an_employer_at_an_event_or_providing_a_mentor_counts_as_engaged_partner(services: Services) -> None:
    from matchtafel.reports.period import CUSTOM, Period
    from matchtafel.services.employers import EmployerInput

    basics = make_basics(services)
    garage = services.employers.create(EmployerInput(name="Garage Wolters", place="Doetinchem"))
    services.employers.create(EmployerInput(name="Installatiebedrijf Wolters", place="Doetinchem"))
    period = Period(CUSTOM, NOW.date() - timedelta(days=30), NOW.date() + timedelta(days=30))
    before = services.monitoring.figures(period=period).engagement
    event = make_event(services, in_days=-2)
    invited = services.events.invite(event.id, "employer", garage.id)
    services.events.invite(event.id, "employer", basics.employer.id)  # invited, did not come: not counted
    assert services.monitoring.figures(period=period).engagement == before
    services.events.set_attendance(invited.id, AttendanceStatus.PRESENT)
    young = make_young_person(services, basics)
    services.mentoring.propose(
        young.id, make_supporter(services).id
    )  # organisation: Installatiebedrijf Wolters
    after = services.monitoring.figures(period=period).engagement
    assert after.employers == before.employers
    assert after.as_partner == before.as_partner + 2
    earlier = Period(CUSTOM, NOW.date() - timedelta(days=400), NOW.date() - timedelta(days=300))
    assert services.monitoring.figures(period=earlier).engagement.as_partner == 0


def test_mijn_afspraken_lists_the_events_the_young_person_is_invited_to(services: Services) -> None:
    basics = make_basics(services)
    young = make_young_person(services, basics)
    soon, past = (
        make_event(services, "Week van het Talent", in_days=5),
        make_event(services, "Voorbij", in_days=-3),
    )
    for event in (soon, past):
        services.events.invite(event.id, "young_person", young.id)
    page = services.my_page.page(young.id)
    assert [(e.title, e.starts_at, e.place) for e in page.events] == [
        ("Week van het Talent", soon.starts_at, "Doetinchem")
    ]


def test_the_kempen_demo_has_its_own_organiser_schools_and_places(db: object, services: Services) -> None:
    from matchtafel.demo.region import generate_demo
    from matchtafel.matching.places import gazetteer

    generate_demo(db.sessions, size="small", seed=5, region="kempen", clock=services.clock)  # type: ignore[attr-defined]
    assert {e.organiser for e in services.events.rows()} == {"VDAB Turnhout"}
    supporters = services.supporters.rows()
    assert all(s.organisation for s in supporters)
    assert {getattr(gazetteer().lookup(s.place), "country", None) for s in supporters} == {"BE"}
