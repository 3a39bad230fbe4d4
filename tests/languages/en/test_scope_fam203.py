"""Scope when the country named is that of people being moved (issue #8, fam203), invented pages.

Migrants, refugees or evacuees of a country, and the relocation or resettlement of its people, are
what a meeting of the publisher's own officials with its own citizens is about: that country is no
side of it, nor the country of anyone met. Another state's official named beside them still is.
"""

from __future__ import annotations

from tests.languages.en.layout_kit import white_house_page


def test_relocating_a_countrys_people_stays_domestic() -> None:
    """'relocate Sudanese allies': the faith leaders who help them are the officials' own."""
    readout = white_house_page(
        "Readout of White House Meeting with Church Leaders on Efforts to Relocate Sudanese Allies",
        "Today, Domestic Policy Advisor Dana Rowe met with a group of church leaders who are helping "
        "resettle Sudanese evacuees in towns across the country.",
        "Sudanese families arriving this year were welcomed by volunteers. The leaders described how "
        "their congregations collect donations for Sudanese newcomers.",
    )
    assert readout.event.scope == "domestic"


def test_a_countrys_migrants_give_no_side_to_an_official() -> None:
    """'Sudanese migrants': the senior director met with lawmakers, both the publisher's own."""
    readout = white_house_page(
        "Readout of Meeting Between Senior White House Officials and Members of Congress",
        "Today, Senior Advisor Dana Rowe and Senior Director for the Region Lee Marsh met with members of "
        "a caucus to discuss the care of Sudanese migrants at the border.",
        "Officials said the Sudanese migrants would be given shelter. Sudanese refugees arriving by "
        "boat were discussed too.",
    )
    assert readout.event.scope == "domestic"
    assert all(p.country in (None, "US") for p in readout.event.participants)


def test_a_foreign_minister_met_on_refugees_stays_diplomatic() -> None:
    """A side named by its office keeps the meeting diplomatic, whatever the refugees' country."""
    readout = white_house_page(
        "Readout of the President’s Meeting with the Foreign Minister of Japan",
        "Today President Dana Rowe met with Japanese Foreign Minister Kenji Sato to discuss support for "
        "Sudanese refugees.",
    )
    assert readout.event.scope == "diplomatic"
