"""Families of misses found on the bulk in round 10 of issue #8, on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import find_mentions
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_country_held_on_ones_own_side_is_no_reason_to_guess_another() -> None:
    """A leader named beside his own side's office is of its country, not of a place the text names."""
    readout = _page(
        "Tomas Berg met several leaders on the sidelines of the Ocean Summit",
        "As part of the Ocean Summit in Lisbon, the President of Chile held short meetings with"
        " leaders of a number of countries. Tomas Berg had brief meetings with Lithuanian President"
        " Ana Ruiz, Latvian President Omar Haddad and President of Finland Lea Koski.",
        "The leaders discussed security in Europe and the summit's outcome. Tomas Berg invited the"
        " leaders to visit Chile next year. The summit was hosted by Portugal.",
    )
    expected = [
        ("The President of Chile", "CL"),
        ("Tomas Berg", "CL"),
        ("Ana Ruiz", "LT"),
        ("Omar Haddad", "LV"),
        ("Lea Koski", "FI"),
    ]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_an_office_of_one_state_gives_its_holder_that_state_before_any_guess() -> None:
    """'Assistant Secretary of State for …' is an American office: its holder and her side are US."""
    readout = _page(
        "Statement on consultations with Kenya and Ghana in Honolulu",
        "On May 2, Deputy Coordinator Tom Berg and Assistant Secretary of State for African Affairs Ana"
        " Ruiz convened a meeting in Honolulu with U.S. Army Gen. Omar Haddad, Commander, U.S. Africa"
        " Command and senior officials from Kenya and Ghana on maritime security.",
        "The officials reaffirmed their shared commitment to Kenya and Ghana. Kenya and Ghana welcomed"
        " the meeting.",
    )
    expected = [("Tom Berg", "US"), ("Ana Ruiz", "US"), ("Omar Haddad", "US")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_a_portfolio_of_crime_and_terrorism_stays_in_the_title_not_the_name() -> None:
    """'Senior Director for Counterterrorism and Transnational Crime Ana Ruiz' is Ana Ruiz, whole office."""
    mentions = find_mentions(
        "The talks were co-chaired by Senior Director for Counterterrorism and Transnational Crime Ana Ruiz"
        " and Director for Narcotics and Organized Crime Tom Berg."
    )
    expected = [
        ("Ana Ruiz", ("Senior Director for Counterterrorism and Transnational Crime",)),
        ("Tom Berg", ("Director for Narcotics and Organized Crime",)),
    ]
    assert expected == [(m.name, m.titles) for m in mentions]


def test_an_adjunct_of_the_telling_before_a_colon_or_that_is_not_content() -> None:
    """'said at the end of the meeting: "…"' and '… of the session that …' report what follows, no adjunct."""
    readout = _page(
        "Foreign Minister Ana Ruiz meets Foreign Minister Tom Berg of Chile",
        "Foreign Minister Ana Ruiz of Peru met Foreign Minister Tom Berg of Chile in Lima on 4 June 2031.",
        'Berg said at the end of the meeting: "We have agreed to open a new consulate in Arica."',
        "Ruiz noted at the close of the second session that the border crossings would stay open.",
        'Berg added after the talks with the delegation: "The ferry will run again in May."',
    )
    expected = [
        ("tom-berg", "said", '"We have agreed to open a new consulate in Arica."'),
        ("ana-ruiz", "noted", "the border crossings would stay open."),
        ("tom-berg", "added", '"The ferry will run again in May."'),
    ]
    assert expected == [(s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_reporting_verb_after_was_keen_to_or_took_the_opportunity_to_reports() -> None:
    """'X was keen to emphasize that Y' and 'X took the opportunity to stress Y' report Y, verb as written."""
    readout = _page(
        "Foreign Minister Ana Ruiz meets Foreign Minister Tom Berg of Chile",
        "Foreign Minister Ana Ruiz of Peru met Foreign Minister Tom Berg of Chile in Lima on 4 June 2031.",
        "Ruiz was keen to emphasize that Peru values its partnership with Chile.",
        "Berg took the opportunity to stress the importance of the new ferry line.",
    )
    expected = [
        ("ana-ruiz", "emphasize", "Peru values its partnership with Chile."),
        ("tom-berg", "stress", "the importance of the new ferry line."),
    ]
    assert expected == [(s.speaker, s.verb, s.text) for s in readout.statements]
