"""The fast marker search gives exactly what searching every marker's regex gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutlib import markers, registry
from readoutlib.markers import lowered, marker_hits, required_literals, squeeze

_SLOW_SQUEEZE = re.compile(r"[ \t]*\n\s*")
# Markers of the installed adapters, and patterns that exercise the literal extraction's corners.
_TRICKY = (
    r"(?m)^\s*The White House\s*$",
    r"(?:Readout|Statement) of",
    r"ab(?:cd|ef)gh",
    r"kremlin\.ru/d/\d+",
    r"(?-i:PM (?:call|meeting) with)",
    r"Постоянный адрес",
    r"(?:x|yz)?abc",
    r"(?:abc){2,}",
    r"(?:abc)*def",
    r"ΟΔΟΣ",
    r"class",
    r"ask",
    r"(?m)^\s*ab\b",
    r"(?m)^abc|def$",
    r"(?m)^(?<!x)abc\s*$",
    r"\bab\.cd\b",
    r"(?<=x)abc",
    r"x?y?z?abc",
    r"[a-z]{1,3}abc\b",
    r"(?-i:Abc)def\b",
    r"abc[^\n]*xyz",
    r"(?m)abc$",
    r"abc$",
    r"\babc(?!\w)",
    r"(?<![a-z])xyz\w*\b",
    r"(?-i:\b[A-Z]{3,} [A-Z][a-z]+, (?:Minister|Prime Minister)\b)",
    r"(?m)(?:^|[:)]\s)(?-i:Abc Def)",
    r"q{0,3}(?:xy)?abcd\w+",
    r"(?<!q)(?:xy)?abc\s+def",
)
_WORDS = (
    "The White House",
    "THE WHITE HOUSE",
    "readout of",
    "Statement Of",
    "abcdgh",
    "abefgh",
    "kremlin.ru/d/123",
    "PM call with",
    "pm call with",
    "постоянный Адрес",
    "abcabc",
    "ab.cd",
    "xabc",
    "zzzabc",
    "ab",
    "def",
    "οδος",
    "ΟΔΟΣ",
    "Cla\u017fs",
    "a\u017fk",
    "\u212aremlin.ru/d/1",
    "The Whıte House",
    "İ",
    "x\nTHE WHİTE HOUSE",
    "Offıce of the Press Secretary",
    "kremlın.ru/d/7",
    "gem-c-govspeak",
    "Office of the Press Secretary",
    "\n",
    "  \n \t\n",
    " ",
    "x",
    "<",
    "ABC",
    "Abcdef",
    "abc\nxyz",
    "xyzabc",
    "JPN Tanaka, Minister",
    "Prime Minister",
    ": Abc Def",
    ") abc def",
    "qqqxyabcdz",
    "xyabcd",
)


def _patterns() -> list[str]:
    found = list(_TRICKY)
    for adapter in registry.iter_adapters():
        found.extend(pattern for pattern, _ in (*adapter.markers, *adapter.supporting_markers))
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=30).map("".join))
def test_marker_hits_equal_every_regex_searched(text: str) -> None:
    """Every pattern is reported found exactly when its regex finds it in the squeezed text."""
    patterns = _patterns()
    expected = [bool(re.search(p, _SLOW_SQUEEZE.sub("\n", text), re.IGNORECASE)) for p in patterns]
    assert expected == marker_hits(text, patterns)


@pytest.mark.parametrize("tried", [0, 1, 10**9])
@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=30).map("".join))
def test_marker_hits_tried_at_their_anchors_equal_every_regex_searched(tried: int, text: str) -> None:
    """Tried before the first occurrences of their anchoring literal, then searched, markers are found."""
    patterns = _patterns()
    expected = [bool(re.search(p, _SLOW_SQUEEZE.sub("\n", text), re.IGNORECASE)) for p in patterns]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markers, "_ANCHORS_TRIED", tried)
        assert expected == marker_hits(text, patterns)


@pytest.mark.parametrize(
    "text",
    [
        "ab",
        "  ab c",
        "x\nab",
        "abc\n",
        "The White House\nx",
        "zzzabc",
        "q ab.cd",
        "x\n\n  xabc",
        "x\nThe White House",
        "x\n \t The White House \n",
        "the white house\nThe White House",
        "x\nHome >",
        "Home\nHome >",
        "y\n\tPress Releases\ny",
        "Scroll to Top",
        "x abc\nabcdef",
        "Minister\nJPN Tanaka, Minister",
        "abc q\nxyz abc xyz",
        "abc\nabc",
        "abcd qxyabcdef",
        "Abc Def\n: Abc Def",
        "abc\n def",
    ],
)
def test_marker_hits_at_the_edges_of_the_text(text: str) -> None:
    """A marker found at the very start of the text, or after a line break, is reported found."""
    patterns = _patterns()
    expected = [bool(re.search(p, _SLOW_SQUEEZE.sub("\n", text), re.IGNORECASE)) for p in patterns]
    assert expected == marker_hits(text, patterns)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\r\f\v\x1c\x85\u2028\u3000\u00a0ab", max_size=40))
def test_squeeze_equals_the_plain_pattern(text: str) -> None:
    """The faster squeezing pattern makes the same text as ``[ \\t]*\\n\\s*``."""
    assert _SLOW_SQUEEZE.sub("\n", text) == squeeze(text)


def test_required_literals_of_a_marker() -> None:
    """The most selective of what a marker requires is kept: here one of its alternatives, lowercased."""
    expected = (("readout", "statement"),)
    assert expected == required_literals(r"(?:Readout|Statement) of")


def test_required_literals_skip_what_folds_unlike_str_lower() -> None:
    """Greek sigma and Cyrillic letters with extra case equivalents in re are never required."""
    expected = ((("οδο",),), (("янный а",),))
    assert expected == (required_literals("ΟΔΟΣ"), required_literals("Постоянный адрес"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=30).map("".join),
    st.lists(st.sampled_from(_TRICKY), min_size=1, max_size=5),
)
def test_a_few_markers_looked_for_alone(text: str, patterns: list[str]) -> None:
    """A few markers (their literals looked for one by one, no automaton) give what re.search gives."""
    expected = [bool(re.search(p, _SLOW_SQUEEZE.sub("\n", text), re.IGNORECASE)) for p in patterns]
    assert expected == marker_hits(text, patterns)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["ABC", "abc", "’", "ΟΔΟΣ ", "Σ", "İ", "K", "Ω", " ", "\n", "x"]), max_size=40),
    st.integers(min_value=1, max_value=9),
)
def test_lowered_equals_lower(pieces: list[str], chunk: int) -> None:
    """``lowered`` (the text lowercased in pieces) is ``str.lower`` of the text, whatever the pieces' size."""
    text = "".join(pieces)
    assert text.lower() == lowered(text, chunk)


@pytest.mark.parametrize("text", ["\ud800 The White House\nPress Releases", "abcdgh \udfff\nx\nThe White"])
def test_a_lone_surrogate_leaves_the_scan_exact(text: str) -> None:
    """A text the automaton cannot take (a lone surrogate is no UTF-8) is scanned literal by literal."""
    patterns = _patterns()
    expected = [bool(re.search(p, _SLOW_SQUEEZE.sub("\n", text), re.IGNORECASE)) for p in patterns]
    assert expected == marker_hits(text, patterns)
