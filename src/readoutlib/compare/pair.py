"""Pairing: which readouts, from different publishers, report the same event.

Two readouts are candidates when they come from different publishers, share at least two
principals (matched across spellings and scripts, see :mod:`.persons`), are dated within a day of
each other (a call late in the evening in Washington is published the next day in Moscow), and are
of compatible kinds (a "meeting" held by video link is a video call). A readout is joined to another
only when each is the other's single best candidate from that publisher; anything ambiguous stays
an event of one, because a wrong pair is worse than a missed one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

import attrs

from ..model import EventKind, Readout
from ..registry import GENERIC
from .model import MatchEvidence, PairedEvent, PersonMatch
from .persons import match_across_scripts, match_persons, persons_of
from .words import pattern

__all__ = [
    "CALL_PARAGRAPHS",
    "KIND_GROUPS",
    "MAX_DAYS",
    "MAX_UNSHARED",
    "compatible_kinds",
    "dated",
    "kind_for_pairing",
    "pair",
    "publisher_of",
]

#: The most days two readouts of one event may be apart (time zones, a late-night call).
MAX_DAYS = 1

#: The most principals one side may name beyond those shared when every principal of the other
#: side is shared: one more is a parse that missed one (a call of three named as a call of two);
#: more is a call of many leaders, which is not a bilateral call between two of them.
MAX_UNSHARED = 1

#: Kinds one event may be reported as, one group a row: a phone call is not a meeting, but a
#: "meeting" by video link is a video call, and "talks" are a meeting.
KIND_GROUPS: tuple[frozenset[EventKind], ...] = (
    frozenset({EventKind.PHONE_CALL, EventKind.VIDEO_CALL}),
    frozenset({EventKind.VIDEO_CALL, EventKind.MEETING, EventKind.TALKS}),
    frozenset({EventKind.MEETING, EventKind.TALKS, EventKind.VISIT}),
)


def compatible_kinds(a: EventKind, b: EventKind) -> bool:
    """Whether one event can be reported as kind ``a`` by one side and ``b`` by the other."""
    if a == b or EventKind.OTHER in (a, b):
        return True
    return any(a in group and b in group for group in KIND_GROUPS)


#: A headline that names the channel of a "meeting": a "Telephone Meeting" is a phone call (the
#: "phone" and "video" rows of the English pack's ``compare_words.toml``).
_PHONE = pattern("phone")
_VIDEO = pattern("video")
#: A report of "talks" that names the event "the call" ("In a readout of the call, …"): the
#: "call named" row of the English pack's ``compare_words.toml``.
_CALL_NAMED = pattern("call named")
#: The paragraphs read for "the call": a report's lead and the account it quotes.
CALL_PARAGRAPHS = 4


def kind_for_pairing(readout: Readout) -> EventKind:
    """The readout's kind, except that a meeting or talks whose headline names the telephone or a
    video link counts as a phone or video call (a "Telephone Meeting", a "virtual meeting"), and
    talks that the first :data:`CALL_PARAGRAPHS` paragraphs name "the call" are a phone call: "talks"
    is a news report's word for any exchange ("The two leaders held talks on trade …" above "In a
    readout of the call, …"). A meeting stays a meeting: it is held in person."""
    kind = readout.event.kind
    if kind in (EventKind.MEETING, EventKind.TALKS):
        title = readout.title or ""
        if _PHONE.search(title):
            return EventKind.PHONE_CALL
        if _VIDEO.search(title):
            return EventKind.VIDEO_CALL
        if kind is EventKind.TALKS and any(
            _CALL_NAMED.search(p) for p in readout.paragraphs[:CALL_PARAGRAPHS]
        ):
            return EventKind.PHONE_CALL
    return kind


def dated(readout: Readout) -> tuple[dt.date, str] | None:
    """The date to pair a readout on, and its basis.

    The event's date where the readout has one, with the event's own ``date_basis`` ("text",
    "relative", "published"; "event" where the parse gave none); else the page's publication date,
    "published". An event date more than :data:`MAX_DAYS` after the publication date is a date
    the text looks forward to ("spoke today ... ahead of the holiday on 8 May"), not the event's: a
    readout reports an event that has happened, so the publication date is used.
    """
    event, published = readout.event.date, readout.source.published
    if event is not None and (published is None or (event - published).days <= MAX_DAYS):
        return event, readout.event.date_basis or "event"
    if published is not None:
        return published, "published"
    return None


@attrs.frozen
class _Candidate:
    a: int
    b: int
    persons: tuple[PersonMatch, ...]
    days: int
    same_kind: bool

    @property
    def score(self) -> tuple[int, int, int]:
        """More shared principals first, then the same kind, then the closer date: a day apart is what
        time zones make of one event (a call at night in one capital is the next morning's in
        another), while a kind of another group member (a video conference beside a call) is more
        often another event of the same two people."""
        return (len(self.persons), int(self.same_kind), -self.days)


def _most_days(a: Readout, b: Readout, when_a: tuple[dt.date, str], when_b: tuple[dt.date, str]) -> int:
    """How far apart two readouts' dates may be: :data:`MAX_DAYS`, or one more where the later is a
    page no publisher's plugin reads (a news site's report) dated only by its publication: a report
    of a night's call may go online the day after the next. A report is never published before its
    event, so the extra day is never the other way; a publisher's own readouts keep :data:`MAX_DAYS`."""
    (later, when), earlier = ((a, when_a), when_b) if when_a[0] >= when_b[0] else ((b, when_b), when_a)
    if when[1] == "published" and when[0] > earlier[0] and later.source.publisher in (GENERIC, None):
        return MAX_DAYS + 1
    return MAX_DAYS


def _candidate(readouts: Sequence[Readout], i: int, j: int) -> _Candidate | None:
    a, b = readouts[i], readouts[j]
    if publisher_of(a, i) == publisher_of(b, j):
        return None  # one publisher writes one account of an event
    when_a, when_b = dated(a), dated(b)
    if when_a is None or when_b is None:
        return None
    days = abs((when_a[0] - when_b[0]).days)
    kind_a, kind_b = kind_for_pairing(a), kind_for_pairing(b)
    if days > _most_days(a, b, when_a, when_b) or not compatible_kinds(kind_a, kind_b):
        return None
    persons = match_persons(a, b)
    if len(persons) < 2:
        persons = match_across_scripts(a, b) or persons  # names in scripts no key compares
    if (
        len(persons) < 2
        or not _enough_named(persons)
        or not _own_principal_shared(a, b, persons)
        or not _compatible_principals(a, b, persons)
    ):
        return None
    return _Candidate(i, j, persons, days, kind_a == kind_b)


def _compatible_principals(a: Readout, b: Readout, persons: Sequence[PersonMatch]) -> bool:
    """The two sides' principals can be of one event: where every principal of one side is shared,
    the other names at most :data:`MAX_UNSHARED` more.

    The Canadian account of a call of Trudeau, Biden and eight other leaders shares two principals
    with the White House's account of Biden's bilateral call with Trudeau the same day; it is
    another event.
    """
    unshared_a = len(persons_of(a)) - len(persons)
    unshared_b = len(persons_of(b)) - len(persons)
    return not (
        (unshared_a <= 0 and unshared_b > MAX_UNSHARED) or (unshared_b <= 0 and unshared_a > MAX_UNSHARED)
    )


def _own_principal_shared(a: Readout, b: Readout, persons: Sequence[PersonMatch]) -> bool:
    """One side's own principal (named first by its publisher) is among the shared ones.

    Two calls of one day with the same two third parties are two events: the Kremlin's Putin with
    Macron and Scholz, the White House's Biden with Macron and Scholz share two principals, but
    neither side's own.
    """
    own_a = a.event.participants[0].name if a.event.participants else None
    own_b = b.event.participants[0].name if b.event.participants else None
    return any(p.a == own_a for p in persons) or any(p.b == own_b for p in persons)


def _enough_named(persons: Sequence[PersonMatch]) -> bool:
    """A lead may supply one missing principal, never the whole pair: a lead names third persons
    too ("received credentials from the Ambassadors of the United States"), so a match found there
    counts only beside one found among the participants (by name or by office)."""
    from_lead = sum(1 for p in persons if p.basis == "lead")
    return from_lead == 0 or (from_lead == 1 and any(p.basis in ("participants", "office") for p in persons))


def publisher_of(readout: Readout, index: int) -> str:
    """Who published a readout: its publisher id, else (the generic adapter read it) its URL's host.

    A readout with neither is a publisher of its own (``#index``): nothing says it shares one.
    """
    if readout.source.publisher and readout.source.publisher != GENERIC:
        return readout.source.publisher
    host = urlsplit(readout.source.url or "").hostname
    return host.removeprefix("www.") if host else f"#{index}"


def _copies(items: Sequence[Readout]) -> set[int]:
    """Readouts that repeat an earlier one of the same publisher word for word (one release carried
    by two of its feeds): left out of pairing, so that the copy does not tie with the original and
    leave both alone. A copy stays an event of its own."""
    seen: set[tuple[object, ...]] = set()
    copies: set[int] = set()
    for index, readout in enumerate(items):
        names = tuple(p.name for p in readout.event.participants)
        key = (publisher_of(readout, index), readout.title, readout.paragraphs, names, dated(readout))
        if key in seen:
            copies.add(index)
        seen.add(key)
    return copies


def _mutual_best(readouts: Sequence[Readout], candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep a candidate only where each readout is the other's single best from that publisher."""
    best: dict[tuple[int, str], list[_Candidate]] = {}
    for cand in candidates:
        for me, other in ((cand.a, cand.b), (cand.b, cand.a)):
            key = (me, publisher_of(readouts[other], other))
            current = best.get(key)
            if current is None or cand.score > current[0].score:
                best[key] = [cand]
            elif cand.score == current[0].score:
                current.append(cand)
    kept = []
    for cand in candidates:
        mine = best[(cand.a, publisher_of(readouts[cand.b], cand.b))]
        theirs = best[(cand.b, publisher_of(readouts[cand.a], cand.a))]
        if mine == [cand] and theirs == [cand]:
            kept.append(cand)
    return kept


def pair(readouts: Iterable[Readout]) -> tuple[PairedEvent, ...]:
    """Group readouts of the same event from different publishers.

    Returns one :class:`PairedEvent` per event, in the order of each event's first readout; every
    readout is in exactly one event, alone where nothing matched it with confidence. The evidence of
    each join (shared principals, both dates and their basis, both kinds) is in the event.
    """
    items = list(readouts)
    copies = _copies(items)
    candidates = [
        cand
        for i in range(len(items))
        if i not in copies
        for j in range(i + 1, len(items))
        if j not in copies and (cand := _candidate(items, i, j)) is not None
    ]
    kept = sorted(_mutual_best(items, candidates), key=lambda c: (c.score, -c.a), reverse=True)
    group_of = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    joins: dict[int, list[_Candidate]] = {i: [] for i in range(len(items))}
    for cand in kept:
        ga, gb = group_of[cand.a], group_of[cand.b]
        if ga == gb:
            continue
        pubs_a = {publisher_of(items[i], i) for i in members[ga]}
        if pubs_a & {publisher_of(items[i], i) for i in members[gb]}:
            continue  # one publisher would appear twice in the event
        for i in members[gb]:
            group_of[i] = ga
        members[ga].extend(members.pop(gb))
        joins[ga].extend(joins.pop(gb))
        joins[ga].append(cand)
    return tuple(_event(items, sorted(members[g]), joins[g]) for g in sorted(members))


def _event(items: Sequence[Readout], indexes: list[int], joins: list[_Candidate]) -> PairedEvent:
    position = {index: n for n, index in enumerate(indexes)}
    evidence = []
    for cand in sorted(joins, key=lambda c: (position[c.a], position[c.b])):
        a, b = items[cand.a], items[cand.b]
        when_a, when_b = dated(a), dated(b)
        assert when_a is not None and when_b is not None  # a candidate has both dates
        evidence.append(
            MatchEvidence(
                a=position[cand.a],
                b=position[cand.b],
                persons=cand.persons,
                date_a=when_a[0],
                date_b=when_b[0],
                date_basis_a=when_a[1],
                date_basis_b=when_b[1],
                kind_a=a.event.kind,
                kind_b=b.event.kind,
            )
        )
    return PairedEvent(readouts=tuple(items[i] for i in indexes), evidence=tuple(evidence))
