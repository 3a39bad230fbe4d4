"""Families of participant and country misses on en-x and en-y (issue #8, fam66, post-blind), each on
invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import tokenize
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _names(readout: Readout) -> list[str | None]:
    return [p.name for p in readout.event.participants]


def test_a_style_written_with_a_period_ends_no_sentence() -> None:
    """'led by Shri. K.V Marandi, Secretary …': the Indian style with a stray period is no sentence's end,
    so the delegation's head is read in the same sentence as the rest of the lead."""
    readout = _page(
        "The first Ruritania-Peru Foreign Office Consultations were held in Lima on 3 May 2031. The"
        " Ruritanian delegation was led by Shri. K.V Marandi, Secretary (West) and the Peruvian delegation"
        " was led by Mr. Tomas Berg, Deputy Minister of Foreign Affairs.",
        "The two sides reviewed bilateral relations.",
    )
    assert "K.V Marandi" in _names(readout)


def test_highness_in_initials_is_a_style_not_a_name() -> None:
    """'H.H. Sheikh <name>' (His Highness): the initials are a style, as 'H.E.' is, and leave the name."""
    readout = _page(
        "On May 3, Prime Minister Ana Ruiz held a telephone talk with H.H. Sheikh Tomas bin Karim Al Berg,"
        " Emir of the State of Qatar.",
        "The two leaders discussed trade.",
    )
    assert "Tomas bin Karim Al Berg" in _names(readout)


def test_a_word_after_lowercase_al_is_a_family_name_even_if_it_is_a_verb() -> None:
    """'Haitham bin Tarik al Said': after the particle 'al' the capitalised word is the family's name,
    whatever else it can be ('Said'), as after 'bin'."""
    readout = _page(
        "The Prime Minister spoke to the Sultan of Oman, His Majesty Tomas bin Karim al Said, this morning.",
        "They agreed to stay in close touch.",
    )
    assert "Tomas bin Karim al Said" in _names(readout)


def test_an_initial_glued_to_the_family_name_is_split_from_it() -> None:
    """'R.Lamamra': one capital and a period glued to a capitalised word is an initial before a name,
    read as 'R. Lamamra'; a two-letter abbreviation ('St.Petersburg') or capitals ('U.S.') are not."""
    assert [t.text for t in tokenize("Minister T.Berg left")] == ["Minister", "T.", "Berg", "left"]
    assert [t.text for t in tokenize("the U.S. side")] == ["the", "U.S.", "side"]
    assert "St.Petersburg" in [t.text for t in tokenize("in St.Petersburg today")]


def test_a_country_named_with_an_office_of_one_state_beats_that_state() -> None:
    """'Minister of External Affairs' is India's office by its name, but a demonym right before it or
    inside the title ('the Sri Lankan Minister of External Affairs', 'Special Envoy of Sri Lankan
    President and Minister of External Affairs') says whose minister it is."""
    for who in (
        "the Sri Lankan Minister of External Affairs Tomas Berg",
        "visiting Special Envoy of Sri Lankan President and Minister of External Affairs Tomas Berg",
    ):
        readout = _page(
            f"On May 3, 2031, Foreign Minister Ana Ruiz of Peru held talks in Lima with {who}.",
            "Ana Ruiz said the two countries are friends.",
        )
        countries = {p.name: p.country for p in readout.event.participants}
        assert countries["Tomas Berg"] == "LK"
