"""Names cut or broken by a page's text, and places read as people (fam227, issue #8; each seen
failing first on main c74d8913). The people are invented; the capitals are real places."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import find_mentions


def _names(text: str) -> list[str | None]:
    return [m.name for m in find_mentions(text) if m.name is not None]


def _principals(text: str) -> list[str]:
    return [p.name for p in readoutlib.parse(text).event.participants]


def test_a_capital_of_two_words_after_to_is_no_person() -> None:
    """A known capital written alone, with no title or style before it, names a place: "a delegation
    to Kuala Lumpur" is where the delegation went."""
    assert _names("Envoy Tom Hale led a small delegation to Kuala Lumpur on Monday.") == ["Tom Hale"]
    assert _names("The talks moved from Buenos Aires to Lima last week.") == []


def test_the_counterpart_after_a_capital_is_found() -> None:
    """With the capital no longer taken for the counterpart, the one met is."""
    text = (
        "Deputy Secretary of State Anna Lowe led a delegation to Phnom Penh on Monday, May 3. In a "
        "meeting with Prime Minister Sok Dara, Deputy Secretary Lowe stressed the value of open trade."
    )
    assert _principals(text) == ["Anna Lowe", "Sok Dara"]


def test_a_titled_person_named_like_a_capital_stays_a_person() -> None:
    """A title marks a person even when the words could be a city's ("Mr. Santo Domingo")."""
    assert _names("The minister met Mr. Santo Domingo, the chairman, on Friday.") == ["Santo Domingo"]


def test_a_given_name_broken_after_its_hyphen_is_one_name() -> None:
    """A page's line-wrap leaves a space after the hyphen of a hyphenated given name ("Min- jun"):
    the name is read whole, as printed."""
    text = "Foreign Minister Seo Min- jun met Foreign Minister Tom Hale in Seoul on Monday."
    assert _names(text) == ["Seo Min- jun", "Tom Hale"]


def test_an_english_word_broken_after_its_hyphen_joins_no_name() -> None:
    """A hyphen and a space before "and" or a compound's ending ("Oslo- based") join nothing."""
    assert _names("Envoy Tom Hale visited the Asia- and Europe-facing ports on Monday.") == ["Tom Hale"]
    assert _names("Envoy Tom Hale met an Oslo- based group on Monday.") == ["Tom Hale"]
