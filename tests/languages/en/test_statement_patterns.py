"""The statement finder's patterns rewritten for speed find what their plain forms find."""

from __future__ import annotations

import re

from readoutlib.languages.en.statements import _BOUNDARY, _LIST_SPLIT, _THAT

TEXTS = (
    "He said that that was so, and that-ish words, athat, -that and that's not 'that'.",
    "that",
    "Mr. Kovacs and Ms. Li, together with the envoy & staff, along  with aides,and others",
    "A ,B , and C &D",
    "Ana&Li,Ruiz",
    "Talks went on; and then: the envoy \u2014 an aide \u2013 left,but returned",
    "and stayed while others whereas,x :y",
)


def test_that_finds_the_word_that_where_the_lookbehind_first_pattern_does() -> None:
    """'that' as a word, with and without a start and an end inside the text."""
    plain = re.compile(r"(?<![\w-])that(?![\w-])")
    bounds = [(0, len(text)) for text in TEXTS] + [(1, 30), (9, 12), (13, 40)]
    expected = [[m.span() for m in plain.finditer(TEXTS[0], *b)] for b in bounds]
    actual = [[m.span() for m in _THAT.finditer(TEXTS[0], *b)] for b in bounds]
    assert expected == actual


def test_list_split_cuts_where_the_plain_separator_pattern_does() -> None:
    """The separators of a coordinated phrase: commas, 'and', '&', 'together with'."""
    plain = re.compile(r"\s*,?\s+(?:together|along|jointly)\s+with\s+|\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
    expected = [plain.split(text) for text in TEXTS]
    actual = [_LIST_SPLIT.split(text) for text in TEXTS]
    assert expected == actual


def test_boundary_finds_the_clause_boundaries_the_plain_pattern_does() -> None:
    """Commas, semicolons, colons, dashes and 'and'/'but'/'while'/'whereas' between clauses."""
    plain = re.compile(
        r",?\s+(?:and|but|while|whereas)\s+|,\s*|[;:]\s*(?:(?:and|but)\s+)?|\s[\u2013\u2014]\s"
    )
    expected = [[(m.span(), m.group()) for m in plain.finditer(text)] for text in TEXTS]
    actual = [[(m.span(), m.group()) for m in _BOUNDARY.finditer(text)] for text in TEXTS]
    assert expected == actual
