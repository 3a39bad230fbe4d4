"""A header date line with a label and a time before its date (fam96, issue #8; seen failing first on main
86ea1685)."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutlib
from readoutlib.segment.datelines import date_line_date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Update: 04:48, 14 March 2031 Friday", dt.date(2031, 3, 14)),
        ("Updated: 09:05, 14 March 2031", dt.date(2031, 3, 14)),
        # a sentence with a time in it is no date line
        ("Ministers met 04:48, 14 March 2031", None),
    ],
)
def test_a_label_and_a_time_before_the_date(line: str, expected: dt.date | None) -> None:
    """ "Update: 04:48, 21 January 2018" (en-ae, World Bulletin) is the page's date line, as "Update: 21
    January 2018" and "04:48, 21 January 2018" are."""
    assert expected == date_line_date(line)


def test_the_date_line_dates_a_weekday_of_the_body() -> None:
    """The page's date from that line resolves the body's "on Thursday" (the day before)."""
    page = (
        "Update: 04:48, 14 March 2031 Friday\n\n"
        "Velorian FM talks to his Norland counterpart on phone\n\n"
        "Velorian Foreign Minister Eko Tan on Thursday spoke with Norland Foreign Minister Ana Ruiz "
        "on the phone.\n\n"
        "The two ministers discussed the harbour treaty.\n"
    )
    assert readoutlib.parse(page).event.date == dt.date(2031, 3, 13)
