"""Families of event place misses from the dev sets en-b..en-n (#8, loc23), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.event import colon_dateline_place, event_location, headline_city, held_in
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_the_delegation_is_in_the_city_to_attend_places_the_call() -> None:
    """ "The President and his delegation are in Port Avel to attend ..." after the opening: the
    courtesy call was paid in the city the guests are in."""
    text = " The President and his delegation are in Port Avel to attend the inauguration on Friday."
    assert held_in(text, EventKind.MEETING) == "Port Avel"


def test_a_country_the_guest_is_in_is_no_city() -> None:
    """ "The minister is in Kenya for the talks": a country, not the city of the meeting."""
    assert held_in(" The minister is in Kenya for the talks.", EventKind.MEETING) is None


def test_a_dateline_in_capitals_closed_by_a_colon_places_the_meeting() -> None:
    """ "PORT AVEL: Prime Minister X paid a courtesy call to ... here on Saturday": the dateline's city."""
    readout = _page(
        "Prime Minister pays courtesy call to visiting King",
        "PORT AVEL: Prime Minister Ana Loret paid a courtesy call to King Ivo Brand of Ruritania here on"
        " Saturday (March 6), discussing trade and fisheries.",
        "The two leaders agreed to meet again in the autumn.",
    )
    assert readout.event.location == "Port Avel"


def test_a_speakers_label_in_capitals_is_no_place() -> None:
    """ "QUESTION: ...", "PHOTO: ..." open a transcript's turn or a caption, not a dateline; a country
    in capitals is no city; "KUALA LUMPUR:"-like capitals are."""
    expected = (None, None, None, "Port Avel")
    assert expected == (
        colon_dateline_place("QUESTION: Did the Minister meet the envoy in the capital?"),
        colon_dateline_place("PHOTO: Foreign Minister Ana Loret meets the envoy."),
        colon_dateline_place("KENYA: The Foreign Minister met the envoy."),
        colon_dateline_place("PORT AVEL: The Foreign Minister met the envoy."),
    )


def test_a_mission_to_be_opened_in_a_city_is_no_place_of_the_meeting() -> None:
    """ "... as Velor gets ready to establish an embassy in Port Avel": where the mission will be, not
    where the meeting was."""
    sentence = (
        "The Foreign Secretary met the Vice Minister of Velor to discuss cooperation as Velor gets ready to"
        " establish an embassy in Port Avel."
    )
    assert event_location(sentence, EventKind.MEETING) is None


def test_a_meeting_at_an_embassy_in_a_city_is_there() -> None:
    """ "met ... at the Velorian Embassy in Port Avel": the embassy is the venue, its city the place."""
    sentence = "The Foreign Secretary met the Vice Minister of Velor at the Velorian Embassy in Port Avel."
    assert event_location(sentence, EventKind.MEETING) == "Port Avel"


def test_a_city_only_the_headline_names_places_the_meeting() -> None:
    """ "Velor and Ruritania Foreign Ministers meet in Port Avel to ...": the opening and the sentences after
    it name no city, the headline does."""
    readout = _page(
        "Velor and Ruritania Foreign Ministers meet in Port Avel to review the bilateral agenda",
        "Foreign Minister Ana Loret of Velor met with Foreign Minister Ivo Brand of Ruritania at the San"
        " Carlos Palace on Saturday to review the progress of the bilateral agenda.",
        "The two ministers agreed to meet again in the autumn.",
    )
    assert readout.event.location == "Port Avel"


def test_a_country_in_the_headline_is_no_city() -> None:
    """ "Ministers meet in Kenya": a country names no city of the meeting."""
    expected = (None, "Port Avel")
    assert expected == (
        headline_city("Foreign Ministers meet in Kenya", EventKind.MEETING),
        headline_city("Foreign Ministers meet in Port Avel", EventKind.MEETING),
    )


def test_a_title_case_headline_names_no_city() -> None:
    """ "... an Economic Comeback in Communities Across the Country": Title Case capitals mark no names."""
    headline = "Readout of a Convening on Supporting an Economic Comeback in Communities Across the Country"
    assert headline_city(headline, EventKind.TALKS) is None
