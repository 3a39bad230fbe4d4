"""Page furniture before the opening, read with the English event vocabulary.

The rules are the segment stage's (``readoutlib.segment.header`` and its parts: which lines before
the opening are furniture, which line is the headline, which date the top gives); these functions
only bind them to the English opening finder and event words for the English pack. A pack can call
``readoutlib.segment.header`` directly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from ...analysis.profile import Profile
from ...dates import find_dates
from ...segment.top import header_date, header_lines, headline
from . import lexicon as lx
from .event import BYLINE_BEFORE, Opening, find_opening, has_event_words
from .genre import title_genre

__all__ = ["byline_date", "page_header", "page_headline", "page_published"]


#: The generic profile the header's opening test reads (made once: a Profile is frozen, and making
#: one costs some 10 us, as much as the test on a short line).
_GENERIC = Profile()


def _opens_report(paragraph: str) -> bool:
    return find_opening((paragraph,), _GENERIC) is not None


#: A page's summary of what an office-holder said, told before the report names him ("The foreign
#: minister said the two countries …"): the office in lowercase after "The", a verb of saying.
_OFFICES = "|".join(sorted(map(re.escape, lx.OFFICE_NOUNS), key=len, reverse=True))
_OFFICE_SAID = re.compile(rf"The (?:{_OFFICES}) (?:said|says|stated)\b")
_INNER_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


def _office_summary(
    paragraphs: Sequence[str], k: int | None, title: str | None, lines: Sequence[str]
) -> bool:
    """True for a standfirst of what an unnamed office-holder said, on a page with no headline: the first
    line, one sentence, right above the opening that names the principals ("The foreign minister said
    …" over "After meeting X, Y, Minister of Foreign Affairs, said …"; fam157, abouthungary.hu's
    lead, en-i and en-ao). A first line telling of the visit itself ("The foreign minister has arrived
    in …") is the report's lead, and so is any first line under a headline."""
    if title is not None or lines or k != 1:
        return False
    first = paragraphs[0].strip()
    return _OFFICE_SAID.match(first) is not None and _INNER_SENTENCE_END.search(first) is None


def page_header(
    paragraphs: Sequence[str], opening: Opening | None, title: str | None = None
) -> tuple[tuple[str, ...], Opening | None]:
    """The furniture lines before the opening, and the opening (moved past a repeated summary or
    past a summary of what an unnamed office-holder said, ``_office_summary``)."""
    lines, k = header_lines(
        paragraphs,
        opening.paragraph if opening else None,
        _opens_report,
        title=title,
    )
    if _office_summary(paragraphs, k, title, lines):
        lines = (paragraphs[0],)
    if opening is not None and k is not None and k != opening.paragraph:
        later = find_opening(paragraphs[k : k + 1], _GENERIC)
        if later is not None:
            opening = attrs.evolve(opening, paragraph=k, sentence=later.sentence, offset=later.offset)
    return lines, opening


def byline_date(headline_line: str | None) -> dt.date | None:
    """The date a headline line gives after a byline ("… By Qatar Day - August 28, 2021"): the
    page's, never the event's."""
    for found in find_dates(headline_line or ""):
        if found.date is not None and BYLINE_BEFORE.search(headline_line or "", 0, found.start):
            return found.date
    return None


def page_headline(title: str | None, header: Sequence[str]) -> str | None:
    """The headline for the analysis: the layout's title, or a header line that names an event.

    A title that names a genre of its own ("FACT SHEET: ...", a proclamation) stays the headline: the
    subtitle under it ("President X and G7 Leaders Meet with Y ...") is the fact sheet's, not a readout's.
    """
    genre = title_genre(title)
    if genre is not None and not genre.soft:
        return title
    return headline(title, header, has_event_words)


def page_published(
    layout_title: str | None,
    header: Sequence[str],
    found_headline: str | None,
    opening: Opening | None,
    profile: Profile,
) -> dt.date | None:
    """A publication date the page shows near its top: a date line or byline date, else the dateline."""
    found = header_date(layout_title, header, found_headline, month_first=profile.month_first)
    if found is not None:
        return found
    bylined = byline_date(found_headline)
    if bylined is not None:
        return bylined
    if opening is not None and opening.dateline is not None:
        return opening.dateline.date
    return None
