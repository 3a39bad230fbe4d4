"""Datelines, places and countries (fam154, issue #8; each seen failing first on main 03be9504)."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.languages.en.event import event_location
from readoutlib.model import EventKind
from readoutlib.segment.datelines import strip_dateline


def test_a_dateline_with_its_country_in_square_brackets() -> None:
    """ "Northport [Norland], July 5 (Wire/Agency): …": an Indian wire's dateline, its place's country in
    square brackets; the place is the city alone, the day and month stand, the report follows the colon."""
    text = "Northport [Norland], July 5 (Wire/Agency): The two ministers met."
    found = strip_dateline(text)
    assert found is not None
    assert (found.place, found.day_month) == ("Northport", (7, 5))
    assert text[found.length :] == "The two ministers met."


def test_an_encounter_held_here_with_a_visiting_guest_is_at_the_dateline() -> None:
    """ "A and visiting B agreed here Tuesday …": the visit is the guest's, to the dateline's city, and
    "here" says the talks were held there. A visit with no "here" still places nothing."""
    here = (
        "Norland Foreign Minister Ana Ruiz and visiting Chilean Foreign Minister Eko Tan agreed here "
        "Tuesday to expand ties during their talks."
    )
    assert event_location(here, EventKind.TALKS, dateline="Northport") == "Northport"
    away = "Norland Foreign Minister Ana Ruiz held talks with Eko Tan during her visit on Tuesday."
    assert event_location(away, EventKind.TALKS, dateline="Northport") is None


def test_a_bracketed_dateline_places_talks_told_here() -> None:
    """The whole page: the bracketed dateline's city is the talks' location."""
    page = (
        "Northport [Norland], March 5 (Wire): Norland Foreign Minister Ana Ruiz held talks here on "
        "Tuesday with the visiting Foreign Minister of Velor, Eko Tan.\n\n"
        "The two ministers discussed the harbour treaty and trade.\n"
    )
    event = readoutlib.parse(page, url="https://example.org/news/2031/03/05/talks.html").event
    assert (event.date, event.location) == (dt.date(2031, 3, 4), "Northport")


def test_a_country_and_its_short_form_in_brackets_are_one_mention() -> None:
    """ "the situation in the Democratic Republic of Congo (DRC)": one topic named once, not a state tied
    twice to the sides; the host with no country is not given it."""
    page = (
        "Addis Ababa — Prime Minister Ana Ruiz held a discussion with Eko Tan, Chairperson "
        "of the African Union Commission, on the preparations for the next summit.\n\n"
        "They discussed the reform agenda and the situation in the Democratic Republic of Congo (DRC).\n"
    )
    readout = readoutlib.parse(page, url="https://example.org/stories/2031/01/28/talks.html")
    countries = {p.name: p.country for p in readout.event.participants}
    assert countries.get("Ana Ruiz") != "CD"


def test_a_gathering_named_after_an_office_gives_the_office_holder_no_body() -> None:
    """ "… the Organisation (SCO) Defence Ministers’ meeting": the body's code stands before a gathering's
    name that begins with the office's words, not before the office itself; the holder of an office of
    one state keeps that state."""
    page = (
        "Defence Minister Ana Ruiz and her Chilean counterpart hold talks at the SCO Defence Ministers’ "
        "meeting in New Delhi\n\n"
        "Raksha Mantri Ana Ruiz held a bilateral meeting with the Minister of Defence of Chile Eko Tan on "
        "the sidelines of the Shanghai Cooperation Organisation (SCO) Defence Ministers’ meeting in New "
        "Delhi on April 28, 2031.\n\n"
        "The two Ministers discussed defence cooperation and training.\n"
    )
    readout = readoutlib.parse(page, url="https://example.org/news/2031/04/28/talks.html")
    countries = {p.name: p.country for p in readout.event.participants}
    assert countries.get("Ana Ruiz") == "IN"
