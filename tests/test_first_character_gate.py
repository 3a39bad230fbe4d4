"""``rules.first_character_gate``: a lookahead of a pattern's first characters, its matches unchanged."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from readoutlib.languages.en.event import _table
from readoutlib.rules import first_character_gate

#: Branches opening with a boundary, a lookbehind, a group of words, a class and an optional word.
SOURCE = r"\b(?:had|held)\s+talks|(?<![\w-])called\b|\bmet\b|[Vv]isited|(?:tele)?phoned"
TEXT = "Recalled? No: they met, Held Talks, then she telephoned and phoned; he visited and was called."


def test_gate_lists_the_first_characters() -> None:
    """The lookahead names every character a match can open with, sorted."""
    expected = f"(?=[Vchmptv])(?:{SOURCE})"
    assert expected == first_character_gate(SOURCE)


def test_gated_pattern_matches_as_the_pattern_does() -> None:
    """Case-insensitive, the gated pattern finds the same spans as the pattern itself."""
    expected = [(m.span(), m.group()) for m in re.finditer(SOURCE, TEXT, re.IGNORECASE)]
    gated = re.compile(first_character_gate(SOURCE, re.IGNORECASE), re.IGNORECASE)
    assert expected == [(m.span(), m.group()) for m in gated.finditer(TEXT)]


def test_case_folding_of_the_class_is_the_literals() -> None:
    """A letter only re's case folding maps ("ſ" for "s", the Kelvin sign for "k") still opens a match."""
    gated = re.compile(first_character_gate("spoke|knew", re.IGNORECASE), re.IGNORECASE)
    expected = ["ſpoke", "\u212anew"]
    assert expected == [m.group() for m in gated.finditer("He ſpoke and \u212anew.")]


def test_unsure_sources_are_left_as_they_are() -> None:
    """Broad categories, any character, an empty match, changed flags and inline flags give no gate."""
    sources = [r"\w+ly", r"x|\s", ".ly", "(?:ab)?", "(?-i:[A-Z])x", "(?i)said", "[^a]b", r"x|\W"]
    assert sources == [first_character_gate(source, re.IGNORECASE) for source in sources]


def test_event_clauses_search_as_before() -> None:
    """Every example of the event-clause table is found at the same place with and without the gate."""
    table = _table("event_clauses.toml")
    examples = [row.example for row in table.rows]
    for label in table.labels():
        source = table.alternation(label)
        plain = re.compile(source, table.flags)
        gated = re.compile(first_character_gate(source, table.flags), table.flags)
        expected = [(m.span() if m else None) for m in map(plain.search, examples)]
        assert expected == [(m.span() if m else None) for m in map(gated.search, examples)]


def test_word_starts_add_a_boundary() -> None:
    """Branches that all open at a word's start (after \\b or a lookbehind refusing \\w) gain a \\b."""
    source = r"\bmet\b|(?<![\w-])called|\b(?:had|held)"
    expected = rf"\b(?=[chm])(?:{source})"
    assert expected == first_character_gate(source, re.IGNORECASE)


def test_no_boundary_where_a_branch_may_open_inside_a_word() -> None:
    """One branch without a word-start assertion, or one opening with a non-word character: no \\b."""
    sources = [r"\bmet|called", r"(?<![\w-])-met|\bmet", r"(?:x)?\bmet"]
    expected = [rf"(?=[cm])(?:{sources[0]})", rf"(?=[\-m])(?:{sources[1]})", rf"(?=[mx])(?:{sources[2]})"]
    assert expected == [first_character_gate(source) for source in sources]


def test_digit_category_joins_the_class() -> None:
    """A date opening with an optional digit range then \\d is gated by both ("[0-3]?\\d")."""
    source = r"(?<![\w.])(?P<day>[0-3]?\d)\s+(?P<word>[^\W\d_]{3,12})"
    expected = rf"\b(?=[0123\d])(?:{source})"
    assert expected == first_character_gate(source)


#: The event tables' example sentences, and words that test the gate's edges (case folding, digits,
#: punctuation before a word).
_TABLES = [_table(name) for name in ("event_clauses.toml", "kind_channels.toml", "kind_encounters.toml")]
_PIECES = sorted(
    {row.example for table in _TABLES for row in table.rows}
    | {"ſpoke", "\u212aept", "-met", "2024", "5", "“held", "HELD", "Met,", "(called", "at", "the"}
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12), st.sampled_from([" ", "  ", "\n", ", "]))
def test_gated_tables_find_what_the_tables_find(pieces: list[str], gap: str) -> None:
    """Over texts made of the tables' own examples, each gated label finds the same matches as the label."""
    text = gap.join(pieces)
    for table in _TABLES:
        for label in table.labels():
            source = table.alternation(label)
            plain = re.compile(source, table.flags)
            gated = re.compile(first_character_gate(source, table.flags), table.flags)
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert expected == [(m.span(), m.groups()) for m in gated.finditer(text)]
