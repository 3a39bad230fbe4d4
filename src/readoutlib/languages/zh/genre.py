"""Readout or not, for a Chinese page; where its body starts; its publication date.

A page is refused when its headline names another genre (a press conference, a speech, a
statement) and reports no call or meeting itself, or when no sentence of its first paragraphs
reports an event between two people named with their offices. The body starts at the opening's
paragraph, or earlier where the paragraphs before it are prose (a lead that says the same, as
news copies write it); header lines (menus, date lines, sources) are not prose.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from ...analysis.profile import Profile
from ...dates import find_dates
from ...rules import compile_rows
from .tables import alternation, compiled
from .text import fold, sentences

__all__ = ["body_start", "future_event", "page_published", "publisher_patterns", "refusal"]

#: A prose paragraph: it has a sentence end and some length (a menu or a date line has neither).
_PROSE = re.compile(r"[。！？!?]")
_PROSE_MIN = 15


@cache
def _kinds() -> re.Pattern[str]:
    return re.compile(alternation("kinds.toml"))


#: How many of the first paragraphs are read for a question-and-answer shape.
_QA_WINDOW = 12


def refusal(headline: str | None, paragraphs: Sequence[str], profile: Profile | None = None) -> str | None:
    """Why the page is not a readout by its headline (or first paragraph, when it has none), its
    question-and-answer shape, or the publisher's own patterns; None when nothing says so."""
    if profile is not None and _publisher_refuses(headline, paragraphs, profile):
        return "the page matches the publisher's pattern for pages that are not readouts"
    qa = compiled("transcripts.toml")
    if sum(1 for p in paragraphs[:_QA_WINDOW] if any(q.match(p) for q, _ in qa)) >= 2:
        return qa[0][1]
    text = fold(headline or _first_sentence(paragraphs))
    if _kinds().search(text):
        return None
    for pattern, reason in compiled("genres.toml"):
        if pattern.search(text):
            return reason
    return None


def _first_sentence(paragraphs: Sequence[str]) -> str:
    """A page with no headline is judged by its first sentence ("…发言人耿爽主持例行记者会。")."""
    if not paragraphs:
        return ""
    return next((paragraphs[0][a:b] for a, b in sentences(paragraphs[0])), paragraphs[0])


def future_event(sentence: str, start: int) -> bool:
    """True when the opening, from its first side (``start``) on, announces a coming event
    ("王毅将于…对南非进行正式访问", "将会见")."""
    folded = fold(sentence)
    event = _kinds().search(folded, start)
    end = event.start() if event else len(folded)
    return any(p.search(folded, start, end) for p, _ in compiled("futures.toml"))


def _publisher_refuses(headline: str | None, paragraphs: Sequence[str], profile: Profile) -> bool:
    texts = [t for t in (headline, *paragraphs[:2]) if t]
    return any(p.search(t) for p in publisher_patterns(profile.not_readout_patterns) for t in texts)


@cache
def publisher_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """A profile's patterns, compiled once (case-insensitive); a bad one is a PluginWarning."""
    return tuple(p for p, _ in compile_rows(patterns, owner="the publisher's profile", flags=re.IGNORECASE))


def body_start(paragraphs: Sequence[str], opening: int) -> int:
    """The first body paragraph: the opening's, or the first of the prose paragraphs just before it."""
    start = opening
    while start > 0 and _PROSE.search(paragraphs[start - 1]) and len(paragraphs[start - 1]) >= _PROSE_MIN:
        start -= 1
    return start


def page_published(published: dt.date | None, header: Sequence[str]) -> dt.date | None:
    """The page's publication date: the layout's, else the first full date on a header line."""
    if published is not None:
        return published
    for line in header:
        for found in find_dates(line):
            if found.year is not None:
                return found.date
    return None
