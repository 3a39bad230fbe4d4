"""Which header line is the page's headline."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .datelines import date_line_date
from .lines import fold, has_headline_word, looks_like_headline, word_count
from .top import is_caption, is_issuer_line

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
    headed = _headlines(candidates, title_words)
    if headed:
        return _over_standfirst(headed, _set_apart(header, body, is_furniture))
    if hint_text:
        return None  # a known <h1>/<title> beats a header line with no headline word
    first_headline = bool(candidates) and candidates[0] == header[0]
    if first_headline and (word_count(header[0]) >= 4 or all(_BYLINE.match(line) for line in header[1:])):
        # The dump's first line reads as a headline: it is the title, and the lines under it are
        # its byline ("Antony J. Blinken, Secretary of State"), not a later headline.
        return header[0]
    return next((line for line in reversed(candidates) if word_count(line) >= 4), None)


def _headlines(candidates: Sequence[str], title_words: Sequence[re.Pattern[str]]) -> list[str]:
    """The candidates with a headline word. A label line whose headline word is its label's alone
    ("Press Release: Freedonian Government", under the headline of a wire's copy) names the page's
    kind and issuer: it counts only when no other line has one."""
    headlines = [
        line for line in candidates if has_headline_word(line) or any(p.search(line) for p in title_words)
    ]
    told = [line for line in headlines if not _label_only(line, title_words)]
    return told or headlines


#: A header line made of a label and its value: "Press Release: Freedonian Government".
_LABEL_LINE = re.compile(r"^(?P<label>[^:]{2,40}):\s+(?P<value>\S.*)$")


def _label_only(line: str, title_words: Sequence[re.Pattern[str]]) -> bool:
    """True when the line is a label and its value, and only the label holds a headline word."""
    found = _LABEL_LINE.match(line)
    if found is None or not has_headline_word(found.group("label")):
        return False
    value = found.group("value")
    return not has_headline_word(value) and not any(p.search(value) for p in title_words)


#: A header line this long under a shorter headline is its standfirst, a sentence of its own ("The
#: Secretary will meet NATO's Stoltenberg on Wednesday and will take part in ..."), not the title.
_STANDFIRST_WORDS = 16


def _set_apart(header: Sequence[str], body: Sequence[str], is_furniture: Callable[[str], bool]) -> str | None:
    """The last header line when a header line or a caption stands between it and the body's prose
    (a standfirst's place), else None: a line right above the prose is the lead of a flattened page."""
    if len(header) >= 2 and body and (is_caption(body[0]) or is_furniture(body[0])):
        return header[-1]
    return header[-2] if len(header) >= 2 else None


def _over_standfirst(headed: Sequence[str], standfirst: str | None) -> str:
    """The last of the header lines with a headline word, unless it is a standfirst: a long line
    under a headline-length line that has one too, set apart from the body's prose by a caption or a
    header line (``_set_apart``). Then the line above it. A long line right above the prose is the
    lead of a flattened page, without its full stop ("X had a telephone conversation with Y"), and
    stays the title, as the body does not hold it. A line of a word or two under a longer headline is
    the name of the page's section, and the headline above it is the title."""
    last = headed[-1]
    if (
        len(headed) >= 2
        and word_count(last) >= _STANDFIRST_WORDS > word_count(headed[-2])
        and last == standfirst
    ):
        return headed[-2]
    if len(headed) >= 2 and word_count(last) <= _LABEL_WORDS < word_count(headed[-2]) - 1:
        return headed[-2]  # a section's name under the headline ("Phone calls"), not the title
    if len(headed) >= 2 and not _names_someone(last) and _names_someone(headed[-2]):
        return headed[-2]  # a subtitle naming no one ("The talks lasted an hour") under the headline
    return last


#: A capitalised word after a line's first: a name, a country or an office the line names.
_NAMED_WORD = re.compile(r"\s[^\W\d_a-z]")


def _names_someone(line: str) -> bool:
    """True when the line has a capitalised word past its first (a headline naming its sides,
    "Ruiz-Tan talks end", names them in its first word: a hyphened pair counts too)."""
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return bool(_NAMED_WORD.search(line)) or ("-" in first and first[:1].isupper())


#: A header line this short under a headline of four words or more is the name of the site's section
#: the page is filed under ("Phone calls" under "Telephone conversation with X, President of Y": en-m,
#: Nazarbayev's site), not a second headline.
_LABEL_WORDS = 2


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


#: A header line wholly in quotation marks (emphasis marks around it allowed) under an unquoted
#: candidate: an article's headline quoted by a press round-up ("‘Mayor visits the Capitol, says …’"
#: under "What They Are Reading …"), not the page's own headline. A page whose only headline is
#: quoted keeps it (en-m's Tongan page).
_QUOTED_LINE = re.compile(r"^[*_]*\s*[‘“\"'].*[’”\"'][*_]*$")


def _doubled(header: Sequence[str], index: int) -> bool:
    """True when the header line at ``index`` is printed twice in a row: a photo's alt text and its
    caption (en-as, Roya News: "X and Y during the press conference in Z" twice under the headline).
    Under a headline it is that caption, not a second headline; a headline doubled at the top of the
    page, with none above it, stays the title."""
    line = header[index]
    above = index > 0 and header[index - 1] == line
    return above or (index + 1 < len(header) and header[index + 1] == line)


def _below_headline(header: Sequence[str], index: int, candidates: Sequence[str]) -> bool:
    """True when the header line at ``index`` stands under the page's own headline and is not one:
    a quoted headline under an unquoted one (a quoted headline alone is the title), or a photo's text
    printed twice (``_doubled``) under a line with a headline word."""
    line = header[index]
    if _QUOTED_LINE.match(line) and any(not _QUOTED_LINE.match(c) for c in candidates):
        return True
    return _doubled(header, index) and any(has_headline_word(c) for c in candidates)


def _candidates(header: Sequence[str], body: Sequence[str], is_furniture: Callable[[str], bool]) -> list[str]:
    """Header lines that could be the headline, in order."""
    first: str | None = None  # the first body line folded, when a candidate is to be compared with it
    candidates: list[str] = []
    for index, line in enumerate(header):
        if is_furniture(line) or date_line_date(line) is not None:
            continue
        if (is_caption(line) and not has_headline_word(line)) or is_issuer_line(line):
            # a photo's credit or a caption naming no event, or an issuer line: not the headline (a
            # caption that tells the event, "X received a call from Y. — Agency pic", is the best
            # headline an untitled page has: it names the principals in full)
            continue
        dated = index + 1 < len(header) and date_line_date(header[index + 1]) is not None
        if not looks_like_headline(line) and not (dated and word_count(line) <= 40):
            continue
        if _below_headline(header, index, candidates):
            continue
        if first is None:
            first = fold(body[0]) if body else ""
        if first and first.startswith(fold(line)):
            continue  # a summary repeating the first paragraph
        candidates.append(line)
    return candidates
