"""The event a Japanese readout reports: its opening clause, kind, date and place.

The opening is the sentence whose subject, a person named with a title and marked by "は" or "が",
held an event with others: "山田花子外務大臣は，トム・リード米国国務長官と電話会談を行いました",
"…との間で会談を行ったところ，概要は以下のとおりです", "…の表敬を受けました". Its event noun gives
the kind (``kinds.toml``). The date is a full date in the opening ("令和2年1月7日"), else the day it
names against the page's date: "本26日" (this month's 26th), "3日(日曜日)" (the last 3rd on or
before the page's date), "9月19日" (the page's year); else the page's date itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

import attrs

from ...analysis.sentences import split_sentences
from ...dates import find_dates
from ...model import EventKind
from ...rules import Table, load_table
from .names import Mention, country_at_end, find_mentions

__all__ = [
    "EventDate",
    "Opening",
    "event_date",
    "event_kind",
    "event_place",
    "find_opening",
    "headline_opening",
    "kind_probe",
    "place_probe",
    "sentences",
]

#: The subject marker after a mention (a Latin-form parenthesis may stand between).
_SUBJECT = re.compile(r"\s*(?:[(（][^()（）]{0,240}[)）])?\s*(?:は|が)[，,、]?")
#: What makes an event noun the opening's predicate: held, done, received, in the past or now.
_HELD = (
    r"(?:を行(?:い|った|いました|っています|う)|を実施し|をし|し(?:ました|た|,|，|、)|の表敬を受け|を受け)"
)
#: The same in the future ("行う予定です", "行います"): an announcement, not a readout.
_PLANNED = re.compile(r"を行(?:う予定|います。?$)|を行う。|する予定")
#: How far into a paragraph the opening sentence is looked for (bounded: issue 11's slow pages).
_WINDOW = 600
#: "本26日" (this month's 26th), "昨30日" (yesterday, the 30th).
_THIS_DAY = re.compile(r"(?:本|昨)(\d{1,2})日")
#: A day of the month with its weekday or a comma at the start: "3日(日曜日)," "3日,".
_BARE_DAY = re.compile(r"^\s*(\d{1,2})日\s*(?:[(（].{1,4}[)）])?\s*[,，、]")
_KIND_VALUES = frozenset(kind.value for kind in EventKind)
#: How many days before its page a day-only or month-and-day date may be.
_RELATIVE_DAYS = 62


@attrs.frozen
class Opening:
    """The sentence that reports the event.

    Attributes:
        paragraph: its paragraph index in the body.
        sentence: the sentence.
        subject: the mention the sentence's は/が marks (the first principal).
        others: the other people the sentence names before its event noun, in order.
        event: the event noun phrase ("日米外相電話会談", "立ち話").
        planned: True when the event is in the future ("会談を行う予定です").
    """

    paragraph: int
    sentence: str
    subject: Mention
    others: tuple[Mention, ...]
    event: str
    planned: bool = False


@attrs.frozen
class EventDate:
    """An event date and how it was found ("text", "relative", "published"); both None if none."""

    date: dt.date | None = None
    basis: str | None = None


@cache
def _kinds() -> Table:
    return load_table(__package__, "kinds.toml")


@cache
def _places() -> Table:
    return load_table(__package__, "places.toml")


@cache
def _event_clause() -> re.Pattern[str]:
    nouns = _kinds().alternation()
    return re.compile(rf"(?P<noun>{nouns}){_HELD}")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, the end after its "。" (the project's one splitter); a "。"
    inside 「…」 or (…) ends none."""
    return [(found.start, found.end) for found in split_sentences(text, spaceless=True)]


def _opening_in(sentence: str) -> tuple[Mention, tuple[Mention, ...], str, bool] | None:
    """The subject, the others, the event phrase and whether it is planned, in one sentence.

    The event phrase runs from the subject's marker to the end of the event noun ("リード国務長官と
    電話会談"); the others are the people named in it.
    """
    for event in _event_clause().finditer(sentence):
        mentions = find_mentions(sentence[: event.start()])
        for index, mention in enumerate(mentions):
            marker = _SUBJECT.match(sentence, mention.end)
            if marker is None:
                continue
            others = tuple(m for m in mentions[index + 1 :] if m.name != mention.name)
            phrase = sentence[marker.end() : event.end("noun")]
            if others or _refers_back(phrase):
                return mention, others, phrase, bool(_PLANNED.search(sentence, event.start()))
            break
    return None


def headline_opening(headline: str | None) -> Opening | None:
    """A readout with no lead sentence names its event in the headline: "<A>による<B>表敬",
    "<A>と<B>の会談". The first person named is the subject; paragraph is -1."""
    if not headline or _kind_label(headline) is None:
        return None
    mentions = find_mentions(headline)
    if len(mentions) < 2:
        return None
    subject, *others = mentions
    return Opening(-1, headline, subject, tuple(others), headline)


def _refers_back(text: str) -> bool:
    """True when the text names its counterpart only by office ("同長官と会談を行い")."""
    return bool(re.search(r"同(?:[\u4e00-\u9fff]{1,4})(?:と|との)", text))


def find_opening(paragraphs: tuple[str, ...], window: int = 3) -> Opening | None:
    """The first sentence among the first ``window`` paragraphs that reports an event between a
    named subject and another person."""
    for index, para in enumerate(paragraphs[:window]):
        for start, end in sentences(para[:_WINDOW]):
            found = _opening_in(para[start:end])
            if found is not None:
                subject, others, event, planned = found
                return Opening(index, para[start:end], subject, others, event, planned)
    return None


def event_kind(
    opening: Opening | None, headline: str | None, extra: Sequence[tuple[re.Pattern[str], str]] = ()
) -> EventKind:
    """The kind the opening's event noun names, else the headline's; OTHER when neither does.

    ``extra`` rows (a publisher's profile) are tried first on each text.
    """
    for text in (opening.event if opening else None, headline):
        label = next((k for p, k in extra if p.search(text or "")), None) or _kind_label(text or "")
        if label is not None and label in _KIND_VALUES:
            return EventKind(label)
    return EventKind.OTHER


def _kind_label(text: str) -> str | None:
    for pattern, label in _kinds().compiled():
        if pattern.search(text):
            return label
    return None


def kind_probe(text: str) -> str:
    """The kind an opening sentence reports ("phone_call"), or "other"."""
    found = find_opening((text,))
    return str(event_kind(found, None if found else text).value)


def event_place(opening: Opening | None, kind: EventKind) -> str | None:
    """Where a meeting took place, as the opening says it; calls and messages have no place."""
    if opening is None or kind in (EventKind.PHONE_CALL, EventKind.VIDEO_CALL, EventKind.MESSAGE):
        return None
    return _place(opening.sentence)


def _place(text: str) -> str | None:
    for pattern, _ in _places().compiled():
        for m in pattern.finditer(text):
            place = _city(m.group("place"))
            if place:
                return place
    return None


def _city(place: str) -> str | None:
    """The city of a place phrase: "フランス・ディナール" → "ディナール"; None for a country."""
    head, _, tail = place.partition("・")
    if tail and country_at_end("・" + head)[1] is not None:
        place = tail
    if country_at_end("・" + place)[1] is not None or place.endswith(("共和国", "王国", "連邦")):
        return None
    return place


def place_probe(text: str) -> str:
    """The place an opening sentence gives, or "none"."""
    return _place(text) or "none"


def event_date(opening: Opening | None, headline: str | None, published: dt.date | None) -> EventDate:
    """The event's date: a full date in the opening; a day or month and day against ``published``;
    else ``published`` (basis "published")."""
    sentence = opening.sentence if opening else ""
    partial = None
    for text in (sentence, headline or ""):
        for found in find_dates(text):
            if found.year is not None and found.date is not None:
                return EventDate(found.date, "text")
            partial = partial or found
    if published is None:
        return EventDate()
    candidate = _relative(sentence, partial, published)
    if candidate is not None:
        return EventDate(candidate, "relative")
    return EventDate(published, "published")


def _relative(sentence: str, partial: object, published: dt.date) -> dt.date | None:
    """A day the sentence names without its year, resolved to the latest such day on or before
    ``published`` (within two months)."""
    day = _THIS_DAY.search(sentence) or _BARE_DAY.search(sentence)
    month = getattr(partial, "month", None)
    day_of_month = getattr(partial, "day", None)
    candidates: list[dt.date] = []
    if month is not None and day_of_month is not None:
        for year in (published.year, published.year - 1):
            candidates.append(_safe_date(year, month, day_of_month))
    elif day is not None:
        number = int(day.group(1))
        first = published.replace(day=1)
        previous = (first - dt.timedelta(days=1)).replace(day=1)
        candidates += [
            _safe_date(first.year, first.month, number),
            _safe_date(previous.year, previous.month, number),
        ]
    for candidate in candidates:
        if candidate != dt.date.min and 0 <= (published - candidate).days <= _RELATIVE_DAYS:
            return candidate
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date.min
