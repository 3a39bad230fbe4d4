"""The principals of a Japanese readout, who asked for the call, and the others the body names.

The principals are the opening's subject and the people it held the event with, in that order,
each with the titles and country the text writes ("トム・リード米国国務長官" → US, 国務長官). A
Japanese office written without a country ("外務大臣", "内閣総理大臣") is Japan's; a counterpart
with no country takes the one the headline pairs with Japan ("日豪首脳電話会談"). Where the page
prints the Latin form of a name beside it ("(The Honorable Tom Reed, …)"), the participant's
``key`` is built from that form, so it is the key an English readout of the same person gives, and
the form is kept in ``aliases`` with the name's kana reading where the page prints one
("金民洙(キム・ミンス)").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from ...model import Participant, participant_key
from ...rules import Table, load_table
from .event import Opening
from .names import Mention, find_mentions, headline_countries, parse_mention, same_person

__all__ = ["mentioned_people", "principals", "requested_probe", "requester"]

#: "同長官", "同首相": the person last named with that title.
_SAME = re.compile(r"^同(?P<title>[\u4e00-\u9fff]{1,6})$")


@cache
def _requested() -> Table:
    return load_table(__package__, "requested.toml")


def _slug(name: str) -> str:
    value = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKC", name).casefold()).strip("-")
    return value or "participant"


def _countries(mentions: Sequence[Mention], headline: str | None) -> list[str | None]:
    """Each mention's country: as written; Japan for a Japanese office; else the headline's pair."""
    countries = [m.country or ("JP" if m.home_office else None) for m in mentions]
    pair = [c for c in headline_countries(headline) if c not in countries]
    missing = [i for i, c in enumerate(countries) if c is None]
    if len(missing) == 1 and len(pair) == 1:
        countries[missing[0]] = pair[0]
    return countries


def requester(opening: Opening, people: Sequence[Mention]) -> int | None:
    """The index in ``people`` of the one who asked for the event, when the opening says so."""
    for pattern, _ in _requested().compiled():
        m = pattern.search(opening.sentence)
        if m is None:
            continue
        who = m.group("who").strip(" ，,、")
        if who == "先方":
            return 1 if len(people) > 1 else None
        if who in ("我が方", "当方"):
            return 0
        return _resolve(who, people)
    return None


def _resolve(who: str, people: Sequence[Mention]) -> int | None:
    """The person a phrase names: a mention ("リード国務長官"), or "同長官" by its title."""
    same = _SAME.match(who)
    if same:
        hits = [i for i, p in enumerate(people) if any(t.endswith(same.group("title")) for t in p.titles)]
        return hits[0] if len(hits) == 1 else None
    mention = parse_mention(who)
    name = mention.name if mention is not None else who
    hits = [i for i, p in enumerate(people) if same_person(name, p.name) or same_person(p.name, name)]
    return hits[0] if len(hits) == 1 else None


def principals(opening: Opening, headline: str | None) -> tuple[Participant, ...]:
    """The opening's subject and the others, as participants (ids unique, keys from Latin forms)."""
    people: list[Mention] = [opening.subject]
    for other in opening.others:
        if not any(same_person(other.name, p.name) or same_person(p.name, other.name) for p in people):
            people.append(other)
    countries = _countries(people, headline)
    asked = requester(opening, people)
    out: list[Participant] = []
    used: set[str] = set()
    for index, (person, country) in enumerate(zip(people, countries, strict=True)):
        base = _slug(person.name)
        pid, n = base, 2
        while pid in used or pid == "both":
            pid, n = f"{base}-{n}", n + 1
        used.add(pid)
        extra = {"key": participant_key(person.latin, country)} if person.latin else {}
        aliases = tuple(a for a in (person.latin, person.reading) if a)
        out.append(
            Participant(
                id=pid,
                name=person.name,
                country=country,
                titles=person.titles,
                requested=index == asked,
                aliases=aliases,
                **extra,
            )
        )
    return tuple(out)


def mentioned_people(body: Sequence[str], participants: Sequence[Participant]) -> tuple[str, ...]:
    """Other people the body names with a title, as written, in order of first mention."""
    seen: dict[str, None] = {}
    for para in body:
        for mention in find_mentions(para):
            name = mention.name
            if any(same_person(name, p.name) or same_person(p.name, name) for p in participants):
                continue
            if not any(same_person(name, n) for n in seen):
                seen.setdefault(name, None)
    return tuple(seen)


def requested_probe(text: str) -> str:
    """The phrase naming who asked for the event in an opening sentence, or "none"."""
    for pattern, _ in _requested().compiled():
        m = pattern.search(text)
        if m:
            return m.group("who").strip(" ，,、")
    return "none"
