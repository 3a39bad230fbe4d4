"""Places and dates missed on the blind sets en-bk..en-bn (fam225, issue #8; each seen failing first on main
bc4b2ee5)."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.languages.en.event import (
    capital_by_people,
    capital_retold,
    colon_dateline_place,
    event_location,
    held_in,
    held_in_later,
    tells_trip,
    weekday_dated,
)
from readoutlib.model import EventKind
from readoutlib.segment.top import is_caption, is_file_caption


def test_a_name_running_on_after_a_palace_is_no_city() -> None:
    """ "received at Al Noor Palace Liberal Party Senator X": the words after the palace open a title, not a
    city; a city after a house with no comma still is one."""
    sentence = (
        "The Emir received at Al Noor Palace Liberal Party Senator Ana Ruiz, who is visiting the country."
    )
    assert event_location(sentence, EventKind.MEETING) is None
    sentence = "The President met the envoy at State House Lindoro on Monday."
    assert event_location(sentence, EventKind.MEETING) == "Lindoro"


def test_a_city_named_with_its_quarter_s_word_is_the_city() -> None:
    """ "in downtown Northport", "in central Northport": the city; "The event" held somewhere is the event."""
    sentence = "The event takes place at the ministry's headquarters in downtown Northport."
    assert held_in(sentence, EventKind.MEETING) == "Northport"
    assert held_in_later([f"The ministers met. {sentence}"], EventKind.MEETING) == "Northport"
    assert (
        event_location("The two ministers met in central Northport on Friday.", EventKind.MEETING)
        == "Northport"
    )


def test_a_file_photo_s_caption_is_a_caption_of_another_occasion() -> None:
    """ "FILE PHOTO: …" above a wire's report is a caption, and a file photo's; a plain caption is not."""
    line = "FILE PHOTO: Minister Ana Ruiz speaks to reporters in Northport, May 3, 2030. AGENCY/Eko Tan"
    assert (is_caption(line), is_file_caption(line)) == (True, True)
    assert is_file_caption("Photo: Minister Ana Ruiz speaks to reporters in Northport") is False


def test_a_file_photo_s_caption_as_the_headline_neither_dates_nor_places_the_event() -> None:
    """A page whose only headline line is a file photo's caption: the event's day is the opening's "on
    Wednesday", not the photo's, and the photo's city places nothing."""
    page = (
        "FILE PHOTO: Foreign Minister Ana Ruiz holds talks with Foreign Minister Tomas Berg in Northport, "
        "May 3, 2030. AGENCY/Eko Tan\n\n"
        "March 19, 2031\n\n"
        "Velorian Foreign Minister Ana Ruiz met Ruritanian Foreign Minister Tomas Berg on Wednesday to "
        "discuss trade, the ministry said.\n\n"
        "The two ministers agreed to meet again.\n"
    )
    event = readoutlib.parse(page).event
    assert (event.date, event.location) == (dt.date(2031, 3, 19), None)


def test_a_lead_telling_a_trip_leaves_its_wire_s_dateline_unread() -> None:
    """ "NORTHPORT (Wire) – … on the first day of her tour of the region": the wire's desk, not where the
    encounter was; a lead that tells no trip still places it."""
    assert tells_trip("The minister met her counterpart on the first day of her tour of the region.")
    assert not tells_trip(
        "The minister met here with her counterpart on the first day of her tour of the region."
    )
    assert not tells_trip("The minister met her counterpart on Wednesday.")
    page = (
        "NORTHPORT (Wire) – Velorian Foreign Minister Ana Ruiz and her Ruritanian counterpart on Wednesday "
        "agreed to deepen trade on the first day of her tour of the region, the ministry said.\n\n"
        "Ruiz and Ruritanian Foreign Minister Tomas Berg met and discussed investment in tourism.\n"
    )
    assert readoutlib.parse(page).event.location is None


def test_a_capital_closed_by_a_colon_with_no_space_is_a_dateline() -> None:
    """ "Nairobi:The envoy called on …": a state's capital and a colon glued to the next word."""
    assert (
        colon_dateline_place("Nairobi:The High Commissioner called on the Minister in his office.")
        == "Nairobi"
    )
    assert colon_dateline_place("Source:The ministry of foreign affairs.") is None


def test_a_visit_to_a_capital_named_by_its_people_s_word_places_the_meeting() -> None:
    """ "who is on a visit to the Kenyan capital": the capital, as in "met in the Kenyan capital"."""
    sentence = (
        "Minister Ana Ruiz met today with Tomas Berg, who is currently on a visit to the Kenyan capital."
    )
    assert capital_by_people(sentence, EventKind.MEETING) == "Nairobi"


def test_a_bare_weekday_is_dated_by_the_one_printed_date_on_that_weekday() -> None:
    """ "during their dinner meeting Thursday" on a page with no date of its own: the caption's Thursday; the
    account's own day ("said Thursday") is none."""
    texts = ("Ana Ruiz (L) attends a dinner hosted by Tomas Berg on June 26, 2031.",)
    sentence = "Ruiz and Berg held talks during their dinner meeting Thursday on a range of issues."
    assert weekday_dated(sentence, texts) == dt.date(2031, 6, 26)
    assert weekday_dated("The talks were fruitful, an official said Thursday.", texts) is None


def test_a_release_signed_with_its_place_and_a_comma_over_its_date_is_placed_there() -> None:
    """ "Lindoro," over "5 May 2031" at a release's foot: the place it was issued in, which a meeting at the
    ministry told with no other city took place in."""
    page = (
        "Foreign Minister Ana Ruiz met Foreign Minister Tomas Berg of Velor today at the Ministry of Foreign "
        "Affairs.\n\n"
        "The two ministers discussed trade and investment.\n\n"
        "Lindoro,\n\n"
        "5 May 2031\n"
    )
    assert readoutlib.parse(page).event.location == "Lindoro"


def test_a_country_the_opening_names_is_placed_by_its_capital_a_later_sentence_retells_it_in() -> None:
    """ "During the meeting in Poland of A and B" and, below, "A met with B in Warsaw": the capital of the
    country named; a city of another country, or an opening that names none, places nothing."""
    opening = (
        "During the meeting in Poland of Minister Ana Ruiz and Minister Tomas Berg, trade was discussed."
    )
    below = ["Earlier, Minister Ruiz met with Minister Berg in Warsaw to mark the anniversary."]
    assert capital_retold(opening, below, EventKind.MEETING) == "Warsaw"
    other = ["Earlier, Minister Ruiz met with Minister Berg in Nairobi to mark the anniversary."]
    assert capital_retold(opening, other, EventKind.MEETING) is None
    assert capital_retold("Minister Ruiz met Minister Berg on Monday.", below, EventKind.MEETING) is None
