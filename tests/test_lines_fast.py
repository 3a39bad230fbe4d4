"""The fast paths of line measures give exactly what splitting the line into words gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from readoutlib.segment import lines
from readoutlib.segment.lines import collapse, is_breadcrumb, word_count
from readoutlib.segment.vocabulary import furniture_patterns

# Spaces of every kind, words, breadcrumb and menu separators, CJK characters and controls.
_PIECES = st.sampled_from(
    (" ", "  ", "\t", "\n", "\r", "\x1c", "\x85", "\u00a0", "\u2028", "\u3000", "\u200b", "word", "Home",
     ">", "»", "|", "/", "会谈", "ab", "x")
)  # fmt: skip
_LINES = st.lists(_PIECES | st.text(max_size=3), max_size=40).map("".join)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@settings(max_examples=500, deadline=None)
@given(_LINES.filter(str.isprintable))
def test_collapse_of_a_printable_line_is_split_and_join(line: str) -> None:
    """A line with no whitespace but spaces collapses as its words joined by one space."""
    expected = " ".join(line.split())
    assert expected == collapse(line)


@settings(max_examples=500, deadline=None)
@given(_LINES)
def test_word_count_counts_the_words(line: str) -> None:
    """The count is the line's words, and half its CJK characters."""
    expected = len(line.split()) + (0 if line.isascii() else len(_CJK.findall(line)) // 2)
    assert expected == word_count(line)


def _breadcrumb_counting_every_word(line: str) -> bool:
    """``is_breadcrumb`` as written before its word limit was read with a bounded split."""
    stripped = line.strip()
    if furniture_patterns().breadcrumb_start.match(stripped):
        return True
    if len(stripped.split()) > 16:
        return False
    segments = lines._BREADCRUMB.split(stripped)
    if len(segments) < 2:
        segments = lines._MENU.split(stripped)
        if len(segments) < 3:
            return False
    return word_count(stripped) <= 16 and all(len(s.split()) <= 6 for s in segments)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(("Home", ">", "News", "|", "a", "b", " ", "\t")), max_size=45).map(" ".join))
def test_breadcrumbs_read_with_a_bounded_split(line: str) -> None:
    """Bounding the split at 17 words tells breadcrumbs as counting every word did."""
    expected = _breadcrumb_counting_every_word(line)
    assert expected == is_breadcrumb(line)
