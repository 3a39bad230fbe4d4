"""Hard-wrapped text: a release copied line by line at a fixed width, read as its paragraphs.

An e-mailed press release that a site copies as it came (New Zealand's releases on Scoop) breaks
every sentence at about sixty characters, so no line of its body ends like a sentence and the
segment stage finds no prose. The signature holds on pages of every language that has letter case:
several lines that end mid-sentence are followed by a line that goes on in lower case. On such a
page a line that ends mid-sentence is joined to the next when the next goes on in lower case, when
the line reaches about the wrap width, or, once the body has begun, when it ends in a lower-case
word. Header lines (a headline, a date line, a label) are shorter than the width and end in a
capital, a digit or a label's value, so they stay lines of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .datelines import date_line_date
from .lines import ends_sentence

__all__ = ["unwrap"]

#: Lines ending mid-sentence and going on in lower case on the next line it takes to call a page
#: hard-wrapped; an ordinary page has a broken line now and then, not a run of them.
_MIN_BREAKS = 3
#: A wrap width no wider than this: a page whose long lines run on is not wrapped by hand.
_MAX_WIDTH = 100
#: A line this close to the wrap width (in characters) was broken by the wrap, not by the writer.
_NEAR_WIDTH = 12
#: More than one line in this many beyond the wrap width: the page's lines are not wrapped.
_LONGER_SHARE = 10
#: A line that ends a clause the next line does not continue: a label or a list opening.
_OPEN_END = re.compile(r"[:：]$")


def _goes_on_lower(line: str) -> bool:
    """True when ``line`` starts with a lower-case letter (past opening quotes and brackets)."""
    stripped = line.lstrip("\"'“‘«(‹ ")
    return bool(stripped) and stripped[0].islower()


def _breaks(lines: Sequence[str]) -> list[int]:
    """Indexes of lines that end mid-sentence and are followed by one that goes on in lower case."""
    return [
        i
        for i in range(len(lines) - 1)
        if not ends_sentence(lines[i]) and not _OPEN_END.search(lines[i]) and _goes_on_lower(lines[i + 1])
    ]


def unwrap(lines: Sequence[str]) -> list[str]:
    """The page's lines with hard-wrapped ones joined into the sentences they break (see the module);
    the lines as they are on a page that is not hard-wrapped."""
    breaks = _breaks(lines)
    if len(breaks) < _MIN_BREAKS:
        return list(lines)
    width = max(len(lines[i]) for i in breaks)
    # a wrapped page's lines stand within the width; a transcript whose speech breaks off now and
    # then ("… given your push for more —" / "the minister said") has many longer ones
    longer = sum(len(line) > width + _NEAR_WIDTH for line in lines)
    if width > _MAX_WIDTH or longer * _LONGER_SHARE > len(lines):
        return list(lines)
    joined: list[str] = []
    body = False
    for i, line in enumerate(lines):
        if joined and _joins(lines[i - 1], line, width, body):
            joined[-1] = f"{joined[-1]} {line}"
            body = True
        else:
            joined.append(line)
    return joined


def _joins(previous: str, line: str, width: int, body: bool) -> bool:
    """True when ``line`` goes on the sentence ``previous`` broke off."""
    if ends_sentence(previous) or _OPEN_END.search(previous):
        return False
    if _goes_on_lower(line):
        return True
    if len(previous) >= width - _NEAR_WIDTH:
        return date_line_date(line) is None  # a long headline above its date line stays apart
    return body and _ends_lower(previous)


def _ends_lower(line: str) -> bool:
    """True when ``line`` ends in a word in lower case with no punctuation after it: a sentence broken off."""
    last = line.rsplit(None, 1)[-1] if line.strip() else ""
    return last.isalpha() and last[0].islower()
