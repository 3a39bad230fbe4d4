"""Dates as publishers print them, found in running text and header lines."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutlib.dates import find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On March 9, 2021, the minister spoke", dt.date(2021, 3, 9)),
        ("Sept. 4, 2019", dt.date(2019, 9, 4)),
        ("Thu. Jun 3rd, 2021", dt.date(2021, 6, 3)),
        ("on 14 February 2024 in Rome", dt.date(2024, 2, 14)),
        ("the 2nd of April, 2020", dt.date(2020, 4, 2)),
        ("9 October 201911:05", dt.date(2019, 10, 9)),
        ("2022-11-30 08:41", dt.date(2022, 11, 30)),
        ("07.05.2018", dt.date(2018, 5, 7)),
        ("2019年7月1日", dt.date(2019, 7, 1)),
        ("平成30年1月15日", dt.date(2018, 1, 15)),
        ("令和元年6月3日", dt.date(2019, 6, 3)),
        ("令和５年１０月２日", dt.date(2023, 10, 2)),
    ],
)
def test_parse_date_shapes(text: str, expected: dt.date) -> None:
    """Each printed shape gives its calendar date."""
    assert expected == parse_date(text)


@pytest.mark.parametrize("text", ["On Tuesday the ministers met", "on 31 February 2020", "in 1999 votes", ""])
def test_no_full_date(text: str) -> None:
    """Weekdays, impossible dates and bare years are not dates."""
    assert None is parse_date(text)


def test_day_and_month_without_year_is_kept_yearless() -> None:
    """'On May 4' is reported without a year: the caller decides, nothing is guessed."""
    found = list(find_dates("On May 4 the two ministers spoke."))
    expected = [(None, 5, 4)]
    assert expected == [(d.year, d.month, d.day) for d in found]


def test_dates_in_order_without_overlap() -> None:
    """Several dates come back in text order, each once."""
    text = "Published 2023-02-04 11:14. The call took place on February 3, 2023."
    expected = [dt.date(2023, 2, 4), dt.date(2023, 2, 3)]
    assert expected == [d.date for d in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("Lisbon, 05/03/2023 - 09:10", False, dt.date(2023, 3, 5)),
        ("Lisbon, 05/03/2023 - 09:10", True, dt.date(2023, 5, 3)),
        ("posted 27/11/2022", False, dt.date(2022, 11, 27)),
        ("posted 27/11/2022", True, dt.date(2022, 11, 27)),
        ("posted 11/27/2022", False, dt.date(2022, 11, 27)),
        ("1/2/2021", False, dt.date(2021, 2, 1)),
    ],
)
def test_slashed_dates_day_first_unless_told(text: str, month_first: bool, expected: dt.date) -> None:
    """DD/MM/YYYY is read day first by default, month first on request; a part above 12 decides alone."""
    assert expected == parse_date(text, month_first=month_first)


def test_slashed_date_with_two_parts_above_twelve_is_no_date() -> None:
    """'31/31/2020' is neither order, so it is not a date."""
    assert None is parse_date("31/31/2020")
