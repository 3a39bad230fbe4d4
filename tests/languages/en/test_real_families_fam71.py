"""Families of participants on real bulk pages read by eye (round 71 of issue #8), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _countries(readout: Readout) -> dict[str, str | None]:
    return {p.name: p.country for p in readout.event.participants}


def test_a_known_leader_named_with_a_generational_suffix_is_of_his_own_state() -> None:
    """'President Joseph R. Biden, Jr.' is the known leader 'Joseph R. Biden': on a page with no publisher's
    country that names no other country for him, he is of his own state (he had none)."""
    readout = _page(
        "President Joseph R. Biden, Jr. spoke today with President Ana Ruiz of Peru.",
        "The conversation centred on the flooding along the river. President Biden outlined the support on"
        " offer.",
    )
    assert _countries(readout).get("Joseph R. Biden, Jr.") == "US"


def test_a_body_of_states_beside_the_other_sides_country_is_no_guess_for_a_side() -> None:
    """'partnering with Senegal and the African Union': a body of states named beside the other side's
    country is a partner, not the country of the side the page gives none (it gave him the African Union)."""
    readout = _page(
        "Security Adviser Tom Hale met yesterday with Foreign Minister Ana Ruiz of Senegal.",
        "Mr. Hale affirmed the commitment to partnering with Senegal and the African Union on food security.",
    )
    assert _countries(readout).get("Tom Hale") != "AU"


def test_the_author_a_headline_names_after_from_is_no_side() -> None:
    """'Readout from Council Spokesperson X on …' and 'Statement From Senior Adviser and Chief Spokesperson X
    on …' name who wrote the page, as 'Statement by X on …' does: X is no participant."""
    for headline in (
        "Readout from Council Spokesperson Mara Quill on Security Adviser Tom Hale’s Call with Foreign"
        " Minister Ana Ruiz of Peru",
        "Statement From Senior Adviser and Chief Spokesperson Mara Quill on Security Adviser Tom Hale’s Call"
        " with Foreign Minister Ana Ruiz of Peru",
    ):
        readout = _page(
            headline,
            "Security Adviser Tom Hale spoke today with Foreign Minister Ana Ruiz of Peru. Mr. Hale"
            " reaffirmed the commitment to the partnership and discussed the fisheries accord.",
        )
        assert "Mara Quill" not in _countries(readout)


def test_a_known_leader_whose_numeral_is_part_of_the_row_keeps_it() -> None:
    """The suffix is dropped only where the name as written is no known leader: 'Abdullah II' stays a row."""
    from readoutlib.languages.en.participants import leader_country

    assert leader_country("Abdullah II") == "JO"
    assert leader_country("Joseph R. Biden, Jr.") == "US"
