"""Families of event place and date misses on the newest dev sets en-n..en-t (#8, fam51), on invented
pages and sentences."""

from __future__ import annotations

from readoutlib.languages.en.event import event_location, held_in
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import text_page as _page


def test_a_city_named_as_a_countrys_port_or_city_is_the_place() -> None:
    """ "met in the Chilean port of Port Avel", "in the Peruvian city of Harbour City": the city after
    the people's adjective and the kind of town is the place."""
    sentence = "The three ministers met on May 3 in the Chilean port of Port Avel, the first such meeting."
    assert event_location(sentence, EventKind.MEETING) == "Port Avel"
    sentence = "The two ministers held talks in the Peruvian city of Harbour City on Monday."
    assert event_location(sentence, EventKind.TALKS) == "Harbour City"


def test_a_meeting_upon_the_ministers_visit_to_a_city_is_held_there() -> None:
    """ "upon his visit to Harbour City, Velor, to attend the Forum, held a meeting with X": the city the
    minister was visiting."""
    sentence = (
        "On May 3, Minister Ivo Brand, upon his visit to Harbour City, Velor, to attend the Ministerial"
        " Forum, held a meeting with Minister Ana Loret of Marland."
    )
    assert event_location(sentence, EventKind.MEETING) == "Harbour City"


def test_a_named_diplomatic_format_is_no_place() -> None:
    """ "meetings in the Harbour City format", "talks in the Normandy format": a format of talks named
    after a city, not where they were held."""
    sentence = "The ministers said Saturday that meetings in the Harbour City format have helped the talks."
    assert event_location(sentence, EventKind.MEETING) is None


def test_an_earlier_meeting_built_on_is_no_place() -> None:
    """ "welcomed X to the capital, building on their meeting at the Forum in Port Avel in October": the
    place of the earlier meeting, not of this one."""
    readout = _page(
        "Prime Minister meets the Prime Minister of Marland",
        "The Prime Minister welcomed Prime Minister Ana Loret of Marland to Downing Street on Thursday,"
        " building on their meeting at the Northern Future Forum in Port Avel in October.",
        "The leaders discussed trade and fisheries.",
    )
    assert readout.event.location is None


def test_a_meeting_taking_place_in_a_city_is_held_there() -> None:
    """ "The meeting is taking place on the sidelines of the General Assembly in New Avel": told in the
    present, as "took place"."""
    text = " The meeting is taking place on the sidelines of the 78th General Assembly in New Avel."
    assert held_in(text, EventKind.MEETING) == "New Avel"


def test_the_encounter_retold_below_a_bare_opening_places_it() -> None:
    """A one-line opening ("Minister X meets Y.") and the next paragraph retelling the encounter with its
    city ("met with Y, on the margins of the Forum in Harbour City, Velor"; "on Thursday hold talks in
    Port Avel"): the city of the retold encounter."""
    readout = _page(
        "date 2031-09-19 Foreign Minister Brand meets with the Prime Minister of Marland.",
        "Minister for Foreign Affairs Ivo Brand met with the Prime Minister of Marland Ana Loret, on the"
        " margins of the recent Regional Forum Ministers’ Meeting in Harbour City, Velor.",
        "The meeting provided an opportunity to review preparations for the leaders' meeting.",
    )
    assert readout.event.location == "Harbour City"
    readout = _page(
        "Marland and Velor to keep in close touch",
        "Foreign Minister Ivo Brand holds talks with the Foreign Minister of Marland on the sidelines of"
        " regional events.",
        "The Foreign Ministers of Velor and Marland Ivo Brand and Ana Loret on Thursday hold talks in Port"
        " Avel on the sidelines of regional events.",
        "They discussed trade and fisheries.",
    )
    assert readout.event.location == "Port Avel"


def test_a_guest_hosted_on_her_visit_to_a_city_is_met_there() -> None:
    """ "hosted President Y on her working and informal visit to Port Avel": the guest's visit, told with
    her possessive as with "a", places the meeting in the city visited."""
    sentence = "President Ivo Brand hosted President Ana Loret on her working and informal visit to Port Avel"
    assert event_location(sentence, EventKind.MEETING) == "Port Avel"
