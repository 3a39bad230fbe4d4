"""Countries in German: names in their case forms, and adjectives of nationality.

Names come from babel's German territory names (``readoutlib.analysis.countries``), looked up in the
forms ``name_forms`` gives ("Frankreichs", "der Vereinigten Staaten", "des Vereinigten Königreichs");
adjectives ("französisch", "dem ukrainischen") and the prefix of a compound ("US-Präsident") are the
rows of ``demonyms.toml``. A name inside a compound ("Ukraine-Krieg") is a topic, not a country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...analysis.countries import country_from_name
from ..tablepack import first_code, with_rows
from .tables import table

__all__ = ["country_in", "country_spans", "name_forms"]

_WORD = re.compile(r"[\wÄÖÜäöüß’'.-]+")
_CAP = re.compile(r"[A-ZÄÖÜ]")
#: Small words inside a country's name ("Bosnien und Herzegowina", "Vereinigte Staaten von Amerika").
_INSIDE = {"und", "von", "der", "des"}
_LONGEST = 4


def name_forms(name: str) -> Iterator[str]:
    """The forms a country's name takes in German running text: the genitive of its last word
    ("Frankreichs", "Königreichs") and its adjectives declined ("Vereinigten Staaten")."""
    yield name
    words = name.split(" ")
    declined = [
        re.sub(r"(?:e|es|er)$", "en", w) if w[:1].isupper() and i < len(words) - 1 else w
        for i, w in enumerate(words)
    ]
    stems = {" ".join(words), " ".join(declined)}
    for stem in stems:
        yield stem
        if not re.search(r"[sßxz]$", stem):
            yield stem + "s"
            yield stem + "es"


def _name_spans(text: str) -> list[tuple[str, int, int]]:
    words = [w for w in _WORD.finditer(text) if not w.group().endswith("-")]
    found: list[tuple[str, int, int]] = []
    i = 0
    while i < len(words):
        if not _CAP.match(words[i].group()) or "-" in words[i].group():
            i += 1
            continue
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            last = words[i + n - 1]
            if n > 1 and (last.group() in _INSIDE or text[words[i].start() : last.end()].count(",")):
                continue
            name = text[words[i].start() : last.end()].rstrip(".")
            code = country_from_name(name, language="de")
            if code:
                found.append((code, words[i].start(), words[i].start() + len(name)))
                i += n - 1
                break
        i += 1
    return found


def country_spans(text: str) -> list[tuple[str, int, int]]:
    """Each country the text names (code, start, end), by name or adjective, in order."""
    found = _name_spans(text)
    return with_rows(found, table("demonyms.toml"), text)


def country_in(text: str) -> str | None:
    """The first country the text names."""
    return first_code(country_spans(text))
