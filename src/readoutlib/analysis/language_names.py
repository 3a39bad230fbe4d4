"""English names of languages by code, for messages ("the page is in French").

Apart from ``readoutlib.analysis.language`` (which reads the language packs' function words) so that
the language packs' registry, which names a refused page's language, imports no module that imports
it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache

__all__ = ["LANGUAGE_NAMES"]


class _LanguageNames(Mapping[str, str]):
    """English names of languages by code, from babel's CLDR data, loaded on first use.

    Only a refused page needs a name ("the page is in French"), so the data (about 20 ms to load)
    is read then, and never by a page that is read.
    """

    def __getitem__(self, code: str) -> str:
        return _english_language_names()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(_english_language_names())

    def __len__(self) -> int:
        return len(_english_language_names())


@cache
def _english_language_names() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("en").languages)


#: English names of languages by BCP-47 code, for messages ("the page is in French"): every language
#: the identifier can name ("sw" → "Swahili", "ceb" → "Cebuano"), from babel's CLDR data.
LANGUAGE_NAMES: Mapping[str, str] = _LanguageNames()
