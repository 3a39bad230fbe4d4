"""Families of statement, date and place misses on en-u..en-w (round 62 of issue #8), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.verb, s.text.rstrip(". ")) for s in readout.statements]


def test_assured_of_keeps_its_preposition_and_reports_what_follows() -> None:
    """'assured of Y' with no one named between reports Y, as 'apprised of Y' does."""
    readout = _page(
        "Foreign Minister Ana Ruiz spoke by telephone with Foreign Minister Tomas Berg of the Netherlands"
        " today.",
        "The Dutch Foreign Minister restated his government's position and assured of continued"
        " cooperation on the harbour project.",
    )
    assert ("tomas-berg", "assured of", "continued cooperation on the harbour project") in _said(readout)


def test_an_aside_after_the_person_addressed_goes_before_the_content() -> None:
    """'conveyed to X, during the call, Y' reports Y, as 'conveyed to X Y' and 'conveyed, during the call,
    Y' do."""
    readout = _page(
        "President Ana Ruiz of Peru on Saturday received a phone call from Chilean President Tomas Berg.",
        "Ruiz conveyed to the Chilean President, during the phone call, the reasons for her government's"
        " reservation on the summit.",
    )
    expected = [("ana-ruiz", "conveyed", "the reasons for her government's reservation on the summit")]
    assert expected == _said(readout)
