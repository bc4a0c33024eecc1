"""Interface language: Dutch when the system is Dutch, English otherwise, or as chosen in settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from matchtafel.paths import translations_dir

SUPPORTED = ("nl", "en")
_current = {"language": "en"}


def interface_language() -> str:
    """The language the translators were installed for (data such as organisation kinds has both)."""
    return _current["language"]


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """``system`` follows the system locale: Dutch (nl_NL, nl_BE) gives nl, anything else en."""
    if setting in SUPPORTED:
        return setting
    locale = system or QLocale.system()
    return "nl" if locale.language() == QLocale.Language.Dutch else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our strings (English too: it holds the plural forms of "%n ...") and, for Dutch, Qt's own."""
    translators: list[QTranslator] = []
    _current["language"] = language
    ours = QTranslator(app)
    if not ours.load(f"matchtafel_{language}", str(translations_dir())):
        raise FileNotFoundError(f"translation matchtafel_{language}.qm missing in {translations_dir()}")
    if language == "nl":
        qt = QTranslator(app)
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for outside classes."""
    return QCoreApplication.translate(context, text)


def literal(text: str) -> str:
    """Text (often typed by a person: "Cv & brief") for a place where Qt reads "&" as a shortcut marker: a
    button, an action or undo text, a label with a buddy. "&&" shows one "&"."""
    return text.replace("&", "&&")


def user_message(error: Exception) -> str:
    """What to tell the person about a UserError, in the interface language (problems one per line)."""
    from matchtafel.domain.errors import UserError, ValidationError

    if isinstance(error, ValidationError):
        return "\n".join(translate_error(p.template, dict(p.params)) for p in error.problems)
    if isinstance(error, UserError):
        return translate_error(error.template, error.params)
    return QCoreApplication.translate("errors", "Something went wrong: {error}").format(error=error)


def translate_error(template: str, params: dict[str, object]) -> str:
    """A UserError's template in the interface language, filled in; vocabulary values (a status, or a
    tuple of them: "it can go to: contact made, rejected") are shown in their interface words."""
    from enum import StrEnum

    from matchtafel.ui.widgets.labels import label

    def shown(value: object) -> object:
        if isinstance(value, StrEnum):
            return label(value)
        if isinstance(value, tuple) and value and all(isinstance(v, StrEnum) for v in value):
            return ", ".join(label(v) for v in value)
        return value

    filled = {key: shown(value) for key, value in params.items()}
    return QCoreApplication.translate("errors", template).format(**filled)
