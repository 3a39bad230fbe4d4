"""Families of kind misses on en-p, en-r and en-s, the newest dev sets (#8, fam47), on invented pages."""

from __future__ import annotations

from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.event import clause_tense, event_kind
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import text_page as _page


def test_a_lead_that_announces_its_points_with_a_colon_is_the_opening() -> None:
    """A lead paragraph ending "An outline of the meeting is as follows:" is prose: its meeting is the
    event, not a later point's "who congratulated"."""
    readout = _page(
        "Velor-Marland Relations",
        "On May 3 (Saturday), commencing at 10:15 a.m. for approximately 30 minutes, Mr. Ivo Brand,"
        " Minister for Foreign Affairs, upon his visit to Harbour City to attend the Ocean Ministerial"
        " Meeting, held a meeting with Ms. Ana Loret, Minister of Foreign Affairs of Marland. An outline of"
        " the meeting is as follows:",
        "The two ministers shared the view that they would deepen fisheries ties.",
        "Minister Loret thanked Minister Brand who congratulated Marland on winning a seat.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_headline_that_met_beats_a_call_read_from_talked_with() -> None:
    """ "talked with" alone reads as a call; under a headline that says the two met, the meeting."""
    title = "Ruiz and the Marland Ambassador met"
    assert (
        event_kind(title, "Ruiz talked with Ambassador Loret about trade and the region.", Profile())
        is EventKind.MEETING
    )
    assert (
        event_kind(title, "Ruiz spoke with Ambassador Loret about trade and the region.", Profile())
        is EventKind.MEETING
    )


def test_a_channel_the_lead_names_still_beats_a_headline_that_met() -> None:
    """The reverse: a lead's "held a telephone conversation" is the channel, whatever the headline says;
    with no headline, "talked with" stays a call."""
    opening = "Ruiz held a telephone conversation with Ambassador Loret about trade."
    assert event_kind("Ruiz and the Ambassador met", opening, Profile()) is EventKind.PHONE_CALL
    assert event_kind(None, "Ruiz talked with Ambassador Loret.", Profile()) is EventKind.PHONE_CALL


def test_talks_the_principals_concluded_name_the_event() -> None:
    """ "The two presidents concluded their talks by adopting a declaration": the page names its event
    talks, over the headline's "met with"."""
    assert (
        event_kind(
            "Ivo Brand met with President of Marland Ana Loret",
            "The two presidents concluded their talks by adopting a joint declaration on cooperation.",
            Profile(),
        )
        is EventKind.TALKS
    )


def test_leaders_who_convened_in_a_city_report_their_meeting() -> None:
    """ "The presidents of A, B and C convened in <city> ... to hold the third consultative meeting":
    an event clause, a meeting (not the guests' arrival told below)."""
    opening = (
        "The presidents of Velor, Marland, and Sylvania convened in the Velorian capital, Port Tan, on"
        " May 9 to hold the third consultative meeting of the region's leaders, the president's office said."
    )
    assert clause_tense(opening) == "past"
    assert event_kind(None, opening, Profile()) is EventKind.MEETING


def test_a_plural_office_before_a_list_of_names_titles_each() -> None:
    """ "Presidents A of X and B of Y arrived …" below an opening that named the presidents of X, Y and
    Z only by office: each listed "The President" is the person of that country."""
    readout = _page(
        "Leaders of three Andean states meet in Santiago",
        "The presidents of Chile, Peru, and Bolivia convened in the Chilean capital, Santiago, on May 9 to"
        " hold the third consultative meeting of the region's leaders.",
        "Chilean President Ivo Brand greeted his counterparts and said the meetings had brought the"
        " region closer.",
        "Presidents Ana Loret of Peru and Tomas Berg of Bolivia arrived in Santiago on May 8.",
    )
    assert sorted(p.name for p in readout.event.participants) == ["Ana Loret", "Ivo Brand", "Tomas Berg"]


def test_a_meeting_on_a_named_topic_the_sides_acted_after_is_the_event() -> None:
    """ "issued a joint statement after a trilateral meeting on Sylvania in Port Tan": the meeting, its
    topic named between it and its place, is the event the opening reports."""
    opening = (
        "Foreign Minister Ivo Brand and his counterparts Ana Loret and Tomas Berg issued a joint statement"
        " after a trilateral meeting on Sylvania in Port Tan."
    )
    assert clause_tense(opening) == "past"
    assert event_kind(None, opening, Profile()) is EventKind.MEETING
