"""Shapes of personal names the English pack cut short (#8, fam135), on invented pages."""

from __future__ import annotations

from tests.languages.en.layout_kit import text_page as _page


def _names(readout: object) -> list[str]:
    return sorted(p.name for p in readout.event.participants)  # type: ignore[attr-defined]


def test_a_place_noun_after_a_styled_given_name_is_the_family_name() -> None:
    """ "Mr Ivo Hill": a courtesy style marks a person as an office does, so the place noun after the
    one given name is his family name, not a place."""
    readout = _page(
        "Minister meets envoy",
        "",
        "Tarsan Foreign Minister Ana Ruiz met Mr Ivo Hill, Velorian Deputy Secretary for Trade, in Suva on"
        " 3 March 2021.",
        "The two discussed fisheries.",
    )
    assert _names(readout) == ["Ana Ruiz", "Ivo Hill"]


def test_spaced_initials_before_a_name_belong_to_it() -> None:
    """ "Foreign Minister B. K. Lal Varma": two spaced initials open the name; the first is no part of
    the title."""
    readout = _page(
        "Ministers meet",
        "",
        "The Tarsan Foreign Minister B. K. Lal Varma met President Ana Ruiz of Velora in Suva on 3 March"
        " 2021.",
        "The two discussed fisheries.",
    )
    assert _names(readout) == ["Ana Ruiz", "B. K. Lal Varma"]


def test_an_initial_that_is_also_a_word_opens_a_name() -> None:
    """ "Foreign Minister A. K. Lal Varma", "the Minister I. Lal Varma": the initials "A." and "I."
    (shaped as the article and the pronoun) open the name after a title or before another initial."""
    readout = _page(
        "Ministers meet",
        "",
        "The Tarsan Foreign Minister A. K. Lal Varma met President Ana Ruiz of Velora in Suva on 3 March"
        " 2021.",
        "The two discussed fisheries.",
    )
    assert _names(readout) == ["A. K. Lal Varma", "Ana Ruiz"]
    readout = _page(
        "Ministers meet",
        "",
        "President Ana Ruiz of Velora received the Tarsan Trade Minister I. Rao Menon in Suva on 3 March"
        " 2021.",
        "The two discussed fisheries.",
    )
    assert _names(readout) == ["Ana Ruiz", "I. Rao Menon"]


def test_a_lone_capital_that_ends_a_sentence_opens_no_name() -> None:
    """ "signed Annex A. Ana Ruiz then …": a letter that closes a sentence is no initial of the name
    after it."""
    readout = _page(
        "Ministers meet",
        "",
        "Foreign Minister Ivo Brand met Foreign Minister Ana Ruiz in Suva on 3 March 2021 and signed Plan A."
        " Ana Ruiz then thanked her guest.",
        "The two discussed fisheries.",
    )
    assert _names(readout) == ["Ana Ruiz", "Ivo Brand"]


def test_an_abbreviated_given_name_opens_the_name() -> None:
    """ "President Md. Karim Uddin", "Mohd. Ali Rahman": a given name written short with a period is the
    name's first word, not a sentence's end."""
    readout = _page(
        "Presidents meet",
        "",
        "President Ana Ruiz of Velora met the President of Ghana Md. Karim Uddin today in Suva.",
        "President Uddin thanked his guest.",
    )
    assert _names(readout) == ["Ana Ruiz", "Md. Karim Uddin"]


def test_a_family_name_of_three_hyphenated_syllables_is_whole() -> None:
    """ "Prime Minister Somchai Pan-o-rat": a family name of a capitalised syllable and two lower-case
    ones joined by hyphens is one name word."""
    readout = _page(
        "Prime ministers speak",
        "",
        "Prime Minister Somchai Pan-o-rat held a phone conversation with Velorian Prime Minister Ana Ruiz"
        " on 3 March 2021.",
        "The two discussed trade.",
    )
    assert _names(readout) == ["Ana Ruiz", "Somchai Pan-o-rat"]


def test_words_hyphenated_with_a_preposition_are_no_family_name() -> None:
    """ "Ana Ruiz Face-to-face": an English compound with "to" or "of" between its parts stays a word."""
    readout = _page(
        "Prime ministers meet",
        "",
        "Prime Minister Ana Ruiz Face-to-face talks were held with Velorian Prime Minister Ivo Brand on"
        " 3 March 2021.",
        "The two discussed trade.",
    )
    assert "Ana Ruiz" in _names(readout)
