"""The demo's supporters (mentors and coaches), their links with young people, and matching events.

Built after the session history with a random generator of its own, so the rest of the demo stays exactly
as it was for the same seed and date. Places and organisers come from the demo's own employers and
organisations, so the same code serves every region the demo knows.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from matchtafel.domain.vocabulary import (
    SECTORS,
    AgreementStatus,
    AttendanceStatus,
    EventKind,
    LinkEndReason,
    LinkStatus,
    MeetingStatus,
    ProposalStatus,
    SupporterKind,
    SupportWish,
    VacancyStatus,
)
from matchtafel.models import (
    Agreement,
    Case,
    Consent,
    EventContact,
    EventInvitation,
    LinkStep,
    MatchingEvent,
    Meeting,
    MentoringLink,
    Organisation,
    Proposal,
    ProposalStep,
    Supporter,
    Vacancy,
)

if TYPE_CHECKING:
    from matchtafel.demo.builder import DemoBuilder

KINDS = (
    (SupporterKind.BUSINESS_MENTOR, 50),
    (SupporterKind.PEER_COACH, 15),
    (SupporterKind.JUNIOR_TRAINER, 15),
    (SupporterKind.JOB_COACH, 10),
    (SupporterKind.JOBHUNTER, 10),
)
# (kind, title, days from today, hours): three behind us, three to come, the Week van het Talent among them
EVENTS = (
    (EventKind.SPEED_DATE, "Speeddate Zorg en Techniek", -40, 14),
    (EventKind.OPEN_DAY, "Open dag bij bouwbedrijven", -16, 10),
    (EventKind.WORKSHOP, "Workshop solliciteren met je mentor", -6, 15),
    (EventKind.WEEK_OF_TALENT, "Week van het Talent: bedrijfsbezoeken", 18, 9),
    (EventKind.REGIONAL_MEETING, "Regiobijeenkomst mentoren en jongeren", 32, 19),
    (EventKind.SPEED_DATE, "Speeddate Logistiek en Detailhandel", 61, 14),
)
SUPPORTER_ACTIONS = (
    "Bedrijfsbezoek regelen",
    "Meelopen op de werkvloer plannen",
    "Sollicitatiebrief samen doornemen",
    "Stageplek zoeken in de bouw",
)
NOTES = ("", "", "Klikt goed; volgende afspraak gemaakt.", "Samen het netwerk langs.")


class SupportDemo:
    def __init__(self, builder: DemoBuilder, seed: int) -> None:
        self.b = builder
        self.rng = random.Random(seed * 7919 + 19)
        self.today = builder.today
        self.now = datetime.combine(builder.today, time(9, 0))
        self.taken: dict[int, int] = {}  # open links per supporter: capacity is kept in the demo too
        self.linked: set[tuple[int, int]] = set()  # (young person, supporter) with an open link

    def build(self) -> None:
        self._wishes_and_consent()
        supporters = self._supporters()
        self._links(supporters)
        self._events(supporters)
        self._agreements(supporters)
        for proposal in self.b.tables.get(Proposal, []):  # one bulk insert needs the same keys in every row
            proposal.setdefault("event_id", None)
        for agreement in self.b.tables.get(Agreement, []):
            agreement.setdefault("supporter_id", None)

    def _add(self, model: Any, row: dict[str, Any]) -> int:
        return self.b._add(model, row)

    # -- both sides' wishes, and the consent to share with a mentor or coach -----------------------------

    def _wishes_and_consent(self) -> None:
        wishes = [w.value for w in SupportWish]
        for young in self.b.young_people:
            young["support_wishes"] = (
                self.rng.sample(wishes, self.rng.randint(1, 3)) if self.rng.random() < 0.4 else []
            )
        for consent in self.b.tables[Consent]:
            consent["scope_supporter"] = consent["scope_table"] and self.rng.random() < 0.6
        self.shareable = {
            c["young_person_id"]
            for c in self.b.tables[Consent]
            if c["scope_supporter"] and c["withdrawn_on"] is None
        }

    def _supporters(self) -> list[dict[str, Any]]:
        rng, b = self.rng, self.b
        places = sorted({e["place"] for e in _employers(b)})
        count = max(12, len(b.young_people) // 100)
        supporters = []
        for n in range(count):
            kind = (
                rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
                if n >= 5
                else list(SupporterKind)[n]
            )
            first, last = b.fake.first_name(), b.fake.last_name()
            company = b.fake.company() if kind == SupporterKind.BUSINESS_MENTOR else ""
            row = {
                "name": f"{first} {last}",
                "kind": kind,
                "organisation": company or _school_of(b, rng),
                "email": f"{first[0].lower()}.{last.split()[-1].lower()}@voorbeeld.nl",
                "phone": f"06-{rng.randint(10000000, 99999999)}",
                "place": rng.choice(places),
                "sectors": rng.sample(SECTORS, rng.randint(1, 2)),
                "capacity": rng.choice((1, 2, 2, 3, 4, None)),
                "wishes": rng.sample([w.value for w in SupportWish], rng.randint(2, 4)),
                "note": "",
                "anonymised_at": None,
                "archived_at": None,
            }
            row["id"] = self._add(Supporter, row)
            supporters.append(row)
        return supporters

    # -- mentoring links in every step -------------------------------------------------------------------

    def _links(self, supporters: list[dict[str, Any]]) -> None:
        last_session = max(
            (m["starts_at"] for m in self.b.tables[Meeting] if m["status"] != MeetingStatus.PLANNED),
            default=self.now - timedelta(days=28),
        )
        since = max(1, (self.now - last_session).days)
        plan = (
            [(LinkStatus.ACTIVE, None)] * 5
            + [(LinkStatus.INTRODUCED, None)] * 2
            + [(LinkStatus.PROPOSED, None)] * 3
            + [(LinkStatus.ENDED, LinkEndReason.COMPLETED)] * 2
            + [
                (LinkStatus.ENDED, LinkEndReason.NO_CLICK),
                (LinkStatus.ENDED, LinkEndReason.YOUNG_PERSON_STOPPED),
            ]
        )
        plan = plan * max(1, len(supporters) // 12)
        candidates = sorted(self.shareable)
        self.rng.shuffle(candidates)
        taken = self.taken
        for (status, reason), young_id in zip(plan, candidates, strict=False):
            free = [s for s in supporters if s["capacity"] is None or taken.get(s["id"], 0) < s["capacity"]]
            if not free:
                return
            supporter = self.rng.choice(free)
            if status != LinkStatus.ENDED:
                taken[supporter["id"]] = taken.get(supporter["id"], 0) + 1
            early = status == LinkStatus.ENDED and reason != LinkEndReason.COMPLETED
            last = self.now - timedelta(
                days=self.rng.randint(1, since - 1) if early and since > 1 else self.rng.randint(3, 60)
            )
            self._link(young_id, supporter["id"], status, reason, last)

    def _link(
        self,
        young_id: int,
        supporter_id: int,
        status: LinkStatus,
        reason: LinkEndReason | None,
        last: datetime,
        *,
        event_id: int | None = None,
    ) -> int:
        if status != LinkStatus.ENDED:
            self.linked.add((young_id, supporter_id))
        order = [LinkStatus.PROPOSED, LinkStatus.INTRODUCED, LinkStatus.ACTIVE, LinkStatus.ENDED]
        steps = order[: order.index(status) + 1]
        if status == LinkStatus.ENDED and reason != LinkEndReason.COMPLETED and self.rng.random() < 0.5:
            steps = [LinkStatus.PROPOSED, LinkStatus.INTRODUCED, LinkStatus.ENDED]  # ended before it started
        times = [last - timedelta(days=12 * (len(steps) - 1 - i)) for i in range(len(steps))]
        link_id = self._add(
            MentoringLink,
            {
                "young_person_id": young_id,
                "supporter_id": supporter_id,
                "case_id": None,
                "event_id": event_id,
                "status": status,
                "end_reason": reason,
                "started_on": times[steps.index(LinkStatus.ACTIVE)].date()
                if LinkStatus.ACTIVE in steps
                else None,
                "ended_on": last.date() if status == LinkStatus.ENDED else None,
                "last_step_at": last,
            },
        )
        for step, at in zip(steps, times, strict=True):
            self._add(
                LinkStep,
                {
                    "link_id": link_id,
                    "status": step,
                    "end_reason": reason if step == LinkStatus.ENDED else None,
                    "note": self.rng.choice(NOTES) if step == LinkStatus.ACTIVE else "",
                    "at": at,
                    "by": "Demo",
                },
            )
        return link_id

    # -- matching events: invitations, who came, contacts and proposals ------------------------------------

    def _events(self, supporters: list[dict[str, Any]]) -> None:
        rng, b = self.rng, self.b
        employers = _employers(b)
        # whoever brings the vacancies in this region organises: the WSP in the Achterhoek, VDAB in the Kempen
        organiser = next(
            (o["name"] for o in b.tables[Organisation] if b.org_kind.get(o["id"]) in b.region.wsp_kinds), ""
        )
        repeats = 1 if len(b.young_people) < 1000 else 6
        for round_ in range(repeats):
            for kind, title, days, hour in EVENTS:
                day = self.today + timedelta(days=days + 7 * round_)
                starts_at = datetime.combine(day, time(hour, 0))
                past = starts_at < self.now
                event_id = self._add(
                    MatchingEvent,
                    {
                        "title": title,
                        "kind": kind,
                        "starts_at": starts_at,
                        "duration_minutes": 120 if kind != EventKind.WEEK_OF_TALENT else 480,
                        "place": rng.choice(employers)["place"],
                        "organiser": organiser,
                        "description": "",
                        "outcome_note": "Goede opkomst; vervolgafspraken gemaakt." if past else "",
                        "archived_at": None,
                    },
                )
                self._invite(event_id, day, past, supporters, employers)

    def _invite(
        self,
        event_id: int,
        day: date,
        past: bool,
        supporters: list[dict[str, Any]],
        employers: list[dict[str, Any]],
    ) -> None:
        rng = self.rng
        young = rng.sample(self.b.young_people, min(8, len(self.b.young_people)))
        guests = rng.sample(employers, min(4, len(employers)))
        mentors = rng.sample(supporters, min(3, len(supporters)))
        came: list[int] = []
        for key, rows in (("young_person_id", young), ("supporter_id", mentors), ("employer_id", guests)):
            for row in rows:
                attendance = AttendanceStatus.INVITED
                if past:
                    attendance = rng.choices(
                        (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT),
                        (70, 15, 15),
                    )[0]
                if key == "young_person_id" and attendance == AttendanceStatus.PRESENT:
                    came.append(row["id"])
                invitation = {
                    "event_id": event_id,
                    "young_person_id": None,
                    "supporter_id": None,
                    "employer_id": None,
                }
                self._add(EventInvitation, {**invitation, key: row["id"], "attendance": attendance})
        helpers = [
            m["id"] for m in mentors if m["capacity"] is None or self.taken.get(m["id"], 0) < m["capacity"]
        ]
        for young_id in came[3:4]:  # one who came met a mentor there: a link started from the event
            helpers = [h for h in helpers if (young_id, h) not in self.linked]  # never linked twice at once
            if young_id in self.shareable and helpers:
                supporter_id = rng.choice(helpers)
                self._add(
                    EventContact,
                    {
                        "event_id": event_id,
                        "young_person_id": young_id,
                        "employer_id": None,
                        "supporter_id": supporter_id,
                        "note": "",
                    },
                )
                last = datetime.combine(day, time(17, 0))
                self._link(young_id, supporter_id, LinkStatus.PROPOSED, None, last, event_id=event_id)
                self.taken[supporter_id] = self.taken.get(supporter_id, 0) + 1
        for young_id in came[:3]:
            met = rng.choice(guests)
            self._add(
                EventContact,
                {
                    "event_id": event_id,
                    "young_person_id": young_id,
                    "employer_id": met["id"],
                    "supporter_id": None,
                    "note": "",
                },
            )
            self._proposal_from(event_id, young_id, met["id"], day)

    def _proposal_from(self, event_id: int, young_id: int, employer_id: int, day: date) -> None:
        """A proposal started at the event, where the consent allows it and the employer has an open place."""
        if young_id not in self.b.may_propose:
            return
        open_places = [
            v["id"]
            for v in self.b.tables[Vacancy]
            if v["employer_id"] == employer_id and v["status"] == VacancyStatus.OPEN
        ]
        if not open_places:
            return
        at = datetime.combine(day, time(16, 0))
        status = self.rng.choice((ProposalStatus.PROPOSED, ProposalStatus.CONTACT_MADE))
        proposal_id = self._add(
            Proposal,
            {
                "young_person_id": young_id,
                "vacancy_id": self.rng.choice(open_places),
                "case_id": None,
                "event_id": event_id,
                "owner_id": None,
                "status": status,
                "rejection_reason": None,
                "last_step_at": at,
            },
        )
        for step in (ProposalStatus.PROPOSED, status)[: 1 if status == ProposalStatus.PROPOSED else 2]:
            self._add(
                ProposalStep,
                {
                    "proposal_id": proposal_id,
                    "status": step,
                    "rejection_reason": None,
                    "note": "",
                    "at": at,
                    "by": "Demo",
                },
            )

    # -- agreements a supporter owns -------------------------------------------------------------------------

    def _agreements(self, supporters: list[dict[str, Any]]) -> None:
        """Some open agreements of the last session are a mentor's or coach's: given to them, not added, so the
        next session's review keeps the size of a real table's."""
        meetings = [m for m in self.b.tables[Meeting] if m["status"] != MeetingStatus.PLANNED]
        if not meetings:
            return
        last = max(meetings, key=lambda m: m["starts_at"])
        case_ids = [c["id"] for c in self.b.tables[Case] if c["meeting_id"] == last["id"]]
        open_ones = [
            next(
                (
                    a
                    for a in self.b.tables.get(Agreement, [])
                    if a["case_id"] == case_id and a["status"] == AgreementStatus.OPEN
                ),
                None,
            )
            for case_id in case_ids
        ]
        for action, agreement in zip(SUPPORTER_ACTIONS, [a for a in open_ones if a], strict=False):
            agreement.update(action=action, owner_id=None, supporter_id=self.rng.choice(supporters)["id"])


def _employers(b: DemoBuilder) -> list[dict[str, Any]]:
    from matchtafel.models import Employer

    return b.tables[Employer]


def _school_of(b: DemoBuilder, rng: random.Random) -> str:
    schools = [
        o["name"] for o in b.tables[Organisation] if o["id"] in b.org_programmes
    ]  # the region's schools
    return rng.choice(schools) if schools else ""
