"""The project's one sentence splitter, with character offsets; each language pack gives its words.

A sentence ends at a stop followed by space and a capital or a figure, unless the stop closes an
abbreviation or initials. Which words are abbreviations is the language's knowledge, so a pack
passes its own list (the English pack: "Mr", "Gen", "U.S."; the Russian pack: "г", "им").
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Sentence", "split_sentences"]


class Sentence(NamedTuple):
    """One sentence of a paragraph: ``paragraph[start:end] == text`` (no surrounding space)."""

    start: int
    end: int
    text: str


#: A sentence end: stops, closing quotes or brackets, then space. What follows decides (see below).
#: Pages that lost the space after a stop ("… bilateral relations.According to …") end a sentence
#: too where a stop follows a lowercase word and precedes a capitalised one (not "D.Tsogtbaatar").
_SENTENCE_END = re.compile(r"[.!?]+(?:[\"”’')\]]*\s+|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]))")
#: The same, where a semicolon ends a sentence too.
_CLAUSE_END = re.compile(r"(?:[.!?]+|;)(?:[\"”’')\]]*\s+|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]))")
#: The word a full stop ends: letters, figures and inner stops ("U.S", "a.m", "Mr").
_LAST_WORD = re.compile(r"[\w.]+$")
#: How many characters before a stop are read to find the word it ends; a bounded look keeps the
#: splitter linear on paragraphs with thousands of abbreviations and no sentence end.
_WINDOW = 40
#: Stops of scripts written without spaces: "。", "！", "？" (and an ASCII stop after a Han
#: character, as some Hong Kong pages write it), a closing quote or bracket staying with them.
_CJK_END = re.compile(r"(?:[。！？!?]|(?<=[\u3400-\u9fff])\.)+[”’」』）)]*")
#: The same, where a semicolon ends a sentence too.
_CJK_CLAUSE_END = re.compile(r"(?:[。！？；!?;]|(?<=[\u3400-\u9fff])\.)+[”’」』）)]*")
#: Brackets a stop inside which ends nothing ("「…と述べた。」と語った").
_OPENERS, _CLOSERS = "「『(（", "」』)）"


def split_sentences(
    text: str,
    start: int = 0,
    *,
    semicolons: bool = False,
    abbreviations: frozenset[str] = frozenset(),
    suffixes: frozenset[str] = frozenset(),
    spaceless: bool = False,
    before_figures: frozenset[str] = frozenset(),
) -> list[Sentence]:
    """Split ``text`` (from ``start`` on) into sentences with their offsets.

    A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) followed by space and
    a capital letter or a figure (an opening quote or bracket may come first). A full stop after an
    abbreviation ("Mr.", "Gen.") or initials ("J.", "U.S.", "a.m.") ends nothing ("the U.S. Secretary
    of State"), except after a name suffix ("Marcos Jr. Secretary Lee then said").

    With ``semicolons``, "; " before a capital ends a sentence too: the event stage reads one
    report per sentence, and "X met Y on Monday; The two sides ..." holds two.

    Args:
        abbreviations: the language's words written with a period that ends nothing ("mr", "gen"),
            lowercase without the period (a language pack's list).
        suffixes: name suffixes whose period does end a sentence ("jr", "sr").
        spaceless: the text is in a script written without spaces (Chinese, Japanese): a sentence
            ends at "。", "！" or "？" whatever follows, except inside 「…」 or (…).
        before_figures: words whose period ends nothing when a figure follows, lowercase without
            the period ("dec": "on Dec. 5, the ministers met" is one sentence; "… on 5 Dec. The" two).
    """
    if spaceless:
        return _split_spaceless(text, start, semicolons=semicolons)
    out: list[Sentence] = []
    s0 = start
    for match in (_CLAUSE_END if semicolons else _SENTENCE_END).finditer(text, start):
        if not _opens_sentence(text, match.end()):
            continue
        if text[match.start()] == "." and _ends_abbreviation(text, match.start(), abbreviations, suffixes):
            continue
        if before_figures and text[match.end() : match.end() + 1].isdigit():
            word = _LAST_WORD.search(text, max(0, match.start() - _WINDOW), match.start())
            if word is not None and word.group().lower() in before_figures:
                continue
        _append(out, text, s0, match.end())
        s0 = match.end()
    _append(out, text, s0, len(text))
    return out


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a sentence can open at ``at``: a capital or a figure, after an optional quote or bracket."""
    following = text[at : at + 2]
    char = following[1:2] if following[:1] in "\"“‘'(" else following[:1]
    return bool(char) and (char.isupper() or char.isdigit())


def _ends_abbreviation(text: str, dot: int, abbreviations: frozenset[str], suffixes: frozenset[str]) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or initials rather than a sentence."""
    found = _LAST_WORD.search(text, max(0, dot - _WINDOW), dot)
    if found is None:
        return False
    word = found.group()
    lower = word.lower()
    if lower in suffixes:
        return False
    # "U.S", "a.m", "Japan-U.S" (the run after the hyphen), or one capital: "J. K. Lund".
    return lower in abbreviations or "." in word or (len(word) == 1 and word.isupper())


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    """Add ``text[start:end]`` without its surrounding space, when anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end]))


def _split_spaceless(text: str, start: int, *, semicolons: bool) -> list[Sentence]:
    """Sentences of Chinese or Japanese text: each stop ends one unless it is inside brackets."""
    out: list[Sentence] = []
    s0 = depth_at = start
    depth = 0
    for match in (_CJK_CLAUSE_END if semicolons else _CJK_END).finditer(text, start):
        for char in text[depth_at : match.start()]:
            if char in _OPENERS:
                depth += 1
            elif char in _CLOSERS:
                depth = max(0, depth - 1)
        depth_at = match.start()
        if depth:
            continue
        _append(out, text, s0, match.end())
        s0 = match.end()
    _append(out, text, s0, len(text))
    return out
