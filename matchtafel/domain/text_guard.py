"""Free-text guard: notes and support fields warn (never block) when text looks like a BSN, a date of birth
or a health detail. Pure and fast enough to run on every keystroke of a note (a few microseconds).

DOMAIN.md: never stored are BSN, diagnoses or health details, and dates of birth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from matchtafel.domain.text_fold import fold

BSN = "bsn"
BIRTH_DATE = "birth_date"
HEALTH = "health"

_NINE_DIGITS = re.compile(r"(?<!\d)(\d{4}[ .]?\d{2}[ .]?\d{3}|\d{3}[ .]?\d{3}[ .]?\d{3})(?!\d)")
_FULL_DATE = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_BORN = re.compile(r"(?<!\w)(geboren|geb\.|geboortedatum|born|date of birth|dob)(?!\w)")
# A short list on purpose: words that name a diagnosis or treatment, not everyday words.
HEALTH_WORDS = frozenset(
    {
        "adhd",
        "add",
        "ass",
        "autisme",
        "autistisch",
        "asperger",
        "pdd-nos",
        "depressie",
        "depressief",
        "angststoornis",
        "ptss",
        "trauma",
        "psychose",
        "psychotisch",
        "schizofrenie",
        "bipolair",
        "borderline",
        "persoonlijkheidsstoornis",
        "lvb",
        "nah",
        "hersenletsel",
        "epilepsie",
        "diabetes",
        "verslaving",
        "verslaafd",
        "burn-out",
        "burnout",
        "medicatie",
        "ritalin",
        "diagnose",
        "ggz",
        "opname",
        "odd",
        "gedragsstoornis",
        "eetstoornis",
    }
)
_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Finding:
    kind: str  # BSN, BIRTH_DATE or HEALTH
    text: str  # what was found, to point at it


def is_bsn(digits: str) -> bool:
    """The eleven test (elfproef) of a Dutch citizen service number."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def check_text(text: str, today: date) -> list[Finding]:
    """What in ``text`` looks like something that must not be stored; empty when nothing does."""
    if not text:
        return []
    findings: list[Finding] = []
    for match in _NINE_DIGITS.finditer(text):
        if is_bsn(re.sub(r"\D", "", match.group(0))):
            findings.append(Finding(BSN, match.group(0)))
    folded = fold(text)
    year_now = today.year
    born = bool(_BORN.search(folded))
    for match in _FULL_DATE.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        # A full date of a young person's birth years (about 10 to 30 years back), or any date after "geboren".
        if 1 <= day <= 31 and 1 <= month <= 12 and (born or year_now - 30 <= year <= year_now - 10):
            findings.append(Finding(BIRTH_DATE, match.group(0)))
    for word in _WORD.findall(folded):
        if word in HEALTH_WORDS:
            findings.append(Finding(HEALTH, word))
    return findings
