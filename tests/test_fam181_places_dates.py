"""Places, dates and countries after the blind run of en-ay, en-az and en-ba (fam181, issue #8; each
seen failing first on main 11e1cc53)."""

from __future__ import annotations

import datetime as dt

from readoutlib.languages.en.event import event_date, event_location, weekday_told_below
from readoutlib.model import EventKind
from readoutlib.segment.datelines import date_line_place, strip_dateline


def test_a_wire_name_after_the_place_and_a_full_stop_is_no_part_of_the_place() -> None:
    """ "NORTH HAVEN. WIRENEWS - …": the place in capitals, a full stop, then the agency's one name; the
    place is the city alone. An abbreviation's stop inside a city's name ("ST. MARTIN") is kept."""
    found = strip_dateline("NORTH HAVEN. WIRENEWS - The Foreign Minister met his counterpart on Friday.")
    assert found is not None
    assert found.place == "NORTH HAVEN"
    one = strip_dateline("PORTVILLE. WIRENEWS – The Foreign Minister met his counterpart on Friday.")
    assert one is not None and one.place == "PORTVILLE"
    saint = strip_dateline("ST. MARTIN - The Foreign Minister met his counterpart on Friday.")
    assert saint is not None and saint.place == "ST. MARTIN"


def test_a_day_told_in_a_relative_clause_on_something_else_does_not_date_the_call() -> None:
    """ "… over the storm that struck the coast yesterday evening (Tuesday)": the storm's day, not the
    call's; the call takes the page's date. The talks' own clause still dates them."""
    published = dt.date(2024, 3, 13)
    sentence = (
        "The Queen of Norland made a phone call with the President of Velor to offer her condolences "
        "over the storm that struck the coast yesterday evening (Tuesday)."
    )
    found = event_date(sentence, None, published=published)
    assert found.date == published
    assert found.basis == "published"
    own = event_date(
        "The ministers welcomed the talks that took place yesterday in Northport.", None, published=published
    )
    assert own.date == dt.date(2024, 3, 12)


def test_a_possessive_yesterday_below_an_undated_opening_names_another_encounter() -> None:
    """ "She welcomed yesterday's talks between A and B": the encounter named as a thing, not the event
    told again; the page's date stands. "They met yesterday in Northport" below still dates it."""
    published = dt.date(2024, 3, 13)
    other = [
        "She welcomed yesterday's talks between the envoy and Premier Ana Ruiz, who spoke by video link."
    ]
    assert weekday_told_below(other, published) is None
    again = ["The two ministers met yesterday in Northport and discussed the harbour treaty."]
    told = weekday_told_below(again, published)
    assert told is not None and told.date == dt.date(2024, 3, 12)


def test_a_store_date_glued_to_a_wire_yearless_dateline_keeps_its_place() -> None:
    """ "date 2024-03-12 Northport, March 12, WIRENEWS": a store's labelled date run into the wire's
    yearless dateline line; the line's place is the city before the day and month."""
    assert date_line_place("date 2024-03-12 Northport, March 12, WIRENEWS") == "Northport"
    assert date_line_place("date 2024-03-12 Ottawa") == "Ottawa"
    assert date_line_place("date 2024-03-12 Latest News") is None


def test_a_gathering_named_as_here_places_a_meeting_on_its_sidelines_at_the_dateline() -> None:
    """ "… on the sidelines of the Harbour Forum Special Meeting here today" under "NORTHPORT, April 2 —":
    the gathering sits where the dateline was written, so the meeting is placed there; without "here"
    a dateline at home over a gathering places nothing (fam164's convention)."""
    here = (
        "Prime Minister Ana Ruiz held a bilateral meeting with her Velorian counterpart Eko Tan on the "
        "sidelines of the Harbour Forum Special Meeting here today."
    )
    assert event_location(here, EventKind.MEETING, dateline="Northport") == "Northport"
    away = here.replace(" here today", " today")
    assert event_location(away, EventKind.MEETING, dateline="Northport") is None
