"""The words of the printed documents, in Dutch and English (a report is pure: no Qt translator here).

A document's own sentences are below; the words for vocabulary values (statuses, decisions, levels, answers)
are the interface's own translations, read through ``matchtafel.domain.words``: one vocabulary.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from matchtafel.domain.vocabulary import CheckpointAnswer, Level
from matchtafel.domain.words import label
from matchtafel.reports.period import CALENDAR_YEAR, SCHOOL_YEAR, Period
from matchtafel.reports.texts_around import TEXTS_AROUND

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "minutes": "Verslag",
        "confidential": "Vertrouwelijk",
        "page": "Vertrouwelijk — pagina {page} van {pages}",
        "date": "Datum",
        "place": "Plaats",
        "chair": "Voorzitter",
        "minute_taker": "Notulist",
        "status": "Status",
        "not_locked": "Nog niet vastgesteld",
        "adopted_by": "Vastgesteld op {at} door {by}",
        "adopted": "Vastgesteld op {at}",
        "undecided_one": "1 afspraak niet besproken, blijft open.",
        "undecided_many": "{n} afspraken niet besproken, blijven open.",
        "undecided_list": "Niet besproken, blijven open",
        "no_decisions": "Over geen van de open afspraken is iets besloten.",
        "someone": "een jongere",
        "change_by": "{change} door {by} op {at}.",
        "agreement_of": " van {case}",
        "agreement_create": "Afspraak '{subject}'{of} toegevoegd",
        "agreement_delete": "Afspraak '{subject}'{of} verwijderd",
        "agreement_review": "Besluit over afspraak '{subject}'{of}: {decision}",
        "case_create": "{case} op de agenda gezet",
        "case_create_undo": "{case} weer op de agenda gezet",
        "case_create_nazorg": "{case} na een nazorggesprek op de agenda gezet",
        "case_delete": "{case} van de agenda gehaald",
        "case_reorder": "{case} verplaatst op de agenda",
        "case_update_notes": "Notities bij {case} gewijzigd",
        "case_update_status": "Status van {case} gewijzigd",
        "case_update_time budget": "Spreektijd voor {case} gewijzigd",
        "attendance_update": "Aanwezigheid van {subject}: {status}",
        "names_full": "Dit verslag bevat volledige namen van jongeren die daarvoor toestemming gaven.",
        "names_pseudo": "Jongeren staan in dit verslag met code en initialen.",
        "distribution": "Verspreiding: de genodigden hieronder. Niet doorsturen.",
        "attendance": "Aanwezigheid",
        "organisation": "Organisatie",
        "review": "Terugblik op open afspraken",
        "no_review": "Er stonden geen afspraken open uit eerdere sessies.",
        "agreement": "Afspraak",
        "case": "Jongere",
        "owner": "Wie",
        "deadline": "Termijn",
        "agreed_on": "Gemaakt",
        "decision": "Besluit",
        "cases": "Besproken jongeren",
        "cases_planned": "Jongeren op de agenda",
        "no_cases": "Er stonden geen jongeren op de agenda.",
        "programme": "Opleiding",
        "level": "Niveau",
        "situation": "Situatie",
        "notes": "Notities",
        "proposals": "Voordrachten",
        "vacancy": "Vacature",
        "employer": "Werkgever",
        "agreements": "Afspraken",
        "none": "Geen.",
        "new_vacancies": "Nieuwe vacatures sinds de vorige sessie",
        "no_new_vacancies": "Geen nieuwe vacatures.",
        "open_until": "Open tot",
        "actions": "Actielijst",
        "what": "Wat",
        "by_when": "Wanneer",
        "for_case": "Bij",
        "general": "algemeen",
        "no_actions": "Er zijn geen afspraken gemaakt.",
        "next_session": "Volgende sessie",
        "no_next_session": "Nog niet gepland.",
        "amendments": "Wijzigingen na vaststelling",
        "at": "Wanneer",
        "by": "Door",
        "change": "Wijziging",
        "actions_title": "Actielijst",
        "actions_for": "Wat {organisation} heeft afgesproken",
        "subject": "Verslag van de Matchtafel",
        "unknown": "nog niemand",
        "overview": "Overzicht Matchtafel",
        "overview_subject": "Uitkomsten zonder namen",
        "overview_intro": "Aantallen zonder namen, gemaakt op {day}. Aan het werk = nog in dienst of andere baan.",
        "chart_funnel": "Voordrachten: hoe ver ze kwamen",
        "chart_months": "Plaatsingen per maand (start)",
        "chart_durable": "Duurzaam werk: antwoorden bij de nazorg",
        "chart_schools": "Per school",
        "chart_levels": "Per niveau",
        "chart_days": "Dagen van eerste bespreking tot plaatsing",
        "after_months": "na {months} mnd",
        "no_school": "(geen school)",
        "no_level": "(geen niveau)",
        "discussed_people": "besproken",
        "placed_people": "geplaatst",
        "in_work_6": "aan het werk na 6 mnd",
        "median_days": "mediaan {days} dagen",
        "no_placements": "nog geen plaatsingen",
        "figure": "cijfer",
        "group": "groep",
        "item": "onderdeel",
        "value": "waarde",
        "csv_funnel": "Voordrachten bereikt",
        "csv_status": "Voordrachten per status nu",
        "csv_months": "Plaatsingen per maand",
        "csv_durable": "Aan het werk na {months} maanden",
        "csv_school": "Per school",
        "csv_level": "Per niveau",
        "csv_days": "Dagen van eerste bespreking tot plaatsing",
        "answered": "beantwoord",
        "in_work": "aan het werk",
        "answered_6": "beantwoord na 6 maanden",
        "in_work_6_long": "aan het werk na 6 maanden",
        "count": "aantal",
        "median": "mediaan",
        "p25": "25e percentiel",
        "p75": "75e percentiel",
        "share_in_work": "aandeel aan het werk",
        "proposals_total": "Voordrachten in totaal: {n}",
        "key_figures": "Kerncijfers",
        "key_durable": "{in_work} van {answered} beantwoorde gesprekken aan het werk ({share})",
        "key_days": "mediaan {median} dagen (25e–75e percentiel {p25}–{p75}), {n} jongeren",
    },
    "en": {
        "minutes": "Minutes",
        "confidential": "Confidential",
        "page": "Confidential — page {page} of {pages}",
        "date": "Date",
        "place": "Place",
        "chair": "Chair",
        "minute_taker": "Minute taker",
        "status": "Status",
        "not_locked": "Not adopted yet",
        "adopted_by": "Adopted on {at} by {by}",
        "adopted": "Adopted on {at}",
        "undecided_one": "1 agreement not discussed; it stays open.",
        "undecided_many": "{n} agreements not discussed; they stay open.",
        "undecided_list": "Not discussed, staying open",
        "no_decisions": "Nothing was decided about the open agreements.",
        "someone": "a young person",
        "change_by": "{change} by {by} on {at}.",
        "agreement_of": " for {case}",
        "agreement_create": "Agreement '{subject}'{of} added",
        "agreement_delete": "Agreement '{subject}'{of} deleted",
        "agreement_review": "Decision on agreement '{subject}'{of}: {decision}",
        "case_create": "{case} put on the agenda",
        "case_create_undo": "{case} put back on the agenda",
        "case_create_nazorg": "{case} put on the agenda after a nazorg call",
        "case_delete": "{case} taken off the agenda",
        "case_reorder": "{case} moved on the agenda",
        "case_update_notes": "Notes on {case} changed",
        "case_update_status": "Status of {case} changed",
        "case_update_time budget": "Time for {case} changed",
        "attendance_update": "Attendance of {subject}: {status}",
        "names_full": "These minutes hold the full names of young people who consented to it.",
        "names_pseudo": "Young people appear in these minutes by code and initials.",
        "distribution": "Distribution: the invitees below. Do not forward.",
        "attendance": "Attendance",
        "organisation": "Organisation",
        "review": "Review of open agreements",
        "no_review": "No agreements from earlier sessions were open.",
        "agreement": "Agreement",
        "case": "Young person",
        "owner": "Who",
        "deadline": "Deadline",
        "agreed_on": "Made",
        "decision": "Decision",
        "cases": "Young people discussed",
        "cases_planned": "Young people on the agenda",
        "no_cases": "No young people were on the agenda.",
        "programme": "Programme",
        "level": "Level",
        "situation": "Situation",
        "notes": "Notes",
        "proposals": "Proposals",
        "vacancy": "Vacancy",
        "employer": "Employer",
        "agreements": "Agreements",
        "none": "None.",
        "new_vacancies": "New vacancies since the last session",
        "no_new_vacancies": "No new vacancies.",
        "open_until": "Open until",
        "actions": "Action list",
        "what": "What",
        "by_when": "By when",
        "for_case": "For",
        "general": "general",
        "no_actions": "No agreements were made.",
        "next_session": "Next session",
        "no_next_session": "Not planned yet.",
        "amendments": "Changes after adoption",
        "at": "When",
        "by": "By",
        "change": "Change",
        "actions_title": "Action list",
        "actions_for": "What {organisation} agreed to do",
        "subject": "Minutes of the Matchtafel",
        "unknown": "no one yet",
        "overview": "Matchtafel overview",
        "overview_subject": "Outcomes without names",
        "overview_intro": "Counts without names, made on {day}. In work = still employed or changed job.",
        "chart_funnel": "Proposals: how far they got",
        "chart_months": "Placements per month (start)",
        "chart_durable": "Lasting work: answers at the follow-up calls",
        "chart_schools": "By school",
        "chart_levels": "By level",
        "chart_days": "Days from first case to placement",
        "after_months": "after {months} mo",
        "no_school": "(no school)",
        "no_level": "(no level)",
        "discussed_people": "discussed",
        "placed_people": "placed",
        "in_work_6": "in work after 6 mo",
        "median_days": "median {days} days",
        "no_placements": "no placements yet",
        "figure": "figure",
        "group": "group",
        "item": "item",
        "value": "value",
        "csv_funnel": "Proposals reached",
        "csv_status": "Proposals by status now",
        "csv_months": "Placements per month",
        "csv_durable": "In work after {months} months",
        "csv_school": "By school",
        "csv_level": "By level",
        "csv_days": "Days from first case to placement",
        "answered": "answered",
        "in_work": "in work",
        "answered_6": "answered after 6 months",
        "in_work_6_long": "in work after 6 months",
        "count": "count",
        "median": "median",
        "p25": "25th percentile",
        "p75": "75th percentile",
        "share_in_work": "share in work",
        "proposals_total": "Proposals in all: {n}",
        "key_figures": "Key figures",
        "key_durable": "{in_work} of {answered} answered calls in work ({share})",
        "key_days": "median {median} days (25th–75th percentile {p25}–{p75}), {n} young people",
    },
}

for _language, _words in TEXTS_AROUND.items():
    assert not set(_words) & set(TEXTS[_language]), "a word of texts_around is already in TEXTS"
    TEXTS[_language].update(_words)


class Words:
    """``words["review"]`` for a document's own words; ``words.vocab(value)`` for a vocabulary value, in the
    interface's words (``matchtafel.domain.words``). An unknown key or value prints as itself rather than
    failing the document."""

    def __init__(self, language: str) -> None:
        self.table = TEXTS.get(language, TEXTS["nl"])
        self.language = language if language in TEXTS else "nl"

    def __getitem__(self, key: str) -> str:
        return self.table.get(key, key)

    def vocab(self, value: StrEnum | str, kind: type[StrEnum] | None = None) -> str:
        """A vocabulary value as the interface words it; ``kind`` turns a stored string into its member."""
        if kind is not None and not isinstance(value, StrEnum):
            try:
                value = kind(value)
            except ValueError:
                return str(value)
        return label(value, self.language) if isinstance(value, StrEnum) else str(value)

    def level(self, value: str) -> str:
        return self.vocab(value, Level) if value else ""

    def answer(self, value: str) -> str:
        """A nazorg answer."""
        return self.vocab(value, CheckpointAnswer)

    def kind(self, value: str) -> str:
        """A kind of place (vacancy kind)."""
        return self[f"kind_{value}"]

    def period(self, period: Period) -> str:
        if period.start is None or period.end is None:
            return self["period_all"]
        if period.kind == SCHOOL_YEAR:
            return self["period_school_year"].format(first=period.start.year, second=period.end.year)
        if period.kind == CALENDAR_YEAR:
            return self["period_calendar_year"].format(year=period.start.year)
        return self["period_custom"].format(start=self.date(period.start), end=self.date(period.end))

    def date(self, value: object) -> str:
        if isinstance(value, datetime):
            return f"{value:%d-%m-%Y %H:%M}"
        if isinstance(value, date):
            return f"{value:%d-%m-%Y}"
        return ""
