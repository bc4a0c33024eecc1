"""Dutch when the system is Dutch; every string translated, placeholders kept, the .qm up to date."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from matchtafel.paths import translations_dir
from matchtafel.ui.i18n import choose_language

TS = translations_dir() / "matchtafel_nl.ts"
TS_EN = translations_dir() / "matchtafel_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path = TS) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_language_follows_the_system_unless_chosen() -> None:
    assert choose_language("system", QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)) == "nl"
    assert choose_language("system", QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)) == "nl"
    assert choose_language("system", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert choose_language("en", QLocale(QLocale.Language.Dutch)) == "en"
    assert choose_language("nl", QLocale(QLocale.Language.English)) == "nl"


def test_every_dutch_string_is_finished_and_keeps_its_placeholders() -> None:
    found = messages()
    assert len(found) > 50
    for _context, source, message in found:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"unfinished: {source}"
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            assert text, f"empty: {source}"
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
            assert source.count("&") == text.count("&"), f"keyboard mnemonic lost: {source}"
            assert ("%n" in source) == ("%n" in text), f"count lost: {source}"


def test_english_has_singular_and_plural_for_every_count() -> None:
    plural_sources = {source for _c, source, m in messages() if m.get("numerus") == "yes"}
    english = messages(TS_EN)
    assert {source for _c, source, _m in english} == plural_sources
    for _context, source, message in english:
        forms = [f.text for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(f and "%n" in f for f in forms), source


def test_the_ts_file_holds_every_string_of_the_source(tmp_path: Path) -> None:
    """lupdate over today's code finds nothing that the committed .ts file lacks."""
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for p in (root / "matchtafel").rglob("*.py"))
    copy = tmp_path / "check.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    for ts, extra in ((TS, []), (TS_EN, ["-pluralonly"])):
        copy.write_bytes(ts.read_bytes())
        out = subprocess.run(
            [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none", *extra],
            capture_output=True,
            text=True,
            check=False,
        )
        assert out.returncode == 0
        fresh = {(c, source) for c, source, _m in messages(copy)}
        committed = {(c, source) for c, source, _m in messages(ts)}
        assert fresh == committed, f"new: {fresh - committed}, gone: {committed - fresh}"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_compiled_qm_matches_the_ts_file(qapp: QCoreApplication, language: str) -> None:
    translator = QTranslator()
    assert translator.load(f"matchtafel_{language}", str(translations_dir()))
    for context, source, message in messages(translations_dir() / f"matchtafel_{language}.ts"):
        forms = [f.text for f in message.iter("numerusform")]
        if forms:
            # the translator picks the form; tr() fills in %n afterwards
            assert translator.translate(context, source, "", 1) == forms[0], source
            assert translator.translate(context, source, "", 7) == forms[1], source
        else:
            assert translator.translate(context, source) == message.findtext("translation"), source


@pytest.mark.parametrize("language, expected", [("nl", "Jongeren"), ("en", "Young people")])
def test_the_window_speaks_the_chosen_language(qtbot: object, language: str, expected: str) -> None:
    code = (
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        f"from matchtafel.ui.i18n import install_translators; install_translators(app, {language!r});"
        "from matchtafel.ui.main_window import MainWindow; w = MainWindow();"
        "print(w.navigation.item(1).text()); print(w.menuBar().actions()[0].text())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[0] == expected
    assert lines[1] == ("&Bestand" if language == "nl" else "&File")
