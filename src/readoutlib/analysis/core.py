"""Page furniture before the opening: header lines, the headline the analysis reads, the page's date.

The layout leaves lines before the opening sentence (a headline repeated as a line, date lines,
bylines, attribution lines ending in ":"); these functions tell them from the body.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from .event import _EVENT_CLAUSE, _KIND_RULES, Opening, find_opening, full_date
from .profile import Profile

__all__ = ["page_header", "page_headline", "page_published"]

_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_HEADLINE_MAX = 250


# ---------------------------------------------------------------------------------------------
# Page furniture before the opening


def _is_furniture(line: str) -> bool:
    """A line that cannot be body prose: no sentence end, a label ending in ":", or only a date."""
    stripped = line.strip()
    if len(stripped.split()) > 45:
        return False
    if stripped.endswith(":"):
        return True
    return not _SENTENCE_END.search(stripped)


def page_header(paragraphs: Sequence[str], opening: Opening | None) -> tuple[tuple[str, ...], Opening | None]:
    """The furniture lines before the opening, and the opening (moved past a repeated summary).

    A summary line that repeats the first sentence without its full stop ("... this morning" then
    "... this morning.") is furniture too.
    """
    if opening is None:
        return (), None
    k = opening.paragraph
    if k + 1 < len(paragraphs):
        this, following = paragraphs[k].strip(), paragraphs[k + 1].strip()
        if _is_furniture(this) and following.startswith(this.rstrip(" .")) and following != this:
            later = find_opening(paragraphs[k + 1 : k + 2], Profile())
            if later is not None:
                opening = attrs.evolve(opening, paragraph=k + 1, sentence=later.sentence, offset=later.offset)
                k += 1
    count = 0
    while count < k and _is_furniture(paragraphs[count]):
        count += 1
    if count < k:
        # Prose before the opening belongs to the body: keep everything from the first prose line.
        return tuple(paragraphs[:count]), opening
    return tuple(paragraphs[:k]), opening


def _has_event_words(line: str) -> bool:
    return bool(_EVENT_CLAUSE.search(line)) or any(p.search(line) for p, _ in _KIND_RULES)


def page_headline(title: str | None, header: Sequence[str]) -> str | None:
    """The headline for the analysis: the layout's title, or a header line that reads as one.

    A layout that took a breadcrumb or a date line for the title ("Home > News") leaves the real
    headline among the lines before the opening.
    """
    if title and _has_event_words(title):
        return title
    for line in header:
        if len(line) <= _HEADLINE_MAX and not line.rstrip().endswith(":") and _has_event_words(line):
            return line
    return title


def page_published(
    layout_title: str | None,
    header: Sequence[str],
    headline: str | None,
    opening: Opening | None,
    profile: Profile,
) -> dt.date | None:
    """A publication date the page shows near its top: a date line ("Lima, 22/01/2024 - 17:45",
    "Lima, 28 April 2024"), a byline date, a dateline."""
    for line in (layout_title, *header):
        if not line or line == headline or len(line) > 90:
            continue
        found = full_date(line, month_first=profile.month_first)
        if found is not None:
            return found
    if opening is not None and opening.dateline is not None and opening.dateline.date is not None:
        return opening.dateline.date
    return None
