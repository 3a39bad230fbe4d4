"""Families of pages (issue #8, round 20: feeds-dev23's misses and the dev feeds' remaining misses),
invented pages.

Each test is one family, written as a page of our own; the guards are pages whose reading stays.
"""

from __future__ import annotations

from tests.languages.en.layout_kit import white_house_page as _white_house

# --- A leader briefed by staff, a time word between, met them ---------------------------------------------


def test_briefed_today_by_staff_is_a_meeting() -> None:
    """'The President was briefed today by senior staff on harbour safety': the time word between
    'briefed' and 'by' does not make the briefing less of a meeting."""
    readout = _white_house(
        "Readout of the President’s Briefing on Harbour Safety from Senior Staff",
        "President Ana Ruiz was briefed today by senior staff on harbour safety. The President and her team "
        "discussed the progress of the harbour plan.",
    )
    assert readout.event.kind == "meeting"


def test_briefed_this_morning_by_advisers_is_a_meeting() -> None:
    """'was briefed this morning by her advisers': as above, with a part of the day."""
    readout = _white_house(
        "Readout of the Vice President’s Briefing on Wildfires",
        "Vice President Ana Ruiz was briefed this morning by her advisers on the wildfire season. They "
        "discussed the federal response.",
    )
    assert readout.event.kind == "meeting"


# --- A forum or summit held, people gathered at a place: a meeting ----------------------------------------


def test_forum_held_by_the_administration_is_a_meeting() -> None:
    """'On May 3, the Administration held the Second Annual White House Harbour Youth Forum. At the Forum,
    young people engaged with officials': the forum held is the meeting."""
    readout = _white_house(
        "Readout of the White House Harbour Youth Forum",
        "On May 3, the Administration held the Second Annual White House Harbour Youth Forum. At the Forum, "
        "over 80 young people from across the country engaged with Administration officials on harbour "
        "jobs and clean water.",
    )
    assert readout.event.kind == "meeting"


def test_fellows_gathered_at_the_white_house_is_a_meeting() -> None:
    """'On Monday, harbour fellows gathered at the White House for an event': a meeting of people come
    together at a place."""
    readout = _white_house(
        "Readout of the Harbour Fellows Event at the White House",
        "On Monday, harbour fellows gathered at the White House for an event to mark the end of their first "
        "year. Senior officials addressed the fellows and discussed public service.",
    )
    assert readout.event.kind == "meeting"


# --- Legislative leaders from several states are the country's own ---------------------------------------


def test_legislative_leaders_from_states_are_domestic() -> None:
    """'convened legislative leaders from eight states': the country's own states, as 'local leaders
    from 15 states' (the foreign-group row's note)."""
    readout = _white_house(
        "Readout of White House Meeting with State Legislative Leaders on Clean Water",
        "Director Ana Ruiz of the Water Policy Council convened legislative leaders from eight states where "
        "clean water rules are on the line this session. They discussed the harbour rules.",
    )
    assert readout.event.scope == "domestic"


# --- A leader's own team "on" a country: the country is the topic ----------------------------------------


def test_own_team_on_a_country_is_domestic() -> None:
    """'Meeting with Their National Security Team on Haiti': the team is the leader's own; Haiti is what
    the meeting was on, not a side."""
    readout = _white_house(
        "Statement by the Press Secretary on the President’s Meeting with Her National Security Team "
        "on Haiti",
        "The President met this morning in the Situation Room with her national security team, including "
        "our commanders and diplomats in the field. They advised the President that the airport remains "
        "open.",
    )
    assert readout.event.scope == "domestic"


def test_call_with_leaders_on_a_country_stays_diplomatic() -> None:
    """Guard: 'Call with European Leaders on Ukraine' keeps its other side (the leaders)."""
    readout = _white_house(
        "Readout of the President’s Call with European Leaders on Haiti",
        "The President spoke today with the leaders of France and Germany about the situation in Haiti.",
    )
    assert readout.event.scope == "diplomatic"
