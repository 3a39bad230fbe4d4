"""Speaker families of issue #8, task fam22 (who said it), each on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout

_LEAD = "President Tomas Berg of Portugal held a call with Prime Minister Ana Ruiz of Spain on 3 March 2023."


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, " ".join(s.text.split()[:4])) for s in readout.statements]


def test_they_after_sources_are_the_sources() -> None:
    """'…, government sources reported. They said that Berg thanked …': "they" are the sources, not
    both sides; the principal's clause inside is Berg's statement."""
    readout = _page(
        "Premier speaks with President",
        "President Tomas Berg of Portugal on Friday spoke on the phone with Prime Minister Ana Ruiz of "
        "Spain, diplomatic sources reported.",
        "They said that Berg thanked the Spanish premier for the ferry deal.",
    )
    assert _said(readout) == [(1, "tomas-berg", "thanked", "the Spanish premier for")]


def test_they_after_the_principals_are_both_sides() -> None:
    """The same "They said that" after a sentence of the principals stays a joint statement."""
    readout = _page(
        "Premier speaks with President",
        _LEAD,
        "They said that the ferry deal should be signed in May.",
    )
    assert _said(readout) == [(1, "both", "said", "the ferry deal should")]


def test_the_principal_after_to_which_speaks_and_is_the_next_he() -> None:
    """'Berg explained X, to which Minister Ruiz stated that …. She also expressed …': the clause after
    "to which" is Ruiz's statement, and the pronoun of the next sentence is hers, not the opener's."""
    readout = _page(
        "Minister speaks with Minister",
        "Minister Tomas Berg of Portugal held a call with Minister Ana Ruiz of Spain on 3 March 2023.",
        "Minister Berg explained the plan for the ferry, to which Minister Ruiz stated that she had full "
        "confidence in it. She also expressed her respect for the crews.",
    )
    expected = [
        (1, "tomas-berg", "explained", "the plan for the"),
        (1, "ana-ruiz", "stated", "she had full confidence"),
        (1, "ana-ruiz", "expressed", "her respect for the"),
    ]
    assert expected == _said(readout)


def test_they_after_officials_of_both_sides_stay_both_sides() -> None:
    """'Portuguese and Spanish officials committed …. They noted …': officials are the delegations the
    principals lead, so their "they" stays joint (unlike sources)."""
    readout = _page(
        "Premier speaks with President",
        _LEAD,
        "Portuguese and Spanish officials committed to the ferry plan. They noted progress on the bridge.",
    )
    assert _said(readout) == [(1, "both", "noted", "progress on the bridge.")]


def test_a_shortened_title_names_its_holder() -> None:
    """'The Vice Minister reaffirmed …' names the principal who is "Vice Minister of Foreign Affairs":
    the phrase keeps the title's first and last words, in order."""
    readout = _page(
        "Secretary meets Vice Minister",
        "The Foreign Secretary, Mr. Tomas Berg, met with Vice Minister of Foreign Affairs of Spain, "
        "Ambassador Ana Ruiz, on 3 March 2023.",
        "The Vice Minister reaffirmed Spain's commitment to the ferry plan.",
    )
    assert _said(readout) == [(1, "ana-ruiz", "reaffirmed", "Spain's commitment to the")]


def test_a_fuller_title_with_a_demonym_names_that_countrys_principal() -> None:
    """'The Spanish Foreign Minister reiterated …' where the page calls Ruiz only "Minister": the
    phrase ends on her title and she is Spain's one principal."""
    readout = _page(
        "Ministers speak by phone",
        "In a telephone conversation on 3 March 2023, Minister Tomas Berg of Portugal and Minister Ana "
        "Ruiz of Spain discussed the ferry plan.",
        "The Spanish Foreign Minister reiterated the invitation to Minister Berg to visit Madrid.",
    )
    assert _said(readout) == [(1, "ana-ruiz", "reiterated", "the invitation to Minister")]
