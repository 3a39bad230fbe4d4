"""Families of pages (issue #8, round 19: feeds-dev22's misses and the dev feeds' remaining misses),
invented pages.

Each test is one family, written as a page of our own; the guards are pages whose reading stays.
"""

from __future__ import annotations

from tests.languages.en.layout_kit import state_page as _state
from tests.languages.en.layout_kit import text_page as _text
from tests.languages.en.layout_kit import white_house_page as _white_house

# --- An earlier event the lead follows up on is not the event ---------------------------------------------


def test_follow_up_on_an_earlier_video_call_is_the_call_held() -> None:
    """'spoke today with X, to follow up on their May 2 call and the President's May 2 video call with
    harbour leaders': the video call is the earlier event; the call held today is the page's."""
    readout = _text(
        "Minister Ruiz's Call with Sylvanian Chief of Staff Tamm",
        "Minister Ana Ruiz spoke today with Jaan Tamm, Chief of Staff to the Sylvanian President, to follow "
        "up on their May 2 call and the President's May 2 video call with harbour leaders. They discussed "
        "the harbour crisis.",
    )
    assert readout.event.kind == "phone_call"


def test_as_follow_up_to_an_earlier_call_the_delegation_met() -> None:
    """'On May 9, as follow up to the May 4 call between A and B, X led a delegation to meet with
    President Y': the call is the earlier event; the delegation's meeting is the page's."""
    readout = _text(
        "Joint Statement from Freedonia and Sylvania on the Harbour",
        "On May 9, as follow up to the May 4 call between Sylvanian President Jaan Tamm and Freedonian Vice "
        "President Ana Ruiz, Freedonian Adviser Ben Cole led a delegation of officials to meet with "
        "President Tamm and his ministers in Port Tan. They discussed the harbour.",
    )
    assert readout.event.kind == "meeting"


def test_video_call_with_a_follow_up_still_video() -> None:
    """Guard: a video call held today that a follow-up clause names after it stays a video call."""
    readout = _text(
        "Minister Ruiz's Video Call with Sylvanian Foreign Minister Tamm",
        "Minister Ana Ruiz held a video call today with Sylvanian Foreign Minister Jaan Tamm to follow up on "
        "their meeting in Port Tan. They discussed the harbour crisis.",
    )
    assert readout.event.kind == "video_call"


# --- A country named as the place of attacks, protests or a situation is the topic, not a side ------------


def test_families_after_attacks_in_a_country_are_domestic() -> None:
    """'met with families of Americans still missing following the May 3 attacks in Peru': the country
    is where the attacks were; the families are the only other side."""
    readout = _white_house(
        "Readout of the Vice President’s Meeting with Families of Missing Americans",
        "Vice President Ana Ruiz met with families of Americans still missing following the May 3 terrorist "
        "attacks in Peru. She listened to the families’ experiences.",
    )
    assert readout.event.scope == "domestic"


def test_activist_on_protests_in_a_country_is_domestic() -> None:
    """'met today with activist X to express her support for the students leading peaceful protests in
    Chile': the protests' country is the topic."""
    readout = _white_house(
        "Readout of Vice President Ruiz’s Meeting with Activist Lea Marsh",
        "Vice President Ana Ruiz met today with activist Lea Marsh to express her support for the students "
        "leading peaceful protests in Chile. They discussed how to amplify their voices.",
    )
    assert readout.event.scope == "domestic"


def test_former_president_on_the_situation_in_a_country_is_domestic() -> None:
    """'spoke with former President X about the deteriorating situation in Bolivia': a private person of
    the home country, the situation's country the topic."""
    readout = _state(
        "Secretary Ruiz’s Call with President Berg",
        "Secretary of State Ana Ruiz spoke with former President Tom Berg today about the deteriorating "
        "situation in Bolivia. They discussed the coming elections.",
    )
    assert readout.event.scope == "domestic"


def test_foreign_minister_on_the_situation_in_his_country_stays_diplomatic() -> None:
    """Guard: the other side's country read from the principal keeps the call diplomatic."""
    readout = _state(
        "Secretary Ruiz’s Call with Bolivian Foreign Minister Berg",
        "Secretary of State Ana Ruiz spoke with Bolivian Foreign Minister Tom Berg today about the "
        "situation in Bolivia. They discussed the coming elections.",
    )
    assert readout.event.scope == "diplomatic"


# --- Representatives of several countries welcomed to the host's house ------------------------------------


def test_representatives_of_countries_welcomed_are_a_diplomatic_meeting() -> None:
    """'welcomed representatives from countries across the region to the White House to launch ...': the
    guests are other states' officials, though no country is named in the lead; they were met in person."""
    readout = _white_house(
        "Readout of the Harbour Declaration Implementation Launch",
        "On Monday, May 2, Harbour Adviser Ana Ruiz welcomed representatives from countries across the "
        "Western Hemisphere to the White House to launch the implementation of the Harbour Declaration.",
        "The participants discussed the next steps.",
    )
    assert readout.event.kind.value == "meeting"
    assert readout.event.scope == "diplomatic"


def test_representatives_from_states_stay_at_home() -> None:
    """Guard: representatives of the country's own states welcomed are domestic."""
    readout = _white_house(
        "Readout of the Harbour Convening",
        "On Monday, May 2, Harbour Adviser Ana Ruiz welcomed representatives from 20 states to the White "
        "House to discuss harbour cleanup.",
    )
    assert readout.event.scope == "domestic"
