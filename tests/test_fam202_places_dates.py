"""Places and dates after the blind run of en-be, en-bf and en-bg (fam202, issue #8; each seen failing
first on main 9cfb7631)."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.languages.en.event import event_location, held_in
from readoutlib.model import EventKind
from readoutlib.segment.datelines import date_line_date, strip_dateline


def test_principals_told_as_having_been_in_a_city_for_an_occasion_place_the_meeting() -> None:
    """ "Both were in Northport for the coronation", "The guest was in Velia for a ministerial meeting":
    the stay told in the past below an opening that names no city, as "are in Northport to attend" in the
    present already did. A country there names no city."""
    assert held_in("Both were in Northport for the coronation of the King.", EventKind.MEETING) == "Northport"
    guest = "Minister Ana Ruiz was in Velia for a trilateral meeting with her counterparts."
    assert held_in(guest, EventKind.MEETING) == "Velia"
    assert held_in("Both were in Portugal for the coronation.", EventKind.MEETING) is None
    assert held_in("Both were in Northport for the coronation.", EventKind.PHONE_CALL) is None


def test_a_dateline_city_keeps_the_district_the_dateline_writes() -> None:
    """ "Washington, DC - The Vice President met today with …": the place as the page writes it, the
    district kept (CONVENTIONS.md, fam125); a dateline with no district gives the city alone."""
    opening = "The Vice President met today with the Prime Minister of Velor to discuss trade."
    assert event_location(opening, EventKind.MEETING, dateline="Washington, DC") == "Washington, DC"
    assert event_location(opening, EventKind.MEETING, dateline="Washington, D.C.") == "Washington, D.C."
    assert event_location(opening, EventKind.MEETING, dateline="Washington") == "Washington"


def test_a_place_run_into_a_date_whose_year_follows_a_slash_is_a_dateline() -> None:
    """ "Northport March 3/2031 Minister X held talks …": no comma or dash between place and date, the
    year after a slash (a wire's dateline); the report starts after it."""
    text = "Port Vell March 3/2031 Minister of Foreign Affairs Ana Ruiz on Monday held talks with the envoy."
    found = strip_dateline(text)
    assert found is not None
    assert (found.place, found.date) == ("Port Vell", dt.date(2031, 3, 3))
    assert text[found.length :].startswith("Minister of Foreign Affairs")


def test_a_place_and_a_day_closed_by_full_stops_before_a_wire_s_slashed_name_is_a_dateline() -> None:
    """ "Northport. 3 March. WIRE.NEWS/ President X received …": the place, the day and month, then the
    wire's name closed by a slash."""
    text = "Northport. 3 March. WIRE.NEWS/ President Ana Ruiz has received a delegation from Velor."
    found = strip_dateline(text)
    assert found is not None
    assert (found.place, found.day_month) == ("Northport", (3, 3))
    assert text[found.length :].startswith("President Ana Ruiz")
    assert strip_dateline("Northport. The President has received a delegation from Velor.") is None


def test_a_content_system_s_submitted_stamp_dates_the_page() -> None:
    """ "Submitted on Wed, 03/21/2031 - 07:41": a content system's label before the weekday and date."""
    assert date_line_date("Submitted on Wed, 03/21/2031 - 07:41") == dt.date(2031, 3, 21)


def test_share_buttons_run_into_the_credit_before_the_date_make_a_date_line() -> None:
    """ "0 Comment(s)Print E-mail Wirenews, June 27, 2031": the toolbar's buttons and the credit before
    the page's date."""
    assert date_line_date("0 Comment(s)Print E-mail Wirenews, June 27, 2031") == dt.date(2031, 6, 27)


def _countries(text: str) -> dict[str, str | None]:
    readout = readoutlib.parse(text, url="https://news.example.org/story/4711")
    return {p.name: p.country for p in readout.event.participants}


def test_a_dateline_city_with_its_district_gives_the_side_with_no_country_its_state() -> None:
    """ "Washington, DC - The Vice President Ann Fold met today with King Tarek of Jordan …" on a site of no
    country: the one side with no country is of the dateline's state, its district left out, as under
    "Washington -" already."""
    text = (
        "Washington, DC - Vice President Ann Fold met today with King Tarek of Jordan to discuss the "
        "bilateral relationship and regional security.\n\n"
        "The Vice President thanked the King for his country's partnership."
    )
    assert _countries(text)["Ann Fold"] == "US"


def test_a_summit_named_again_as_hosted_in_the_dateline_city_gives_no_side_that_state() -> None:
    """ "NEW DELHI, (Wire - 15th Oct, 2031) Speaker X met Speaker Y of Korea on the sidelines of the
    Speakers' Summit. The summit was hosted by the Parliament of India … in New Delhi": the city is the
    summit's venue, not the speaker's capital."""
    text = (
        "NEW DELHI, (Wirenews - 15th Oct, 2031) Tarek Samir, Speaker of the Federal Council, met with the "
        "Speaker of the National Assembly of the Republic of Korea, Park Min-ho, on the sidelines of the "
        "Ninth Parliamentary Speakers' Summit.\n\n"
        "The summit was hosted by the Parliament of India in New Delhi under the theme of partnership.\n\n"
        "Samir stressed the importance of promoting parliamentary ties with Korea."
    )
    countries = _countries(text)
    assert "Tarek Samir" in countries
    assert countries["Tarek Samir"] != "IN"


def test_the_head_of_the_parliaments_world_body_is_its_side() -> None:
    """ "… with President of the Inter-Parliamentary Union (IPU) Ana Ruiz": the body's common short code,
    as GOLD_SCHEMA gives an international organisation."""
    text = (
        "Minister of Foreign Affairs Tomas Varga held talks on parliamentary diplomacy with President of the "
        "Inter-Parliamentary Union (IPU) Ana Ruiz on Tuesday in Budapest.\n\n"
        "They discussed the role of parliaments in trade."
    )
    assert _countries(text)["Ana Ruiz"] == "IPU"
