"""Sides an opening names only as a plural, named by the next sentence's joint subject (issue #8,
fam138). Invented readouts."""

from __future__ import annotations

import pytest

import readoutlib

_PLURAL_OPENING = (
    "Foreign ministers of Chile and Norway meet in Oslo\n\n"
    "On Monday, 3 March 2031, the heads of Chilean and Norwegian diplomacy met in Oslo to discuss"
    " trade and climate policy. {lead}Minister Ana Ruiz and Minister Ivo Brandt agreed that ties between"
    " the two countries remain strong.\n\n"
    "They will meet again next year.\n"
)


@pytest.mark.parametrize("lead", ["", "During the talks, ", "At the meeting, "])
def test_the_joint_subject_after_a_plural_opening_names_the_sides(lead: str) -> None:
    """An opening "the heads of A and B diplomacy met …", then "[lead,] X and Y agreed …": the sides
    are X and Y."""
    readout = readoutlib.parse(_PLURAL_OPENING.format(lead=lead))
    assert [p.name for p in readout.event.participants] == ["Ana Ruiz", "Ivo Brandt"]


def test_a_pair_inside_a_reported_clause_is_not_the_subject() -> None:
    """A pair that opens a clause after the sentence's own verb is no joint subject of the sentence."""
    text = _PLURAL_OPENING.format(lead="").replace(
        "Minister Ana Ruiz and Minister Ivo Brandt agreed that ties",
        "They recalled that Minister Ana Ruiz and Minister Ivo Brandt signed an accord, and ties",
    )
    readout = readoutlib.parse(text)
    assert "Ana Ruiz" not in [p.name for p in readout.event.participants]


_OFFICE_OPENING = (
    "Chilean and Norwegian foreign ministers talk trade\n\n"
    "On Monday, 3 March 2031, the Chilean Foreign Minister held a telephone conversation with his"
    " Norwegian counterpart. During the conversation, Ana Ruiz and Ivo Brandt reviewed trade and"
    " climate policy.\n\n"
    "They will meet again next year.\n"
)


def test_an_opening_naming_offices_keeps_two_sides() -> None:
    """Offices in the opening are the sides; the next sentence's pair names them, adding nobody."""
    readout = readoutlib.parse(_OFFICE_OPENING)
    assert [p.name for p in readout.event.participants] == ["Ana Ruiz", "Ivo Brandt"]
