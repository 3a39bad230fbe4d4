"""Profile: publisher phrasing handed to the shared analysis as data.

A plugin never changes the analysis code; it gives a Profile. Every field has a neutral default,
so ``Profile()`` is the generic analysis. Patterns are regular-expression source strings; the
analysis compiles each profile once (profiles are frozen and hashable, so compilation is cached).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

__all__ = ["OwnPrincipal", "Profile"]


def _pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    # a typed converter: with plain ``tuple`` mypy cannot check the (regex, kind) pairs plugins pass
    return tuple((pattern, kind) for pattern, kind in value)


def _tuple(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen
class OwnPrincipal:
    """One term of a publisher's own principal: the office-holder whose calls and meetings the
    publisher reports ("President of Russia" Vladimir Putin from 2012-05-07).

    Attributes:
        office: the office as the publisher writes it ("President of Russia").
        name: the holder's name as the publisher writes it ("Vladimir Putin").
        since: the first day of the term (None: from before any page read).
        until: the day the term ended (None: still in office); the term is ``since <= day < until``.
    """

    office: str
    name: str
    since: dt.date | None = None
    until: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        """True when ``day`` falls inside this term."""
        return (self.since is None or self.since <= day) and (self.until is None or day < self.until)


def _own(value: Iterable[OwnPrincipal]) -> tuple[OwnPrincipal, ...]:
    return tuple(value)


#: Field metadata: the field's rows are regex sources (or ``(regex, value)`` pairs), which the core
#: compiles when it loads a plugin, so a row that does not compile is a warning naming the plugin.
_REGEX = {"regex": True}
_REGEX_PAIRS = {"regex": True, "pairs": True}


@attrs.frozen
class Profile:
    """Publisher phrasing for the shared analysis.

    Attributes:
        home_country: ISO 3166-1 alpha-2 code of the publisher's country; its own officials
            ("State Councilor Li Wen", "The Prime Minister") get this country when the text
            names none.
        home_titles: titles of the publisher's own principals that the page may use instead of a
            name ("The Prime Minister", "The Secretary"); such an office-holder becomes a
            participant named by the title when the page never names them.
        extra_verbs: reporting verbs beyond the core lexicon ("cautioned", "briefed").
        topic_verbs: extra verbs that only name a topic and never start a statement.
        requested_patterns: regexes (case-insensitive) that mark a request for the call; a named
            group ``country`` or ``name`` says which side asked ("At (?P<country>\\w+)'s initiative").
        kind_patterns: ``(regex, kind)`` pairs tried before the core's own, on title and opening.
        title_patterns: regexes for the publisher's headlines; named groups ``a`` and ``b`` (and
            optionally ``kind``) give the two sides.
        dateline_patterns: regexes for datelines that open the body; a named group ``date`` holds
            the date text, ``place`` the place ("Lahore, March 3, 2022 (NewsDesk):").
        joint_subjects: extra subjects that mean both sides ("The two Foreign Ministers").
        title_words: extra titles the generic title lexicon lacks ("External Affairs Minister",
            "Taoiseach"); their last word becomes a title head, the others title modifiers.
        honorifics: extra courtesy words dropped from names ("Shri", "Datuk").
        not_readout_patterns: regexes (case-insensitive) that mark a page as not a readout when
            they match its title or first two paragraphs ("^Joint Statement\b").
        participant_headings: regexes (case-insensitive) for a paragraph that heads a list of the
            event's people, one a line ("Participants included:", "Administration Participants
            Included:"): each list item under it that opens with a person's name and a comma
            ("- Ana Ruiz, Director, Harbour Office") is a principal, with the office after the name.
        month_first: dates in figures put the month first ("03/04/2024" is 4 March), as US
            publishers write them; by default the day comes first (a part above 12 decides anyway).
        own_principals: the publisher's own principal, one row per term (``OwnPrincipal``): on a
            call or meeting page whose opening leaves that principal out (named only as the object
            of a verb, "… wished a happy birthday to President of Russia Vladimir Putin"), the
            holder the page names is added as a participant, of ``home_country``; when the page
            names none of them, the holder of the event's (or page's) date is added, if the page
            names no principal of ``home_country`` and no unnamed office-holder.
        dateline_travels: the date line is written where the principal is, whatever the event
            ("Addis Ababa, 25 May 2013" over a meeting at a summit there, as the UN
            Secretary-General's office dates its readouts): the place of a meeting at a summit, a
            conference or on a trip, where a ministry's dateline is its capital.
    """

    home_country: str | None = None
    home_titles: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    extra_verbs: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    topic_verbs: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    requested_patterns: tuple[str, ...] = attrs.field(default=(), converter=_tuple, metadata=_REGEX)
    kind_patterns: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=_pairs, metadata=_REGEX_PAIRS
    )
    title_patterns: tuple[str, ...] = attrs.field(default=(), converter=_tuple, metadata=_REGEX)
    dateline_patterns: tuple[str, ...] = attrs.field(default=(), converter=_tuple, metadata=_REGEX)
    joint_subjects: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    title_words: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    honorifics: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    not_readout_patterns: tuple[str, ...] = attrs.field(default=(), converter=_tuple, metadata=_REGEX)
    participant_headings: tuple[str, ...] = attrs.field(default=(), converter=_tuple, metadata=_REGEX)
    month_first: bool = False
    dateline_travels: bool = False
    own_principals: tuple[OwnPrincipal, ...] = attrs.field(default=(), converter=_own)
