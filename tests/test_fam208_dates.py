"""Event dates not found on development pages (fam208, issue #8; each seen failing first on main 7dee6b48)."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.dates import parse_date, url_date
from readoutlib.segment.datelines import date_line_date


def test_a_query_value_of_a_date_and_the_day_s_serial_number_dates_the_address() -> None:
    """ "?ud=20310926000169": eight figures of the date, then six of the day's article number (not a time of
    day: "000169" is none); as a query's whole value only."""
    assert url_date("https://news.example/view.php?mp=3&ud=20310926000169") == dt.date(2031, 9, 26)
    assert url_date("https://news.example/view.php?ud=20310926000169&np=2") == dt.date(2031, 9, 26)
    assert url_date("https://news.example/view.php?id=20311399000169") is None


def test_a_lowercase_section_code_before_a_date_and_time_stamp_dates_the_address() -> None:
    """ "/na20310304071026130": a section's code in lowercase, then the date, the time and a serial, as an
    agency's code in capitals ("/AEN2031…") already was."""
    assert url_date("https://news.example/national/slug-of-story/na20310304071026130") == dt.date(2031, 3, 4)


def test_a_byline_run_into_the_date_line_is_the_date_line_s_label() -> None:
    """ "Staff Writer Staff WriterApril 13, 2031": a text dump ran the byline into the date; the line is the
    page's date line. A headline glued to a date stays no date line."""
    assert parse_date("Desk Editor Desk EditorApril 13, 2031") == dt.date(2031, 4, 13)
    assert date_line_date("Desk Editor Desk EditorApril 13, 2031") == dt.date(2031, 4, 13)
    assert date_line_date("Minister Visits VeliaApril 13, 2031") is None
    assert parse_date("VeliaMay 5") is None


def test_earlier_today_resolves_against_a_byline_s_glued_date_line() -> None:
    """The page's only date is the byline's glued one; "earlier today" in the opening resolves against it."""
    page = (
        "Envoy calls on Foreign Minister\n\n"
        "Desk Editor Desk EditorApril 13, 2031\n\n"
        "Minister of Foreign Affairs of Velor, Ana Ruiz, earlier today met with the Ambassador of Northland,"
        " Ben Holt, during which they discussed regional security.\n\n"
        "The two also discussed trade between the two countries.\n"
    )
    readout = readoutlib.parse(page)
    assert readout.event.date == dt.date(2031, 4, 13)
