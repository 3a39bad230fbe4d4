"""Families of event date and place misses on en-aj..en-al (issue #8, fam125), on invented pages.

Each test is one construction, written in our own words; each was seen failing before its rule.
"""

from __future__ import annotations

import datetime as dt

from readoutlib.dates import url_year_month
from readoutlib.segment.datelines import date_line_date, strip_dateline
from tests.languages.en.layout_kit import text_page


def test_a_url_filed_by_month_gives_its_year_to_a_yearless_dateline() -> None:
    """A dateline "Port Avel, March 4, VNS – " under the URL "/2031/03/slug/": 4 March 2031."""
    readout = text_page(
        "By a staff writer, VNS",
        "Port Avel, March 4, VNS – Foreign Minister Ana Loret has paid a working visit to Ruritania to"
        " widen trade between the two countries.",
        "She held talks with President Ivo Brand of Ruritania.",
        url="https://news.example.org/2031/03/loret-pays-working-visit-to-ruritania/",
    )
    assert readout.event.date == dt.date(2031, 3, 4)


def test_a_yearless_dateline_keeps_its_wire_name() -> None:
    """The wire's name after a dateline's day and month ("Port Avel, March 4, VNS – ") is the dateline's."""
    found = strip_dateline("Port Avel, March 4, VNS – The minister met the envoy.")
    assert found is not None
    assert (found.place, found.day_month) == ("Port Avel", (3, 4))


def test_url_year_month_reads_a_month_folder_only() -> None:
    """A URL filed by year and month gives both; a whole date or an article number gives none."""
    expected = ((2031, 3), None, None, None)
    assert expected == (
        url_year_month("https://news.example.org/2031/03/some-slug/"),
        url_year_month("https://news.example.org/2031/03/04/some-slug/"),
        url_year_month("https://news.example.org/2031/48812/"),
        url_year_month("https://news.example.org/2031/14/some-slug/"),
    )


def test_a_month_folder_of_another_month_dates_nothing() -> None:
    """The guard: a dateline's "March 4" under a URL filed in May is left to other evidence."""
    readout = text_page(
        "By a staff writer, VNS",
        "Port Avel, March 4, VNS – Foreign Minister Ana Loret has paid a working visit to Ruritania to"
        " widen trade between the two countries.",
        "She held talks with President Ivo Brand of Ruritania.",
        url="https://news.example.org/2031/05/loret-pays-working-visit-to-ruritania/",
    )
    assert readout.event.date is None


def test_a_section_name_before_the_weekday_of_a_date_line() -> None:
    """A news site's section and weekday before its date line: "Velor Friday 14/March/2031 21:05 PM"."""
    expected = (dt.date(2031, 3, 14), None)
    assert expected == (
        date_line_date("Velor Friday 14/March/2031 21:05 PM"),
        date_line_date("The minister met Friday 14/March/2031"),
    )


def test_this_evening_resolves_against_a_sectioned_date_line() -> None:
    """A call "this evening" under the line "Velor Friday 14/March/2031" happened that day."""
    readout = text_page(
        "Sultan receives phone call from Ruritanian President",
        "Velor Friday 14/March/2031 21:05 PM",
        "Port Avel: The Sultan of Velor received a telephone call this evening from President Ivo Brand of"
        " Ruritania.",
        "The call dealt with trade between the two countries.",
    )
    assert readout.event.date == dt.date(2031, 3, 14)


def test_a_sentence_of_a_date_alone_dates_the_opening_before_it() -> None:
    """A sentence of a date alone after the opening ("… Y. On Thursday, March 13, 2031.") dates it."""
    readout = text_page(
        "Foreign Minister receives a phone call from Ruritanian counterpart",
        "Foreign Minister Ana Loret received a phone call from the Foreign Minister of Ruritania Ivo Brand."
        " On Thursday, March 13, 2031. During the call they discussed the coming trade fair.",
    )
    assert (readout.event.date, readout.event.date_basis) == (dt.date(2031, 3, 13), "text")


def test_a_date_inside_a_longer_sentence_after_the_opening_is_not_the_events() -> None:
    """The guard: a date in a sentence that says more ("The fair opens on …") dates nothing."""
    readout = text_page(
        "Foreign Minister receives a phone call from Ruritanian counterpart",
        "Foreign Minister Ana Loret received a phone call from the Foreign Minister of Ruritania Ivo Brand."
        " The trade fair opens on Thursday, March 13, 2031.",
    )
    assert readout.event.date != dt.date(2031, 3, 13)


def test_a_dateline_with_its_year_after_a_slash_and_a_glued_agency() -> None:
    """ "Port Avel, March 4/2031(VNS) " opens a wire report: its place and date are the dateline's."""
    found = strip_dateline("Port Avel, March 4/2031(VNS) Foreign Minister Ana Loret on Tuesday held talks.")
    assert found is not None
    assert (found.place, found.date) == ("Port Avel", dt.date(2031, 3, 4))


def test_a_place_line_over_a_date_line_opening_a_page_with_no_headline() -> None:
    """A page opening "Port Avel, Velor" over "March 4, 2031", then the report, was issued there."""
    readout = text_page(
        "Port Avel, Velor",
        "March 4, 2031",
        "",
        "The Prime Minister, Ana Loret, met with the President of Ruritania, Ivo Brand.",
        "",
        "The leaders discussed trade and the fisheries agreement.",
    )
    assert readout.event.location == "Port Avel"


def test_a_capital_after_a_stores_date_prefix_is_the_dateline() -> None:
    """A store's "date 2031-03-04" prefix glued to the page's place line "Lisbon": the report's place."""
    readout = text_page(
        " date 2031-03-04 Lisbon",
        "",
        "Vice Premier of Ruritania Ivo Brand Sunday called on Prime Minister Ana Loret at her office, where"
        " the two leaders held wide discussions on trade.",
        "",
        "The prime minister warmly welcomed the vice premier.",
    )
    assert readout.event.location == "Lisbon"


def test_dc_without_its_full_stops_stays_with_washington() -> None:
    """ "in Washington, DC." and "in Washington DC" keep the district as written, as "D.C." does."""
    readout = text_page(
        "Secretary General meets Deputy Minister of Ruritania",
        "May 13, 2031",
        "The Secretary General, Ana Loret, today met with the Deputy Minister of Ruritania, Ivo Brand, at the"
        " headquarters of the organisation in Washington, DC.",
        "The two discussed the coming General Assembly.",
    )
    assert readout.event.location == "Washington, DC"


def test_a_headline_visit_to_a_capital_places_the_meetings() -> None:
    """ "Secretary General visits Lisbon" over meetings the body does not place: in Lisbon."""
    readout = text_page(
        "Secretary General visits Lisbon",
        "13 Sep. 2031",
        "Secretary General Ana Loret met with Foreign Minister Ivo Brand and Defence Minister Piet Berg on"
        " Thursday to discuss the alliance's coming summit.",
        "They also discussed burden-sharing.",
    )
    assert readout.event.location == "Lisbon"


def test_a_meeting_on_a_day_of_a_visit_to_a_city_is_there() -> None:
    """ "On the second day of his visit to Lisbon, X had a meeting with Y": the meeting was in Lisbon."""
    readout = text_page(
        "Meeting with the Secretary General of the Organisation",
        "Thursday October 19th, 2031",
        "On the second and last day of his work visit to Lisbon, Secretary of State Ivo Brand had a meeting"
        " with Secretary General Ana Loret of the Organisation for Fisheries.",
        "The meeting covered the organisation's current work.",
    )
    assert readout.event.location == "Lisbon"


def test_a_year_naming_a_past_event_gives_no_year_to_a_weekday() -> None:
    """ "on Wednesday, 15 March" on a page whose only year names a war ("the spirit of the 1950
    Liberation War"): no year is the page's, and 1950 (when 15 March was a Wednesday) is not read."""
    readout = text_page(
        "President Ana Loret held talks with Ruritanian Prime Minister Ivo Brand in Velor on Wednesday, 15"
        " March. The two leaders reviewed their cooperation.",
        "",
        "A spokesperson said the two leaders also recalled the spirit of the 1950 Liberation War and hailed"
        " the joint celebration of Friendship Day.",
    )
    assert readout.event.date is None
