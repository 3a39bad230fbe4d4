"""The French reading of a page: readout or not, the opening, the kind, the date, the principals.

Written against the language-pack contract (``readoutlib.languages``); ``FrenchPack`` wraps these
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
from ..tablepack import Opening, first_date, kind_of, person_id
from .countries import country_spans
from .people import Mention, read_mentions, title_spans
from .tables import first_label, table
from .text import event_day, full_date, sentences

__all__ = [
    "Opening",
    "domain_home",
    "event_date",
    "event_kind",
    "find_opening",
    "find_principals",
    "named_countries",
    "not_readout_reason",
    "page_date",
]

#: How many paragraphs the opening is looked for in.
_OPENING_WINDOW = 3
#: How many sentences after an opening that names nobody may name its principals.
_NAMES_AFTER = 2


def not_readout_reason(headline: str | None, body: Sequence[str], extra: Sequence[str] = ()) -> str | None:
    """Why the page is not a readout, from its headline and first paragraphs (None: it may be one)."""
    opening = find_opening(body)
    at = body[opening.paragraph] if opening is not None else None
    return tablepack.not_readout_reason(
        [headline or "", *body[:_OPENING_WINDOW]], table("genre.toml"), at, extra
    )


#: Opening forms read in a headline only ("noun") or never an opening ("named": the event named
#: back by a noun, which a "joint" opening needs after it).
_NOT_IN_BODY = frozenset(("noun", "named"))
_NOT_IN_HEADLINE = frozenset(("joint", "named"))


def _names_the_event(sentence: str) -> bool:
    """The sentence names the event by a noun ("La conversation téléphonique entre les deux
    dirigeants …"): the "named" row of ``opening.toml``."""
    return any(rule.label == "named" and rule.pattern.search(sentence) for rule in table("opening.toml"))


def _joint_opening(sentence: str, following: Sequence[str]) -> bool:
    """A joint agreement opens where it names two people and a sentence after it names the event."""
    return len(read_mentions(sentence)) >= 2 and any(_names_the_event(s) for s in following)


def find_opening(paragraphs: Sequence[str], headline: str | None = None) -> Opening | None:
    """The first sentence in the first paragraphs whose clause reports a call, meeting or talks.

    A joint agreement ("A et B sont convenus de …") opens only where it names two people and a
    sentence after it names the event by a noun (a news lead that names the call in its second
    sentence); a headline that names
    the event opens where the body does not, with the body's first sentences after it (the channel
    they may name: "L'entretien téléphonique a duré …")."""
    for index, para in enumerate(paragraphs[:_OPENING_WINDOW]):
        spans = sentences(para)
        for k, (start, end) in enumerate(spans):
            sentence = para[start:end]
            label = first_label("opening.toml", sentence)
            if label is None or label in _NOT_IN_BODY:
                continue
            after = [para[s:e] for s, e in spans[k + 1 :]]
            after += [nxt[s:e] for nxt in paragraphs[index + 1 : index + 2] for s, e in sentences(nxt)]
            following = tuple(after[:_NAMES_AFTER])
            if label == "joint" and not _joint_opening(sentence, following):
                continue
            return Opening(sentence, index, label, following)
    label = first_label("opening.toml", headline) if headline else None
    if headline and label is not None and label not in _NOT_IN_HEADLINE:
        first_para = paragraphs[0] if paragraphs else ""
        lead = tuple(first_para[s:e] for s, e in sentences(first_para)[:_NAMES_AFTER])
        return Opening(headline, -1, "headline", lead)
    return None


def page_date(paragraphs: Sequence[str], opening: Opening | None = None) -> dt.date | None:
    """A full date in the lines before the opening (a date line, "Déclaration … (17 juin 2022)")."""
    stop = opening.paragraph if opening is not None and opening.paragraph >= 0 else 1
    return first_date(paragraphs[:stop], full_date)


def event_kind(headline: str | None, opening: str | None, after: Sequence[str] = ()) -> EventKind:
    """The kind from the opening, else the headline, else the sentences after the opening (the call a
    joint agreement's next sentence names): the channel first, then talks, then a meeting."""
    return kind_of(table("kinds.toml"), (opening, headline, *after))


def event_date(opening: str | None, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The date the opening gives the event, else the page's own date (basis "published")."""
    return tablepack.event_date(opening, published, event_day)


def _opening_mentions(opening: Opening) -> list[Mention]:
    """The people the opening names; where it names fewer than two, the next sentences' names
    ("Le ministre russe et son homologue français ont abordé … Sergueï Lavrov et Jean-Yves Le
    Drian ont échangé …")."""
    sentence = _without_rubric(opening.sentence) if opening.form == "headline" else opening.sentence
    mentions = read_mentions(sentence)
    offices = [] if mentions else _office_countries(sentence)
    for sentence in opening.following:
        if len(mentions) >= 2:
            break
        known = {m.name for m in mentions}
        mentions += [m for m in read_mentions(sentence) if m.name not in known]
    if offices and len(offices) == len(mentions):
        mentions = [
            m if m.country else attrs.evolve(m, country=c) for m, c in zip(mentions, offices, strict=True)
        ]
    return mentions


def _without_rubric(headline: str) -> str:
    """A headline without the rubric a colon ends ("Guerre en Ukraine : un échange … entre A et B"),
    where the rest still reports the event: the rubric names no side."""
    _rubric, colon, rest = headline.rpartition(" : ")
    return rest if colon and first_label("opening.toml", rest) else headline


_NEXT_SIDE = re.compile(r"\s+et\s+|,|\s+(?:a|ont|se|s['’])\s", re.IGNORECASE)


def _office_countries(sentence: str) -> list[str | None]:
    """The country of each office an opening names without a name ("Le ministre russe … et son
    homologue français"), in order."""
    out: list[str | None] = []
    for office in title_spans(sentence):
        stop = _NEXT_SIDE.search(sentence, office.end)
        window = sentence[office.start : stop.start() if stop else len(sentence)]
        spans = country_spans(window)
        out.append(office.country or (spans[0][0] if spans else None))
    return out


def find_principals(opening: Opening | None, home_country: str | None = None) -> tuple[Participant, ...]:
    """The principals of the opening, in order, each once; a principal with no country named is the
    publisher's (its profile's home country)."""
    if opening is None:
        return ()
    out: list[Participant] = []
    seen: set[str] = set()
    for mention in _opening_mentions(opening):
        pid = person_id(mention.name)
        if pid in seen or any(mention.name in p.name for p in out):
            continue
        seen.add(pid)
        country = mention.country or home_country
        out.append(Participant(pid, mention.name, country, mention.titles))
    return tuple(out)


#: The clause that opens a sentence with an office and no name, up to its verb ("Le chef de l'État
#: sénégalais s'est réjoui …").
_OFFICE_SUBJECT = re.compile(
    r"\s*(?:le|la|l['’])\s*(?P<office>[^,;:]{3,60}?)\s+(?:a|avait|s['’](?:est|était))\s", re.I
)
_COUNTERPART = re.compile(r"\bson\s+homologue\s+[\w-]+", re.I)
#: Two states named as a pair: "la coopération entre le Sénégal et la France".
_BETWEEN = re.compile(r"\bentre\s+(?P<pair>[^,.;:]{3,60}?\s+et\s+[^,.;:]{3,40})", re.I)


def _one_country(text: str) -> str | None:
    codes = {code for code, _s, _e in country_spans(text)}
    return codes.pop() if len(codes) == 1 else None


def _subject_and_counterpart(sentence: str) -> tuple[str, str] | None:
    """The countries of a sentence's office subject and of "son homologue <demonym>" in it."""
    subject = _OFFICE_SUBJECT.match(sentence)
    other = _COUNTERPART.search(sentence)
    if subject is None or other is None:
        return None
    mine, theirs = _one_country(subject.group("office")), _one_country(other.group())
    return (mine, theirs) if mine and theirs and mine != theirs else None


def _pair_of_states(texts: Sequence[str]) -> set[str]:
    """The two states the first "entre X et Y" of the texts names, or none."""
    for text in texts:
        for m in _BETWEEN.finditer(text):
            codes = {code for code, _s, _e in country_spans(m.group("pair"))}
            if len(codes) == 2:
                return codes
    return set()


def named_countries(
    principals: tuple[Participant, ...], opening: Opening | None, body: Sequence[str]
) -> tuple[Participant, ...]:
    """Two principals, the countries the opening gave neither or one of them filled from the
    sentences after it: an office with its demonym as the next sentence's subject is the opening's
    subject, "son homologue <demonym>" the other side ("Le chef de l'État sénégalais s'est réjoui
    de son entretien avec son homologue français"); else a pair of states ("entre le Sénégal et la
    France") gives the side without one the state the other's is not."""
    if opening is None or len(principals) != 2 or all(p.country for p in principals):
        return principals
    found = _subject_and_counterpart(opening.following[0]) if opening.following else None
    if found is not None and all(p.country in (None, c) for p, c in zip(principals, found, strict=True)):
        return tuple(attrs.evolve(p, country=c) for p, c in zip(principals, found, strict=True))
    known = [p.country for p in principals if p.country]
    states = _pair_of_states([*opening.following, *body[:_OPENING_WINDOW]])
    if len(known) != 1 or known[0] not in states:
        return principals
    rest = (states - set(known)).pop()
    return tuple(p if p.country else attrs.evolve(p, country=rest) for p in principals)


def domain_home(principals: tuple[Participant, ...], url: str | None) -> tuple[Participant, ...]:
    """The principals, one the page gives no state taking the state of its country-code domain (an
    Algerian paper's minister: "lespoirlibere.dz"), unless another principal is of that state. Where
    more than one has no state, the domain cannot tell which is its state's: none takes it."""
    home = domain_country(url)
    unknown = sum(1 for p in principals if not p.country)
    if home is None or unknown != 1 or any(p.country == home for p in principals):
        return principals
    return tuple(p if p.country else attrs.evolve(p, country=home) for p in principals)
