"""The key two names or titles are compared by, whatever their language: ``fold``.

Case, Latin accents, periods, curly apostrophes and spacing do not count; marks on other scripts
do (a kana's voicing mark makes another name). The language packs and the comparison fold names
through this one function, so a name is the same key everywhere.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["fold"]


_APOSTROPHES = str.maketrans(
    {
        **{"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-"},
        # Latin letters whose mark is a stroke, not a combining accent, so NFKD keeps them whole: the
        # press writes "Blaszczak" for "Błaszczak", "Dorde" for "Đorđe" (fam234)
        **{"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ħ": "h", "Ħ": "H", "ı": "i"},
    }
)
#: Code points below this are Latin letters, whose accents fold away ("ñ" = "n"); marks on other
#: scripts stay, since a kana's voicing mark makes another name.
_LATIN_END = 0x0250


@lru_cache(maxsize=65536)  # names recur through a page: each is folded once
def fold(text: str) -> str:
    """The key two names or titles are compared by: case, Latin accents, periods and spacing ignored.

    "Núñez" == "NUNEZ", "Łukasz" == "lukasz", "Mark T. Lowe" == "mark t lowe", "O’Neill" == "o'neill";
    "ガルシア" keeps its marks.
    """
    if text.isascii():
        # ASCII has no accents, no compatibility forms and no case beyond A-Z: the same key, cheaply.
        return " ".join(text.replace("`", "'").lower().replace(".", "").split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    if decomposed.isascii():
        # Curly quotes and dashes only ("O’Neill"): no marks to drop, and NFKC and casefold of ASCII
        # change nothing but the case, so the character loop below would keep every character.
        return " ".join(decomposed.lower().replace(".", "").split())
    kept: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and ord(kept[-1]) < _LATIN_END:
            continue
        kept.append(char)
    folded = unicodedata.normalize("NFKC", "".join(kept)).casefold().replace(".", "")
    return " ".join(folded.split())
