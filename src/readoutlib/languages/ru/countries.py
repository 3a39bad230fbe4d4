"""Countries named in Russian: full names in any case (the core's country names), and the
abbreviations, official names and demonym adjectives of the pack's table."""

from __future__ import annotations

import re

from ...analysis.countries import country_from_name
from .tables import table

__all__ = ["country_in", "country_span", "country_spans"]

_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")


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
    """Country names in any case (the core's ``country_from_name``, babel's Russian names) starting at
    or before ``limit``: the first place that has one, longest first."""
    words = list(_WORD.finditer(text))
    for i, word in enumerate(words):
        if word.start() > limit:
            break
        named = _named_at(text, words, i)
        if named is not None:
            return [named]
    return []


def _named_at(text: str, words: list[re.Match[str]], i: int) -> tuple[str, int, int] | None:
    """The country named by the longest run of up to three words starting with capitalised word ``i``
    (the core's ``country_from_name``, babel's Russian names): (code, start, end), or None."""
    if not words[i].group()[:1].isupper():
        return None
    for size in (3, 2, 1):
        chunk = words[i : i + size]
        if len(chunk) < size:
            continue
        code = country_from_name(text[chunk[0].start() : chunk[-1].end()], "ru")
        if code is not None and len(code) == 2 and code.isalpha():
            return (code, chunk[0].start(), chunk[-1].end())
    return None


def country_in(text: str) -> str | None:
    """The code of the first country ``text`` names, or None."""
    found = country_span(text)
    return found[0] if found else None


def country_spans(text: str) -> list[tuple[str, int, int]]:
    """Every country ``text`` names, in order: (code, start, end), names, abbreviations and demonyms.

    Where two overlap the longer wins ("Соединённых Штатов Америки" over "Штатов"); the comparison
    of two readouts reads the third countries a sentence is about from them.
    """
    found: list[tuple[str, int, int]] = []
    for rule in table("countries.toml"):
        found.extend((rule.label, m.start(), m.end()) for m in rule.pattern.finditer(text))
    words = list(_WORD.finditer(text))
    for i in range(len(words)):
        named = _named_at(text, words, i)
        if named is not None:
            found.append(named)
    kept: list[tuple[str, int, int]] = []
    for code, start, end in sorted(found, key=lambda item: (item[1], -item[2])):
        if kept and start < kept[-1][2]:
            continue
        kept.append((code, start, end))
    return kept
