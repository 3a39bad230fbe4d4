"""Statement families of fam157 (issue #8), on invented text: offices told in other words than the
principal's title."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.verb, s.text.rstrip(". ")) for s in readout.statements]


def test_an_office_whose_words_stand_in_the_title_in_another_order_is_its_holder() -> None:
    """'the Norwegian foreign minister' for a principal titled 'Minister of the Interior and of Foreign
    Affairs': every word of the office stands in the title, its head noun before the complement."""
    readout = _page(
        "Tomas Berg, Minister of the Interior and of Foreign Affairs of Norway, met with Ana Ruiz,"
        " Ambassador of Kenya, in Harbourtown on Monday.",
        "The Norwegian foreign minister stressed the value of the new ferry line.",
    )
    assert ("tomas-berg", "stressed", "the value of the new ferry line") in _said(readout)


def test_a_lowercase_office_shortening_a_principal_title_is_its_holder() -> None:
    """'the state minister' for a principal titled 'State Minister for Trade of Norway': the
    lowercase office is the title without its complement."""
    readout = _page(
        "Tomas Berg, State Minister for Trade of Norway, held talks with Ana Ruiz, Special Envoy of Kenya,"
        " in Harbourtown on Monday.",
        "During the talks, the state minister reaffirmed the wish to reopen the northern ferry line.",
    )
    expected = ("tomas-berg", "reaffirmed", "the wish to reopen the northern ferry line")
    assert expected in _said(readout)


def test_an_office_whose_head_is_no_word_of_the_title_names_nobody() -> None:
    """'the Norwegian prime minister' is not a principal titled 'Minister of Foreign Affairs': the
    head of the office phrase ('minister') matches, but 'prime' stands nowhere in the title."""
    readout = _page(
        "Tomas Berg, Minister of Foreign Affairs of Norway, met with Ana Ruiz, Ambassador of Kenya,"
        " in Harbourtown on Monday.",
        "The Norwegian prime minister stressed the value of the new ferry line.",
    )
    assert not [s for s in readout.statements if s.paragraph == 1]
