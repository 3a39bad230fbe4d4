"""Scope when the countries named are the topic's (issue #8, fam182), invented pages.

A leader's own lawmakers met "on" a country, an outbreak "in" a country (a long name with its
abbreviation), a state's espionage campaign: what the meeting is about, never a side of it.
"""

from __future__ import annotations

from tests.languages.en.layout_kit import white_house_page


def test_lawmakers_met_on_a_country_stay_domestic() -> None:
    """'with Bipartisan Senators on Moldova': the senators are the President's own, Moldova the topic."""
    readout = white_house_page(
        "Readout of the President’s Meeting with Bipartisan Senators on Moldova",
        "Today President Dana Rowe hosted a group of senators from both parties at the White House to talk "
        "about the budget for the coming year.",
    )
    assert readout.event.scope == "domestic"


def test_an_outbreak_in_a_long_named_country_is_the_topic() -> None:
    """'an outbreak in the Central African Republic (CAR)': where the disease spreads, not who met."""
    readout = white_house_page(
        "Readout of a White House Roundtable on Cholera",
        "Today, National Security Advisor Dana Rowe convened a roundtable with federal agencies, hospitals "
        "and patient advocates to discuss the cholera outbreak in the Central African Republic (CAR) and "
        "how to prepare clinics at home.",
    )
    assert readout.event.scope == "domestic"


def test_a_states_espionage_campaign_is_the_topic() -> None:
    """'Iran's cyber espionage campaign' against firms: the firms' executives are the adviser's own."""
    readout = white_house_page(
        "Readout of National Security Advisor Dana Rowe’s Meeting with Bank Executives",
        "Today, National Security Advisor Dana Rowe hosted a meeting with bank executives to discuss "
        "Iran’s sophisticated cyber espionage campaign targeting the financial sector.",
    )
    assert readout.event.scope == "domestic"


def test_a_foreign_leaders_call_on_a_country_stays_diplomatic() -> None:
    """Only lawmakers: a call 'with European Leaders on Moldova' keeps its other side."""
    readout = white_house_page(
        "Readout of the President’s Call with European Leaders on Moldova",
        "Today President Dana Rowe spoke with European leaders about energy for the coming winter.",
    )
    assert readout.event.scope == "diplomatic"
