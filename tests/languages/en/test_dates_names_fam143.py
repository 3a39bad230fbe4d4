"""Families of date misses (issue #8, fam143), on invented text in our own words.

Each test is one construction; each was seen failing before its rule.
"""

from __future__ import annotations

import datetime as dt

from readoutlib.segment.datelines import date_line_date, strip_dateline
from tests.languages.en.layout_kit import text_page


def test_a_bracketed_date_with_a_short_year_closes_a_dateline() -> None:
    """A place, its date in brackets with a two-figure year, then a full stop opening the report:
    "Port Avel (Mar. 4/31). The minister …"."""
    found = strip_dateline("Port Avel (Mar. 4/31). The Foreign Minister met the envoy today.")
    assert found is not None
    assert (found.place, found.date) == ("Port Avel", dt.date(2031, 3, 4))


def test_a_bracket_and_full_stop_without_a_date_is_no_dateline() -> None:
    """A capitalised phrase in brackets then a full stop ("Port Avel (Harbour Office). The …") is a
    sentence, not a dateline: only a date in the brackets makes one."""
    assert strip_dateline("Port Avel (Harbour Office). The minister met the envoy today.") is None


def test_a_readout_dated_by_its_bracketed_short_year_dateline() -> None:
    """A page whose only full date is its dateline's "(Nov. 2/29)" is dated by it, not by a later
    "Updated:" stamp."""
    readout = text_page(
        "Foreign Minister discusses trade with a Ruritanian senator",
        "Updated: May 3, 2030",
        "Port Avel (Nov. 2/29). The Foreign Minister of Valdoria, Ana Loret, met today with the"
        " Ruritanian senator Ivo Brand.",
        "The minister and the senator discussed trade between the two countries.",
    )
    assert readout.event.date == dt.date(2029, 11, 2)
    assert readout.event.location == "Port Avel"


def test_a_representatives_abbreviated_style_is_not_part_of_the_name() -> None:
    """A headline naming a lawmaker as "U.S. Rep. Ivo Brand": the participant is Ivo Brand."""
    readout = text_page(
        "Foreign Minister meets U.S. Rep. Ivo Brand",
        "Port Avel, March 4, 2031 – The Foreign Minister of Valdoria, Ana Loret, met today with U.S."
        " Representative Ivo Brand.",
        "The minister and the lawmaker discussed trade between the two countries.",
    )
    names = [p.name for p in readout.event.participants]
    assert "Ivo Brand" in names
    assert not any("Rep" in name for name in names)


def test_a_main_content_landmark_line_is_no_participant() -> None:
    """A site's "Main Content" landmark heading over the lead (the skip link's target) is furniture,
    never a name."""
    readout = text_page(
        "Main Content",
        "",
        "Yesterday, Prime Minister Ana Loret met with the Prime Minister of Ruritania, Ivo Brand, on the"
        " margins of the regional summit.",
        "",
        "The two leaders discussed trade between their countries.",
    )
    names = [p.name for p in readout.event.participants]
    assert "Main Content" not in names
    assert {"Ana Loret", "Ivo Brand"} <= set(names)


def test_a_building_named_before_the_lead_is_no_participant() -> None:
    """A venue opening the lead ("At the Blue Room, Old Lantern Building, Government House, …") is a
    place: a name ending in "Building" is never a person."""
    readout = text_page(
        "Prime Minister talks with Ruritanian leader",
        "",
        "At the Blue Room, Old Lantern Building, Government House, Prime Minister Ana Loret had a phone"
        " conversation with Ivo Brand, the Prime Minister of Ruritania.",
        "",
        "The two leaders discussed trade between their countries.",
    )
    names = [p.name for p in readout.event.participants]
    assert not any("Building" in name for name in names)
    assert {"Ana Loret", "Ivo Brand"} <= set(names)


def test_a_section_name_in_capitals_before_a_date_line() -> None:
    """A section's name in capitals before the date and time ("BULLETIN 04.03.2031 10:15") makes a date
    line: the page's publication date, which dates "on Friday" in the lead."""
    assert date_line_date("BULLETIN 04.03.2031 10:15") == dt.date(2031, 3, 4)
    assert date_line_date("Talks on trade 04.03.2031") is None
