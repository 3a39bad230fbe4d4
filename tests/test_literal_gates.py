"""A furniture pattern needing rare literal text runs only on lines that hold it (``lines.any_match``).

The answer of ``any_match`` must stay exactly ``any(p.match(line) for p in patterns)``: on lines
with and without the literals, in any case, ASCII or not (with a letter that folds to ASCII, ungated).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from readoutlib.markers import ASCII_FOLDS, every_clause
from readoutlib.segment.dump import _compiled
from readoutlib.segment.lines import _gated, _literal_gated, any_match
from readoutlib.segment.rules import DumpRules


def test_a_pattern_opening_with_literal_text_stays_in_the_alternation() -> None:
    assert not _gated(re.compile("Print this page", re.IGNORECASE))
    assert not _gated(re.compile("(?:print|share) this page", re.IGNORECASE))
    assert _gated(re.compile(r".{0,9}print this page", re.IGNORECASE))
    assert not _gated(re.compile(r".{0,9}\ba\b", re.IGNORECASE))  # one letter: in nearly every line


class _Spy:
    """A compiled pattern that counts how often it is run."""

    def __init__(self, source: str) -> None:
        self.compiled = re.compile(source, re.IGNORECASE)
        self.pattern = source
        self.flags = self.compiled.flags
        self.runs = 0

    def match(self, text: str) -> re.Match[str] | None:
        self.runs += 1
        return self.compiled.match(text)


def test_a_gated_pattern_is_not_run_on_a_line_without_its_literal() -> None:
    spy = _Spy(r"(?:\w+\s?)+ via zqxmark wire$")  # slow to fail on long prose
    test = any_match([spy])  # type: ignore[list-item]
    prose = "The ministers discussed trade, energy and the situation in the region at length."
    assert test(prose) is False
    assert spy.runs == 0
    assert test("Story filed via ZQXMARK wire") is True
    assert spy.runs == 1


def test_a_line_that_is_not_ascii_is_gated_too() -> None:
    spy = _Spy(r".{0,40}\bzqxmark\b")
    test = any_match([spy])  # type: ignore[list-item]
    assert test("Café, no mark") is False
    assert spy.runs == 0
    assert test("Café ZQXMARK") is True
    assert spy.runs == 1


def test_a_line_with_a_letter_folding_to_ascii_is_matched_without_the_gate() -> None:
    spy = _Spy(r".{0,40}\bsign\b")
    test = any_match([spy])  # type: ignore[list-item]
    assert test("the \u017fign") is True  # "ſ" matches "s" with case ignored: "sign" is not in the line
    assert spy.runs == 1


def test_the_letters_folding_to_ascii_are_all_known() -> None:
    """The characters other than ASCII that a case-insensitive ASCII class matches are ``ASCII_FOLDS``."""
    ascii_class = re.compile("[\x00-\x7f]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF and ascii_class.match(chr(c))}
    assert found == ASCII_FOLDS


def test_a_line_with_a_lone_surrogate_is_gated_too() -> None:
    spy = _Spy(r".{0,40}\bzqxmark\b")
    test = any_match([spy])  # type: ignore[list-item]
    assert test("a\udc80b, no mark") is False
    assert spy.runs == 0
    assert test("a\udc80b zqxmark") is True


def test_gated_match_finds_the_same_as_each_pattern() -> None:
    patterns = [re.compile(s, re.IGNORECASE) for s in (r".{0,40}\bphoto:\s*\w+$", r"\S+\.(?:png|gif)$")]
    test = _literal_gated(patterns)
    for line in ("Photo: Someone", "x photo: y", "file.PNG", "file.png.txt", "nothing here"):
        assert test(line, line.lower()) == any(p.match(line) for p in patterns)


_RULES = _compiled(DumpRules())
_PATTERN_SETS = (_RULES.drop, _RULES.stop, _RULES.start)
#: Pieces a line is built of: each set's literals (as written and in capitals), words, marks.
_PIECES = sorted(
    {s for patterns in _PATTERN_SETS for p in patterns for c in every_clause(p.pattern) for s in c}
    | {s.upper() for patterns in _PATTERN_SETS for p in patterns for c in every_clause(p.pattern) for s in c}
    | {
        "The ",
        "talks",
        " ",
        ".",
        "/",
        "(",
        ")",
        ":",
        "@",
        "2031",
        "Photo",
        "é",
        "ſ",
        "\u212a",
        "\u0130",
        "\u0131",
        "’",
        "\udc80",  # a lone surrogate (bytes that were not UTF-8): the literals are looked for one by one
        "jpg",
        "http://x.y",
    }
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join), st.sampled_from(range(3)))
def test_gated_rows_match_as_each_row(line: str, which: int) -> None:
    patterns = _PATTERN_SETS[which]
    assert any_match(patterns)(line) == any(p.match(line) for p in patterns)
