"""Two documents for privacy: the inzage file for one young person, and the data inventory for the DPIA."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable

from matchtafel.domain.privacy_inventory import TABLES
from matchtafel.reports.document import CONTENT_WIDTH, build, para, section, table
from matchtafel.reports.texts import Words

TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "inzage": "Inzage: alles wat Matchtafel over deze jongere bewaart",
        "inzage_intro": "Gemaakt op {day} op verzoek; dit document is vertrouwelijk.",
        "field": "Veld",
        "value": "Waarde",
        "dpia": "Gegevensinventaris voor de DPIA",
        "dpia_intro": "Gemaakt op {day} uit de database-indeling van Matchtafel zelf: elk opgeslagen veld staat hierin.",
        "activities": "Verwerkingen",
        "retention": "Bewaartermijn",
        "retention_text": "Persoonsgegevens worden {months} maanden na het laatste nazorggesprek, het laatste contactmoment na school of de laatste bespreking "
        "geanonimiseerd (eerst een voorbeeld, dan bevestigen). Anonimiseren wist namen, code, "
        "studentnummer, geboortejaar, woonplaats, ondersteuning en vrije teksten; aantallen blijven kloppen.",
        "access": "Wie kan wat zien",
        "access_text": "Lijsten, agenda's en verslagen tonen code en initialen. Een volledige naam tonen, afdrukken of "
        "exporteren is een aparte handeling, alleen binnen de toestemming, met een reden, en staat in het "
        "auditlog. Voordragen aan werkgevers kan alleen met toestemming voor WSP/UWV en werkgevers. "
        "Rollen per organisatie op een gedeelde server: zie de handleiding bij de serverinstallatie.",
        "safeguards": "Waarborgen",
        "safeguards_text": "Auditlog waaraan de database niets laat wijzigen of wissen; waarschuwing bij BSN, "
        "geboortedatum of gezondheidswoorden in vrije tekst; gewiste gegevens worden in het bestand "
        "overschreven; verslagen vermelden 'Vertrouwelijk' en een verzendlijst.",
        "table": "Tabel",
        "purpose": "Doel",
        "column": "Veld",
        "kind": "Soort gegeven",
        "identifying": "identificerend",
        "personal": "persoonsgegeven",
        "sensitive": "gevoelig",
        "free_text": "vrije tekst",
        "staff": "medewerker",
        "supporter": "ondersteuner",
        "business": "zakelijk",
        "technical": "technisch",
        "act_table": "Jongeren bespreken aan de Matchtafel (agenda, aantekeningen, afspraken)",
        "act_match": "Jongeren en vacatures naast elkaar leggen (advies; een mens beslist)",
        "act_propose": "Voordragen bij werkgevers via WSP/UWV, en de uitkomst volgen",
        "act_nazorg": "Nazorg: nagaan of het werk blijft",
        "act_leavers": "Schoolverlaters een jaar in beeld houden: contactmomenten na 3, 6 en 12 maanden",
        "act_my_page": "'Mijn afspraken': een pagina voor de jongere zelf (afdrukken wordt vastgelegd)",
        "act_minutes": "Verslagen en actielijsten maken en verspreiden",
        "act_overview": "Overzicht zonder namen (aantallen) voor de regio",
        "act_support": "Jongeren koppelen aan een mentor of coach (met toestemming om met hen te delen) en "
        "matchingsevents organiseren",
    },
    "en": {
        "inzage": "Subject access: everything Matchtafel keeps about this young person",
        "inzage_intro": "Made on {day} on request; this document is confidential.",
        "field": "Field",
        "value": "Value",
        "dpia": "Data inventory for the DPIA",
        "dpia_intro": "Made on {day} from Matchtafel's own database layout: every stored field is listed.",
        "activities": "Processing activities",
        "retention": "Retention",
        "retention_text": "Personal data is anonymised {months} months after the last nazorg call, the last contact moment after school or the last time "
        "the young person was discussed (a preview first, then confirmed). Anonymising erases names, code, "
        "student number, birth year, home place, support and free texts; counts stay right.",
        "access": "Who can see what",
        "access_text": "Lists, agendas and minutes show code and initials. Showing, printing or exporting a full name "
        "is a separate action, only within the consent, with a reason, and recorded in the audit log. "
        "Proposing to employers needs consent for WSP/UWV and employers. Roles per organisation on a "
        "shared server: see the server set-up guide.",
        "safeguards": "Safeguards",
        "safeguards_text": "An audit log the database refuses to change or delete; a warning on a BSN, a date of "
        "birth or health words in free text; erased data is overwritten in the file; minutes say "
        "'Confidential' and carry a distribution list.",
        "table": "Table",
        "purpose": "Purpose",
        "column": "Field",
        "kind": "Kind of data",
        "identifying": "identifying",
        "personal": "personal",
        "sensitive": "sensitive",
        "free_text": "free text",
        "staff": "staff",
        "supporter": "supporter",
        "business": "business",
        "technical": "technical",
        "act_table": "Discussing young people at the Matchtafel (agenda, notes, agreements)",
        "act_match": "Holding young people next to vacancies (advice; a person decides)",
        "act_propose": "Proposing to employers through WSP/UWV, and following the outcome",
        "act_nazorg": "Nazorg: checking whether the work lasts",
        "act_leavers": "Keeping school leavers in view for a year: contact moments at 3, 6 and 12 months",
        "act_my_page": "'Mijn afspraken': a page for the young person themselves (printing is logged)",
        "act_minutes": "Making and sharing minutes and action lists",
        "act_overview": "An overview without names (counts) for the region",
        "act_support": "Linking young people to a mentor or coach (with consent to share with them) and "
        "organising matching events",
    },
}


def _t(language: str) -> dict[str, str]:
    return TEXT.get(language, TEXT["nl"])


def write_inzage(
    record: dict[str, Any], out: str | Path | BinaryIO, *, today: date, language: str = "nl"
) -> None:
    """Every section of the record as a two-column table (field, value), lists numbered."""
    w, t = Words(language), _t(language)
    story: list[Flowable] = [
        para(t["inzage"], "title"),
        para(t["inzage_intro"].format(day=w.date(today))),
    ]
    for name, value in record.items():
        story += section(name.replace("_", " ").capitalize(), room=30)
        story.append(
            table(
                [t["field"], t["value"]], list(_pairs(value, w)), [CONTENT_WIDTH * 0.35, CONTENT_WIDTH * 0.65]
            )
        )
    build(story, out, words=w, title=t["inzage"], subject=t["inzage"], author="Matchtafel")


def write_dpia(
    columns: Sequence[tuple[str, str, str]],
    months: int,
    out: str | Path | BinaryIO,
    *,
    today: date,
    language: str = "nl",
) -> None:
    """``columns``: (table, column, kind) for every stored field, as the database layout has them."""
    w, t = Words(language), _t(language)
    story: list[Flowable] = [para(t["dpia"], "title"), para(t["dpia_intro"].format(day=w.date(today)))]
    story += section(t["activities"])
    for key in (
        "act_table",
        "act_match",
        "act_propose",
        "act_support",
        "act_nazorg",
        "act_leavers",
        "act_minutes",
        "act_my_page",
        "act_overview",
    ):
        story.append(para("• " + t[key]))
    story += section(t["retention"], room=20)
    story.append(para(t["retention_text"].format(months=months)))
    story += section(t["access"], room=20)
    story.append(para(t["access_text"]))
    story += section(t["safeguards"], room=20)
    story.append(para(t["safeguards_text"]))
    by_table: dict[str, list[tuple[str, str]]] = {}
    for table_name, column, kind in columns:
        by_table.setdefault(table_name, []).append((column, kind))
    for table_name, fields in by_table.items():
        purpose_nl, purpose_en, _ = TABLES[table_name]
        story += section(f"{t['table']}: {table_name}", room=30)
        story.append(para(f"{t['purpose']}: {purpose_nl if language == 'nl' else purpose_en}"))
        story.append(
            table(
                [t["column"], t["kind"]],
                [[c, t[k]] for c, k in fields],
                [CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5],
            )
        )
    build(story, out, words=w, title=t["dpia"], subject=t["dpia"], author="Matchtafel")


def _pairs(value: Any, w: Words, prefix: str = "") -> list[list[str]]:
    if isinstance(value, dict):
        rows: list[list[str]] = []
        for key, inner in value.items():
            rows += _pairs(inner, w, f"{prefix}{key}" if not prefix else f"{prefix} · {key}")
        return rows
    if isinstance(value, list):
        if not value:
            return [[prefix or "—", "—"]]
        rows = []
        for number, inner in enumerate(value, start=1):
            rows += _pairs(inner, w, f"{prefix} {number}".strip())
        return rows
    return [[prefix, _text(value, w)]]


def _text(value: Any, w: Words) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return w.date(value)
    if isinstance(value, bool):
        yes, no = ("ja", "nee") if w.language == "nl" else ("yes", "no")
        return yes if value else no
    return str(getattr(value, "value", value))
