"""``rules.GatedAlternation``: a sub over the rows whose words stand gives the whole alternation's sub."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutlib.languages.en.sides import TOPIC, without_topics
from readoutlib.rules import Gated, GatedAlternation

# Invented rows: overlapping matches, two rows that can start at one place (the first must win),
# a case-sensitive piece, and rows opening with no literal.
ROWS = (
    r"(?-i:[A-Z]\w*)\s+blockade\b",
    r"\btalks?\s+(?:about|on)\s+(?:the\s+)?(?-i:[A-Z]\w*)",
    r"\btalk\s+about\s+\w+",
    r"\bsolidarity\s+with\s+\w+",
    r"\b(?:drought|floods?)\s+in\s+(?-i:[A-Z]\w*)",
)
FLAGS = re.IGNORECASE
WHOLE = re.compile("|".join(f"(?:{row})" for row in ROWS), FLAGS)
#: the same alternation with one group around each row: which row a match came from
CAPTURED = re.compile("|".join(f"({row})" for row in ROWS), FLAGS)
WORDS = [
    "talk",
    "talks",
    "about",
    "on",
    "the",
    "Ruritania",
    "ruritania",
    "blockade",
    "solidarity",
    "with",
    "flood",
    "floods",
    "drought",
    "in",
    "Sylvania's",
    "a",
    ".",
    ",",
    "Zembla",
]


def _blank(m: re.Match[str]) -> str:
    return "_" * len(m.group(0))


def test_the_whole_pattern_gate_lets_everything_through_but_the_rows_do_not() -> None:
    wide = GatedAlternation.of_rows(WHOLE, ROWS)
    assert Gated.of(WHOLE).words is not None  # these rows' words are few: the per-row sub is what matters
    # a text holding no row's words: returned as it is, no regex run
    text = "The ministers met in the capital and agreed on nothing."
    assert wide.rows.candidates(text) == ()
    assert wide.sub(_blank, text) is text


def test_the_first_row_wins_where_two_start_at_one_place() -> None:
    wide = GatedAlternation.of_rows(WHOLE, ROWS)
    text = "They will talk about Zembla and then talks on the Floods in Ruritania."
    assert wide.sub(_blank, text) == WHOLE.sub(_blank, text)
    # rows 2 and 3 both match "talk about Zembla": row 2, the earlier, is the one the alternation takes
    rows: list[str] = []
    wide.sub(lambda m: rows.append(m.re.pattern) or m.group(0), text)
    assert rows[0] == ROWS[1]


def test_english_topics_blanked_as_the_whole_pattern_blanks_them() -> None:
    texts = (
        "The leaders discussed the situation in Ruritania and Sylvania's aggression against Zembla.",
        "The two sides agreed to deepen trade ties.",
        "They condemned sanctions by Sylvania and the ongoing blockade of the port.",
    )
    for text in texts:
        assert without_topics(text) == TOPIC.sub(lambda m: " " * len(m.group(0)), text)


def test_matches_overlapping_across_rows_follow_the_leftmost_one() -> None:
    wide = GatedAlternation.of_rows(WHOLE, ROWS)
    text = "solidarity with Sylvania blockade and drought in Zembla blockade"
    assert wide.sub(_blank, text) == WHOLE.sub(_blank, text)


def test_a_row_matching_the_empty_string_falls_back_to_the_whole_pattern() -> None:
    rows = (r"\bwar\b", r"x*(?=peace)")
    whole = re.compile("|".join(f"(?:{row})" for row in rows))
    wide = GatedAlternation.of_rows(whole, rows)
    text = "war and peace, peace and war"
    assert wide.sub(lambda m: f"<{m.group(0)}>", text) == whole.sub(lambda m: f"<{m.group(0)}>", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_sub_is_the_whole_alternations_sub(words: list[str]) -> None:
    wide = GatedAlternation.of_rows(WHOLE, ROWS)
    text = " ".join(words)
    assert wide.sub(_blank, text) == WHOLE.sub(_blank, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.integers(0, 40), st.integers(0, 120))
@example(["flood", "talk", "about", "blockade", "solidarity"], 0, 36)  # every row's words present
def test_search_finds_the_whole_alternations_match(words: list[str], pos: int, endpos: int) -> None:
    wide = GatedAlternation.of_rows(WHOLE, ROWS)
    text = " ".join(words)
    found, expected = wide.search(text, pos, endpos), WHOLE.search(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())
    if found is not None and expected is not None:  # the same row: the branch the alternation took
        branch = CAPTURED.match(text, expected.start(), endpos)
        assert branch is not None
        assert found.re.pattern == ROWS[[g is not None for g in branch.groups()].index(True)]


def test_with_every_rows_words_a_callable_sub_is_given_the_rows_own_match() -> None:
    wide = GatedAlternation.of_rows(WHOLE, ROWS)
    text = "flood talk about blockade solidarity with Zembla"
    assert wide.rows.candidates(text) == tuple(range(len(ROWS)))
    seen: list[str] = []
    out = wide.sub(lambda m: seen.append(m.re.pattern) or _blank(m), text)
    assert out == WHOLE.sub(_blank, text)
    assert seen == [ROWS[2], ROWS[3]]


def test_search_tries_no_row_whose_words_are_absent() -> None:
    wide = GatedAlternation.of_rows(WHOLE, ROWS)
    text = "the drought in Zembla"
    assert wide.rows.candidates(text) == (4,)
    found = wide.search(text)
    assert found is not None and found.re.pattern == ROWS[4]
