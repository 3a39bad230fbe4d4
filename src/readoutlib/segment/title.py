"""Which header line is the page's headline."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .datelines import date_line_date
from .lines import fold, has_headline_word, looks_like_headline, word_count

__all__ = ["pick_title"]

#: A byline under a headline: a name, a comma and the office ("Ned Price, Department Spokesperson").
_BYLINE = re.compile(
    r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,4},\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,8}$"
)


#: A first line that names the page's genre in capitals before a colon ("FACT SHEET: The Partners
#: Impose Costs"): the page's title even where a subtitle under it has a headline word ("... Meet with").
_LABELLED = re.compile(r"^(?:[A-Z]{2,}\s+){0,2}[A-Z]{2,}:\s+\S+(?:\s+\S+){3}")


def pick_title(
    header: Sequence[str],
    body: Sequence[str],
    is_furniture: Callable[[str], bool],
    title_words: Sequence[re.Pattern[str]],
    *,
    hint_text: str = "",
) -> str | None:
    """The headline among the header lines, or None.

    Args:
        header: the lines above the body.
        body: the body's lines (a header line its first line starts with is a summary, not a title).
        is_furniture: whether a line is known furniture (a breadcrumb, a declared header line).
        title_words: a publisher's extra headline words.
        hint_text: a title known from elsewhere (``<title>``, ``<h1>``): a header line equal to it
            is the title, and it beats a header line with no headline word.
    """
    hint = fold(hint_text) if hint_text else ""
    hinted = _hinted(header, is_furniture, hint, hint_text)
    if hinted is not None:
        return hinted
    candidates = _candidates(header, body, is_furniture)
    if candidates and candidates[0] == header[0] and _LABELLED.match(candidates[0]):
        return candidates[0]
    headline = _last_headline(candidates, title_words)
    if headline is not None:
        return headline
    if hint_text:
        return None  # a known <h1>/<title> beats a header line with no headline word
    first_headline = bool(candidates) and candidates[0] == header[0]
    if first_headline and (word_count(header[0]) >= 4 or all(_BYLINE.match(line) for line in header[1:])):
        # The dump's first line reads as a headline: it is the title, and the lines under it are
        # its byline ("Antony J. Blinken, Secretary of State"), not a later headline.
        return header[0]
    return next((line for line in reversed(candidates) if word_count(line) >= 4), None)


def _last_headline(candidates: Sequence[str], title_words: Sequence[re.Pattern[str]]) -> str | None:
    """The last candidate with a headline word. A label line whose headline word is its label's alone
    ("Press Release: Freedonian Government", under the headline of a wire's copy) names the page's
    kind and issuer: a headline above it wins."""
    headlines = [
        line for line in candidates if has_headline_word(line) or any(p.search(line) for p in title_words)
    ]
    told = [line for line in headlines if not _label_only(line, title_words)]
    chosen = told or headlines
    return chosen[-1] if chosen else None


#: A header line made of a label and its value: "Press Release: Freedonian Government".
_LABEL_LINE = re.compile(r"^(?P<label>[^:]{2,40}):\s+(?P<value>\S.*)$")


def _label_only(line: str, title_words: Sequence[re.Pattern[str]]) -> bool:
    """True when the line is a label and its value, and only the label holds a headline word."""
    found = _LABEL_LINE.match(line)
    if found is None or not has_headline_word(found.group("label")):
        return False
    value = found.group("value")
    return not has_headline_word(value) and not any(p.search(value) for p in title_words)


def _hinted(
    header: Sequence[str], is_furniture: Callable[[str], bool], hint: str, hint_text: str
) -> str | None:
    """The header line that is the known title, or the known title when a line holds part of it."""
    if not hint:
        return None
    for line in header:
        if fold(line) == hint:
            return line
    for line in header:
        folded = fold(line)
        if len(folded) >= 12 and folded in hint and not is_furniture(line):
            return hint_text  # the title broken over lines (``<br>``): the hint is the whole of it
    return None


def _candidates(header: Sequence[str], body: Sequence[str], is_furniture: Callable[[str], bool]) -> list[str]:
    """Header lines that could be the headline, in order."""
    first: str | None = None  # the first body line folded, when a candidate is to be compared with it
    candidates: list[str] = []
    for index, line in enumerate(header):
        if is_furniture(line) or date_line_date(line) is not None:
            continue
        dated = index + 1 < len(header) and date_line_date(header[index + 1]) is not None
        if not looks_like_headline(line) and not (dated and word_count(line) <= 40):
            continue
        if first is None:
            first = fold(body[0]) if body else ""
        if first and first.startswith(fold(line)):
            continue  # a summary repeating the first paragraph
        candidates.append(line)
    return candidates
