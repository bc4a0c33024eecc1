"""Text folded for searching: case and diacritics ignored ("zoe" finds "Zoë", "ZOË" finds "zoë").

Pure Python (no Qt, no database): the lists fold every row once and every keystroke once, because
SQLite's LIKE folds ASCII only and a proxy model refolding on each keystroke is far too slow.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that do not decompose into base letter + mark but that people type without the accent.
_SPECIAL = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str) -> str:
    """Lower case, without diacritics; the Dutch ĳ ligature becomes "ij"."""
    if text.isascii():  # most of what lists hold: no decomposition needed
        return text.lower()
    return _fold_unicode(text)


@lru_cache(maxsize=65536)  # lists repeat their values (schools, places, programmes): fold each once
def _fold_unicode(text: str) -> str:
    # Decompose before and after casefold: compatibility forms (𝓐, ﬁ) may decompose to capitals,
    # and casefold may produce letters that decompose again.
    return _strip_marks(_strip_marks(text).casefold()).translate(_SPECIAL)


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def fold_words(query: str) -> list[str]:
    """The words of a filter query, folded; a row matches when it contains every word."""
    return fold(query).split()
