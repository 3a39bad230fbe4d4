"""Scope of meetings with a society's leaders (issue #8, fam145), invented pages.

Leaders of a society rather than of a state ("women leaders", "civil society leaders", "community
leaders") speak for no state: the countries whose adjectives stand before them say where they come
from, not who the sides are. A guard keeps a foreign minister met beside them a side.
"""

from __future__ import annotations

from readoutlib.languages.en.sides import private_principals
from readoutlib.model import Participant
from tests.languages.en.layout_kit import white_house_page


def test_a_meeting_with_two_countries_women_leaders_is_domestic() -> None:
    """'Meeting with Estonian and Latvian Women Leaders': no Estonian or Latvian side."""
    readout = white_house_page(
        "Readout of Meeting with Estonian and Latvian Women Leaders",
        "On Tuesday, Director of the White House Gender Policy Council Dana Rowe met with Estonian and "
        "Latvian women leaders working on reconciliation in the region. They talked about the place of "
        "women in rebuilding trust after the crisis.",
    )
    assert readout.event.scope == "domestic"


def test_civil_society_leaders_of_a_country_are_no_side() -> None:
    """'met today with Lithuanian civil society leaders': people of a country, not its side."""
    readout = white_house_page(
        "Readout of the National Security Advisor’s Meeting with Lithuanian Civil Society Leaders",
        "National Security Advisor Dana Rowe met today with Lithuanian civil society leaders and "
        "heard about their work for free media.",
    )
    assert readout.event.scope == "domestic"


def test_a_minister_met_beside_a_countrys_business_leaders_stays_a_side() -> None:
    """The guard: the other state's minister is named, so the meeting stays diplomatic."""
    readout = white_house_page(
        "Readout of the National Security Advisor’s Meeting with Lithuanian Officials",
        "National Security Advisor Dana Rowe met today with Lithuanian Foreign Minister Olaf Berg and "
        "Lithuanian business leaders to discuss energy links.",
    )
    assert readout.event.scope == "diplomatic"


def test_a_diasporas_community_leaders_leave_american_to_the_diaspora() -> None:
    """'Muslim, Arab, and Latvian American Community Leaders': 'American' belongs to the diaspora's
    name, not to the leaders as a country's adjective; no Latvian side either."""
    readout = white_house_page(
        "Readout of Deputy National Security Advisor Dana Rowe’s Meeting with Muslim, Arab, and Latvian "
        "American Community Leaders",
        "Deputy National Security Advisor Dana Rowe met virtually today with Muslim, Arab, and Latvian "
        "American community leaders from across the country to hear their concerns.",
    )
    assert readout.event.scope == "domestic"


def test_a_body_split_between_title_and_name_makes_its_head_private() -> None:
    """When the name stage cuts a private body's name in two ("President of the Union of Nordic" as
    the title, "Football Associations" as the name), the two read together still name the body: its
    head stands for no state."""
    head = Participant(
        id="p2", name="Football Associations", country="PL", titles=("President of the Union of Nordic",)
    )
    leader = Participant(id="p1", name="Ivan Koval", country="UA", titles=("President",))
    assert private_principals([leader, head], ("Ivan Koval met the head of the football union.",)) == {"p2"}
