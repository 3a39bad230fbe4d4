"""Place families of task fam107 (issue #8, en-ag..en-ai after their blind run), each on invented text seen
failing first on main 583cb3e4."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutlib.languages.en.event import event_date, event_location
from readoutlib.model import EventKind
from readoutlib.segment.datelines import (
    date_line_place,
    strip_dateline,
    yearless_date_line,
    yearless_line_place,
)
from tests.languages.en.layout_kit import text_page


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a wire's stamp above the lead: the city, perhaps its country, a day and a month (en-ai: AZERTAC,
        # Trend, Andina)
        ("Tbilisi, May 4, NEWSWIRE", "Tbilisi"),
        ("Tbilisi, Georgia, Jun. 2", "Tbilisi, Georgia"),
        ("09:15 | Quito (Ecuador), Nov. 21.", "Quito"),
        ("18:40 | Quito, Mar. 3.", "Quito"),
        # a weekday, an issuer or a date alone names no place
        ("Tuesday, March 16", None),
        ("Doha - Information Office - March 16", None),
        ("March 16", None),
        # a sentence that ends with a day is no stamp
        ("The ministers will meet in Quito on Nov. 21.", None),
    ],
)
def test_the_city_of_a_yearless_stamp(line: str, expected: str | None) -> None:
    """A yearless date line opening with a city tells where the report was written."""
    assert expected == yearless_line_place(line)


def test_a_stamp_with_a_bracketed_country_or_an_agency_is_still_a_yearless_date_line() -> None:
    assert yearless_date_line("09:15 | Quito (Ecuador), Nov. 21.") == (11, 21)
    assert yearless_date_line("Tbilisi, May 4, NEWSWIRE") == (5, 4)


def test_a_site_name_before_its_weekday_is_no_place() -> None:
    """'The Daily Example Monday, 16 May 2005' is a site's date line: the site's name is no city."""
    assert date_line_place("Lindoro Herald Monday, 16 May 2005, 00:00 Last update: today") is None
    assert date_line_place("Lindoro, 16 May 2005") == "Lindoro"


def test_a_yearless_stamp_over_the_lead_places_a_meeting() -> None:
    readout = text_page(
        "President receives the Velorian defence minister",
        "",
        "Tbilisi, May 4, NEWSWIRE",
        "",
        "President Ana Ruiz has received Minister of Defence of Velor Eko Tan.",
        "",
        "The two discussed cooperation in the defence sphere, the President said.",
    )
    assert readout.event.location == "Tbilisi"


@pytest.mark.parametrize(
    ("sentence", "dateline", "expected"),
    [
        # the guest came to the host: the meeting was in the capital the release was written in (en-ai:
        # MIA, Khovar)
        (
            "Prime Minister Ana Ruiz met Wednesday with Foreign Minister Eko Tan, who is beginning his "
            "official visit to Georgia tomorrow.",
            "Tbilisi",
            "Tbilisi",
        ),
        (
            "President Ana Ruiz met with President Eko Tan, who visited Georgia to attend the forum.",
            "TBILISI",
            "Tbilisi",
        ),
        # the principal went abroad: a home dateline is no place of the meeting
        (
            "President Ana Ruiz met with President Eko Tan, who visited Georgia to attend the forum.",
            "Yerevan",
            None,
        ),
        ("Foreign Minister Ana Ruiz, on a visit to Armenia, met Eko Tan.", "Tbilisi", None),
        # the dateline names its country after the city: an event told in that country was in that city
        # (en-ag, a wire's "THIMPU, Bhutan, Feb. 6 (UPI) --")
        (
            "The two foreign secretaries met Sunday in Georgia, seeking to resume talks.",
            "BATUMI, Georgia",
            "Batumi",
        ),
        (
            "The two foreign secretaries met Sunday in Armenia, seeking to resume talks.",
            "BATUMI, Georgia",
            None,
        ),
    ],
)
def test_a_guests_visit_to_the_datelines_country(sentence: str, dateline: str, expected: str | None) -> None:
    assert expected == event_location(sentence, EventKind.MEETING, dateline=dateline)


def test_a_hyphenated_article_stays_in_the_place() -> None:
    """'Sharm el-Sheikh' is one place, not 'Sharm'."""
    sentence = "The two delegations met in the coastal town of Ras el-Amara on Tuesday."
    assert event_location(sentence, EventKind.MEETING) == "Ras el-Amara"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a country's "the" after the city (en-ag: a UN readout's date line)
        ("Lindoro, the Velor Islands, 28 August 2013", "Lindoro, the Velor Islands"),
        ("The Hague, the Netherlands, 3 May 2020", "The Hague, the Netherlands"),
        # a clause with "the" in it stays no place
        ("Meeting of the Council, 28 August 2013", None),
    ],
)
def test_a_countrys_article_in_a_date_lines_place(line: str, expected: str | None) -> None:
    assert expected == date_line_place(line)


def test_a_day_and_month_before_a_dash_is_the_releases_day() -> None:
    """'Dec. 7 - … met … on Dec. 6': the stamp is the day written, the event's day is the later one."""
    found = strip_dateline("Dec. 7 - Minister Ana Ruiz and Minister Eko Tan met in Lindoro on Dec. 6.")
    assert found is not None
    assert (found.place, found.date, found.day_month) == (None, None, (12, 7))
    assert strip_dateline("Monday 5 - The ministers met.") is None


def test_a_stamped_lead_is_dated_by_its_own_day() -> None:
    readout = text_page(
        "Velor and Norland release a joint statement",
        "",
        "Dec. 7 - Minister for Foreign Affairs of Velor Ana Ruiz and Minister for Foreign Affairs of "
        "Norland Eko Tan met in Lindoro on Dec. 6 for a ministerial meeting.",
        "",
        "The Ministers agreed to deepen their cooperation.",
        url="https://example.org/e/p/2010/tp-20101207-02.html",
    )
    assert readout.event.date == dt.date(2010, 12, 6)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the weekday right after the verb is the event's; the guest's earlier day in a clause is not
        (
            "Premier Ana Ruiz met here Sunday afternoon with Prime Minister Eko Tan, who attended the "
            "opening ceremony on Friday night.",
            dt.date(2008, 8, 10),
        ),
        ("Premier Ana Ruiz met Prime Minister Eko Tan on Friday.", dt.date(2008, 8, 8)),
        # a weekday of the account is none
        ("The ministry said Sunday that Ana Ruiz met Eko Tan on Friday.", dt.date(2008, 8, 8)),
    ],
)
def test_the_first_weekday_of_the_event(sentence: str, expected: dt.date) -> None:
    assert event_date(sentence, None, published=dt.date(2008, 8, 11)).date == expected


def test_a_place_signed_over_the_closing_date_places_the_meeting() -> None:
    """A release signed at its foot with its city over its date ('Lindoro' / '22 October,2015')."""
    readout = text_page(
        "Press Releases|",
        "",
        "Vice President Ana Ruiz hosted Prime Minister Eko Tan of Velor for breakfast today at her official "
        "residence. The Vice President commended the Prime Minister's efforts to reform the economy.",
        "",
        "Lindoro",
        "22 October,2015",
    )
    assert readout.event.location == "Lindoro"


@pytest.mark.parametrize(
    "sentence",
    [
        # a state's two-part name is a country, not the city of its first part (en-ai: DPI, T&T's ministry)
        "On the sidelines of the regional summit in Trinidad and Tobago, President Ana Ruiz met Eko Tan.",
        "Minister Ana Ruiz met Eko Tan during her official visit in Antigua and Barbuda on Monday.",
    ],
)
def test_a_two_part_states_name_is_no_city(sentence: str) -> None:
    assert event_location(sentence, EventKind.MEETING) is None
