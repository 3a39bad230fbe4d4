"""Dates, places and countries after the blind run of en-bh, en-bi, en-bj (fam214, issue #8; each seen
failing first on main be1ce4d5)."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.dates import url_date
from readoutlib.languages.en.event import event_location
from readoutlib.languages.en.participants import _appositive_people
from readoutlib.model import EventKind
from readoutlib.segment.datelines import _other_dateline


def test_a_folder_of_the_year_then_the_month_and_day_joined_by_a_hyphen_dates_the_address() -> None:
    """ "/2031/06-19/119881.shtml": the year's folder, then one of the month and day (a news site's files)."""
    assert url_date("http://news.example/2031/06-19/119881.shtml") == dt.date(2031, 6, 19)
    assert url_date("http://news.example/2031/13-19/119881.shtml") is None


def test_a_weekday_resolves_against_the_address_s_month_and_day_folder() -> None:
    page = (
        "Velorian Foreign Minister Ana Ruiz met in Northport on Tuesday with Northland's Foreign"
        " Secretary Ben"
        " Holt and the two vowed to deepen relations.\n\n"
        "They exchanged views on regional issues.\n"
    )
    readout = readoutlib.parse(page, url="http://news.example/2031/06-19/119881.shtml")
    assert readout.event.date == dt.date(2031, 6, 17)


def test_a_capital_s_place_before_a_spaced_bullet_is_a_dateline() -> None:
    """ "NORTHPORT • Prime Minister …": a newspaper's dateline mark between spaces."""
    found = _other_dateline("NORTHPORT • Prime Minister Ana Ruiz met her counterpart.", month_first=False)
    assert found is not None and found.place == "NORTHPORT"
    assert (
        _other_dateline("NORTHPORT •Prime Minister Ana Ruiz met her counterpart.", month_first=False) is None
    )


def test_the_host_s_welcome_of_the_guest_to_a_city_places_the_meeting() -> None:
    """ "whom he welcomed to Northport": the city the guest was welcomed to; a country sets nothing."""
    opening = (
        "Secretary Ruiz met today with Velorian Foreign Minister Ben Holt, whom he welcomed to"
        " Northport for the"
        " Minister's first official visit."
    )
    assert event_location(opening, EventKind.MEETING) == "Northport"
    assert event_location(
        "Secretary Ruiz welcomed Foreign Minister Ben Holt to Paris today.", EventKind.MEETING
    ) == ("Paris")
    assert (
        event_location("Secretary Ruiz welcomed Foreign Minister Ben Holt to France.", EventKind.MEETING)
        is None
    )
    assert event_location("Secretary Ruiz welcomed the decision to hold talks.", EventKind.MEETING) is None


def test_a_copy_s_later_date_read_as_the_headline_yields_to_the_opening_s_today() -> None:
    """A store's stamp line with a copy's date taken for the headline, over the page's own date line and
    "met today": the page's own day, not the copy's."""
    page = (
        "date 2031-10-14 (WIRE) – 14 October 2031 You are subscribed to releases.\n\n"
        "10/13/2031 07:03 PM EDT\n\n"
        "Secretary Ruiz met today with Velorian Foreign Minister Ben Holt. The two discussed trade.\n\n"
        "The Secretary also underscored the importance of the partnership.\n"
    )
    readout = readoutlib.parse(page)
    assert readout.event.date == dt.date(2031, 10, 13)


def test_an_appositive_opening_with_a_people_s_word_gives_the_holder_s_state() -> None:
    """ "Ambassador Holt, U.S. Ambassador to Nepal": the United States' envoy, not the state he is posted to
    nor the one his caller's side is set against."""
    page = (
        "Readout of the President's call with Ambassador Holt\n\n"
        "Early Sunday afternoon, President Ruiz called Ambassador Holt, U.S. Ambassador to Nepal."
        " The President"
        " thanked Ambassador Holt for his work on the review of strategy toward Nepal, and reiterated the"
        " importance of working with our Nepali partners.\n"
    )
    countries = {p.name: p.country for p in readoutlib.parse(page).event.participants}
    assert countries["Holt"] == "US"
    sentence = "A call with Ambassador Holt. The President called Ambassador Holt, U.S. Ambassador to Nepal."
    assert list(_appositive_people(sentence, "Holt")) == ["US"]
    assert (
        list(_appositive_people("The President called Ambassador Holt, Ambassador to Nepal.", "Holt")) == []
    )


def test_a_list_s_next_item_or_a_credited_ministry_is_no_appositive() -> None:
    """ "A, B, South Korean Foreign Minister C": the people's word is the next item's; "Y, Turkmen Foreign
    Ministry reports": the ministry credited with the report, not Y's."""
    listed = "They met Ana Ruiz, South Korean Foreign Minister Ben Holt and others."
    assert list(_appositive_people(listed, "Ana Ruiz")) == []
    secretary = "They met Ana Ruiz, US Secretary of State Ben Holt and others."
    assert list(_appositive_people(secretary, "Ana Ruiz")) == []
    invited = "At the invitation of President Ana Ruiz, the Chilean Premier, Dr Ben Holt, went to Lima."
    assert list(_appositive_people(invited, "Ana Ruiz")) == []
    assert (
        list(_appositive_people("He spoke with Ben Holt, Turkmen Foreign Ministry reports.", "Ben Holt"))
        == []
    )


def test_co_chairs_set_off_by_their_ministries_people_s_words() -> None:
    """ "X, Secretary-General, French Ministry for …, and Y, Secretary, Australian Department of …": each
    of the state his own appositive names, not his neighbour's."""
    page = (
        "Officials of three states hold a dialogue\n\n"
        "New Delhi: The foreign secretaries of India, Australia and France held the first trilateral dialogue"
        " through video link.\n\n"
        "The meeting was co-chaired by Ravi Kumar Sethi, Foreign Secretary of India, Paul Marchand,"
        " Secretary-General, French Ministry for Europe and Foreign Affairs and Joan Whitby, Secretary,"
        " Australian Department of Foreign Affairs and Trade.\n"
    )
    countries = {p.name: p.country for p in readoutlib.parse(page).event.participants}
    assert countries.get("Paul Marchand") == "FR"
    assert countries.get("Joan Whitby") == "AU"


def test_a_lead_s_yesterday_before_the_opening_in_its_paragraph_dates_the_encounter() -> None:
    """ "Peru and Chile yesterday agreed to … The ties were discussed in a meeting between X and Y": the
    lead before the opening tells the same encounter's day."""
    page = (
        "FM, Chile minister express satisfaction on bilateral ties\n\n"
        "September 14, 2031\n\n"
        "LIMA  -   Peru and Chile yesterday agreed to strengthen the institutional coordination to"
        " further improve"
        " bilateral relations. The bilateral ties were discussed in a meeting between Interim"
        " Foreign Minister Ana"
        " Ruiz and Chile's Minister of State Lord Ben Holt, on the sidelines of the 10th Harbour Ministerial"
        " Meeting held at the Harbour Headquarters, the foreign ministry said. In the meeting, the two sides"
        " discussed in detail the bilateral relations.\n"
    )
    readout = readoutlib.parse(page)
    assert readout.event.date == dt.date(2031, 9, 13)


def test_the_ministry_a_report_is_credited_to_does_not_place_a_sidelines_meeting() -> None:
    """ "… on the margins of the ministers' meetings, according to the foreign ministry in Northport": the
    ministry's seat, not the gathering's city."""
    page = (
        "Top diplomats meet\n\n"
        "The top diplomats of three states held a trilateral meeting on the sidelines of a regional"
        " gathering on"
        " Friday.\n\n"
        "Vice Foreign Minister Ana Ruiz met with Chilean Foreign Minister Ben Holt and Peru's Foreign"
        " Minister Carl Berg on the margins of the ministers' meetings, according to the foreign ministry in"
        " Quito.\n"
    )
    assert readoutlib.parse(page).event.location is None
    sidelines = (
        "Ana Ruiz met Ben Holt on the sidelines of the Harbour Summit in Northport, the ministry said."
    )
    assert readoutlib.parse("Leaders meet\n\n" + sidelines + "\n").event.location == "Northport"
