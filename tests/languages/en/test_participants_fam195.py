"""Participants of an opening naming only its countries' offices (round fam195, issue #8): invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _sides(readout: Readout) -> list[tuple[str, str | None]]:
    return sorted((p.name, p.country) for p in readout.event.participants)


_LEAD = "Trade ministers from Spain, Portugal and Chile held a trilateral meeting in Lisbon on Monday."


def test_the_offices_of_listed_countries_are_the_holders_the_next_sentences_name() -> None:
    """'Foreign ministers from A, B and C held a trilateral meeting …', then 'A-ian Foreign Minister X
    said …' and 'X invited both B-ian Foreign Minister Y and C-ian Foreign Minister Z …' (a Greek
    paper, en-az): one titled holder from each listed country is that country's side."""
    readout = _parse(
        "Three trade ministers meet in Lisbon",
        _LEAD,
        "Spanish Trade Minister Ana Ruiz said that the talks covered port fees."
        " Ruiz then invited Portuguese Trade Minister Joao Matos and Chilean Trade Minister Pedro Soto"
        " to a fair in Madrid.",
        "They also discussed shipping routes.",
    )
    assert _sides(readout) == [("Ana Ruiz", "ES"), ("Joao Matos", "PT"), ("Pedro Soto", "CL")]


def test_a_listed_country_without_a_named_holder_leaves_the_opening_unnamed() -> None:
    """Only two of the three countries' holders are named: no side is guessed from the two."""
    readout = _parse(
        "Three trade ministers meet in Lisbon",
        _LEAD,
        "Spanish Trade Minister Ana Ruiz said that the talks covered port fees."
        " Ruiz then invited Portuguese Trade Minister Joao Matos to a fair in Madrid.",
        "They also discussed shipping routes.",
    )
    assert ("Ana Ruiz", "ES") not in _sides(readout)
