"""Scope of the domestic and foreign sides (issue #8, fam133), invented pages.

A private guest who holds the publisher's country leaves that country to the publisher's own official
(not the country the guest's cause names); other states' envoys named by their group ("Pacific Island
Country (PIC) ambassadors", "Ambassadors from island countries") are the other side; a country before
"protests" that a talk is "on" is its topic.
"""

from __future__ import annotations

from tests.languages.en.layout_kit import white_house_page


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
