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


def test_each_sides_co_chairs_are_principals() -> None:
    """Each side "co-chaired by" two people ("The A side was co-chaired by … and …, while the B side
    was co-chaired by … and …"): the co-chairs of both sides are the principals, not the first two only."""
    text = (
        "The Government of Freedonia and the Government of Sylvania held a bilateral Maritime Dialogue "
        "in Port Ruiz on Monday. The Freedonian side was co-chaired by Mr. Oda Kenji, Deputy Director, "
        "and Mr. Sato Ren, Deputy Director, while the Sylvanian side was co-chaired by Ms. Ana Ruiz, "
        "Deputy Secretary, and Mr. Tom Hale, Deputy Secretary. The two sides discussed maritime safety."
    )
    assert _principals(text) == ["Oda Kenji", "Sato Ren", "Ana Ruiz", "Tom Hale"]


def test_the_bodys_okina_stands_over_the_headlines_apostrophe() -> None:
    """A headline that prints an apostrophe where the body writes the ʻokina (a letter of Samoan,
    Tongan and Hawaiian names): the name keeps its letter, as the body writes it."""
    body = (
        "The Secretary-General met with Prime Minister Lani Kaʻupu of Tonga. The Secretary-General "
        "commended her leadership on ocean affairs."
    )
    for headline in (
        "Secretary-General meets Prime Minister Lani Ka’upu",
        "Secretary-General meets Lani Ka'upu",
    ):
        assert "Lani Kaʻupu" in _principals(f"{headline}\n\n{body}")


def test_a_korean_given_name_written_in_syllables_apart_is_whole() -> None:
    """A Korean given name may be written in syllables apart ("Kim Dae Jung"), "Dae" one of them;
    the Blue House's Korean name still names nobody."""
    assert _names("The envoy met former President Min Dae Sung in Seoul.") == ["Min Dae Sung"]
    assert _names("The leaders spoke by phone, Cheong Wa Dae said on Monday.") == []
