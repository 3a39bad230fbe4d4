"""Dates, places and kinds of a readout read from its page (fam164, issue #8; each seen failing first on
main 090a6c5d)."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.event import event_location, held_in
from readoutlib.model import EventKind


def test_the_guests_told_in_a_capital_named_as_such_place_the_gathering() -> None:
    """ "Leaders of the bloc are in the Velorian capital of Northport for the events": the city after
    "capital of" is where they are; a country there still names no city."""
    stay = "Leaders of the bloc and its partners are in the Velorian capital of Northport for the events."
    assert held_in(stay, EventKind.MEETING) == "Northport"
    assert held_in("The ministers are in Peru for the events.", EventKind.MEETING) is None


def test_a_sidelines_meeting_under_a_capital_dateline_is_placed_where_the_body_puts_the_gathering() -> None:
    """The whole page: a meeting on a summit's sidelines under a capital's dateline is placed at the city
    the next paragraph says the leaders are in for the summit (CONVENTIONS: a dateline places a gathering's
    margins only where the page says the gathering sits there); with no such sentence it has no place."""
    opening = (
        "NORTHPORT - Prime Minister Ana Ruiz met her counterpart from Velor, Mr Eko Tan, on the sidelines "
        "of the 9th Regional Summit on Wednesday.\n\n"
    )
    where = "Leaders of the bloc are in the Norlandic capital of Northport for the events this week.\n\n"
    rest = "The two leaders discussed trade, fisheries and the harbour treaty between their countries.\n"
    assert readoutlib.parse(opening + where + rest).event.location == "Northport"
    assert readoutlib.parse(opening + rest).event.location is None


def test_a_gathering_named_after_its_city_on_whose_margins_they_met_places_them() -> None:
    """ "met on the margins (or fringes) of the Northport Security Conference": the conference's city, as
    "on the sidelines of" already gives it; one named after a country gives none."""
    for side in ("margins", "fringes", "sidelines"):
        met = f"Minister Ruiz and Minister Tan met today on the {side} of the Northport Security Conference."
        assert event_location(met, EventKind.MEETING) == "Northport"
    other = "Minister Ruiz and Minister Tan met today on the margins of the Peru Security Conference."
    assert event_location(other, EventKind.MEETING) is None


def test_a_conversation_under_a_talks_headline_is_a_call() -> None:
    """ "Ruiz held talks with Tan and Lund" above "President Ruiz had a conversation with …": talks name
    no channel and the conversation no place, so it is the call it is with no headline; a "Meeting"
    headline keeps the meeting, and talks the opening itself names stay talks."""
    body = (
        "President Ana Ruiz had a conversation with Velorian President Eko Tan and Chancellor Per Lund, "
        "the press service reported.\n\nThe three leaders noted the importance of the agreements.\n"
    )
    assert readoutlib.parse("Ruiz held talks with Tan and Lund\n\n" + body).event.kind is EventKind.PHONE_CALL
    assert readoutlib.parse("Meeting with Eko Tan and Per Lund\n\n" + body).event.kind is EventKind.MEETING
    talks = body.replace("had a conversation with", "held talks with")
    assert readoutlib.parse("Ruiz held talks with Tan and Lund\n\n" + talks).event.kind is EventKind.TALKS


def test_a_conversation_whose_manner_is_quoted_is_still_a_call() -> None:
    """ "has had a “frank conversation” with President Tan": the quotation marks around the manner are
    the reporter's, not the encounter's; it is the call an unquoted one is."""
    page = (
        "Prime Minister Ana Ruiz has had a “frank conversation” with Velorian President Eko Tan on Thursday, "
        "discussing security cooperation, according to the national news agency.\n\n"
        "The leaders discussed the harbour treaty.\n"
    )
    assert readoutlib.parse(page).event.kind is EventKind.PHONE_CALL
