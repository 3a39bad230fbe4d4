"""Scope of the domestic and foreign sides (issue #8, fam133), invented pages.

A private guest who holds the publisher's country leaves that country to the publisher's own official
(not the country the guest's cause names); other states' envoys named by their group ("Pacific Island
Country (PIC) ambassadors", "Ambassadors from island countries") are the other side; a country before
"protests" that a talk is "on" is its topic. A statement on news the head of state was briefed on
reports no event; a body's numbered meeting "co-chaired in a virtual format by" A and B is a video call.
A former office-holder is a private person; GUAM in capitals is a body of states, not the US island.
"""

from __future__ import annotations

import pytest

from readoutlib.errors import NotAReadoutError
from tests.languages.en.layout_kit import state_page, text_page, white_house_page


def test_a_private_guest_of_the_home_country_leaves_it_to_the_official() -> None:
    """The adviser is the White House's own, not of the country the activist's cause is about."""
    readout = white_house_page(
        "Readout of National Security Advisor Rowe’s Call with Belarusian-American Rights Activist Mira Tal",
        "Today National Security Advisor Dana Rowe spoke with Mira Tal after threats against her family "
        "in Boston. Tal is a leading American activist and writer on free speech in Belarus. Mr. Rowe "
        "voiced his concern for her safety.",
    )
    countries = {p.name: p.country for p in readout.event.participants}
    assert countries["Dana Rowe"] == "US"
    assert readout.event.scope == "domestic"


def test_a_regional_groups_ambassadors_with_its_abbreviation_are_a_side() -> None:
    """'with Pacific Island Country (PIC) ambassadors': other states' envoys, though no country is named."""
    readout = white_house_page(
        "Statement on the National Security Advisor’s Call with Pacific Island Country (PIC) Ambassadors",
        "National Security Advisor Dana Rowe spoke by phone today with Pacific Island Country (PIC) "
        "ambassadors in Washington. He stressed the Administration’s commitment to the region.",
    )
    assert readout.event.scope == "diplomatic"


def test_envoys_from_qualified_countries_are_a_side() -> None:
    """'with Ambassadors and Permanent Representatives from island countries and territories'."""
    readout = white_house_page(
        "Statement on the Advisers’ Coastal Economies Initiative Launch Event",
        "National Security Advisor Dana Rowe and Economic Adviser Lee Park co-hosted a virtual event today "
        "with Ambassadors and Permanent Representatives from island countries and territories in the "
        "Atlantic and Pacific regions. They discussed the cost of storms to small economies.",
    )
    assert readout.event.scope == "diplomatic"


def test_the_protests_a_talk_is_on_are_its_topic() -> None:
    """'Meeting with Writer X on Sylvania Protests': Sylvania is what they met on, not a side."""
    readout = white_house_page(
        "Readout of Vice President Harris’s Meeting with Activist Mira Tal on Estonia Protests",
        "Vice President Kamala Harris met today with writer and activist Mira Tal to express her support "
        "for the students leading the protests. The Vice President praised their courage.",
    )
    assert readout.event.scope == "domestic"


def test_a_statement_on_news_the_head_was_briefed_on_is_no_readout() -> None:
    """'A and B have briefed the President on the explosion' under a statement on the explosion."""
    with pytest.raises(NotAReadoutError):
        white_house_page(
            "Statement by Press Secretary Dana Lee on the Explosion at the Harbour Terminal",
            "Homeland Security Adviser Lee Park and Chief of Staff Ana Ruiz have briefed the President on "
            "the explosion at the harbour terminal. The President was informed that the port stays open.",
        )


def test_a_statement_on_the_heads_briefing_still_reports_it() -> None:
    """A headline that names the briefing itself keeps the page a readout of it."""
    readout = white_house_page(
        "Statement by Press Secretary Dana Lee on the President’s Meeting on Storm Preparedness",
        "Homeland Security Adviser Lee Park briefed the President on the storm season today at the White "
        "House. They discussed the help ready for coastal towns.",
    )
    assert readout.event.scope == "domestic"


def test_a_bodys_numbered_meeting_chaired_in_a_virtual_format() -> None:
    """'the third meeting of the Steering Committee of X was co-chaired in a virtual format by A, B, C'."""
    readout = white_house_page(
        "Readout of Third Meeting of the Harbour Recovery Platform Steering Committee",
        "On May 4th, the third meeting of the Steering Committee of the Multi-agency Aid Coordination "
        "Platform for Estonia was co-chaired in a virtual format by Deputy National Security Advisor "
        "Dana Rowe, Deputy Prime Minister of Estonia Kaja Tamm, and Commission Director-General Piet Mols.",
        "The group discussed progress on the port's reconstruction.",
    )
    assert readout.event.kind.value == "video_call"
    assert {p.name for p in readout.event.participants} >= {"Dana Rowe", "Kaja Tamm"}


def test_a_former_office_holder_of_the_home_country_is_a_private_person() -> None:
    """'spoke with former President X about the situation in Y': no side but the Secretary's own."""
    readout = state_page(
        "Secretary Blinken’s Call with President Halden",
        "Secretary of State Antony J. Blinken spoke with former President Arlo Halden today about the "
        "deteriorating situation in Nicaragua. They discussed the arrests of opposition candidates in "
        "Nicaragua and the need for free elections in Nicaragua.",
    )
    assert readout.event.scope == "domestic"


def test_a_former_leader_of_another_state_keeps_that_state_a_side() -> None:
    """'former Prime Minister of Israel X': the state the office is of is still named, a side."""
    readout = white_house_page(
        "Readout of President Biden’s Call with Former Prime Minister of Israel Arlo Halden",
        "President Biden spoke today with former Prime Minister of Israel Arlo Halden to congratulate him on "
        "his party’s victory.",
    )
    assert readout.event.scope == "diplomatic"


def test_the_guam_organization_is_a_body_not_the_island() -> None:
    """'Secretary General of the Organization for Democracy and Economic Development - GUAM' is a body's."""
    readout = text_page(
        "Deputy Head of the Office met with the Secretary General of GUAM",
        "Deputy Head of the Office of the President of Ukraine Petro Hnatyuk met with Secretary General of "
        "the Organization for Democracy and Economic Development - GUAM Arlo Halden. The parties discussed "
        "the work of the Organization.",
        url="https://www.president.gov.ua/en/news/some-meeting-of-the-office",
    )
    assert readout.event.scope == "diplomatic"
