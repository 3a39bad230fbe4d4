"""The header of a body: the furniture lines before the opening, the headline, the date near the top.

The layout's paragraphs may still open with lines a page prints above its report (a headline
repeated as a line, date lines, bylines, labels ending in ":"). Once the analysis knows which
paragraph opens the report, ``header`` decides, once, which lines before it are furniture, which
line is the headline, and which date the top of the page gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import attrs

from ..rules import Gated, GatedRows
from .datelines import Dateline, full_date
from .stopped import is_stopped_headline
from .vocabulary import label_patterns

__all__ = [
    "Header",
    "header",
    "header_date",
    "header_lines",
    "headline",
    "is_caption",
    "is_file_caption",
    "is_header_line",
    "is_issuer_line",
    "page_day_month",
    "page_place",
]

_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
#: A header line is never longer than this (in words); a longer line is prose whatever its end.
_MAX_HEADER_WORDS = 45
#: Characters a header line may have to be read as the headline.
_HEADLINE_MAX = 250
#: Characters a header line may have to be read for a date (a longer one is a sentence).
_DATE_LINE_MAX = 90


def is_header_line(line: str) -> bool:
    """True for a line that cannot be body prose: no sentence end, or a label ending in ":"."""
    stripped = line.strip()
    if len(stripped.split()) > _MAX_HEADER_WORDS:
        return False
    if stripped.endswith(":"):
        return True
    return not _SENTENCE_END.search(stripped)


@attrs.frozen
class Header:
    """What the top of a body holds.

    Attributes:
        lines: the furniture lines before the opening paragraph (the body starts after them).
        opening: index of the opening paragraph, moved past a summary line that repeats it.
        headline: the headline the analysis reads (the layout's title, or a header line).
        published: a date the title or a header line shows (not the headline's), or None.
    """

    lines: tuple[str, ...]
    opening: int | None
    headline: str | None
    published: dt.date | None


def header(
    paragraphs: Sequence[str],
    opening: int | None,
    *,
    title: str | None,
    reports_event: Callable[[str], bool],
    is_opening: Callable[[str], bool] = lambda _: False,
    month_first: bool = False,
) -> Header:
    """The header of ``paragraphs`` whose report opens at paragraph ``opening``.

    Args:
        paragraphs: the layout's body paragraphs.
        opening: index of the paragraph that opens the report, or None when none does.
        title: the layout's title.
        reports_event: whether a line names an event (a call, a meeting): the headline does.
        is_opening: whether a paragraph opens the report; a summary line that the next paragraph
            repeats with a full stop moves the opening there when that paragraph opens it.
        month_first: read dates in figures month first.
    """
    lines, opening = header_lines(paragraphs, opening, is_opening, title=title)
    found = headline(title, lines, reports_event)
    return Header(lines, opening, found, header_date(title, lines, found, month_first=month_first))


def header_lines(
    paragraphs: Sequence[str],
    opening: int | None,
    is_opening: Callable[[str], bool] = lambda _: False,
    *,
    title: str | None = None,
) -> tuple[tuple[str, ...], int | None]:
    """The furniture lines before the opening paragraph, and the opening (moved past a repeated summary).

    A summary line that repeats the first sentence without its full stop ("... this morning" then
    "... this morning.") is furniture too. Prose before the opening belongs to the body. ``title``
    is the page's title: a summary told otherwise may name no one that neither the lead nor it names.
    A first line over a paragraph that opens the report is furniture when it is a headline printed
    with a full stop (``stopped.is_stopped_headline``: "X meets Y.").
    """
    if opening is None:
        return (), None
    k = opening
    restated = False
    k = _past_restated_caption(paragraphs, k, is_opening)
    if k + 1 < len(paragraphs):
        this, following = paragraphs[k].strip(), paragraphs[k + 1].strip()
        if k == 0 and following == this and is_opening(paragraphs[k + 1]):
            # the lead printed twice (a teaser above the byline, then the story): one paragraph
            k, restated = 1, True
        elif following != this and is_opening(paragraphs[k + 1]):
            if is_header_line(this) and following.startswith(this.rstrip(" .")):
                k += 1
            elif k == 0 and (_restates(this, following, title or "") or is_stopped_headline(paragraphs, 0)):
                k, restated = 1, True
    count = 0
    while count < k and (restated or _furniture_above(paragraphs, count, k)):
        count += 1
    return tuple(paragraphs[:count]), k


def _furniture_above(paragraphs: Sequence[str], index: int, opening: int) -> bool:
    """True for a line above the opening that is no body paragraph: a header line, a photo caption (or
    the bare copy of the credited caption under it), a standfirst repeated later, a stopped headline."""
    return (
        is_header_line(paragraphs[index])
        or is_caption(paragraphs[index])
        or _caption_restated(paragraphs, index, opening)
        or _repeated_later(paragraphs[index], paragraphs[opening + 1 :])
        or _stopped_over_opening(paragraphs, index, opening)
    )


def _past_restated_caption(paragraphs: Sequence[str], opening: int, is_opening: Callable[[str], bool]) -> int:
    """The opening moved past a picture's text printed bare, then again with its credit, when the
    paragraph under the two opens the report (``_caption_restated``): the bare copy reads as prose."""
    after = opening + 2
    if after >= len(paragraphs) or not _caption_restated(paragraphs, opening, after):
        return opening
    return after if is_opening(paragraphs[after]) else opening


def _caption_restated(paragraphs: Sequence[str], index: int, opening: int) -> bool:
    """True for a line above the opening that the photo caption right under it repeats and closes with
    the picture's credit: the picture's text printed twice, bare then credited ("The two ministers at
    the talks." over "The two ministers at the talks. ©AGENCY/ANA RUIZ"): no body paragraph either."""
    if index + 1 >= opening:
        return False
    line, caption = paragraphs[index].strip(), paragraphs[index + 1].strip()
    return bool(line) and len(caption) > len(line) and caption.startswith(line) and is_caption(caption)


def _stopped_over_opening(paragraphs: Sequence[str], index: int, opening: int) -> bool:
    """The first line right above the opening, a headline printed with a full stop that does not open
    the report itself ("Minister of Sylvania calls Minister Tan." over "Minister Tan received a call
    from ...": pk-mofa, en-af, fam99)."""
    return index == 0 and opening == 1 and is_stopped_headline(paragraphs, 0)


#: A standfirst repeated by a later paragraph has at least this many words.
_STANDFIRST_MIN_WORDS = 5


def _repeated_later(line: str, later: Sequence[str]) -> bool:
    """True for a one-sentence standfirst above the opening that a paragraph after the opening
    repeats and goes on from ("The two leaders agreed to deepen trade." above "... The two leaders
    agreed to deepen trade and to meet again."): the page's teaser, no body paragraph."""
    stem = line.strip().rstrip(".")
    if len(_WORD.findall(stem)) < _STANDFIRST_MIN_WORDS or _INNER_SENTENCE_END.search(stem):
        return False
    return any(p.strip().startswith(stem) and len(p.strip()) > len(stem) + 1 for p in later)


def is_caption(line: str) -> bool:
    """True for a photo caption above the report (the language packs' "caption" header labels).

    Searched row by row (``rules.GatedRows``), each row only in lines holding one of its required
    words ("photo", "credit", "("): a line is a caption when any row matches in it, as when the
    alternation of them all does. The alternation opens with no literal the engine could skip to,
    so it tries every row at every position (about 0.2 ms on a long paragraph holding a "(");
    each row alone is searched from the literal it opens with, or only at the line's start.
    """
    return _caption_rows(label_patterns().caption_rows).first(line) is not None


@lru_cache(maxsize=2)
def _caption_rows(rows: tuple[re.Pattern[str], ...]) -> GatedRows:
    """The caption rows as ``GatedRows``, built once for each set of rows the packs' labels give."""
    return GatedRows(Gated.of(row) for row in rows)


def is_file_caption(line: str) -> bool:
    """True for a file photo's caption ("FILE PHOTO: …", the packs' "caption | file" labels): a picture of
    another occasion, which names neither the page's event nor its headline."""
    return label_patterns().file_caption.match(line) is not None


def is_issuer_line(line: str) -> bool:
    """True for a line naming who issued the page or where the report comes from ("Source: Ministry
    of Foreign Affairs", "[Issuer] Prime Minister's Office"): neither a headline nor a body paragraph."""
    return label_patterns().issuer.match(line) is not None


_WORD = re.compile(r"[\w’'-]+")
_INNER_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")
#: A restated summary has at least this many words, and the lead adds at most this many to them.
_SUMMARY_MIN_WORDS = 6
_LEAD_EXTRA_WORDS = 4


def _restates(line: str, following: str, title: str = "") -> bool:
    """True when ``line``, the page's first, is a one-sentence summary that the lead after it
    restates with a few words more: "Ana Ruiz spoke with Tomas Berg on a phone line." above
    "Ana Ruiz spoke with Tomas Berg yesterday evening on a phone line. ..." (a headline printed as a
    sentence, with its full stop), or with a few of its words told otherwise ("Prime Minister Ana
    Ruiz spoke with X." above "On 3 May, the Prime Minister spoke to X this morning, …")."""
    words = [w.casefold() for w in _WORD.findall(line)]
    if len(words) < _SUMMARY_MIN_WORDS or _INNER_SENTENCE_END.search(line.strip()):
        return False
    lead = [w.casefold() for w in _WORD.findall(following)]
    if lead[:3] == words[:3] and _in_order(words, lead[: len(words) + _LEAD_EXTRA_WORDS]) == len(words):
        return True
    # told otherwise: a few summary words missing, the rest in order near the lead's start; a name
    # among them ("Prime Minister Ana Ruiz" where the lead has "The Prime Minister") must be in the
    # title, or the summary is where the page names her
    near = lead[: len(words) + _LEAD_LOOSE_EXTRA_WORDS]
    missing = len(words) - _in_order(words, near)
    if missing > _SUMMARY_MAX_MISSING or missing * _SUMMARY_MISSING_SHARE > len(words):
        return False
    named = {w.casefold() for w in _WORD.findall(line) if w[:1].isupper()} - set(near) - set(words[:1])
    return all(name in title.casefold() for name in named)


#: A summary told otherwise may miss at most this many of its words in the lead, and at most one
#: in this many; the lead may hold this many words more before the last one it repeats.
_SUMMARY_MAX_MISSING = 3
_SUMMARY_MISSING_SHARE = 3
_LEAD_LOOSE_EXTRA_WORDS = 8


def _in_order(words: Sequence[str], lead: Sequence[str]) -> int:
    """How many of ``words`` appear in ``lead`` in their order (the longest common subsequence)."""
    previous = [0] * (len(lead) + 1)
    for word in words:
        current = [0] * (len(lead) + 1)
        for j, other in enumerate(lead, 1):
            current[j] = previous[j - 1] + 1 if word == other else max(previous[j], current[j - 1])
        previous = current
    return previous[-1]


def headline(title: str | None, lines: Sequence[str], reports_event: Callable[[str], bool]) -> str | None:
    """The headline for the analysis: the layout's title, or a header line that reads as one.

    A layout that took a breadcrumb or a date line for the title ("Home > News") leaves the real
    headline among the lines before the opening.
    """
    if title and reports_event(title):
        return title
    for line in lines:
        if len(line) > _HEADLINE_MAX or line.rstrip().endswith(":") or is_caption(line):
            continue  # a label, or a photo caption above the report, heads nothing
        if reports_event(line):
            return line
    return title


def header_date(
    title: str | None, lines: Sequence[str], found_headline: str | None, *, month_first: bool = False
) -> dt.date | None:
    """A publication date the page shows near its top: a date line ("Lima, 22/01/2024 - 17:45",
    "Lima, 28 April 2024") or a byline date, in the title or a header line other than the headline."""
    for line in (title, *lines):
        if not line or line == found_headline or len(line) > _DATE_LINE_MAX:
            continue
        found = full_date(line, month_first=month_first)
        if found is not None:
            return found
    return None


def page_day_month(
    dateline: Dateline | None, layout_day_month: tuple[int, int] | None
) -> tuple[int, int] | None:
    """(month, day) of a dateline or date line that prints no year: the opening's, else the layout's."""
    if dateline is not None and dateline.day_month:
        return dateline.day_month
    return layout_day_month


def page_place(dateline: Dateline | None, layout_place: str | None) -> str | None:
    """The place the page was written in: the opening's dateline, else the place the layout found."""
    if dateline is not None and dateline.place:
        return dateline.place
    return layout_place if isinstance(layout_place, str) and layout_place.strip() else None
