"""The demo's regions: the Achterhoek (the default, where the Matchtafel began) and the Kempen in Flanders,
each with its own places, schools, organisations (kinds are data: VDAB, CLB, OCMW), programmes, and the words
its table uses. Fictional organisations and people; real place names (GeoNames, in the places file).
"""

from __future__ import annotations

from dataclasses import dataclass

from matchtafel.demo.vocabulary import (
    AGREEMENT_ACTIONS,
    CASE_SITUATIONS,
    PERSON_ROLES,
    PLACES,
    PROGRAMMES,
    SCHOOLS,
)
from matchtafel.domain.vocabulary import ExitStatus

# (programme, crebo or "", sector, levels it is offered at, leerweg: "mbo" = BOL or BBL, "duaal", "" = none)
Programme = tuple[str, str, str, tuple[str, ...], str]


@dataclass(frozen=True)
class Region:
    key: str
    title: str  # the sessions' title
    faker_locale: str
    places: tuple[str, ...]
    schools: tuple[tuple[str, str, str, str], ...]  # name, organisation kind, place, programme set
    others: tuple[tuple[str, str, str], ...]  # name, organisation kind, place
    programmes: dict[str, tuple[Programme, ...]]
    vocational: frozenset[str]  # programme sets whose students travel and work more independently
    person_roles: dict[str, tuple[str, ...]]
    places_to_meet: tuple[str, ...]
    phone: tuple[str, str]  # people's and employers' phone prefixes
    email_domain: str
    chair_kinds: tuple[str, ...]
    taker_kinds: tuple[str, ...]
    wsp_kinds: tuple[str, ...]  # who brings the vacancies
    keeper_kinds: tuple[str, ...]  # who keeps contact with school leavers
    exit_weights: tuple[tuple[ExitStatus, int], ...]
    case_situations: tuple[str, ...]
    agreement_actions: tuple[str, ...]

    def all_programmes(self) -> tuple[Programme, ...]:
        return tuple(p for programmes in self.programmes.values() for p in programmes)


ACHTERHOEK = Region(
    key="achterhoek",
    title="Matchtafel Achterhoek",
    faker_locale="nl_NL",
    places=PLACES,
    schools=tuple((name, kind, place, kind) for name, kind, place in SCHOOLS),
    others=(
        ("Gemeente Doetinchem", "gemeente", "Doetinchem"),
        ("Doorstroompunt Achterhoek", "doorstroompunt", "Doetinchem"),
        ("Werkgeversservicepunt Achterhoek", "wsp", "Doetinchem"),
        ("UWV Doetinchem", "uwv", "Doetinchem"),
    ),
    programmes={
        "mbo": tuple((*p, "mbo") for p in PROGRAMMES[:-2]),
        "pro": ((*PROGRAMMES[-2], ""),),
        "vso": ((*PROGRAMMES[-1], ""),),
    },
    vocational=frozenset({"mbo"}),
    person_roles=PERSON_ROLES,
    places_to_meet=(
        "Gemeentehuis Doetinchem",
        "Achterhoek College, Doetinchem",
        "Huis van de Arbeidsmarkt, Doetinchem",
    ),
    phone=("0314-", "0543-"),
    email_domain=".nl",
    chair_kinds=("gemeente",),
    taker_kinds=("doorstroompunt",),
    wsp_kinds=("wsp", "uwv"),
    keeper_kinds=("doorstroompunt",),
    exit_weights=(
        (ExitStatus.IN_SCHOOL, 25),
        (ExitStatus.DIPLOMA, 25),
        (ExitStatus.DIPLOMA_EXPECTED, 15),
        (ExitStatus.LEFT_WITHOUT_DIPLOMA, 20),
        (ExitStatus.PRAKTIJKVERKLARING, 15),
    ),
    case_situations=CASE_SITUATIONS,
    agreement_actions=AGREEMENT_ACTIONS,
)

KEMPEN = Region(
    key="kempen",
    title="Matchtafel Kempen",
    faker_locale="nl_BE",
    places=(
        "Turnhout",
        "Geel",
        "Mol",
        "Herentals",
        "Hoogstraten",
        "Westerlo",
        "Arendonk",
        "Kasterlee",
        "Retie",
        "Dessel",
        "Oud-Turnhout",
        "Beerse",
        "Vosselaar",
        "Lille",
        "Olen",
        "Balen",
        "Meerhout",
        "Herenthout",
        "Rijkevorsel",
        "Ravels",
        "Merksplas",
        "Herselt",
        "Grobbendonk",
        "Vorselaar",
        "Lichtaart",
        "Tielen",
        "Gierle",
        "Nijlen",
    ),
    schools=(
        ("Campus De Kempen", "be_school", "Turnhout", "so"),
        ("BuSO De Horizon", "be_school", "Geel", "buso"),
        ("Campus Zuiderkempen", "be_school", "Westerlo", "so"),
    ),
    others=(
        ("Stad Turnhout (OCMW)", "be_gemeente", "Turnhout"),
        ("CLB Kempen", "be_clb", "Geel"),
        ("VDAB Turnhout", "be_vdab", "Turnhout"),
        ("VDAB Geel", "be_vdab", "Geel"),
    ),
    programmes={
        "so": (
            ("Verzorging (BSO)", "", "Zorg en welzijn", ("bso",), ""),
            ("Elektrische installaties (BSO)", "", "Techniek en installatie", ("bso",), ""),
            ("Basis hout (BSO)", "", "Bouw en infra", ("bso",), ""),
            ("Logistiek (BSO)", "", "Logistiek en transport", ("bso",), ""),
            ("Winkelbediende (duaal leren)", "", "Detailhandel", ("bso",), "duaal"),
            ("Keukenmedewerker (duaal leren)", "", "Horeca en toerisme", ("bso",), "duaal"),
            ("Lasser-monteerder (duaal leren)", "", "Metaal", ("bso",), "duaal"),
            ("Groenvoorziening (duaal leren)", "", "Groen en dier", ("bso",), "duaal"),
            ("Onderhoudsmechanica auto (BSO)", "", "Autotechniek", ("bso",), ""),
            ("Onthaalonderwijs voor anderstalige nieuwkomers (OKAN)", "", "", ("okan",), ""),
        ),
        "buso": (
            ("Logistiek assistent (BuSO OV3)", "", "Logistiek en transport", ("buso",), ""),
            ("Medewerker groendienst (BuSO OV3)", "", "Groen en dier", ("buso",), ""),
            ("Hulpkok (BuSO OV3, duaal)", "", "Horeca en toerisme", ("buso",), "duaal"),
            ("Schoonmaakmedewerker (BuSO OV3)", "", "Schoonmaak en facilitair", ("buso",), ""),
        ),
    },
    vocational=frozenset({"so"}),
    person_roles={
        "be_school": ("leerlingbegeleider", "trajectbegeleider duaal leren", "stagecoördinator"),
        "be_gemeente": ("maatschappelijk werker", "jobcoach OCMW"),
        "be_clb": ("CLB-medewerker", "trajectbegeleider"),
        "be_vdab": ("jobcoach", "accountmanager werkgevers", "bemiddelaar"),
    },
    places_to_meet=("Stadhuis Turnhout", "VDAB Turnhout", "Campus De Kempen, Turnhout"),
    phone=("014 ", "014 "),
    email_domain=".be",
    chair_kinds=("be_gemeente",),
    taker_kinds=("be_clb",),
    wsp_kinds=("be_vdab",),
    keeper_kinds=("be_vdab", "be_clb"),
    exit_weights=(
        (ExitStatus.IN_SCHOOL, 30),
        (ExitStatus.DIPLOMA, 30),
        (ExitStatus.DIPLOMA_EXPECTED, 15),
        (ExitStatus.LEFT_WITHOUT_DIPLOMA, 25),
    ),
    case_situations=(
        "Zoekt sinds de zomer werk; vorige werkplek in duaal leren gestopt door de lange verplaatsing.",
        "Studeert in juni af; wil dicht bij huis werken en heeft nog geen rijbewijs.",
        "Werkt via een interimkantoor onder zijn niveau; het contract loopt binnenkort af.",
        "Zonder diploma van school gegaan; gemotiveerd, zoekt een werkplek in duaal leren met begeleiding.",
        "Kwam via OKAN; spreekt al goed Nederlands en wil graag aan de slag in de logistiek.",
        "Dreigt af te haken; de richting past niet, overweegt een overstap naar duaal leren.",
        "Heeft bij de start een jobcoach van VDAB nodig; betrouwbaar en werkt graag met de handen.",
    ),
    agreement_actions=(
        "Gesprek plannen met de jongere over de vacature",
        "Cv samen met de jongere bijwerken",
        "Werkgever contacteren over een IBO (individuele beroepsopleiding)",
        "Nagaan of de doelgroepvermindering van toepassing is",
        "Jobcoach van VDAB aanvragen bij de start",
        "Uitkomst van het sollicitatiegesprek terugkoppelen",
        "Verplaatsing met De Lijn uitzoeken",
        "Inschrijving bij VDAB als werkzoekende regelen",
        "Werkplek duaal leren bij een erkende onderneming nagaan",
        "Ouders op de hoogte brengen (met toestemming van de jongere)",
    ),
)

REGIONS = {region.key: region for region in (ACHTERHOEK, KEMPEN)}
