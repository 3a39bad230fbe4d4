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
    """The first country ``text`` names: (code, start, end); a name, an abbreviation or a demonym.

    Of two names starting at one place the longer wins ("Соединённых Штатов Америки").
    """
    found: list[tuple[str, int, int]] = []
    for rule in table("countries.toml"):
        m = rule.pattern.search(text)
        if m:
            found.append((rule.label, m.start(), m.end()))
    first = min((start for _, start, _ in found), default=len(text))
    found.extend(_territory_spans(text, first))
    if not found:
        return None
    return min(found, key=lambda item: (item[1], -item[2]))


def _territory_spans(text: str, limit: int) -> list[tuple[str, int, int]]:
    """Territory names (any case) starting at or before ``limit``: the first place that has one."""
    words = list(_WORD.finditer(text))
    names = _territories()
    out = []
    for i, word in enumerate(words):
        if word.start() > limit:
            break
        if not word.group()[:1].isupper():
            continue
        for size in (3, 2, 1):
            chunk = words[i : i + size]
            if len(chunk) == size and tuple(lemma(w.group()) for w in chunk) in names:
                out.append((names[tuple(lemma(w.group()) for w in chunk)], chunk[0].start(), chunk[-1].end()))
        if out:
            break
    return out


def country_in(text: str) -> str | None:
    """The code of the first country ``text`` names, or None."""
    found = country_span(text)
    return found[0] if found else None
