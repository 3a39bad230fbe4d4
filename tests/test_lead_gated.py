"""A gated pattern whose source opens with lookbehinds searches behind its first characters' gate
(``rules.lead_gated``), and finds exactly what the plain pattern finds: spans, groups, every match."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutlib.rules import Gated, GatedAlternation, lead_gated

#: Patterns in the shapes the rule tables use: lookbehinds before a word, before a group of words,
#: with groups of their own, case-sensitive parts inside a case-insensitive pattern.
_LOOKING_BACK = (
    r"(?<!\bwas\s)(?<!\bbeing\s)\bmet\b(?!\s+with\b)",
    r"(?<!\bahead\sof\sthe\s)(?<!\bprior\sto\sthe\s)\b(?P<noun>meeting|talks)\b",
    r"(?<=\bthe\s)(summit|dialogue)\s+(?:was|were)\s+held",
    r"(?<!\bas\s)\bdiscussed\s+(?!(?:how|what)\b)[^.;]{0,40}?\bwith\s+(\w+)",
    r"(?:(?<=\bwhile\s)|(?<=\bwhen\s))(?P<noun>meeting|talks)\s+(?:with\s+)?(?-i:[A-Z])",
)

_WORDS = (
    "met", "with", "was", "being", "meeting", "talks", "ahead", "of", "the", "prior", "to", "Summit",
    "summit", "dialogue", "were", "held", "as", "discussed", "how", "trade", "Ana", "MET", "Met", ".",
    "while", "when", "While",
)  # fmt: skip


@pytest.mark.parametrize("source", _LOOKING_BACK)
def test_a_pattern_opening_with_a_lookbehind_searches_behind_a_gate(source: str) -> None:
    regex = re.compile(source, re.IGNORECASE)
    searcher = Gated.of(regex).searcher()
    assert searcher.pattern != source
    assert "(?=[" in searcher.pattern.split(source[:4])[0]  # the gate stands before the pattern


def test_other_patterns_search_as_they_are() -> None:
    plain = re.compile(r"\bmet\b(?<!\bwas\smet)", re.IGNORECASE)  # a lookbehind, but not first
    assert Gated.of(plain).searcher() is plain
    unsure = re.compile(r"(?<!-)\w+ed\b")  # it may open with any word character: no gate
    assert lead_gated(unsure) is unsure
    changed = re.compile(r"(?<=\bthe\s)(?:(?-i:[A-Z])\w+\s+)?summit", re.IGNORECASE)  # flags changed inside
    assert lead_gated(changed) is changed


def _text(words: list[str]) -> str:
    return " ".join(words).replace(" .", ".")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_LOOKING_BACK), st.lists(st.sampled_from(_WORDS), max_size=14))
@example(_LOOKING_BACK[0], ["she", "was", "met", "and", "they", "met", "Ana"])
@example(_LOOKING_BACK[2], ["at", "the", "Summit", "were", "held", "the", "dialogue", "was", "held"])
@example(_LOOKING_BACK[4], ["while", "meeting", "with", "Ana", "when", "talks", "Met", "as", "meeting"])
def test_the_gate_finds_what_the_pattern_finds(source: str, words: list[str]) -> None:
    regex = re.compile(source, re.IGNORECASE)
    gated = Gated(regex)  # no required words: every text is searched, by the searcher
    text = _text(words)
    expected = [(m.span(), m.groups(), m.groupdict()) for m in regex.finditer(text)]
    assert [(m.span(), m.groups(), m.groupdict()) for m in gated.finditer(text)] == expected
    found, plain = gated.search(text, 3), regex.search(text, 3)
    assert (found and (found.span(), found.groups())) == (plain and (plain.span(), plain.groups()))
    assert gated.sub(lambda m: m.group().upper(), text) == regex.sub(lambda m: m.group().upper(), text)


def test_an_alternation_of_rows_opening_with_lookbehinds_finds_the_same_row() -> None:
    rows = [_LOOKING_BACK[1], r"\bheld\s+talks\b", _LOOKING_BACK[0]]
    whole = re.compile("|".join(f"(?:{row})" for row in rows), re.IGNORECASE)
    alternation = GatedAlternation.of_rows(whole, rows)
    for text in ("They held talks and met.", "He was met ahead of the meeting; they met.", "no such"):
        found, plain = alternation.search(text), whole.search(text)
        assert (found and found.span()) == (plain and plain.span())
