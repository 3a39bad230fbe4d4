"""Header and footer date lines and place lines of the newest dev sets' misses (#8, fam51), on invented
page text."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutlib.segment import split_text_dump
from readoutlib.segment.datelines import date_line_date, date_line_place, strip_dateline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("April 15, 2031, Port Avel", "Port Avel"),
        ("15 April 2031, Harbour City", "Harbour City"),
        ("April 15, 2031, Friday", None),
        ("April 15, 2031, 10:30", None),
        ("Talks with the Prime Minister, April 15, 2031, Port Avel", None),
    ],
)
def test_a_place_after_the_date_and_a_comma_is_the_date_lines_place(line: str, expected: str | None) -> None:
    """ "April 15, 2031, Port Avel" (a presidency's date line with the city of the event): the place after
    the date; a weekday or a time there is none."""
    assert date_line_place(line) == expected


def test_a_place_line_between_the_headline_and_the_date_line_is_the_pages_place() -> None:
    """The headline, then a place alone, then the date line: the dateline split over two lines below the
    headline, as above it."""
    lines = [
        "Foreign Ministers of Velor, Marland and Ruritania Meet",
        "New Avel",
        "Wednesday, September 26, 2031",
        "Foreign Ministers of Velor, Marland and Ruritania today continued their talks.",
        "The meeting was held at the Mission of Velor.",
    ]
    dump = split_text_dump(lines)
    assert (dump.title, dump.published, dump.place) == (lines[0], dt.date(2031, 9, 26), "New Avel")


def test_a_desk_byline_before_the_date_labels_a_date_line() -> None:
    """ "Recorder Report 22 Apr, 2031", "Staff Report 22 April 2031": a newspaper desk's byline before the
    date is a date line's label."""
    assert date_line_date("Recorder Report 22 Apr, 2031") == dt.date(2031, 4, 22)
    assert date_line_date("Web Desk 22 April 2031") == dt.date(2031, 4, 22)


def test_a_comment_section_under_a_signed_date_ends_the_page() -> None:
    """ "There are no comments for this article." under the report's "Posted 27th January 2031": the
    comment section is the site's; the posted date above it dates the page."""
    lines = [
        "Presidents Brand and Loret hold talks in Port Avel",
        "President Ivo Brand has met with President Ana Loret in Port Avel.",
        "The two presidents reviewed the bilateral relationship.",
        "• By Velor Magazine",
        "• Posted 27th January 2031",
        "There are no comments for this article.",
        "9 + 5 =",
    ]
    dump = split_text_dump(lines)
    assert (dump.published, dump.paragraphs) == (dt.date(2031, 1, 27), tuple(lines[1:3]))


def test_a_wire_dateline_closed_by_a_full_stop_and_a_dash_is_read() -> None:
    """ "Port Avel, Nov 27 (VNA).- President X met …": a wire service's dateline whose agency in brackets
    is closed by ".-"; its place and its day and month."""
    found = strip_dateline("Port Avel, Nov 27 (VNA).- President Ivo Brand met here Tuesday with Ana Loret.")
    assert found is not None
    assert (found.place, found.day_month) == ("Port Avel", (11, 27))
