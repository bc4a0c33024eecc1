"""Text folded for searching: case and diacritics ignored ("zoe" finds "Zoë", "ZOË" finds "zoë").

Pure Python (no Qt, no database): the lists fold every row once and every keystroke once, because
SQLite's LIKE folds ASCII only and a proxy model refolding on each keystroke is far too slow.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that do not decompose into base letter + mark but that people type without the accent.
_SPECIAL = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, without diacritics; the Dutch ĳ ligature becomes "ij"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_SPECIAL)


def fold_words(query: str) -> list[str]:
    """The words of a filter query, folded; a row matches when it contains every word."""
    return fold(query).split()
