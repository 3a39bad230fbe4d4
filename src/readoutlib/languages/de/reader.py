"""The German reading of a page: readout or not, the opening, the kind, the date, the principals.

Written against the language-pack contract (``readoutlib.languages``); ``GermanPack`` wraps these
functions. Vocabulary lives in the TOML tables beside this module.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from ...domains import domain_country
from ...model import EventKind, Participant
from .. import tablepack
from ..tablepack import first_date, kind_of, person_id
from .countries import country_spans
from .people import Homes, Mention, read_mentions, title_spans
from .tables import first_label, table
from .text import WEEKDAYS, event_day, full_date, sentences

__all__ = [
    "Opening",
    "event_date",
    "event_kind",
    "event_place",
    "find_opening",
    "find_principals",
    "home_of",
    "not_readout_reason",
    "page_date",
]

#: How many paragraphs the opening is looked for in.
_OPENING_WINDOW = 3
#: The share of a sentence's words another must hold to restate it.
_RESTATED = 0.7
#: "die beiden" with no noun after it (a noun is capitalised: "die beiden Minister"), or "beide".
_THE_TWO = re.compile(r"\b[Dd](?:ie|en)\s+beiden\b(?!\s+[A-ZÄÖÜ])|\b[Bb]eide\b")
_WEEKDAYS = frozenset(WEEKDAYS)
#: How many sentences after an opening that names fewer than two people may name its principals.
_NAMES_AFTER = 2
#: The three states whose federal offices share their names.
_FEDERAL = frozenset({"DE", "AT", "CH"})


@attrs.frozen
class Opening(tablepack.Opening):
    """The sentence that reports the event, the paragraph it is in, the form of its clause, the
    sentences after it and those before it in its paragraph."""

    before: tuple[str, ...] = ()


def not_readout_reason(headline: str | None, body: Sequence[str], extra: Sequence[str] = ()) -> str | None:
    """Why the page is not a readout, from its headline and first paragraphs (None: it may be one)."""
    opening = find_opening(body)
    at = body[opening.paragraph] if opening is not None else None
    return tablepack.not_readout_reason(
        [headline or "", *body[:_OPENING_WINDOW]], table("genre.toml"), at, extra
    )


def find_opening(paragraphs: Sequence[str], headline: str | None = None) -> Opening | None:
    """The first sentence in the first paragraphs whose clause reports a call, meeting, talks or visit
    (where a later paragraph restates it, a teaser's lead, the later one's)."""
    for index, para in enumerate(paragraphs[:_OPENING_WINDOW]):
        for start, end in sentences(para):
            label = first_label("opening.toml", para[start:end])
            if label is not None and label != "noun":
                return _opening_at(
                    paragraphs, _restated(paragraphs, index, para[start:end]), para[start:end], label
                )
    return None


def _opening_at(paragraphs: Sequence[str], index: int, sentence: str, label: str) -> Opening:
    """The opening in paragraph ``index``: its sentence that restates ``sentence``, and the next ones."""
    para = paragraphs[index]
    spans = sentences(para)
    k = next((j for j, (s, e) in enumerate(spans) if _restates(para[s:e], sentence)), 0)
    after = [para[s:e] for s, e in spans[k + 1 :]]
    after += [nxt[s:e] for nxt in paragraphs[index + 1 : index + 2] for s, e in sentences(nxt)]
    before = tuple(para[s:e] for s, e in spans[:k])
    return Opening(para[spans[k][0] : spans[k][1]], index, label, tuple(after[:_NAMES_AFTER]), before)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{3,}", text.casefold()))


def _restates(sentence: str, opening: str) -> bool:
    """A sentence that reports what the opening does in most of its words (a teaser's lead and the
    report's own first sentence)."""
    a, b = _words(sentence), _words(opening)
    return bool(a and b) and len(a & b) >= _RESTATED * min(len(a), len(b))


def _restated(paragraphs: Sequence[str], index: int, opening: str) -> int:
    """The paragraph that restates the opening found in paragraph ``index`` within the next two (a
    teaser above the report: "Der Sprecher teilt mit: …", then the report), else ``index``."""
    for later in range(index + 1, min(index + 3, len(paragraphs))):
        spans = sentences(paragraphs[later])
        if spans and _restates(paragraphs[later][spans[0][0] : spans[0][1]], opening):
            return later
    return index


def page_date(
    paragraphs: Sequence[str], headline: str | None, opening: Opening | None = None
) -> dt.date | None:
    """A full date in the headline or the lines before the opening ("… (Paris, 17. August 2018)")."""
    stop = opening.paragraph if opening is not None and opening.paragraph >= 0 else 1
    return first_date((headline or "", *paragraphs[:stop]), full_date)


def event_kind(headline: str | None, opening: str | None) -> EventKind:
    """The kind from the opening, else the headline: the channel first, then a trip, talks, a meeting."""
    return kind_of(table("kinds.toml"), (opening, headline))


#: A dateline's place opening the report ("Vatikanstadt. Am Vormittag …", "Wien – Der …").
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÄÖÜ][\wäöüß-]+(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)\s*(?:\.|\s[–-])\s+(?=[A-ZÄÖÜ])"
)
#: A headline's place after its last "in" ("Bundespräsident Steinmeier in Wien").
_HEADLINE_PLACE = re.compile(r"\bin\s+(?P<place>[A-ZÄÖÜ][\wäöüß-]+)\s*$")
_PLACED = frozenset({EventKind.MEETING, EventKind.VISIT, EventKind.TALKS})


def event_place(kind: EventKind, headline: str | None, opening_paragraph: str | None) -> str | None:
    """Where a meeting, visit or talks took place: the dateline that opens the report, else the place
    the headline ends with; never a country or a weekday."""
    if kind not in _PLACED:
        return None
    m = _DATELINE.search(opening_paragraph or "")
    if m and m["place"].casefold().rstrip("s") not in _WEEKDAYS and not title_spans(m["place"]):
        return m["place"]  # a dateline names a city (or a city state: "Vatikanstadt")
    m = _HEADLINE_PLACE.search(headline or "")
    if m and not country_spans(m["place"]):
        return m["place"]
    return None


def event_date(opening: str | None, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The date the opening gives the event, else the page's own date (basis "published")."""
    return tablepack.event_date(opening, published, event_day)


def home_of(url: str | None, profile_home: str | None) -> Homes:
    """Whose an office is where the page names no state: the publisher's (its profile's home
    country), else the state whose country-code domain the page is on; a federal office the three
    German-speaking states share is Germany's, the commonest, unless the page is Austria's or
    Switzerland's."""
    state = profile_home or domain_country(url)
    federal = state if state in _FEDERAL else "DE"
    return Homes(federal, state)


def _same(a: str, b: str) -> bool:
    """One name given in full and by surname ("Angela Merkel", "Merkel")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _named(texts: Sequence[str], home: Homes) -> list[Mention]:
    out: list[Mention] = []
    for text in texts:
        for m in read_mentions(text, home):
            if m.label == "spokesperson":
                continue
            known = next((k for k, o in enumerate(out) if _same(o.name, m.name)), None)
            if known is None:
                out.append(m)
            elif len(m.name) > len(out[known].name) or out[known].country is None:
                old = out[known]
                name = m.name if len(m.name) > len(old.name) else old.name
                out[known] = attrs.evolve(
                    old, name=name, country=old.country or m.country, titles=old.titles or m.titles
                )
    return out


def _named_in(name: str, sentence: str) -> bool:
    """The person's surname stands in the sentence, or the sentence names two people without naming
    them ("Das vereinbarten die beiden …")."""
    surname = name.rsplit(maxsplit=1)[-1]
    return bool(re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", sentence) or _THE_TWO.search(sentence))


def _merged(first: list[Mention], more: list[Mention]) -> list[Mention]:
    """``first`` and then the people of ``more`` it does not name."""
    return first + [m for m in more if not any(_same(m.name, f.name) for f in first)]


def find_principals(opening: Opening | None, headline: str | None, home: Homes) -> tuple[Participant, ...]:
    """The principals of the opening, in order, each once; where it names fewer than two, the next
    sentences' and the headline's."""
    if opening is None:
        return ()
    mentions = _named([opening.sentence], home)
    if len(mentions) < 2:
        # a principal the opening names by surname (or "die beiden") whom a sentence before gave an office
        earlier = [m for m in _named(opening.before, home) if _named_in(m.name, opening.sentence)]
        mentions = _merged(mentions, earlier)
    if len(mentions) < 2:
        mentions = _merged(mentions, _named([*opening.following, headline or ""], home))
    out: list[Participant] = []
    seen: set[str] = set()
    for mention in mentions:
        pid = person_id(mention.name)
        if pid in seen:
            continue
        seen.add(pid)
        out.append(Participant(pid, mention.name, mention.country, mention.titles))
    return tuple(out)
