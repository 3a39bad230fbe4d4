"""Families of date and place misses on en-x..en-z (round 70 of issue #8), on invented text."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.dates import url_date
from readoutlib.languages.en.event import colon_dateline_place, event_location
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_title_after_a_city_ends_the_city() -> None:
    """'in Velor Acting Foreign Minister X held …': the city ends where the subject's title starts."""
    sentence = (
        "On May 3, 2031 in Velor Acting Foreign Minister of Ruritania Ana Ruiz held separate meetings with"
        " the Foreign Minister of Borduria, Tomas Berg."
    )
    assert event_location(sentence, EventKind.MEETING) == "Velor"


def test_a_guest_styled_by_demonym_and_title_is_no_place() -> None:
    """'visiting Chilean Foreign Minister Tomas Berg' is a person: no place at all."""
    sentence = "Foreign Minister Ana Ruiz and visiting Chilean Foreign Minister Tomas Berg held talks today."
    assert event_location(sentence, EventKind.TALKS) is None


def test_a_world_region_is_no_place_of_a_visit() -> None:
    """'a four-day visit to Polynesia' names a region, as 'Europe' does: no city."""
    sentence = "Minister Ana Ruiz arrived late Thursday night for her four-day visit to Polynesia."
    assert event_location(sentence, EventKind.VISIT) is None


def test_a_region_over_the_date_line_is_no_place() -> None:
    """A section name over the date line ('Africa' above 'May 3, 2031') is no dateline's city."""
    readout = _page(
        "Ruiz meets Berg",
        "Africa",
        "May 3, 2031",
        "On May 3, the meeting of Foreign Minister Ana Ruiz with the Minister of Foreign Affairs of"
        " Borduria Tomas Berg took place on the sidelines of the General Assembly.",
        "The ministers discussed the harbour project.",
    )
    assert readout.event.location is None


def test_a_capitals_dateline_closed_by_an_agency_and_an_underscore() -> None:
    """'DAMASCUS, (ST)_ President X received today …': the dateline's city is the place."""
    readout = _page(
        "President Ana Ruiz receives Bordurian delegation",
        "DAMASCUS, (ST)_ President Ana Ruiz received today a delegation from Borduria headed by Speaker"
        " Tomas Berg.",
        "The president stressed the importance of the harbour project.",
    )
    assert readout.event.location == "Damascus"


def test_a_capital_city_closed_by_a_colon_is_a_dateline() -> None:
    """'New Delhi: X met Y …' and 'Press Release – State House – Banjul: …': a capital in Title Case
    closed by a colon opens the story as a dateline; a label ('Source:') stays none."""
    assert colon_dateline_place("New Delhi: Minister Ana Ruiz met Tomas Berg today.") == "New Delhi"
    release = "Press Release – State House – Banjul: President Ana Ruiz received a delegation"
    assert colon_dateline_place(release) == "Banjul"
    assert colon_dateline_place("Source: Minister Ana Ruiz met Tomas Berg today.") is None
    assert colon_dateline_place("Highlights: Minister Ana Ruiz met Tomas Berg today.") is None


def test_a_lower_case_headquarters_and_its_city() -> None:
    """'at the UN headquarters, New York': the city after the venue is the place."""
    sentence = (
        "On Sept. 24, local time, Foreign Minister Ana Ruiz met with Tomas Berg"
        " at the UN headquarters, New York."
    )
    assert event_location(sentence, EventKind.MEETING) == "New York"


def test_a_url_with_year_and_month_then_day_dates_the_page() -> None:
    """'/2031-05/03/content_1.htm' (a year-month folder, then the day's) is the page's date, and 'in a
    telephone conversation Friday' the Friday before it."""
    assert url_date("https://news.example.org/world/2031-05/03/content_1234.htm") == dt.date(2031, 5, 3)
    readout = readoutlib.parse(
        "President Ana Ruiz and her Bordurian counterpart Tomas Berg discussed the harbour project in a"
        " telephone conversation Friday, according to both governments.\n",
        url="https://news.example.org/world/2031-05/03/content_1234.htm",
    )
    assert readout.event.date == dt.date(2031, 5, 2)


_CAPTIONED = (
    "Foreign Minister Ana Ruiz met her Bordurian counterpart, Tomas Berg. Both discussed the harbour plan.",
    "Ruiz said the two countries would keep talking.",
    "| Ruritania's Foreign Minister Ana Ruiz (R) meets with Borduria's Foreign Minister Tomas Berg (L) at the"
    " Foreign Ministry in Velor March 16, 2031. PHOTO AGENCY/Pool |",
)


def test_a_photo_caption_of_the_meeting_dates_and_places_it() -> None:
    """A photo caption that shows the meeting ('X (R) meets with Y (L) … in Velor March 16, 2031') gives its
    day and city where the body gives neither (the page's date is the next day's)."""
    readout = readoutlib.parse(
        "\n\n".join(_CAPTIONED) + "\n", url="https://news.example.org/20310317/1.shtml"
    )
    assert readout.event.date == dt.date(2031, 3, 16)
    assert readout.event.date_basis == "text"
    assert readout.event.location == "Velor"


def test_a_caption_of_an_older_event_dates_nothing() -> None:
    """A caption dated long before the page (a file photo) is another occasion: the page's date stands."""
    old = _CAPTIONED[2].replace("March 16, 2031", "March 16, 2029")
    readout = readoutlib.parse(
        "\n\n".join((*_CAPTIONED[:2], old)) + "\n", url="https://news.example.org/20310317/1.shtml"
    )
    assert readout.event.date == dt.date(2031, 3, 17)


def test_a_headline_date_after_the_page_date_is_not_the_event() -> None:
    """A site's language switcher glued to today's date ('English | Español Sunday, June 16, 2031') read as
    the headline dates no event reported on a page dated two years before: the body's 'this morning' does."""
    readout = _page(
        "English | Español Sunday, June 16, 2031",
        "Minister takes office",
        "Jul 29, 2029",
        "Soon after taking office this morning, Foreign Minister Ana Ruiz met the Bordurian Ambassador"
        " Tomas Berg.",
        "They discussed the harbour project.",
    )
    assert readout.event.date == dt.date(2029, 7, 29)
