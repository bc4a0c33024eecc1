"""Fictional but realistic material for the demo database: real Dutch places, plausible programmes."""

from __future__ import annotations

# Real places in the Achterhoek, Liemers, Twente and around Arnhem/Zutphen (for travel distances later).
PLACES = (
    "Doetinchem",
    "Winterswijk",
    "Zutphen",
    "Lochem",
    "Groenlo",
    "Lichtenvoorde",
    "Aalten",
    "Borculo",
    "Eibergen",
    "Neede",
    "Ruurlo",
    "Vorden",
    "Hengelo (Gld)",
    "Zelhem",
    "Terborg",
    "Ulft",
    "Gendringen",
    "Dinxperlo",
    "Varsseveld",
    "Didam",
    "Zevenaar",
    "Duiven",
    "Westervoort",
    "Arnhem",
    "Apeldoorn",
    "Deventer",
    "Enschede",
    "Haaksbergen",
    "Doesburg",
    "'s-Heerenberg",
    "Silvolde",
    "Gaanderen",
)


# (programme, crebo-like code, sector, levels it is offered at)
PROGRAMMES = (
    ("Assistent dienstverlening en zorg", "25499", "Zorg en welzijn", ("entree",)),
    ("Helpende zorg en welzijn", "25498", "Zorg en welzijn", ("2",)),
    ("Verzorgende-IG", "25491", "Zorg en welzijn", ("3",)),
    ("Pedagogisch medewerker kinderopvang", "25697", "Kinderopvang", ("3", "4")),
    ("Monteur elektrotechnische installaties", "25312", "Techniek en installatie", ("2", "3")),
    ("Eerste monteur werktuigbouwkunde", "25261", "Metaal", ("3",)),
    ("Basismedewerker metaal", "25263", "Metaal", ("2",)),
    ("Timmerman", "25183", "Bouw en infra", ("2", "3")),
    ("Metselaar", "25180", "Bouw en infra", ("2",)),
    ("Logistiek medewerker", "25410", "Logistiek en transport", ("2",)),
    ("Chauffeur wegvervoer", "25400", "Logistiek en transport", ("2",)),
    ("Verkoopmedewerker", "25420", "Detailhandel", ("2",)),
    ("Assistent verkoop/retail", "25408", "Detailhandel", ("entree",)),
    ("Medewerker bediening", "25168", "Horeca en toerisme", ("2",)),
    ("Kok", "25180", "Horeca en toerisme", ("2", "3")),
    ("Medewerker dierverzorging", "25510", "Groen en dier", ("2",)),
    ("Hovenier", "25505", "Groen en dier", ("2", "3")),
    ("Medewerker ICT-support", "25604", "ICT", ("3",)),
    ("Software developer", "25604", "ICT", ("4",)),
    ("Medewerker schoonmaak en onderhoud", "25137", "Schoonmaak en facilitair", ("2",)),
    ("Operator productie voedingsmiddelen", "25086", "Voedingsindustrie", ("2", "3")),
    ("Autotechnicus", "25197", "Autotechniek", ("2", "3")),
    ("Secretarieel medewerker", "25412", "Administratie en secretarieel", ("3",)),
    ("Assistent logistiek", "25409", "Logistiek en transport", ("entree",)),
    ("Praktijkonderwijs", "", "", ("pro",)),
    ("Voortgezet speciaal onderwijs (arbeidsmarktgericht)", "", "", ("vso",)),
)

JOB_TITLES = {
    "Zorg en welzijn": ("Helpende thuiszorg", "Zorghulp", "Medewerker dagbesteding", "Leerling verzorgende"),
    "Techniek en installatie": (
        "Leerling monteur",
        "Elektromonteur",
        "Servicemonteur",
        "Assistent installateur",
    ),
    "Bouw en infra": ("Leerling timmerman", "Bouwplaatsmedewerker", "Opperman", "Leerling metselaar"),
    "Logistiek en transport": ("Orderpicker", "Magazijnmedewerker", "Heftruckchauffeur", "Bijrijder"),
    "Detailhandel": ("Vakkenvuller", "Verkoopmedewerker", "Kassamedewerker", "Medewerker bouwmarkt"),
    "Horeca en toerisme": ("Afwasser", "Medewerker bediening", "Hulpkok", "Medewerker camping"),
    "Groen en dier": (
        "Medewerker hoveniersbedrijf",
        "Dierverzorger",
        "Medewerker kwekerij",
        "Groenmedewerker",
    ),
    "Metaal": ("Productiemedewerker metaal", "Leerling lasser", "CNC-operator in opleiding", "Plaatwerker"),
    "ICT": ("Helpdeskmedewerker", "Junior ICT-beheerder", "Medewerker ICT-werkplek"),
    "Schoonmaak en facilitair": ("Schoonmaker", "Medewerker facilitaire dienst", "Glazenwasser in opleiding"),
    "Voedingsindustrie": ("Productiemedewerker vlees", "Inpakker", "Operator zuivel", "Medewerker bakkerij"),
    "Autotechniek": ("Leerling autotechnicus", "Bandenmonteur", "Medewerker autopoets"),
    "Administratie en secretarieel": ("Administratief medewerker", "Receptionist", "Medewerker postkamer"),
    "Kinderopvang": ("Groepshulp kinderopvang", "Leerling pedagogisch medewerker"),
}

SCHOOLS = (
    ("Achterhoek College", "mbo", "Doetinchem"),
    ("Praktijkschool De Linde", "pro", "Winterswijk"),
    ("VSO De Wingerd", "vso", "Zutphen"),
)

PERSON_ROLES = {
    "mbo": ("loopbaancoach", "mentor", "stagecoördinator"),
    "pro": ("stagebegeleider", "mentor"),
    "vso": ("stagebegeleider", "trajectbegeleider"),
    "gemeente": ("klantmanager", "leerplichtambtenaar"),
    "doorstroompunt": ("trajectbegeleider", "consulent"),
    "wsp": ("accountmanager", "accountmanager", "jobhunter"),
    "uwv": ("arbeidsdeskundige", "adviseur werk"),
}

CASE_SITUATIONS = (
    "Zoekt sinds de zomer werk; eerdere BBL-plek gestopt omdat de reistijd te lang was.",
    "Diploma verwacht in juni; wil graag in de buurt blijven werken, heeft nog geen rijbewijs.",
    "Werkt tijdelijk onder niveau bij een uitzendbureau; contract loopt over twee maanden af.",
    "Van school gegaan zonder diploma; gemotiveerd, wil een leerbaan met begeleiding op de werkvloer.",
    "Praktijkverklaring gehaald; stage verliep goed, werkgever kon geen plek bieden.",
    "Loopt risico op uitval; opleiding past niet, denkt aan een overstap naar een leerbaan.",
    "Heeft een jobcoach nodig bij de start; is betrouwbaar en werkt graag met de handen.",
)

AGREEMENT_ACTIONS = (
    "Gesprek plannen met jongere over de voorgedragen vacature",
    "Cv bijwerken samen met de jongere",
    "Contact opnemen met werkgever over proefplaatsing",
    "Navragen of loonkostensubsidie mogelijk is",
    "Jobcoach aanvragen bij start",
    "Terugkoppelen uitkomst sollicitatiegesprek",
    "Reisroute met openbaar vervoer uitzoeken",
    "Intake bij Leerwerkloket regelen",
    "BBL-mogelijkheden bij erkend leerbedrijf nagaan",
    "Ouders informeren over voortgang (met toestemming jongere)",
)
