"""Whether one of a page's first lines, though it ends like a sentence, is a headline printed with a
full stop (or a site's slogan), not the report's first paragraph.

One decision, asked where the layout finds the body's first line (``dump``) and where the header
decides which lines above the opening are furniture (``top``). A line is such a headline when it is
one sentence and:

* the line under it opens with a dateline ("Monday, February 27, 2031: President ..."): a dateline
  opens a report's first paragraph, so the line above it heads the report;
* it is title-cased, at the very top ("Minister Meets the Envoy.", "News You Can Trust!"): every
  word capitalised but function words, over a prose or headline line;
* it tells the event in a headline's present tense ("Minister Ruiz meets the Chair of the Harbour
  Council."), which a lead tells in the past: the language packs' ``headline_tense.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .datelines import dateline_date
from .lines import is_prose, looks_like_headline, word_count

__all__ = ["is_stopped_headline"]

#: A sentence end inside a line: ". " before a capitalised word that is no initial's or abbreviation's.
SENTENCE_INSIDE = re.compile(r"(?:[a-z]{2}|\d)[.!?]\s+[A-Z]")
#: A headline printed with a full stop has at most this many words ...
_STOPPED_HEADLINE_WORDS = 30
#: ... and, told in a headline's tense, at most this many characters.
_HEADLINE_MAX = 250
#: A sentence end followed by more text (the line holds two sentences).
_INNER_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")
#: A title-cased line at a page's top has at most this many words, at least ``_TITLE_CASED_CAPITALS``
#: of them capitalised and at least twice as many capitalised as lowercase.
_TITLE_CASED_WORDS = 10
_TITLE_CASED_CAPITALS = 3
_LETTER_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def is_stopped_headline(lines: Sequence[str], index: int, *, by_tense: bool = True) -> bool:
    """True when ``lines[index]``, one of a page's first lines, is a headline printed with a full
    stop (or a slogan) and not the first paragraph: over a line opening with a dateline, title-cased
    at the top, or told in a headline's present tense (the module's three grounds).

    ``by_tense=False`` leaves out the tense: the layout asks so, because a line it moves out of the
    body is lost when it picks no title from it (it picks none from a sentence), while the header
    keeps such a line as the headline the analysis reads."""
    return (
        _over_dateline(lines, index)
        or _title_cased_top(lines, index)
        or (by_tense and _in_headline_tense(lines[index]))
    )


def _over_dateline(lines: Sequence[str], index: int) -> bool:
    """A one-sentence line right above a line that opens with a dateline."""
    line = lines[index]
    return (
        index + 1 < len(lines)
        and word_count(line) <= _STOPPED_HEADLINE_WORDS
        and SENTENCE_INSIDE.search(line) is None
        and dateline_date(line) is None
        and dateline_date(lines[index + 1]) is not None
    )


def _small_words() -> frozenset[str]:
    """Every installed pack's function words ("the", "of", "with"): a title-cased line's lowercase words.
    The registry keeps the packs' words until a pack is registered or removed; their union is cached
    on them, so a pack installed after the first page counts too."""
    from ..languages import function_words

    return _union(function_words())


@lru_cache(maxsize=4)
def _union(packs: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """The union of the packs' (code, function words)."""
    return frozenset().union(*(words for _code, words in packs))


def _title_cased_top(lines: Sequence[str], index: int) -> bool:
    """One of a page's first two lines in title case (every word capitalised but function words,
    twice as many capitalised as not), above a prose or headline line. Scripts without case never
    match."""
    line = lines[index]
    if index > 1 or index + 1 >= len(lines) or word_count(line) > _TITLE_CASED_WORDS:
        return False
    following = lines[index + 1]
    if SENTENCE_INSIDE.search(line) or not (is_prose(following) or looks_like_headline(following)):
        return False
    words = _LETTER_WORD.findall(line)
    capitals = sum(1 for w in words if w[0].isupper())
    lowered = [w for w in words if not w[0].isupper()]
    return capitals >= max(_TITLE_CASED_CAPITALS, 2 * len(lowered)) and all(
        w in _small_words() for w in lowered
    )


def names_only(line: str) -> bool:
    """True for a line of offices and names: it opens and closes on a capitalised word, and of its
    lowercase words all but one at most are function words ("Minister of Trade Ana Ruiz in talks with
    Envoy Eko Tan"). Scripts without case never match."""
    words = _LETTER_WORD.findall(line)
    if len(words) < 2 or not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    small = _small_words()
    return sum(1 for w in words if not w[0].isupper() and w.lower() not in small) <= 1


def _in_headline_tense(line: str) -> bool:
    """One sentence that tells the event in a headline's present tense in some pack's language."""
    stripped = line.strip()
    if _INNER_SENTENCE_END.search(stripped) or len(stripped) > _HEADLINE_MAX:
        return False
    from ..languages import headline_tenses  # every pack's ``headline_tense``, kept by the registry

    return any(pattern.search(stripped) for _code, pattern in headline_tenses())
