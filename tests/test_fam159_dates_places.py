"""Dates and places of a readout read from its page (fam159, issue #8; each seen failing first on main
5ce5e5d5)."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.dates import url_date
from readoutlib.languages.en.event import arrived_in, capital_by_people, event_date, event_location
from readoutlib.model import EventKind
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


def test_an_address_filing_the_story_under_day_month_and_year_folders_dates_it() -> None:
    """ "/article/15/11/2017/slug": the day, the month and the year as three folders (the day first, as
    in "/15-11-2017/"); "yesterday" in the lead resolves against it."""
    assert url_date("https://news.example.org/article/15/11/2017/ministers-meet") == dt.date(2017, 11, 15)
    assert url_date("https://news.example.org/article/15/11/slug") is None
    when = event_date(
        "The Prime Minister met yesterday with the visiting Foreign Minister of Velor.",
        None,
        published=None,
        url="https://news.example.org/article/15/11/2017/ministers-meet",
    )
    assert (when.date, when.basis) == (dt.date(2017, 11, 14), "relative")


def test_the_day_leading_the_opening_beats_a_later_full_date_of_another_event() -> None:
    """ "On Friday, 29 November, X hosted Y … and invited them to the opening on 17 January 2014": the
    yearless day leading the sentence is the meeting's; the full date after it is the opening's."""
    sentence = (
        "On Friday, 29 November, Speaker Ana Ruiz hosted a meeting with Speaker Eko Tan and invited him "
        "to the festival's opening on 17 January 2014."
    )
    when = event_date(sentence, None, published=dt.date(2013, 11, 30))
    assert (when.date, when.basis) == (dt.date(2013, 11, 29), "relative")
    # a day and month opening the paragraph as its dateline leads nothing: the full date is the event's
    dated = event_date(
        "May 8: The consultations were held by video conference on 07 May 2021.", None, published=None
    )
    assert (dated.date, dated.basis) == (dt.date(2021, 5, 7), "text")
    # a full date leading the sentence is still the event's
    full = event_date("On 29 November 2013, Speaker Ana Ruiz met Speaker Eko Tan.", None, published=None)
    assert (full.date, full.basis) == (dt.date(2013, 11, 29), "text")


def test_a_day_and_month_after_a_page_date_glued_to_the_lead_is_dated_by_it() -> None:
    """ "March 31, 2021 (Wire)—On March 30 the leaders held …": the page's date run into the opening
    completes the day and month the report gives; it is not the event's day."""
    sentence = (
        "March 31 , 2021 (Wire)—On March 30 President Ana Ruiz and Chancellor Eko Tan held a video "
        "conference on the harbour treaty."
    )
    when = event_date(sentence, None, published=None)
    assert (when.date, when.basis) == (dt.date(2021, 3, 30), "relative")


def test_the_day_a_gathering_opened_is_not_the_encounter_s() -> None:
    """ "… on the sidelines of the conference, which kicked off yesterday": the conference's first day;
    the meeting, given no day of its own, takes the page's. "met yesterday" still dates it."""
    sentence = (
        "King Tomas met President Ana Ruiz on the sidelines of the Harbour Conference, which kicked off "
        "yesterday in Northport."
    )
    when = event_date(sentence, None, published=dt.date(2023, 12, 1))
    assert (when.date, when.basis) == (dt.date(2023, 12, 1), "published")
    met = event_date("King Tomas met President Ana Ruiz yesterday.", None, published=dt.date(2023, 12, 1))
    assert (met.date, met.basis) == (dt.date(2023, 11, 30), "relative")


def test_a_venue_named_as_a_camp_an_opera_or_a_theatre_is_no_city() -> None:
    """A compound or a hall is no city: "in Camp Redhill" under a "Northport:" dateline leaves the
    dateline's city; "in the National Opera" of another event places nothing."""
    camp = "Talks were held at the headquarters of the Ministry of Defence in Camp Redhill on Sunday."
    assert event_location(camp, EventKind.TALKS, dateline="Northport") == "Northport"
    opera = "Speaker Ana Ruiz hosted Speaker Eko Tan, who will attend the gala in the Norland National Opera."
    assert event_location(opera, EventKind.MEETING) is None


def test_a_capital_named_by_its_people_s_word_is_its_city() -> None:
    """ "met in the Iraqi capital on Sunday": the page's location is that state's capital where the page
    writes its name, as English writes it; a page that never names it has none."""
    page = (
        "Leaders gather for the Baghdad Trade Summit\n\n"
        "Three regional leaders met in the Iraqi capital on Sunday to discuss trade and security.\n\n"
        "President Ana Ruiz of Peru and King Eko Tan of Jordan were welcomed by President Lia Kovac.\n"
    )
    assert readoutlib.parse(page).event.location == "Baghdad"
    unnamed = page.replace("the Baghdad Trade Summit", "a trade summit")
    assert readoutlib.parse(unnamed).event.location is None
    assert capital_by_people("They met in the Iraqi capital on Sunday.", EventKind.MEETING) == "Baghdad"
    assert capital_by_people("They spoke by phone from the Iraqi capital.", EventKind.PHONE_CALL) is None


def test_a_principal_s_arrival_in_a_city_places_an_encounter_placed_nowhere_else() -> None:
    """ "The Leader received the Prime Minister on Thursday. … The Prime Minister arrived in Northport on
    Wednesday.": the meeting was held where the guest arrived. A country arrived in names no city."""
    page = (
        "Leader receives Velor's Prime Minister\n\n"
        "The Supreme Leader of Norland, Ana Ruiz, received the Prime Minister of Velor, Eko Tan, on "
        "Thursday.\n\n"
        "The two discussed trade and the harbour treaty.\n\n"
        "Tan and his Foreign Minister arrived in {where} on Wednesday.\n"
    )
    city = readoutlib.parse(page.format(where="Northport"), url="https://news.example.org/2019/06/13/a/")
    assert city.event.location == "Northport"
    country = readoutlib.parse(page.format(where="Peru"), url="https://news.example.org/2019/06/13/a/")
    assert country.event.location is None
    ended = arrived_in(["Tan arrived in Peru. At the talks, the two discussed trade."], EventKind.MEETING)
    assert ended is None
