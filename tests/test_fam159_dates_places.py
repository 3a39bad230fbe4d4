"""Dates and places of a readout read from its page (fam159, issue #8; each seen failing first on main
5ce5e5d5)."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.segment.datelines import date_line_place, strip_dateline


def test_a_news_outlet_crediting_the_story_is_no_dateline_place() -> None:
    """ "Harbour News - The Minister …": the outlet's name where a dateline's place stands credits the
    story; the dateline is still cut from the lead, but it names no place. A city there still does."""
    text = "Harbour Daily News - The Foreign Minister held talks with his counterpart on Monday."
    found = strip_dateline(text)
    assert found is not None
    assert found.place is None
    assert text[found.length :].startswith("The Foreign Minister")
    city = strip_dateline("Northport - The Foreign Minister held talks with his counterpart on Monday.")
    assert city is not None and city.place == "Northport"


def test_talks_credited_to_a_news_outlet_have_no_location() -> None:
    """The whole page: talks under an outlet's credit are placed nowhere (the outlet is no city)."""
    page = (
        "Harbour News - Foreign Minister Ana Ruiz and Velorian Foreign Minister Eko Tan on Monday held "
        "talks on ways to deepen relations between Norland and Velor.\n\n"
        "During the telephone conversation, the two ministers discussed trade and the harbour treaty.\n\n"
        "Ruiz stressed that the two countries share a long history of cooperation.\n"
    )
    readout = readoutlib.parse(page)
    assert readout.event.location is None


def test_a_byline_glued_to_the_weekday_of_the_date_line_is_no_place() -> None:
    """ "Lia KovacFriday, 3 May 2024, 09:20": a text dump ran the author's name into the weekday; the
    line dates the page but names no place. A city before the date still places it."""
    assert date_line_place("Lia KovacFriday, 3 May 2024, 09:20") is None
    assert date_line_place("Lia Kovac, Friday, 3 May 2024, 09:20") is None
    assert date_line_place("Northport, 3 May 2024, 09:20") == "Northport"


def test_a_date_line_printed_after_the_address_date_is_not_the_page_s() -> None:
    """A site prints today's date over an old story ("Monday, March 4, 2024" above a page filed under
    "/2012/06/08/"): the address's date is the page's, and "yesterday" resolves against it. A date line
    the day after the address's date stays the page's."""
    page = (
        "Monday, March 4, 2024\n\n"
        "Minister welcomes Velorian envoy\n\n"
        "The Ambassador of Velor, Eko Tan, yesterday paid a courtesy call on Foreign Minister Ana Ruiz "
        "at the ministry's headquarters.\n\n"
        "Ruiz said the two countries would look for ways to work together on trade.\n"
    )
    old = readoutlib.parse(page, url="https://news.example.org/2012/06/08/minister-welcomes-envoy/")
    assert (old.event.date, old.source.published) == (dt.date(2012, 6, 7), dt.date(2012, 6, 8))
    near = readoutlib.parse(page, url="https://news.example.org/2024/03/03/minister-welcomes-envoy/")
    assert (near.event.date, near.source.published) == (dt.date(2024, 3, 3), dt.date(2024, 3, 4))
