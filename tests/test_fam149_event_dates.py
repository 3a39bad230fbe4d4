"""Event dates and places on agency copy (fam149, issue #8; each seen failing first on main 65e7e0e8)."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.segment.datelines import date_line_date


def test_a_markdown_heading_mark_before_a_date_line() -> None:
    """ "# 24 May 2031 01:09 (UTC +04:00)": a text dump keeps the heading mark of the date line under a
    repeated headline; the line is the page's date all the same."""
    assert date_line_date("# 24 May 2031 01:09 (UTC +04:00)") == dt.date(2031, 5, 24)
    assert date_line_date("# # #") is None


def test_a_heading_marked_date_line_dates_the_weekday_of_the_opening() -> None:
    """The date line's day resolves the opening's "on Friday" (the day before a Saturday)."""
    page = (
        "Norland and Velor ministers hold video conference\n\n"
        "Norland and Velor ministers hold video conference\n"
        "# 24 May 2031 01:09 (UTC +04:00)\n\n"
        "Norland Foreign Minister Ana Ruiz hosted on Friday a video conference with Velorian Foreign "
        "Minister Eko Tan, the ministry said.\n\n"
        "The two ministers discussed the harbour treaty and trade.\n"
    )
    assert readoutlib.parse(page).event.date == dt.date(2031, 5, 23)


def test_a_wire_bracket_after_a_place_closed_by_a_colon_dates_the_copy() -> None:
    """ "CAPITAL: (Wire/Wire / Region Point News-Sept 30th, 2031) …": the place in capitals closed by a
    colon, then agencies and the copy's date in brackets; the date resolves the next paragraph's
    "on Thursday"."""
    page = (
        "NORTHTOWN: (Wire/Wire / Region Point News-Sept 30th, 2031) Finance Minister Eko Tan has "
        "reaffirmed the government's commitment to the reform programme.\n\n"
        "Talking to Fund Mission Chief Ana Ruiz in a virtual meeting on Thursday, he said that the "
        "government will reduce the burden on the economy.\n\n"
        "The Mission Chief welcomed the government's plans.\n"
    )
    readout = readoutlib.parse(page)
    assert readout.event.date == dt.date(2031, 9, 25)


def test_a_lead_sentence_before_the_opening_dates_and_places_the_meeting() -> None:
    """On a page with no date of its own, the sentence before the opening in its paragraph tells the
    meeting with its full date and city; the opening names the co-chairs only."""
    page = (
        "Norland and Velor held the Norland-Velor Trade Council meeting in Northtown on 6th May 2031. "
        "Mr. Eko Tan, Minister of Commerce of Norland and Ms. Ana Ruiz, Secretary of Trade of Velor "
        "co-chaired the bilateral meeting.\n\n"
        "Both co-chairs welcomed the growth of trade between the two countries.\n"
    )
    event = readoutlib.parse(page).event
    assert (event.date, event.location) == (dt.date(2031, 5, 6), "Northtown")


def test_a_place_in_an_organisations_name_that_runs_into_a_persons_name_is_no_location() -> None:
    """ "… the Council on Trade and Confidence Measures in Asia Ana Ruiz", "… to the UN in Ruritown Dr.
    Eko Tan": the place ends a name or title in capitals and the person's name follows it; the
    encounter is not placed there (and never in "Asia Ana Ruiz")."""
    for opening in (
        "Foreign Minister Eko Tan of Norland received Secretary General of the Council on Trade and "
        "Confidence Measures in Asia Ana Ruiz, the ministry reports.",
        "Permanent Representative of Norland to the UN in Ruritown Dr. Eko Tan paid a farewell call on "
        "Velorian Foreign Minister Ana Ruiz on 18 June 2031.",
    ):
        page = f"{opening}\n\nThe two sides discussed cooperation on trade.\n"
        assert readoutlib.parse(page).event.location is None


def test_a_visit_paid_to_an_office_holder_is_held_at_the_dateline() -> None:
    """ "NORTHTOWN: General X on Sunday paid a visit to Chief of Army Staff General Y": a call on the
    host, not a trip; the meeting was held where the dateline was written. A visit paid to a country
    still places nothing."""
    opening = (
        "NORTHTOWN: Chief of Defence Forces Velor General Eko Tan on Sunday paid a visit to Chief of Army "
        "Staff General Ana Ruiz, the military's media wing said."
    )
    page = f"{opening}\n\nDuring their meeting, they discussed regional security.\n"
    assert readoutlib.parse(page).event.location == "Northtown"
