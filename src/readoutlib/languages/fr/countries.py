"""Countries in French: names with their articles and prepositions, and adjectives of nationality.

Names come from babel's French territory names (``readoutlib.analysis.countries``), so "de la
Fédération de Russie", "du Sénégal" and "des États-Unis d'Amérique" are read by cutting the
preposition and article and the state's form ("République de", "Fédération de") off the capitalised
words; adjectives ("turc", "sénégalaise") are the rows of ``demonyms.toml``.
"""

from __future__ import annotations

import re

from ...analysis.countries import country_from_name
from ..tablepack import first_code, with_rows
from .tables import table

__all__ = ["country_in", "country_spans"]

_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
#: A capitalised name after a preposition and article, with small linking words inside it
#: ("États-Unis d'Amérique", "Côte d'Ivoire", "République de Turquie").
_NAMED = re.compile(
    r"(?:\b(?:de\s+la|de\s+l['’]|du|des|de|d['’]|au|aux|en|la|le|l['’])\s*)"
    rf"(?P<name>{_CAP}(?:\s*(?:d['’]|de\s+|du\s+|des\s+|-)?{_CAP})*)"
)
_FORM = re.compile(
    r"^(?:R[ée]publique|F[ée]d[ée]ration|Royaume|[ÉE]tat|Principaut[ée]|Grand-Duch[ée]|Sultanat|Émirat)"
    r"(?:\s+(?:f[ée]d[ée]rale|isla?mique|d[ée]mocratique|populaire|arabe|unie?))*\s*(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])",
    re.IGNORECASE,
)


def _name_country(name: str) -> str | None:
    for candidate in (name, _FORM.sub("", name), re.sub(r"\s+d['’]Am[ée]rique$", "", name)):
        code = country_from_name(candidate, language="fr") if candidate else None
        if code:
            return code
    return None


def country_spans(text: str) -> list[tuple[str, int, int]]:
    """Each country the text names (code, start, end), by name or adjective, in order."""
    found = []
    for m in _NAMED.finditer(text):
        name = m.group("name")
        # the longest run of words that names a country, shortened from the right
        words = name.split(" ")
        for n in range(len(words), 0, -1):
            code = _name_country(" ".join(words[:n]))
            if code:
                found.append((code, m.start("name"), m.start("name") + len(" ".join(words[:n]))))
                break
    return with_rows(found, table("demonyms.toml"), text)


def country_in(text: str) -> str | None:
    """The first country the text names."""
    return first_code(country_spans(text))
