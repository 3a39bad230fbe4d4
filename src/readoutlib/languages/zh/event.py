"""The Chinese report's opening: the sentence that reports the event, its kind, date, place and sides.

"2020年12月22日，国务委员兼外长王毅应约同俄罗斯外长拉夫罗夫通电话。" names the event (通电话: a
call), its date, both principals with their offices and countries, and who asked for it (应约: the
other side). The opening is the first sentence of the page's first paragraphs that has an event
word and two people named with an office (or one so named and one named so earlier on the page).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache, lru_cache

import attrs

from ...dates import find_dates
from ...model import EventKind
from .people import Mention, country_at, mentions, office_at
from .tables import alternation, compiled
from .text import HAN, fold, sentences

__all__ = ["Opening", "event_date", "event_kind", "event_location", "find_opening", "requester"]

#: How many of the page's first paragraphs may hold the opening.
_OPENING_PARAGRAPHS = 8
_DAY = dt.timedelta(days=1)


@attrs.frozen
class Opening:
    """The sentence that reports the event, and the two sides it names (first as written first)."""

    paragraph: int
    start: int
    end: int
    sides: tuple[Mention, Mention]


@cache
def _kinds() -> re.Pattern[str]:
    return re.compile(alternation("kinds.toml"))


def find_opening(paragraphs: Sequence[str]) -> Opening | None:
    """The first sentence with an event word and two distinct people named, or None."""
    return _find_opening(tuple(paragraphs))


@lru_cache(maxsize=64)  # the genre, event and participants stages all ask for it
def _find_opening(paragraphs: tuple[str, ...]) -> Opening | None:
    known: dict[str, Mention] = {}
    for index, para in enumerate(paragraphs[:_OPENING_PARAGRAPHS]):
        for start, end in sentences(para):
            found = [m for m in mentions(para, start, end) if not m.spouse]
            for mention in found:
                known.setdefault(fold(mention.name), mention)
            if not _kinds().search(fold(para[start:end])):
                continue
            sides = _two_sides(para, start, end, found, known)
            if sides is None and len(found) == 1:
                sides = _with_addressee(para, start, end, found[0])
            if sides is not None:
                return Opening(index, start, end, sides)
    return None


@cache
def _addressee() -> re.Pattern[str]:
    """The person a message is sent to, named right after the sending verb ("致电奥尔森，祝贺…")."""
    return re.compile(
        rf"(?:{alternation('addressees.toml')})(?P<name>{HAN}{{2,10}}?)(?=[，,。；;]|表示|祝贺|对|就)"
    )


def _with_addressee(para: str, start: int, end: int, sender: Mention) -> tuple[Mention, Mention] | None:
    """A message's two sides: its sender (named with an office) and the person it is sent to, whose
    country and office the sentence may give later ("…祝贺他当选挪威首相")."""
    folded = fold(para)
    match = _addressee().search(folded, sender.name_end, end)
    if match is None:
        return None
    name_start, name_end = match.span("name")
    country: str | None = None
    titles: tuple[str, ...] = ()
    for later in range(name_end, end):
        found = country_at(folded, later)
        if found is not None:
            country = found[0]
            office_end = office_at(folded, later + found[1], end)
            titles = (para[later + found[1] : office_end],) if office_end is not None else ()
            break
    name = para[name_start:name_end]
    return sender, Mention(name, titles, country, name_start, name_start, name_end)


def _two_sides(
    para: str, start: int, end: int, found: list[Mention], known: dict[str, Mention]
) -> tuple[Mention, Mention] | None:
    """The first two distinct people of the sentence: named with an office here, or earlier."""
    people = {m.name_start: m for m in found}
    folded = fold(para)
    for name, mention in known.items():
        at = folded.find(name, start, end)  # a person's first appearance orders them
        if at >= 0 and not any(m.name_start <= at < m.name_end for m in found):
            people.setdefault(at, attrs.evolve(mention, start=at, name_start=at, name_end=at + len(name)))
    ordered: list[Mention] = []
    for at in sorted(people):
        if all(fold(m.name) != fold(people[at].name) for m in ordered):
            ordered.append(people[at])
            if len(ordered) == 2:
                return ordered[0], ordered[1]
    return None


def event_kind(sentence: str) -> EventKind:
    """The kind of event the opening reports, by the kind table's rows in order."""
    folded = fold(sentence)
    for pattern, label in compiled("kinds.toml"):
        if pattern.search(folded):
            return EventKind(label)
    return EventKind.OTHER


def requester(sentence: str, sides: tuple[Mention, Mention]) -> int | None:
    """Which side (0 or 1) asked for the event: "应约" is the other side, "应<X>之约" is X."""
    folded = fold(sentence)
    for pattern, label in compiled("requests.toml"):
        match = pattern.search(folded)
        if match is None:
            continue
        if label == "other":
            return 1
        who = match.group("who")
        for index, side in enumerate(sides):
            if fold(side.name) in who:
                return index
    return None


@cache
def _place() -> re.Pattern[str]:
    stops = alternation("kinds.toml")  # and "先后会见" (not every adverb: 都 ends 首都, 成都)
    return re.compile(
        rf"(?<![正现所存实])在(?P<place>{HAN}{{2,16}}?)(?=[，,、。]|出席|期间|同|与|和|举行|先后|分别|{stops})"
    )


def event_location(sentence: str, kind: EventKind, start: int = 0) -> str | None:
    """The city of a meeting or talks, said after its first side (from ``start``): "杨洁篪在德国慕尼黑
    会见…" -> "慕尼黑". A call has none; "在官网上公布" before the subject is not the event's place."""
    if kind in (EventKind.PHONE_CALL, EventKind.VIDEO_CALL, EventKind.MESSAGE):
        return None
    folded = fold(sentence)
    for match in _place().finditer(folded, start):
        start, end = match.span("place")
        found = country_at(folded, start)
        if found is not None:
            start += found[1]
        if folded.startswith("首都", start):
            start += 2
        if end - start >= 2 and not _kinds().search(folded, start, end):
            return sentence[start:end]
    return None


@cache
def _dateline() -> re.Pattern[str]:
    return compiled("datelines.toml")[0][0]


def dateline_day(sentence: str, published: dt.date | None) -> tuple[int, dt.date | None]:
    """Where the text after an agency's dateline starts, and the dateline's day (its year the
    publication's; a month after it is last year's)."""
    match = _dateline().match(fold(sentence))
    if match is None:
        return 0, None
    if published is None:
        return match.end(), None
    written = _on_or_before(published.year, int(match.group("month")), int(match.group("day")), published)
    return match.end(), written


def _on_or_before(year: int, month: int, day: int, anchor: dt.date) -> dt.date | None:
    try:
        when = dt.date(year, month, day)
        if when > anchor + _DAY:
            when = dt.date(year - 1, month, day)
    except ValueError:
        return None
    return when


def event_date(sentence: str, anchor: dt.date | None) -> tuple[dt.date, str] | None:
    """The event's date in ``sentence`` and its basis ("text" or "relative" to ``anchor``).

    Full dates and month-and-day dates ("2020年12月22日", "二〇二〇年十二月二十二日", "6月5日") are the
    project's date parser's (``readoutlib.dates``); the forms it leaves to the language ("25日",
    "今天", "昨天") are the pack's table.
    """
    folded = fold(sentence)
    for found in find_dates(folded):
        if found.year is not None:
            return (found.date, "text") if found.date is not None else None
        if anchor is not None:
            when = _on_or_before(anchor.year, found.month, found.day, anchor)
            return (when, "relative") if when is not None else None
        return None
    for pattern, label in compiled("dates.toml"):
        match = pattern.search(folded)
        if match is None:
            continue
        resolved = _resolve(label, match, anchor)
        if resolved is not None:
            return resolved
    return None


def _resolve(label: str, match: re.Match[str], anchor: dt.date | None) -> tuple[dt.date, str] | None:
    if anchor is None:
        return None
    when: dt.date | None
    if label == "day":
        day = int(match["day"])
        month = dt.date(anchor.year, anchor.month, 1)
        if day > anchor.day + 1:
            month = (month - _DAY).replace(day=1)
        try:
            when = month.replace(day=day)
        except ValueError:
            return None
    else:
        when = anchor - (_DAY if label == "yesterday" else dt.timedelta(0))
    return when, "relative"
