"""Page furniture a text dump carries around its body: site notices, metadata blocks, mirror footers.

Each function takes the page's lines (boilerplate already dropped) and gives them back without the
furniture, with what the furniture told (a lead, a publication date, a headline) where it tells
something. Nothing here names a publisher: the shapes hold on pages of many sites.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..markers import ASCII_FOLDS
from .datelines import credits_outlet, date_line_date, opens_clause
from .lines import (
    collapse,
    compile_patterns,
    ends_sentence,
    has_headline_word,
    is_boilerplate,
    is_prose,
    looks_like_headline,
    word_count,
)
from .vocabulary import furniture_patterns, label_patterns

__all__ = [
    "MAX_HEADER",
    "drop_site_notices",
    "drop_teasers",
    "furniture_kind",
    "is_label",
    "is_mirror_footer",
    "metadata_block",
    "mirror_title",
]

#: Lines before the first prose line further down than this are not header any more.
MAX_HEADER = 25
#: How many prose lines (a lead) may stand above a metadata block that still belongs to the header.
_MAX_LEAD = 2

#: A short label line ending in a colon ("Minister:", "Related content:"); a reporting clause ("He
#: added:") is none: the packs' "not-label" words tell it (``FurniturePatterns.not_label``).
_LABEL = re.compile(r"^[^\W\d_][\w'’&/-]*(?:\s+[\w'’&/-]+)?\s*:$")


#: Attribution lines longer than this (in words) are prose, whatever they end with.
MAX_ATTRIBUTION_WORDS = 30


def furniture_kind(line: str) -> str | None:
    """What the shared vocabulary reads ``line`` as, tried as the splitters try it: "footer",
    "boilerplate", "attribution", "meta-label", "site-notice", "not-label", "breadcrumb-start",
    "not-place", "outlet-place", "headline-word", or None (a "republished-date" row's line reads as a footer).

    The probe of ``furniture.toml`` and of every pack's furniture table: every row's example must
    read as the row's label.
    """
    line = collapse(line)
    furniture = furniture_patterns()
    if any(p.match(line) for p in compile_patterns(furniture.footers)):
        return "footer"
    if is_boilerplate(line, compile_patterns(furniture.boilerplate)):
        return "boilerplate"
    if word_count(line) <= MAX_ATTRIBUTION_WORDS and any(
        p.match(line) for p in compile_patterns(furniture.attributions)
    ):
        return "attribution"
    if furniture.meta_label.match(line):
        return "meta-label"
    if _is_site_notice(line):
        return "site-notice"
    if _LABEL.match(line) and not is_label(line):
        return "not-label"
    if furniture.breadcrumb_start.match(line):
        return "breadcrumb-start"
    if opens_clause(line):
        return "not-place"
    if credits_outlet(line):
        return "outlet-place"
    return "headline-word" if has_headline_word(line) else None


def drop_site_notices(kept: list[str]) -> list[str]:
    """Leading site notices ("This is historical material ...", "An official website of ...") go.

    They read as prose, so they would become the first paragraph; a notice speaks about the site
    and reports no event. Only lines before the first prose line that is not a notice are looked at.
    """
    dropped: set[int] = set()
    for index, line in enumerate(kept[:MAX_HEADER]):
        if _is_site_notice(line):
            dropped.add(index)
        elif is_prose(line):
            break
    return [line for index, line in enumerate(kept) if index not in dropped] if dropped else kept


def drop_teasers(kept: list[str]) -> list[str]:
    """A header line cut short with dots ("Announcement: Prime Minister Milo Djuk...") whose text
    opens a later header line is that line's teaser (a breadcrumb or a tab's caption): it goes, so
    that it is neither the title nor the body's first paragraph."""
    head = kept[:MAX_HEADER]
    dropped = {
        index
        for index, line in enumerate(head)
        if line.endswith(("...", "…"))
        and len(stem := line.rstrip(".… ")) >= 12
        and (
            any(other.startswith(stem) and len(other) > len(stem) + 1 for other in head[index + 1 :])
            or any(_glued_copy(stem, other) for other in head[:index])
        )
    }
    return [line for index, line in enumerate(kept) if index not in dropped] if dropped else kept


def _glued_copy(stem: str, title: str) -> bool:
    """A cut copy of an earlier header line glued to a short section name ("Press WingThe Visit of
    ... with Foreign" under "The Visit of ... with Foreign Minister Berg"): a breadcrumb's teaser."""
    at = stem.find(title[:24])
    copy = stem[at:]
    return 0 < at <= 40 and len(copy) >= 24 and title.startswith(copy) and len(title) > len(copy) + 1


def _is_site_notice(line: str) -> bool:
    """A line that speaks about the site (a notice) and reports no event."""
    furniture = furniture_patterns()
    words = furniture.site_notice_words
    # a line holding none of the literals every notice holds is no notice, without the regex trying
    # every position of a paragraph
    if words and (line.isascii() or not any(char in line for char in ASCII_FOLDS)):
        lowered = line.lower()
        if not any(word in lowered for word in words):
            return False
    return furniture.site_notice.search(line) is not None and not label_patterns().event_verb.search(line)


def is_mirror_footer(line: str) -> bool:
    """True for the footer a republishing site prints under a copied release."""
    return label_patterns().mirror_footer.match(line) is not None


def mirror_title(kept: list[str]) -> str | None:
    """The headline a mirror prints after the body, above a publisher line and its footer.

    Mirror copies end "<body> / <headline> / <publisher> / /Public Release. ...": the trailer
    trimming would drop the short publisher line and leave the headline as a last paragraph. Both
    lines are removed from ``kept`` when found.
    """
    if len(kept) < 3:
        return None
    publisher, headline = kept[-1], kept[-2]
    if ends_sentence(publisher) or word_count(publisher) > 8 or not looks_like_headline(headline):
        return None
    if not is_prose(kept[-3]):
        return None
    del kept[-2:]
    return headline


def is_label(line: str) -> bool:
    """True for a metadata label ("Published", "From:") or a short label line ending in a colon."""
    furniture = furniture_patterns()
    return bool(
        furniture.meta_label.match(line) or (_LABEL.match(line) and not furniture.not_label.search(line))
    )


def metadata_block(kept: list[str]) -> tuple[list[str], str | None, dt.date | None]:
    """Remove a label/value metadata block near the top; a lead above it is the summary.

    Many sites print "<type> / <headline> / <lead> / From: / <organisation> / Published / <date> /
    <body>" or "<headline> / Date / 2021-01-20 / <body>": the labels and their values are furniture,
    the date after a "Published" label is the publication date, and prose above the block is the
    page's lead, not the body.

    Returns:
        the lines without the block (and lead), the lead, and the date the block gives.
    """
    found = _block_start(kept)
    if found is None:
        return kept, None, None
    start, prose_above = found
    end, published = _block_end(kept, start)
    rest = kept[end:]
    body_words = sum(word_count(line) for line in rest if is_prose(line))
    if body_words == 0:
        return kept, None, None
    if sum(word_count(kept[i]) for i in prose_above) >= body_words:
        prose_above = []
    summary = " ".join(kept[i] for i in prose_above) or None
    above = [line for i, line in enumerate(kept[:start]) if i not in prose_above]
    return above + rest, summary, published


def _block_start(kept: Sequence[str]) -> tuple[int, list[int]] | None:
    """Where a metadata block starts near the top, and the lead lines above it; None when none does."""
    meta_label = furniture_patterns().meta_label
    prose_above: list[int] = []
    headed = False
    prose = 0
    for index, line in enumerate(kept[:MAX_HEADER]):
        if meta_label.match(line):
            return index, prose_above
        if is_prose(line):
            prose += 1
            if prose > _MAX_LEAD:
                return None  # the body has begun: a label further down is not header
            if headed:  # a lead stands under a headline (a headline with a full stop reads as prose)
                prose_above.append(index)
        headed = headed or looks_like_headline(line)
    return None


def _block_end(kept: Sequence[str], start: int) -> tuple[int, dt.date | None]:
    """Where the metadata block from ``start`` ends, and its publication date (labelled, else the first)."""
    published: dt.date | None = None
    first_date: dt.date | None = None
    label = ""
    end = start
    while end < len(kept):
        line = kept[end]
        labelled = is_label(line)
        date = date_line_date(line) if not labelled else None
        if labelled:
            label = line
        elif date is not None:
            first_date = first_date or date
            if published is None and label_patterns().published_label.match(label):
                published = date
            label = ""  # a date is the whole value: a line after it needs a label of its own
        elif not label or is_prose(line) or word_count(line) > 16:
            break
        end += 1
    return end, published or first_date
