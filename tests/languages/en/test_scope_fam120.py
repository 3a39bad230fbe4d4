"""Scope of domestic pages that name other countries only as the topic (issue #8, fam120), invented pages.

A leader's meeting with his own officials, firms or citizens stays domestic where the page names a
country only as the enemy fought, the threat faced, where the leader's forces operate, the country a
diaspora came from, the country he pledges support to, or a place whose name holds a country's
("New Mexico"): no such country is a side, nor the country the text guess gives a guest.
"""

from __future__ import annotations

from tests.languages.en.layout_kit import text_page, white_house_page

_PRESIDENCY = "https://www.president.gov.ua/en/news/some-meeting-of-the-office"


def test_the_enemy_fought_is_no_guests_country() -> None:
    """A firm's head with no country read is not given the enemy the page names most."""
    readout = text_page(
        "Head of the Office discussed drone production with the Director General of Kovalsky Works",
        "Head of the Office of the President of Ukraine Petro Hnatyuk met with Director General of Kovalsky "
        "Works Ivan Marchenko. They spoke about the plant's output and the threats from Russia to its "
        "workshops.",
        "Petro Hnatyuk said that the plant is key to the fight against Russia and thanked the workers.",
        "The fight against Russia needs every engineer, Ivan Marchenko added.",
        url=_PRESIDENCY,
    )
    assert [p.country for p in readout.event.participants if p.name == "Ivan Marchenko"] == [None]
    assert readout.event.scope == "domestic"


def test_a_place_named_new_after_a_country_is_no_country() -> None:
    """'New Mexico' in the opening is a US state, not Mexico: neither a side nor the leader's country."""
    readout = white_house_page(
        "Readout of President Biden’s Call with New Mexico Governor Dana Holt",
        "President Biden called New Mexico Governor Dana Holt today to discuss the floods that struck "
        "New Mexico towns this week. Governor Holt described the damage to New Mexico farms and the "
        "state's need for federal help as New Mexico rebuilds.",
    )
    assert {p.country for p in readout.event.participants} == {"US"}
    assert readout.event.scope == "domestic"


def test_where_a_leaders_forces_operate_is_no_side() -> None:
    """'counterterrorism operations in X and Y' names the places of the topic."""
    readout = white_house_page(
        "Readout of President Biden’s Call with U.S. Service Members",
        "President Biden spoke today with U.S. service members who carried out counterterrorism operations "
        "in Somalia and Yemen over the past year. The President thanked them for their courage.",
    )
    assert readout.event.scope == "domestic"


def test_a_diaspora_is_no_side() -> None:
    """'Armenian American community leaders' are citizens of the publisher's own country."""
    readout = white_house_page(
        "Readout of the National Security Advisor’s Meeting with Armenian American Community Leaders",
        "National Security Advisor Jake Sullivan met today with Armenian American community leaders from "
        "across the country to hear their concerns.",
    )
    assert readout.event.scope == "domestic"


def test_the_country_a_leader_pledges_support_to_is_no_side() -> None:
    """'his support for the Government and people of X' before his own guests is the topic."""
    readout = white_house_page(
        "Meeting with Faith Leaders on the Administration’s Commitment to Supporting Estonia",
        "On Tuesday, President Biden met with faith leaders at the White House to pledge his continued "
        "support for the Government and people of Estonia.",
    )
    assert readout.event.scope == "domestic"


def test_a_unions_council_of_leaders_is_a_side() -> None:
    """'a meeting of the Supreme Eurasian Economic Council' has the union's other states as sides."""
    readout = text_page(
        "Meeting of the Supreme Eurasian Economic Council",
        "Vladimir Putin took part, via videoconference, in a meeting of the Supreme Eurasian Economic "
        "Council.",
        "The agenda covered customs rules and the common energy market.",
        url="https://en.kremlin.ru/events/president/news/12345",
    )
    assert readout.event.scope == "diplomatic"


def test_a_community_of_states_is_no_diaspora() -> None:
    """'the Caribbean Community' by its name is a body of states, a side (a guard of the diaspora row)."""
    readout = white_house_page(
        "Readout of the National Security Advisor’s Meeting with the Caribbean Community",
        "National Security Advisor Jake Sullivan met today with the Caribbean Community to discuss storm "
        "preparedness.",
    )
    assert readout.event.scope == "diplomatic"
