"""The German reading of a page: readout or not, the opening, the kind, the date, the principals.

Written against the language-pack contract (``readoutlib.languages``); ``GermanPack`` wraps these
functions. Vocabulary lives in the TOML tables beside this module.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

import attrs

from ...model import EventKind, Participant
from .people import Mention, read_mentions
from .tables import first, first_label, table
from .text import event_day, full_date, sentences

__all__ = [
    "Opening",
    "event_date",
    "event_kind",
    "find_opening",
    "find_principals",
    "home_of",
    "not_readout_reason",
    "page_date",
]

#: How many paragraphs the opening is looked for in.
_OPENING_WINDOW = 3
#: How many sentences after an opening that names fewer than two people may name its principals.
_NAMES_AFTER = 2
#: The three states whose federal offices share their names, by their country-code domain.
_FEDERAL_DOMAINS = {"de": "DE", "at": "AT", "ch": "CH"}


@attrs.frozen
class Opening:
    """The sentence that reports the event, the paragraph it is in, and the form of its clause."""

    sentence: str
    paragraph: int
    form: str
    following: tuple[str, ...] = ()


def not_readout_reason(headline: str | None, body: Sequence[str], extra: Sequence[str] = ()) -> str | None:
    """Why the page is not a readout, from its headline and first paragraphs (None: it may be one)."""
    for pattern in extra:
        if headline and re.search(pattern, headline):
            return "the publisher's profile marks this headline as not a readout"
    texts = [headline or "", *body[:_OPENING_WINDOW]]
    opening = find_opening(body)
    for text in texts:
        if opening is not None and text == body[opening.paragraph]:
            break
        found = first(table("genre.toml"), text)
        if found is not None:
            return found[0].label
    return None


def find_opening(paragraphs: Sequence[str], headline: str | None = None) -> Opening | None:
    """The first sentence in the first paragraphs whose clause reports a call, meeting, talks or visit."""
    for index, para in enumerate(paragraphs[:_OPENING_WINDOW]):
        spans = sentences(para)
        for k, (start, end) in enumerate(spans):
            sentence = para[start:end]
            label = first_label("opening.toml", sentence)
            if label is not None and label != "noun":
                after = [para[s:e] for s, e in spans[k + 1 :]]
                after += [nxt[s:e] for nxt in paragraphs[index + 1 : index + 2] for s, e in sentences(nxt)]
                return Opening(sentence, index, label, tuple(after[:_NAMES_AFTER]))
    return None


def page_date(
    paragraphs: Sequence[str], headline: str | None, opening: Opening | None = None
) -> dt.date | None:
    """A full date in the headline or the lines before the opening ("… (Paris, 17. August 2018)")."""
    stop = opening.paragraph if opening is not None and opening.paragraph >= 0 else 1
    for text in (headline or "", *paragraphs[:stop]):
        found = full_date(text)
        if found is not None:
            return found
    return None


def event_kind(headline: str | None, opening: str | None) -> EventKind:
    """The kind from the opening, else the headline: the channel first, then a trip, talks, a meeting."""
    for text in (opening, headline):
        if text:
            label = first_label("kinds.toml", text)
            if label is not None:
                return EventKind(label)
    return EventKind.OTHER


def event_date(opening: str | None, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The date the opening gives the event, else the page's own date (basis "published")."""
    if opening:
        date, basis = event_day(opening, published)
        if date is not None:
            return date, basis
    if published is not None:
        return published, "published"
    return None, None


def home_of(url: str | None, profile_home: str | None) -> str | None:
    """The country a federal office with no state named belongs to: the publisher's (its profile's),
    else the one whose country-code domain the page is on, else Germany, the commonest."""
    if profile_home:
        return profile_home
    host = urlsplit(url or "").hostname or ""
    return _FEDERAL_DOMAINS.get(host.rsplit(".", 1)[-1], "DE")


def _slug(name: str) -> str:
    words = re.findall(r"[^\W_]+", name.casefold())
    return "-".join(words) or "person"


def _same(a: str, b: str) -> bool:
    """One name given in full and by surname ("Angela Merkel", "Merkel")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _named(texts: Sequence[str], home: str | None) -> list[Mention]:
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


def find_principals(
    opening: Opening | None, headline: str | None, home: str | None
) -> tuple[Participant, ...]:
    """The principals of the opening, in order, each once; where it names fewer than two, the next
    sentences' and the headline's."""
    if opening is None:
        return ()
    mentions = _named([opening.sentence], home)
    if len(mentions) < 2:
        mentions = _named([opening.sentence, *opening.following, headline or ""], home)
    out: list[Participant] = []
    seen: set[str] = set()
    for mention in mentions:
        pid = _slug(mention.name)
        if pid in seen:
            continue
        seen.add(pid)
        out.append(Participant(pid, mention.name, mention.country, mention.titles))
    return tuple(out)
