"""``rules.first_letter_alternation``: phrase lists grouped by first letter match as the flat list does."""

from __future__ import annotations

import re

from readoutlib.analysis.countries import COUNTRY_PATTERN, DEMONYM_PATTERN
from readoutlib.rules import first_letter_alternation

#: In priority order: where two phrases match at one place, the earlier one must win.
PHRASES = ["stressed", "stressed that", "said", "spoke highly of", "told", "agreed", "added"]
TEXT = "He stressed that trade matters, said so, told them, spoke highly of it and agreed; she added more."


def test_phrases_grouped_by_first_letter_in_their_order() -> None:
    """Each first letter is one group, its phrases in the order given."""
    expected = "s(?:tressed|tressed that|aid|poke highly of)|t(?:old)|a(?:greed|dded)"
    assert expected == first_letter_alternation(PHRASES)


def test_grouped_matches_what_the_flat_list_matches() -> None:
    """The grouped pattern finds the flat list's phrases at the same places (the earlier phrase wins)."""
    expected = [
        ((3, 11), "stressed"),
        ((32, 36), "said"),
        ((41, 45), "told"),
        ((52, 67), "spoke highly of"),
        ((75, 81), "agreed"),
        ((87, 92), "added"),
    ]
    assert expected == [(m.span(), m.group()) for m in re.finditer("|".join(PHRASES), TEXT)]
    assert expected == [(m.span(), m.group()) for m in re.finditer(first_letter_alternation(PHRASES), TEXT)]


def test_case_variants_stay_flat() -> None:
    """First letters differing only in case would both match case-insensitively: the list stays flat."""
    expected = "Said|said|told"
    assert expected == first_letter_alternation(["Said", "said", "told"])


def test_sources_not_starting_with_a_literal_stay_flat() -> None:
    """A source starting with an escape, a group or a quantified letter is left whole."""
    expected = [r"\bsaid|stated", "(?:said)|stated", "s?aid|stated"]
    sources = [[r"\bsaid", "stated"], ["(?:said)", "stated"], ["s?aid", "stated"]]
    assert expected == [first_letter_alternation(pair) for pair in sources]


def test_country_pattern_finds_the_longest_name() -> None:
    """The grouped country pattern finds each name whole ("United Kingdom", not "United")."""
    text = "The Russian Foreign Minister met the President of Kenya and the Minister of the United Kingdom."
    expected = ["Russian", "Kenya", "United Kingdom"]
    assert expected == [m.group() for m in re.finditer(f"{COUNTRY_PATTERN}|{DEMONYM_PATTERN}", text)]
