"""``rules.first_letter_branches``: an alternation grouped by first letter finds the flat one's matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from readoutlib.languages.en.event import _table
from readoutlib.rules import first_character_gate, first_letter_branches

#: Branches opening with a boundary, a lookbehind, a group of words of two letters, and a class.
SOURCES = [
    r"\b(?:had|held|conducted)\s+talks",
    r"(?<![\w-])called\b",
    r"\bmet\b",
    r"\bhosted",
    r"\b[Vv]isited",
]
TEXT = "Recalled? No: they met, Held Talks, conducted talks, hosted them; he visited and was called."


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


def test_branches_grouped_by_letter() -> None:
    """Each letter's lookahead holds the branches that can open with it, in their order; \\b and a
    lookahead of all the letters in front."""
    sources = [r"\bmet\b", r"\b(?:had|met)\s+x"]
    expected = r"\b(?=[hm])(?:(?=[h])(?:(?:\b(?:had|met)\s+x))|(?=[m])(?:(?:\bmet\b)|(?:\b(?:had|met)\s+x)))"
    assert expected == first_letter_branches(sources, re.IGNORECASE)


def test_many_letters_stand_in_a_tree_of_lookaheads() -> None:
    """More than three letters: the first half of them behind one lookahead, recursively, and the
    matches those of the flat alternation."""
    sources = [r"\bvisited", r"\bheld\s+talks", r"\bmet\b", r"\bcalled", r"\btalked", r"\bhosted"]
    grouped = first_letter_branches(sources, re.IGNORECASE)
    c, h = r"(?=[c])(?:(?:\bcalled))", r"(?=[h])(?:(?:\bheld\s+talks)|(?:\bhosted))"
    m, t, v = r"(?=[m])(?:(?:\bmet\b))", r"(?=[t])(?:(?:\btalked))", r"(?=[v])(?:(?:\bvisited))"
    expected = rf"\b(?=[chmtv])(?:(?=[ch])(?:{c}|{h})|{m}|{t}|{v})"
    assert expected == grouped
    text = "They Met, held talks and talked; she called, HOSTED and visited, then met again."
    flat = re.compile("|".join(f"(?:{s})" for s in sources), re.IGNORECASE)
    assert _spans(flat, text) == _spans(re.compile(grouped, re.IGNORECASE), text)


def test_grouped_branches_match_as_the_flat_alternation() -> None:
    """Case-insensitive and not, the grouped pattern finds the flat alternation's spans."""
    flat = "|".join(f"(?:{s})" for s in SOURCES)
    for flags in (re.IGNORECASE, 0):
        expected = _spans(re.compile(flat, flags), TEXT)
        assert expected == _spans(re.compile(first_letter_branches(SOURCES, flags), flags), TEXT)


def test_earlier_branch_wins_where_two_match() -> None:
    """Where two branches match at one place, the one listed first is the match, as in the flat list."""
    sources = [r"\bmet\s+with", r"\bmet\s+with\s+the\s+President"]
    grouped = re.compile(first_letter_branches(sources, re.IGNORECASE), re.IGNORECASE)
    expected = ["met with"]
    assert expected == [m.group() for m in grouped.finditer("They met with the President.")]


def test_unsure_first_letters_fall_back_to_the_gate() -> None:
    """A branch opening with a digit, any word character, changed flags or a named group repeated
    across letters: the flat alternation behind its first-character gate."""
    cases = [[r"\bmet", r"\d+ talks"], [r"\bmet", r"\w+ly"], [r"\bmet", r"(?-i:[A-Z])x"], [r"(?P<v>had|met)"]]
    expected = [
        first_character_gate("|".join(f"(?:{s})" for s in sources), re.IGNORECASE) for sources in cases
    ]
    assert expected == [first_letter_branches(sources, re.IGNORECASE) for sources in cases]


_TABLES = [_table(name) for name in ("event_clauses.toml", "kind_channels.toml", "kind_encounters.toml")]
_PIECES = sorted(
    {row.example for table in _TABLES for row in table.rows}
    | {"ſpoke", "\u212aept", "-met", "2024", "5", "“held", "HELD", "Met,", "(called", "at", "the"}
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12), st.sampled_from([" ", "  ", "\n", ", "]))
def test_grouped_tables_find_what_the_tables_find(pieces: list[str], gap: str) -> None:
    """Over texts made of the tables' own examples, each grouped label finds the label's matches."""
    text = gap.join(pieces)
    for table in _TABLES:
        for label in table.labels():
            rows = [row.pattern for row in table.rows if row.label == label]
            plain = re.compile(table.alternation(label), table.flags)
            grouped = re.compile(first_letter_branches(rows, table.flags), table.flags)
            assert _spans(plain, text) == _spans(grouped, text)


#: Three branches sure of their first letter and one that is not (anchored, opening with ``\W*``).
_WITH_UNSURE = [r"\bmet\b", r"\bheld\s+talks", r"^\W*during\s+the\s+call", r"\bvisited"]


def test_a_few_unsure_branches_stand_in_every_group() -> None:
    """A branch whose first letter is not sure (one in four at most) stands in each letter's group in
    its order, and alone where the letters' gate refuses: the others stay grouped."""
    h = r"(?=[h])(?:(?:\bheld\s+talks)|(?:^\W*during\s+the\s+call))"
    m = r"(?=[m])(?:(?:\bmet\b)|(?:^\W*during\s+the\s+call))"
    v = r"(?=[v])(?:(?:^\W*during\s+the\s+call)|(?:\bvisited))"
    gate = r"\b(?=[hmv])"
    expected = rf"(?:{gate}(?:{h}|{m}|{v})|(?!{gate})(?:(?:^\W*during\s+the\s+call)))"
    assert expected == first_letter_branches(_WITH_UNSURE, re.IGNORECASE)


def test_unsure_branches_match_as_the_flat_alternation() -> None:
    """With the unsure branch at a letter, at a mark, inside a word and nowhere, case-insensitive and
    not, the grouped pattern finds the flat alternation's spans; a (?-i:) branch likewise."""
    texts = [
        "During the call they met and held talks.",
        "-- during the call, Visited; then MET.",
        "Unmet, withheld talks; revisited during the call.",
        "Nothing to see here.",
    ]
    other = [r"\bmet\b", r"\bheld\s+talks", r"\b(?-i:Group|Forum)\s+convened", r"\bvisited"]
    for sources in (_WITH_UNSURE, other):
        flat = "|".join(f"(?:{s})" for s in sources)
        for flags in (re.IGNORECASE, 0):
            grouped = re.compile(first_letter_branches(sources, flags), flags)
            assert grouped.pattern != first_character_gate(flat, flags)
            for text in [*texts, "The Group convened; the group convened; a Forum convened."]:
                assert _spans(re.compile(flat, flags), text) == _spans(grouped, text)


def test_more_unsure_branches_fall_back_to_the_gate() -> None:
    """Two unsure branches in four: the flat alternation behind its gate, as before."""
    sources = [*_WITH_UNSURE[:3], r"\W+talks"]
    flat = "|".join(f"(?:{s})" for s in sources)
    assert first_character_gate(flat, re.IGNORECASE) == first_letter_branches(sources, re.IGNORECASE)


def test_the_past_clause_stays_grouped() -> None:
    """The past clause (searched in every lead sentence) is grouped by letter, not the flat
    alternation: with a row or two not sure of its first letter it was 13 times slower."""
    table = _table("event_clauses.toml")
    rows = [row.pattern for row in table.rows if row.label == "past"]
    flat = "|".join(f"(?:{s})" for s in rows)
    assert first_letter_branches(rows, table.flags) != first_character_gate(flat, table.flags)
