"""Builds the demo rows in memory (plain dicts with explicit ids), in the order they must be inserted."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from faker import Faker

from matchtafel.demo.regions import ACHTERHOEK, Programme, Region
from matchtafel.demo.vocabulary import JOB_TITLES
from matchtafel.domain.vocabulary import (
    SECTORS,
    ConsentGivenBy,
    ContractType,
    ExitStatus,
    Leerweg,
    Situation,
    VacancyKind,
    VacancyStatus,
    YesNoUnknown,
)
from matchtafel.models import (
    Agreement,
    AgreementReview,
    Attendance,
    Base,
    Case,
    Consent,
    ContactMoment,
    Employer,
    EventContact,
    EventInvitation,
    LinkStep,
    MatchingEvent,
    Meeting,
    MentoringLink,
    NazorgCheckpoint,
    Organisation,
    Person,
    Placement,
    Proposal,
    ProposalStep,
    SchoolLeaver,
    Supporter,
    Vacancy,
    YoungPerson,
)
from matchtafel.services.young_people import initials_for

Rows = list[dict[str, Any]]

SUPPORT_NOTES = (
    "",
    "",
    "Heeft baat bij duidelijke instructies en een vaste begeleider.",
    "Werkt het best in een kleine, rustige ploeg.",
    "Start graag met minder uren en bouwt op.",
)


@dataclass(frozen=True)
class DemoSize:
    schools: int
    employers: int
    vacancies: int
    young_people: int
    past_sessions: int
    cases_per_session: tuple[int, int]
    session_interval_days: int


SIZES = {
    "small": DemoSize(3, 40, 120, 200, 14, (10, 15), 28),  # 13 months: the 6- and 12-month calls
    "large": DemoSize(12, 2000, 10_000, 20_000, 199, (12, 20), 7),
    # For the benchmarks' growth curves (2k / 20k / 100k young people): the same sessions, registers a
    # tenth and five times the large one's; xl is a region ten times bigger than most.
    "medium": DemoSize(4, 200, 1_000, 2_000, 199, (12, 20), 7),
    "xl": DemoSize(30, 10_000, 50_000, 100_000, 199, (12, 20), 7),
}


class DemoBuilder:
    def __init__(
        self,
        size: DemoSize,
        *,
        kinds: dict[str, int],
        rng: random.Random,
        seed: int,
        today: date,
        region: Region = ACHTERHOEK,
    ) -> None:
        self.size = size
        self.kinds = kinds
        self.rng = rng
        self.seed = seed
        self.today = today
        self.region = region
        self.fake = Faker(region.faker_locale)
        self.fake.seed_instance(seed)
        self.tables: dict[type[Base], Rows] = {}
        self.org_people: dict[int, list[int]] = {}
        self.person_label: dict[int, str] = {}
        self.may_propose: set[int] = (
            set()
        )  # consent in force covers WSP and employers  # "name (organisation)", as the app records who did a step
        self.org_kind: dict[int, str] = {}

    def _add(self, model: type[Base], row: dict[str, Any]) -> int:
        rows = self.tables.setdefault(model, [])
        row["id"] = len(rows) + 1
        rows.append(row)
        return int(row["id"])

    def _weighted(self, options: tuple[tuple[Any, int], ...]) -> Any:
        return self.rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]

    def build(self) -> list[tuple[type[Base], Rows]]:
        self._organisations()
        self._employers_and_vacancies()
        self._fewer_employers_engaged()
        self._young_people()
        self._sessions()
        self._leavers()
        self._around_the_table()
        order = (
            Organisation,
            Person,
            Employer,
            Vacancy,
            YoungPerson,
            Consent,
            Supporter,
            MatchingEvent,
            Meeting,
            Attendance,
            Case,
            Agreement,
            AgreementReview,
            Proposal,
            ProposalStep,
            Placement,
            NazorgCheckpoint,
            MentoringLink,
            LinkStep,
            EventInvitation,
            EventContact,
            SchoolLeaver,
            ContactMoment,
        )
        return [(model, self.tables.get(model, [])) for model in order]

    # -- organisations and people ------------------------------------------------------------------

    def _organisations(self) -> None:
        region = self.region
        schools = []
        self.org_programmes: dict[int, str] = {}  # a school's programme set
        for i in range(self.size.schools):
            name, kind, place, programmes = region.schools[i % len(region.schools)]
            if i >= len(region.schools):
                place = region.places[i % len(region.places)]
                name = f"{name} {place}"
            schools.append((name, kind, place, programmes))
        others = [(name, kind, place, "") for name, kind, place in region.others]
        for name, kind, place, programmes in schools + others:
            org_id = self._add(Organisation, {"name": name, "kind_id": self.kinds[kind], "place": place})
            self.org_kind[org_id] = kind
            if programmes:
                self.org_programmes[org_id] = programmes
            roles = region.person_roles[kind]
            domain = "".join(c for c in name.lower() if c.isalnum())[:18] + region.email_domain
            self.org_people[org_id] = []
            for j in range(self.rng.randint(3, 5)):
                first, last = self.fake.first_name(), self.fake.last_name()
                person_id = self._add(
                    Person,
                    {
                        "name": f"{first} {last}",
                        "organisation_id": org_id,
                        "role": roles[j % len(roles)],
                        "email": f"{first[0].lower()}.{last.split()[-1].lower()}@{domain}",
                        "phone": f"{region.phone[0]}{self.rng.randint(100000, 999999)}",
                    },
                )
                self.org_people[org_id].append(person_id)
                self.person_label[person_id] = f"{first} {last} ({name})"

    def _people_of(self, *kinds: str) -> list[int]:
        return [p for org, people in self.org_people.items() if self.org_kind[org] in kinds for p in people]

    # -- employers and vacancies ---------------------------------------------------------------------

    def _employers_and_vacancies(self) -> None:
        rng, today = self.rng, self.today
        employer_sector = {}
        for _ in range(self.size.employers):
            sector = rng.choice(SECTORS)
            employer_id = self._add(
                Employer,
                {
                    "name": self.fake.company(),
                    "place": rng.choice(self.region.places),
                    "sector": sector,
                    "recognised_training_company": rng.random() < 0.5,
                    "contact_name": self.fake.name(),
                    "contact_email": "",
                    "contact_phone": f"{self.region.phone[1]}{rng.randint(100000, 999999)}",
                },
            )
            employer_sector[employer_id] = sector
        wsp = self._people_of(*self.region.wsp_kinds)
        employers = self.tables[Employer]
        self.open_vacancies_by_sector: dict[str, list[int]] = {}
        kinds = (
            (VacancyKind.JOB, 45),
            (VacancyKind.LEERBAAN, 20),
            (VacancyKind.BPV, 15),
            (VacancyKind.WORK_EXPERIENCE, 10),
            (VacancyKind.TRIAL_PLACEMENT, 10),
        )
        for n in range(1, self.size.vacancies + 1):
            employer = rng.choice(employers)
            sector = employer["sector"]
            kind = self._weighted(kinds)
            hours_min = rng.choice((8, 12, 16, 20, 24, 32))
            open_until = today + timedelta(days=rng.randint(-20, 90))
            status = VacancyStatus.EXPIRED if open_until < today else VacancyStatus.OPEN
            if status == VacancyStatus.OPEN and rng.random() < 0.1:
                status = VacancyStatus.FILLED
            crebos = (
                [p[1] for p in self.region.all_programmes() if p[2] == sector and p[1]][:2]
                if kind == VacancyKind.LEERBAAN
                else []
            )
            vacancy_id = self._add(
                Vacancy,
                {
                    "employer_id": employer["id"],
                    "reference": f"V-{today.year}-{n:05d}",
                    "title": rng.choice(JOB_TITLES[sector]),
                    "sector": sector,
                    "kind": kind,
                    "required_level": rng.choice(("entree", "1", "2", "2", "3", None)),
                    "crebo_codes": crebos,
                    "place": employer["place"],
                    "hours_min": hours_min,
                    "hours_max": min(40, hours_min + rng.choice((0, 8, 16))),
                    "contract_type": {
                        VacancyKind.LEERBAAN: ContractType.BBL,
                        VacancyKind.BPV: ContractType.INTERNSHIP,
                        VacancyKind.TRIAL_PLACEMENT: ContractType.TRIAL,
                    }.get(kind, rng.choice((ContractType.TEMPORARY, ContractType.PERMANENT))),
                    "start_date": today + timedelta(days=rng.randint(-10, 60)),
                    "open_until": open_until,
                    "positions": rng.choice((1, 1, 1, 2, 3)),
                    "driving_licence_required": rng.random() < 0.15,
                    "coaching_possible": rng.random() < 0.4,
                    "open_for_banenafspraak": rng.random() < 0.2,
                    "description": "",
                    "wsp_contact_id": rng.choice(wsp),
                    "status": status,
                    # registered over the last half year, without a draw that would change the rest
                    "created_at": datetime.combine(today - timedelta(days=(n * 37) % 180), time(9, 0)),
                    "updated_at": datetime.combine(today - timedelta(days=(n * 37) % 180), time(9, 0)),
                },
            )
            if status == VacancyStatus.OPEN:
                self.open_vacancies_by_sector.setdefault(sector, []).append(vacancy_id)

    def _fewer_employers_engaged(self) -> None:
        """Three in five employers of the register offer the places; the others are known but not engaged (the
        overview's share of employers engaged, against the region's target). A vacancy of one of the others
        moves to an engaged employer of its sector: no draw, so the rest of the demo stays as it was."""
        employers = self.tables[Employer]
        engaged = employers[: max(1, len(employers) * 3 // 5)]
        by_sector: dict[str, dict[str, Any]] = {}
        for employer in engaged:
            by_sector.setdefault(employer["sector"], employer)
        for vacancy in self.tables[Vacancy]:
            if vacancy["employer_id"] > len(engaged) and (to := by_sector.get(vacancy["sector"])) is not None:
                vacancy["employer_id"], vacancy["place"] = to["id"], to["place"]

    # -- young people and consent --------------------------------------------------------------------

    def _young_people(self) -> None:
        rng, today = self.rng, self.today
        schools = list(self.org_programmes)
        numbers: dict[int, int] = {}
        self.young_people: list[dict[str, Any]] = []
        for i in range(self.size.young_people):
            year = today.year if rng.random() < 0.6 else today.year - 1
            numbers[year] = numbers.get(year, 0) + 1
            school = rng.choice(schools)
            programme, crebo, sector, levels, route = self._programme_for(self.org_programmes[school])
            level = rng.choice(levels)
            given, family = self.fake.first_name(), self.fake.last_name()
            mbo = self.org_programmes[school] in self.region.vocational
            age = rng.randint(16, 26)
            exit_status = self._weighted(self.region.exit_weights)
            wanted = [sector] if sector else []
            if rng.random() < 0.5 or not wanted:
                extra = rng.choice(SECTORS)
                if extra not in wanted:
                    wanted.append(extra)
            row = {
                "code": f"J-{year}-{numbers[year]:04d}",
                "initials": initials_for(given, family),
                "given_name": given,
                "family_name": family,
                "birth_year": today.year - age,
                "school_id": school,
                "student_number": str(100000 + i),
                "programme_name": programme,
                "crebo": crebo,
                "level": level,
                "leerweg": self._leerweg(route),
                "exit_status": exit_status,
                "exit_expected_on": today + timedelta(days=rng.randint(30, 240))
                if exit_status == ExitStatus.DIPLOMA_EXPECTED
                else None,
                "home_place": rng.choice(self.region.places),
                "travels_independently": rng.random() < (0.85 if mbo else 0.6),
                "driving_licence": rng.random() < (0.1 + 0.05 * (age - 16)),
                "available_from": today + timedelta(days=rng.randint(-60, 90)),
                "hours_per_week": rng.choice((16, 20, 24, 32, 36, 38)),
                "wanted_sectors": wanted,
                "situation": rng.choice(list(Situation)),
                "needs_job_coach": rng.random() < (0.2 if mbo else 0.5),
                "support_note": rng.choice(SUPPORT_NOTES),
                "doelgroepregister": YesNoUnknown.YES
                if not mbo and rng.random() < 0.3
                else rng.choice((YesNoUnknown.NO, YesNoUnknown.UNKNOWN)),
                "is_concern": rng.random() < 0.3,
                "looking_for_leerbaan": exit_status == ExitStatus.LEFT_WITHOUT_DIPLOMA and rng.random() < 0.5,
                "case_holder_id": rng.choice(self.org_people[school]),
                "archived_at": None,
                "anonymised_at": None,
            }
            row_id = self._add(YoungPerson, row)
            self.young_people.append(row)
            if rng.random() < 0.9:
                given_on = today - timedelta(days=rng.randint(60, 900))
                withdrawn = rng.random() < 0.03
                share_wsp = rng.random() < 0.85
                employer_profile = share_wsp and rng.random() < 0.8
                self._add(
                    Consent,
                    {
                        "young_person_id": row_id,
                        "given_on": given_on,
                        "given_by": ConsentGivenBy.YOUNG_PERSON if age >= 16 else ConsentGivenBy.PARENT,
                        "scope_table": True,
                        "scope_share_wsp": share_wsp,
                        "scope_employer_profile": employer_profile,
                        "withdrawn_on": today - timedelta(days=rng.randint(1, 30)) if withdrawn else None,
                        "note": "",
                    },
                )
                if employer_profile and not withdrawn:
                    self.may_propose.add(row_id)  # the demo history only proposes whom the app would allow

    def _programme_for(self, programme_set: str) -> Programme:
        programmes = self.region.programmes[programme_set]
        return programmes[0] if len(programmes) == 1 else self.rng.choice(programmes)

    def _leerweg(self, route: str) -> Leerweg | None:
        if route == "mbo":
            return Leerweg.BBL if self.rng.random() < 0.3 else Leerweg.BOL
        return Leerweg.DUAAL if route == "duaal" else None

    # -- sessions: attendance, cases, agreements, proposals, placements, checkpoints -------------------

    def _sessions(self) -> None:
        from matchtafel.demo.sessions import SessionHistory

        SessionHistory(self).build()

    def _around_the_table(self) -> None:
        from matchtafel.demo.supporters import SupportDemo

        SupportDemo(self, self.seed).build()

    def _leavers(self) -> None:
        from matchtafel.demo.leavers import add_leavers

        add_leavers(self)
