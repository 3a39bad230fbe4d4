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


def test_a_present_tense_sentence_after_a_past_report_continues_that_report() -> None:
    """A ministry's translation that runs on in the present after 'X expressed that …' ('The Chinese side
    appreciates …') continues X's indirect speech: no statement of its own; a principal named in the
    present ('Wang Yi says …', 'She hopes …') still reports."""
    readout = _page(
        "On June 3, 2031, Foreign Minister Wang Yi met with Foreign Minister Ana Ruiz of Peru in Beijing.",
        "Ana Ruiz expressed that Peru and China are good partners. The Peruvian side firmly adheres to the"
        " one-China policy and appreciates China's support for its development.",
        "Wang Yi says that the two sides should deepen cooperation in trade. He hopes the visit will"
        " bring the two countries closer.",
    )
    expected = [
        ("ana-ruiz", "expressed", "Peru and China are good partners"),
        ("wang-yi", "says", "the two sides should deepen cooperation in trade"),
        ("wang-yi", "hopes", "the visit will bring the two countries closer"),
    ]
    assert expected == [(s, v, t.split(".")[0]) for s, v, t in _said(readout)]


def test_a_world_region_in_the_lead_is_no_place_of_the_event() -> None:
    """'in the Asia-Pacific region' names a region, as 'in the Indo-Pacific' does; 'in the Capital' names
    no city: neither is the event's place."""
    region = _page(
        "Amid talks on a new grouping in the Asia-Pacific region, Foreign Minister Ana Ruiz of Peru met"
        " Foreign Minister Tomas Berg of Chile in Lima on Wednesday.",
        "The two ministers agreed to meet again next year.",
    )
    capital = _page(
        "Foreign Minister Ana Ruiz of Peru met Foreign Minister Tomas Berg of Chile in the Capital on"
        " Wednesday.",
        "The two ministers agreed to meet again next year.",
    )
    assert (region.event.location, capital.event.location) == ("Lima", None)


def test_concurred_on_keeps_its_preposition_as_agreed_on_does() -> None:
    """'concurred on Y' reports Y with 'concurred on' (as 'agreed on'); 'concurred on Monday that Y'
    is dated, not governed."""
    readout = _page(
        "Foreign Minister Ana Ruiz of Peru held a telephone talk with Foreign Minister Tomas Berg of Chile.",
        "The two ministers concurred on continuing their close bilateral discussions. They also concurred"
        " on Monday that the harbour plan was sound.",
    )
    expected = [
        ("both", "concurred on", "continuing their close bilateral discussions"),
        ("both", "concurred", "the harbour plan was sound"),
    ]
    assert expected == _said(readout)
