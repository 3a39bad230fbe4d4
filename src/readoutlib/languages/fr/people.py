"""People named in French text: a name (capitalised words), its title and its country.

"Mme Ana Ruiz, ministre de l'Europe et des affaires étrangères", "le secrétaire d'État américain
Tom Reed", "son homologue des États-Unis, M. Tom Reed": the title and country stand before the
name (after the clause word that introduces the person: "avec", "et", "du") or after it, between
commas. Titles are the rows of ``titles.toml`` (a row labelled with a country code is that state's
office only); countries are read by ``countries.py``.
"""

from __future__ import annotations

import re

import attrs

from ..tablepack import Mention
from .countries import country_spans
from .tables import table

__all__ = ["Mention", "read_mentions", "title_spans"]

_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*"
_WORD = re.compile(r"[\w’'.-]+", re.UNICODE)
#: Small words inside a name: "Jean-Yves Le Drian", "Ursula von der Leyen", "Mohammed bin Salman".
_PARTICLES = {
    "le",
    "la",
    "de",
    "du",
    "des",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "ben",
    "al",
    "el",
    "da",
    "dos",
    "di",
}
_HONORIFIC = re.compile(
    r"\b(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame|Messieurs|Son\s+Excellence|Sa\s+Majest[ée]|S\.\s?E\.(?:\s?M\.)?|Dr)(?=\s)"
)
#: Capitalised words that open a sentence or name an institution, never a person.
_NOT_NAME = {
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d",
    "au",
    "aux",
    "en",
    "ce",
    "cet",
    "cette",
    "ces",
    "il",
    "elle",
    "ils",
    "elles",
    "selon",
    "après",
    "avant",
    "dans",
    "par",
    "pour",
    "sur",
    "avec",
    "et",
    "mais",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "lors",
    "à",
    "a",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "conseil",
    "nations",
    "unies",
    "union",
    "sommet",
    "organisation",
    "assemblée",
    "palais",
    "gouvernement",
    "ministère",
    "ministre",
    "président",
    "présidente",
    "premier",
    "première",
    "secrétaire",
    "état",
    "etat",
    "chef",
    "république",
    "affaires",
    "étrangères",
    "europe",
    "otan",
    "onu",
    "ue",
    "photo",
    "source",
    "communiqué",
    "entretien",
    "déclaration",
    "porte-parole",
    "ministres",
    "monsieur",
    "madame",
    "excellence",
    "m.",
    "mme",
    "mm.",
    "s.e.",
    "s.e.m.",
    "parties",
    "deux",
    "ainsi",
    "enfin",
    "aussi",
    "également",
}
#: Words of the title rows that say who a person is to the other side, not their office.
_NOT_TITLES = {"homologue"}
_MONTHS = re.compile(
    r"^(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)$",
    re.I,
)
#: The word that introduces the next person of a clause: the title before a name is read after it.
_CLAUSE = re.compile(r"(?:\bavec\b|\bet\b|\bdu\b|\bde\b|\bpar\b|\bentre\b)\s*", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?:\b[àa]|\ben|\bau|\bdepuis|\bde)\s*$")
_ARTICLE_END = re.compile(r"[\s,]*(?:\b(?:de\s+la|de\s+l['’]|du|des|de|d['’]|et)\s*)*$", re.IGNORECASE)


@attrs.frozen
class _Title:
    text: str
    country: str | None
    start: int
    end: int


def _clean_title(text: str, countries: list[tuple[str, int, int]], start: int) -> str:
    """The title without the country it names ("ministre turc des Affaires étrangères" -> "ministre
    des Affaires étrangères"; "ministre … de la Fédération de Russie" -> "ministre …")."""
    for _code, s, e in sorted(countries, key=lambda c: -c[1]):
        if start <= s < start + len(text):
            head = text[: s - start]
            if _ARTICLE_AFTER.search(head):
                head = _ARTICLE_END.sub("", head)
            text = head.rstrip() + " " + text[e - start :].lstrip()
    return re.sub(r"\s+", " ", _ARTICLE_END.sub("", text)).strip(" ,")


_ARTICLE_AFTER = re.compile(r"\b(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$", re.IGNORECASE)


def title_spans(text: str) -> list[_Title]:
    """The titles the text gives, each once (the first row wins where rows overlap), in order."""
    found: list[_Title] = []
    countries = country_spans(text)
    for row in table("titles.toml"):
        for m in row.pattern.finditer(text):
            if m.end() - m.start() < 3 or any(t.start <= m.start() < t.end for t in found):
                continue
            country = row.label if row.label != "title" else None
            found.append(_Title(_clean_title(m.group(), countries, m.start()), country, m.start(), m.end()))
    return sorted(found, key=lambda t: t.start)


def _blocked(text: str) -> list[tuple[int, int]]:
    spans = [(t.start, t.end) for t in title_spans(text)]
    spans += [(s, e) for _, s, e in country_spans(text)]
    spans += [(m.start(), m.end()) for m in _HONORIFIC.finditer(text)]
    return spans


def _is_name_word(word: str) -> bool:
    return (
        bool(re.match(_CAP, word))
        and word.casefold().rstrip(".,") not in _NOT_NAME
        and not _MONTHS.match(word)
    )


def _name_runs(text: str) -> list[tuple[int, int]]:
    """Where the names are: runs of capitalised words outside titles, countries and honorifics."""
    blocked = _blocked(text)
    runs: list[list[int]] = []
    words = list(_WORD.finditer(text))
    for i, w in enumerate(words):
        inside = any(s <= w.start() < e for s, e in blocked)
        word = w.group().rstrip(".,")
        gap = text[runs[-1][1] : w.start()] if runs else ""
        joined = bool(runs) and gap.strip() == "" and runs[-1][1] == words[i - 1].end() - _tail(words[i - 1])
        if not inside and _is_name_word(word):
            if joined:
                runs[-1][1] = w.start() + len(word)
            else:
                runs.append([w.start(), w.start() + len(word)])
        elif (
            joined
            and word.casefold() in _PARTICLES
            and i + 1 < len(words)
            and _is_name_word(words[i + 1].group())
            and text[w.end() : words[i + 1].start()].strip() == ""
        ):
            runs[-1][1] = w.end()
    return [(s, e) for s, e in runs if not _not_a_person(text, s, e)]


#: A dateline's place: "Dakar, 13 janvier (Agence) –".
_DATELINE_AFTER = re.compile(
    r",?\s*(?:le\s+)?\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|"
    r"octobre|novembre|d[ée]cembre)\b",
    re.IGNORECASE,
)


#: What follows a dateline's place in capitals at the start of a report: "PARIS (Agence) -", "LYON –".
_CAPITALS_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-–—]")


def _capitals_dateline(text: str, start: int, end: int) -> bool:
    """A place in capitals opening the text before a dash, or before an agency and a dash."""
    name = text[start:end]
    return (
        not text[:start].strip()
        and name.isupper()
        and len(name) > 2
        and bool(_CAPITALS_DATELINE_AFTER.match(text, end))
    )


def _not_a_person(text: str, start: int, end: int) -> bool:
    """A place after "à", "en", a dateline's place, or a word in parentheses ("(AGENCE)")."""
    if _PLACE_BEFORE.search(text[max(0, start - 8) : start]) or _DATELINE_AFTER.match(text, end):
        return True
    if _capitals_dateline(text, start, end):
        return True
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def _tail(word: re.Match[str]) -> int:
    return len(word.group()) - len(word.group().rstrip(".,"))


def _clause_start(text: str, start: int, floor: int, blocked: list[tuple[int, int]]) -> int:
    """Where the words before a name that may describe it begin: after the last clause word."""
    begin = floor
    for m in _CLAUSE.finditer(text, floor, start):
        if not any(s <= m.start() < e for s, e in blocked) and m.end() < start:
            begin = m.end()
    return begin


def _appositive(text: str, end: int) -> str:
    """The words after a name between commas (", ministre de l'Europe …,")."""
    m = re.match(r"\s*,\s*([^,]{3,120})", text[end:])
    return m.group(1) if m else ""


def _describe(text: str, before: str, after: str) -> tuple[tuple[str, ...], str | None]:
    titles, country = [], None
    for part in (before, after):
        for t in title_spans(part):
            if t.start <= 2 or part is before:
                titles.append(t.text)
                country = country or t.country
        spans = country_spans(part)
        if spans and (part is before or (titles and spans)):
            country = country or spans[0][0]
        if part is after and not titles:
            break
    return tuple(dict.fromkeys(t for t in titles if t and t.casefold() not in _NOT_TITLES)), country


#: Where a sentence hands its report to a source ("…, a indiqué l'agence X", "…, selon le ministère"):
#: the names after it are the source's, not the event's.
_POSTPOSED = re.compile(
    r",\s*(?:(?:a|ont)\s+(?:indiqu[ée]|d[ée]clar[ée]|annonc[ée]|rapport[ée]|pr[ée]cis[ée]|affirm[ée]|"
    r"fait\s+savoir)|selon|indique|pr[ée]cise|rapporte|annonce|d.apr[èe]s)\b(?!\s+que\b).*$",
    re.IGNORECASE,
)


def _titled(appositive: str) -> bool:
    """An appositive that opens with a title ("ministre de …", "Président de la République")."""
    return any(t.start <= 2 for t in title_spans(appositive)) if appositive else False


def read_mentions(text: str) -> list[Mention]:
    """The people the text names, in order, each with the titles and country around the name."""
    text = _POSTPOSED.sub("", text)
    out: list[Mention] = []
    blocked = [(t.start, t.end) for t in title_spans(text)] + [(s, e) for _, s, e in country_spans(text)]
    floor = 0
    for start, end in _name_runs(text):
        if start < floor:
            continue
        name = text[start:end]
        before = text[_clause_start(text, start, floor, blocked) : start]
        head, comma, tail = before.rpartition(",")
        if comma and not title_spans(head):
            before = tail  # a fronted clause ("à l'initiative de la partie française, X …") is not X's
        after = _appositive(text, end)
        titles, country = _describe(text, before, after)
        out.append(Mention(name, titles, country, start, end))
        # a title between commas after the name is the name's: the next person's words start after it
        floor = end + (text.find(after, end) - end + len(after) if _titled(after) else 0)
    return out
