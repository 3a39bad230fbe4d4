"""Countries named in Russian: full names in any case, abbreviations and demonym adjectives."""

from __future__ import annotations

import functools
import re

from .morph import lemma
from .tables import table

__all__ = ["country_in", "country_span"]

_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")


@functools.cache
def _territories() -> dict[tuple[str, ...], str]:
    """Russian territory names (babel's CLDR data) keyed by the lemmas of their words."""
    from babel import Locale

    names: dict[tuple[str, ...], str] = {}
    for code, name in Locale("ru").territories.items():
        if not (len(code) == 2 and code.isalpha()):
            continue
        short = re.sub(r"\s*\(.*?\)", "", name)
        key = tuple(lemma(w) for w in _WORD.findall(short))
        if key:
            names.setdefault(key, code)
    return names


def country_span(text: str) -> tuple[str, int, int] | None:
    """The first country ``text`` names: (code, start, end); a name, an abbreviation or a demonym."""
    best: tuple[str, int, int] | None = None
    for rule in table("countries.toml"):
        m = rule.pattern.search(text)
        if m and (best is None or m.start() < best[1]):
            best = (rule.label, m.start(), m.end())
    words = list(_WORD.finditer(text))
    names = _territories()
    for i, word in enumerate(words):
        if best is not None and word.start() > best[1]:
            break
        if not word.group()[:1].isupper():
            continue
        for size in (3, 2, 1):
            chunk = words[i : i + size]
            key = tuple(lemma(w.group()) for w in chunk)
            if len(chunk) == size and key in names:
                return names[key], chunk[0].start(), chunk[-1].end()
    return best


def country_in(text: str) -> str | None:
    """The code of the first country ``text`` names, or None."""
    found = country_span(text)
    return found[0] if found else None
