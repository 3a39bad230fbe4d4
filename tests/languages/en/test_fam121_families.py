"""Families of issue #8 (round 121): name forms and name boundaries. Invented pages, written for the test."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import people_named, tokenize


def _parse(title: str, *paragraphs: str) -> readoutlib.model.Readout:
    return readoutlib.parse(("\n\n".join((title, *paragraphs)) + "\n").encode())


def _names(readout: readoutlib.model.Readout) -> list[str | None]:
    return [p.name for p in readout.event.participants]


def test_a_period_with_no_space_ends_the_sentence_and_the_name() -> None:
    """ "… Ivo Berga.Ruritania and …": the next sentence's first word glued by the period is no part
    of the name before it."""
    words = [t.text for t in tokenize("was greeted by Minister Ivo Berga.Ruritania and Sylvania agreed")]
    assert words[5:8] == ["Berga", ".", "Ruritania"]
    found = people_named("was greeted by Foreign Minister Ivo Berga.Ruritania and Sylvania agreed.")
    assert found == "Ivo Berga"


def test_a_glued_style_or_initial_keeps_its_period() -> None:
    """A style or an initial glued to a name is not a sentence end ("Dr.Tax", "R.Lamamra", "U.S.")."""
    assert [t.text for t in tokenize("Dr.Tax met R.Lamamra in the U.S.")] == [
        "Dr.",
        "Tax",
        "met",
        "R.",
        "Lamamra",
        "in",
        "the",
        "U.S.",
    ]


def test_a_headline_verb_of_ending_a_visit_is_no_name_word() -> None:
    """ "President X Ends Visit to Y": the headline's verb closes the name."""
    readout = _parse(
        "Sylvanian President Ana Lopes Ends Visit to Ruritania",
        "President Ana Lopes ended on Friday her two-day visit to Ruritania, where she met Prime Minister"
        " Ivo Brand.",
        "The two leaders discussed trade and the harbour.",
    )
    assert "Ana Lopes Ends" not in _names(readout)
    assert people_named("Sylvanian President Ana Lopes Ends Visit to Ruritania") == "Ana Lopes"


def test_a_pronoun_shaped_given_name_inside_a_sentence() -> None:
    """ "Vice Premier Wu He to discuss …": inside a sentence the capital "He" after a name word is the
    given name, not the pronoun."""
    assert people_named("The minister met Vice Premier Wu He to discuss trade.") == "Wu He"
    assert people_named("The minister met Vice Premier Wu He.") == "Wu He"


def test_the_pronoun_opening_a_sentence_stays_a_pronoun() -> None:
    """After a sentence's end, or before a Title Case word, "He" is the pronoun."""
    assert people_named("The minister met Premier Ivo Brand. He said trade grew.") == "Ivo Brand"
    assert people_named("Premier Ivo Brand Says He Will Visit") == "Ivo Brand"


def test_a_royal_style_before_bin_is_the_given_name() -> None:
    """ "Minister of State for Trade Sultan bin Omar Al Haddad": a ruler's style stands before a given
    name, never right before "bin", so here it is the given name of the patronymic chain."""
    found = people_named(
        "Minister of State for Trade Sultan bin Omar Al Haddad met Foreign Minister Ivo Brand."
    )
    assert found == "Sultan bin Omar Al Haddad; Ivo Brand"
    assert (
        people_named("Minister of State Sultan bin Omar Al Haddad met the envoy.")
        == "Sultan bin Omar Al Haddad"
    )


def test_a_royal_style_before_a_given_name_is_still_the_style() -> None:
    """ "Sultan Omar bin Ali" and "Crown Prince bin Omar": the style is the office, not a name word."""
    assert (
        people_named("Sultan Omar bin Ali received Foreign Minister Ivo Brand.") == "Omar bin Ali; Ivo Brand"
    )
    assert people_named("Crown Prince bin Omar received Foreign Minister Ivo Brand.") == "Ivo Brand"
