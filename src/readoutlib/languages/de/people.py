"""People named in German text: an office, the country around it, and the name after it.

German capitalises every noun, so a run of capitalised words is no name by itself: a name is read
where an office introduces it ("Bundeskanzlerin Angela Merkel", "der französische Präsident Emmanuel
Macron", "Papst Franziskus") or stands in apposition after the office and its state ("den
Präsidenten der Russischen Föderation, Dmitri Medwedew,"). The office's country is the adjective or
genitive before it ("Frankreichs Staatspräsident", "dem ukrainischen Präsidenten"), its compound's
prefix ("US-Präsident"), the state named after it ("der Bundesrepublik Deutschland"), or, for a
federal office the three German-speaking states share ("Bundeskanzler"), the publisher's country.
"""

from __future__ import annotations

import re

import attrs

from .. import tablepack
from .countries import country_spans
from .tables import table

__all__ = ["Homes", "Mention", "Office", "read_mentions", "title_spans"]

_TOKEN = re.compile(r"[\wÄÖÜäöüß’'-]+\.?|[,()\"„“”»«:;]")
_CAP = re.compile(r"^[A-ZÄÖÜ][\wäöüß’'-]*\.?$")
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
#: What follows a full stop that ends a sentence: a space and a capital, or the end of the text.
_SENTENCE_END = re.compile(r"\s+[\"„“»«]?[A-ZÄÖÜ]|\s*$")
#: Small words inside a name: "Alexander Van der Bellen", "Ursula von der Leyen", "Jean-Yves Le Drian".
_PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "del",
    "da",
    "dos",
    "di",
    "la",
    "le",
    "zu",
    "bin",
    "ben",
    "al",
    "el",
    "ibn",
}
#: Honorifics between an office and its name ("Bundespräsident Dr. Frank-Walter Steinmeier").
_HONORIFICS = {"dr.", "mag.", "prof.", "ing.", "dipl.", "herr", "frau", "s.e."}
#: Capitalised words after an office that begin no name.
_NOT_NAME = {
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "und",
    "mit",
    "in",
    "im",
    "am",
    "an",
    "auf",
    "bei",
    "beim",
    "zu",
    "zum",
    "zur",
    "für",
    "über",
    "nach",
    "vor",
    "sie",
    "er",
    "es",
    "wir",
    "ihr",
    "heute",
    "gestern",
    "dabei",
    "zudem",
    "auch",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
}
_ARTICLES = {
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "sein",
    "seine",
    "seinen",
    "seinem",
    "seiner",
    "ihr",
    "ihre",
    "ihren",
    "ihrem",
    "ihrer",
}
_ADJECTIVE = re.compile(r"^[a-zäöüß][\wäöüß-]*(?:e|en|er|es|em)$")
_MAX_NAME = 5
#: How far into the words after an office its state may start ("der Russischen …", "der Republik …").
_NEAR = 30


@attrs.frozen
class Office:
    """An office the text names: as written, in the nominative, the row's label, and where it is."""

    text: str
    label: str
    start: int
    end: int

    @property
    def title(self) -> str:
        """The office without a country prefix, in the nominative ("US-Präsidenten" -> "Präsident")."""
        bare = re.sub(r"^[A-ZÄÖÜa-zäöü]+-(?=[A-ZÄÖÜ])", "", self.text)
        return re.sub(r"(?<=nt)en$|(?<=prinz)en$|(?<=kanzler)s$|(?<=minister)s$", "", bare)


@attrs.frozen
class Mention(tablepack.Mention):
    """A person the text names after an office: name, titles, country, and where the name is."""

    label: str = "title"


def title_spans(text: str) -> list[Office]:
    """The offices the text names, each once (the first row wins where rows overlap), in order."""
    found: list[Office] = []
    for row in table("titles.toml"):
        for m in row.pattern.finditer(text):
            if any(o.start <= m.start() < o.end or m.start() <= o.start < m.end() for o in found):
                continue
            found.append(Office(m.group().strip(), row.label, m.start(), m.end()))
    return sorted(found, key=lambda o: o.start)


def _country_before(text: str, office: Office) -> str | None:
    """The country of the words before an office in its noun phrase ("der französische", "Frankreichs")."""
    tokens = list(re.finditer(r"[\wÄÖÜäöüß’'-]+", text[: office.start]))
    begin = office.start
    for tok in reversed(tokens[-3:]):
        word = tok.group()
        if text[tok.end() : begin].strip():
            break
        if word.lower() in _ARTICLES or _ADJECTIVE.match(word) or (word[:1].isupper() and word.endswith("s")):
            begin = tok.start()
            continue
        break
    spans = country_spans(text[begin : office.start])
    return spans[-1][0] if spans else None


_COMPLEMENT = re.compile(r"\s+(?P<article>(?:der|des)\s+)?(?:[\wÄÖÜäöüß-]+\s+){0,3}[\wÄÖÜäöüß-]+")


#: The noun of a state's form after its name or adjective ("der Russischen Föderation").
_STATE_NOUN = re.compile(
    r"\s+(?:Föderation|Eidgenossenschaft|Republik|Königreich|Staaten)(?:\s+von\s+Amerika)?\b"
)


def _country_after(text: str, office: Office) -> tuple[str | None, int]:
    """The state named right after an office ("der Russischen Föderation", "der Republik Österreich")
    and where it ends: the name or adjective, with the noun of the state's form after it."""
    m = _COMPLEMENT.match(text, office.end)
    if m is None:
        return None, office.end
    spans = country_spans(m.group())
    if not spans:
        return None, office.end
    code, start, end = spans[0]
    # after "der"/"des" the state may follow its adjective ("der Republik Österreich"); with no article
    # it is a genitive right after the office ("des Außenministers Russlands")
    if start > (_NEAR if m.group("article") else len(m.group()) - len(m.group().lstrip())):
        return None, office.end
    end += m.start()
    form = _STATE_NOUN.match(text, end)
    return code, form.end() if form else end


def _name_word(text: str, tok: re.Match[str], names: list[tuple[int, int]]) -> tuple[int, int] | None:
    """What a word after an office is to the name: its span (a name word, a particle inside the
    name, a surname whose full stop ends the sentence: "… Jan Nowak."), or None (the name ends)."""
    word = tok.group()
    low = word.lower()
    capital = _CAP.match(word) and low.rstrip(".") not in _NOT_NAME
    if (capital and (word[-1] != "." or _INITIAL.match(word))) or (names and low in _PARTICLES):
        return tok.start(), tok.end()
    if capital and names and _SENTENCE_END.match(text, tok.end()):
        return tok.start(), tok.end() - 1
    return None


def _name_after(text: str, start: int, offices: list[Office]) -> tuple[int, int] | None:
    """Where the name right after ``start`` is (after an optional comma and honorifics), or None."""
    m = re.match(r"\s*,\s*", text[start:])
    pos = start + (m.end() if m else 0)
    names: list[tuple[int, int]] = []
    for tok in _TOKEN.finditer(text, pos):
        if text[pos : tok.start()].strip() or any(o.start <= tok.start() < o.end for o in offices):
            break
        pos = tok.end()
        if not names and tok.group().lower() in _HONORIFICS:
            continue
        span = _name_word(text, tok, names)
        if span is None:
            break
        names.append(span)
        if span[1] < tok.end() or len(names) >= _MAX_NAME:
            break
    while names and text[names[-1][0] : names[-1][1]].lower() in _PARTICLES:
        names.pop()
    return (names[0][0], names[-1][1]) if names else None


@attrs.frozen
class Homes:
    """Whose an office is where the page names no state: ``federal`` for the offices Germany, Austria
    and Switzerland share ("Bundeskanzler"), ``state`` for any other ("Staatspräsident")."""

    federal: str | None = None
    state: str | None = None


#: One office of two states, then the two names: "Die Außenminister Russlands und Deutschlands,
#: Sergej Lawrow und Heiko Maas," (the states and names up to their commas).
_PAIRED = re.compile(r"\s+(?P<states>[^,.;:]{3,80}?\s+und\s+[^,.;:]{3,60}?)\s*,\s*(?=[A-ZÄÖÜ])")


def _paired(text: str, office: Office, offices: list[Office]) -> list[Mention]:
    """The two people of one office named for two states, each with the state in its place
    ("Die Außenminister Russlands und Deutschlands, Sergej Lawrow und Heiko Maas,"), or none."""
    m = _PAIRED.match(text, office.end)
    if m is None:
        return []
    states = country_spans(m.group("states"))
    first = _name_after(text, m.end(), offices)
    link = re.match(r"\s+und\s+", text[first[1] :]) if first else None
    if len(states) != 2 or first is None or link is None:
        return []
    second = _name_after(text, first[1] + link.end(), offices)
    if second is None:
        return []
    return [
        Mention(text[s:e], (office.title,), code, s, e, office.label)
        for (code, _start, _end), (s, e) in zip(states, (first, second), strict=True)
    ]


def read_mentions(text: str, homes: Homes | None = None) -> list[Mention]:
    """The people the text names after an office, in order, each with its title and country."""
    homes = homes or Homes()
    offices = title_spans(text)
    out: list[Mention] = []
    for office in offices:
        pair = _paired(text, office, offices)
        if pair:
            out.extend(m for m in pair if not any(o.start <= m.start < o.end for o in out))
            continue
        after, end = _country_after(text, office)
        span = _name_after(text, end, offices)  # after the state named after the office, if any
        if span is None or any(m.start <= span[0] < m.end for m in out):
            continue
        inner = country_spans(office.text)
        country = (inner[0][0] if inner else None) or _country_before(text, office) or after
        if country is None and office.label not in ("title", "relation", "spokesperson", "federal"):
            country = office.label
        if country is None:
            country = homes.federal if office.label == "federal" else homes.state
        titles = () if office.label == "relation" else (office.title,)
        out.append(Mention(text[span[0] : span[1]], titles, country, span[0], span[1], office.label))
    return out
