"""The audit log in words: what was done ("naam bekeken", "geëxporteerd") and to what ("jongere", "voordracht"),
instead of the codes the log stores. An unknown code (a newer version's) shows as itself."""

from __future__ import annotations

from matchtafel.domain.errors import QT_TRANSLATE_NOOP
from matchtafel.ui.i18n import translate

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("audit", "created"),
    "update": QT_TRANSLATE_NOOP("audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("audit", "deleted"),
    "archive": QT_TRANSLATE_NOOP("audit", "archived"),
    "restore": QT_TRANSLATE_NOOP("audit", "restored"),
    "view": QT_TRANSLATE_NOOP("audit", "viewed"),
    "view_name": QT_TRANSLATE_NOOP("audit", "name viewed"),
    "export": QT_TRANSLATE_NOOP("audit", "exported"),
    "export_names": QT_TRANSLATE_NOOP("audit", "exported with names"),
    "print": QT_TRANSLATE_NOOP("audit", "printed"),
    "print_name": QT_TRANSLATE_NOOP("audit", "name printed"),
    "import": QT_TRANSLATE_NOOP("audit", "imported"),
    "consent": QT_TRANSLATE_NOOP("audit", "consent recorded"),
    "withdraw_consent": QT_TRANSLATE_NOOP("audit", "consent withdrawn"),
    "erase": QT_TRANSLATE_NOOP("audit", "erased on request"),
    "anonymise": QT_TRANSLATE_NOOP("audit", "anonymised (retention)"),
    "step": QT_TRANSLATE_NOOP("audit", "step taken"),
    "answer": QT_TRANSLATE_NOOP("audit", "answered"),
    "close": QT_TRANSLATE_NOOP("audit", "closed"),
    "lock": QT_TRANSLATE_NOOP("audit", "minutes adopted"),
    "review": QT_TRANSLATE_NOOP("audit", "decided in the review"),
    "reorder": QT_TRANSLATE_NOOP("audit", "moved on the agenda"),
    "share": QT_TRANSLATE_NOOP("audit", "shared"),
}

RECORDS = {
    "young_person": QT_TRANSLATE_NOOP("audit", "young person"),
    "vacancy": QT_TRANSLATE_NOOP("audit", "vacancy"),
    "employer": QT_TRANSLATE_NOOP("audit", "employer"),
    "organisation": QT_TRANSLATE_NOOP("audit", "organisation"),
    "person": QT_TRANSLATE_NOOP("audit", "person"),
    "meeting": QT_TRANSLATE_NOOP("audit", "session"),
    "case": QT_TRANSLATE_NOOP("audit", "case"),
    "agreement": QT_TRANSLATE_NOOP("audit", "agreement"),
    "attendance": QT_TRANSLATE_NOOP("audit", "attendance"),
    "proposal": QT_TRANSLATE_NOOP("audit", "proposal"),
    "checkpoint": QT_TRANSLATE_NOOP("audit", "nazorg call"),
    "consent": QT_TRANSLATE_NOOP("audit", "consent"),
    "audit_log": QT_TRANSLATE_NOOP("audit", "audit log"),
    "overview": QT_TRANSLATE_NOOP("audit", "overview"),
    "calendar": QT_TRANSLATE_NOOP("audit", "calendar file"),
    "data_inventory": QT_TRANSLATE_NOOP("audit", "data inventory"),
    "my_page": QT_TRANSLATE_NOOP("audit", "'My agreements' page"),
    "school_leaver": QT_TRANSLATE_NOOP("audit", "school leaver"),
    "contact_moment": QT_TRANSLATE_NOOP("audit", "contact moment"),
    "supporter": QT_TRANSLATE_NOOP("audit", "supporter"),
    "mentoring_link": QT_TRANSLATE_NOOP("audit", "mentoring link"),
    "matching_event": QT_TRANSLATE_NOOP("audit", "matching event"),
    "event_invitation": QT_TRANSLATE_NOOP("audit", "event invitation"),
    "event_contact": QT_TRANSLATE_NOOP("audit", "contact at an event"),
    "database": QT_TRANSLATE_NOOP("audit", "database"),
    # the lists an export or an import names (their Dutch names, as on the command line)
    "jongeren": QT_TRANSLATE_NOOP("audit", "list of young people"),
    "vacatures": QT_TRANSLATE_NOOP("audit", "list of vacancies"),
    "werkgevers": QT_TRANSLATE_NOOP("audit", "list of employers"),
    "organisaties": QT_TRANSLATE_NOOP("audit", "list of organisations"),
    "personen": QT_TRANSLATE_NOOP("audit", "list of people"),
    "afspraken": QT_TRANSLATE_NOOP("audit", "list of agreements"),
    "voordrachten": QT_TRANSLATE_NOOP("audit", "list of proposals"),
    "ondersteuners": QT_TRANSLATE_NOOP("audit", "list of supporters"),
    "koppelingen": QT_TRANSLATE_NOOP("audit", "list of mentoring links"),
    "evenementen": QT_TRANSLATE_NOOP("audit", "list of matching events"),
}


def action_words(code: str) -> str:
    return translate("audit", ACTIONS[code]) if code in ACTIONS else code


def record_words(entity: str, entity_id: int | None = None) -> str:
    name = translate("audit", RECORDS[entity]) if entity in RECORDS else entity
    return f"{name} {entity_id}" if entity_id is not None else name
