"""``rules._WordIndex``: one scan of a text answers every gate's word test (issue #14).

``Gated.absent`` and ``GatedRows.candidates`` each lowered the text and looked for their own words
again; on a page the same sentences and paragraphs are gated some hundred times. The shared index
finds every gate's words in a text in one pass and remembers the answer for the page. The
properties below check that its answers are the plain word tests', also for gates made after
texts were scanned (whose words the automaton did not hold), for case-odd letters and for lone
surrogates, which the Aho-Corasick automaton cannot read.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutlib import rules
from readoutlib.rules import Gated, GatedRows, clear_text_index

_WORDS = ["talk", "talks", "met", "meet", "visit", "ed", "phone", "call", "in", "ſ", "\udc80", "İ"]


def _plain_absent(gate: Gated, text: str, pos: int, endpos: int) -> bool:
    """The word test as it was: the segment lowered, each word looked for."""
    if gate.words is None or (not text.isascii() and any(odd in text for odd in rules._CASE_ODD)):
        return False
    low = text[pos:endpos].lower()
    return not any(word in low for word in gate.words)


_TEXTS = st.lists(st.sampled_from([*_WORDS, " ", "-", "Talk", "MET", "Phone", "x", "é"]), max_size=12).map(
    "".join
)
_PATTERNS = st.lists(
    st.sampled_from(
        [r"\btalks?\b", r"met|meet", r"visit(?:ed)?", r"phone\s*call", r"in\b", r"[a-z]+ed", r"call(?:ed)?"]
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _PATTERNS, st.integers(0, 20), st.integers(0, 30), st.booleans())
def test_absent_answers_as_the_plain_word_test(
    text: str, patterns: list[str], pos: int, endpos: int, fresh: bool
) -> None:
    if fresh:
        clear_text_index()
    for source in patterns:
        gate = Gated.of(re.compile(source, re.IGNORECASE))
        assert gate.absent(text, pos, endpos) == _plain_absent(gate, text, pos, endpos)
        assert gate.absent(text) == _plain_absent(gate, text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _PATTERNS)
def test_candidates_are_the_rows_the_word_test_lets_through(text: str, patterns: list[str]) -> None:
    rows = GatedRows(Gated.of(re.compile(source, re.IGNORECASE)) for source in patterns)
    expected = tuple(i for i, gate in enumerate(rows.patterns) if not _plain_absent(gate, text, 0, len(text)))
    assert rows.candidates(text) == expected


def test_a_gate_made_after_a_scan_sees_its_own_words() -> None:
    text = "The ministers held a zyxwvut with each other."
    first = Gated.of(re.compile(r"\bheld\b"))
    assert not first.absent(text)  # the text is scanned and remembered now
    later = Gated.of(re.compile(r"zyxwvut"))  # a word the automaton did not hold
    assert not later.absent(text)
    assert Gated.of(re.compile(r"qqqzzz")).absent(text)


def test_a_text_is_scanned_once_for_every_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_text_index()
    text = "The two leaders spoke by phone and met later."
    gates = [Gated.of(re.compile(p)) for p in (r"spoke", r"phone", r"\bmet\b", r"visited")]
    scans = []
    index = rules._INDEX
    words_in = index.words_in(text)  # the automaton made, the text scanned
    finder = index._find
    assert finder is not None

    def counting(lowered: str) -> object:
        scans.append(lowered)
        return finder(lowered)

    monkeypatch.setattr(index, "_find", counting)
    index.seen.clear()
    assert [g.absent(text) for g in gates] == [False, False, False, True]
    assert GatedRows(gates).candidates(text) == (0, 1, 2)
    assert scans == [text.lower()]
    assert index.words_in(text) == words_in


def test_an_answer_found_while_a_gate_was_made_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    # Another thread makes a gate (new words) while this one scans a text with the old automaton.
    index = rules._INDEX
    text = "The envoys held a qxjvwk round."
    index.words_in("warm the automaton up")
    finder = index._find
    assert finder is not None
    made: list[Gated] = []

    def scanning_while_a_gate_is_made(lowered: str) -> object:
        made.append(Gated.of(re.compile(r"qxjvwk")))  # its word is new: the automaton is replaced
        return finder(lowered)

    monkeypatch.setattr(index, "_find", scanning_while_a_gate_is_made)
    clear_text_index()
    index.words_in(text)
    assert text not in index.seen  # found with the old automaton: given, not kept
    assert not made[0].absent(text)  # the new gate reads the new automaton's answer
