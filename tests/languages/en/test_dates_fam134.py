"""Event dates (round 134 of issue #8), on invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutlib.languages.en.event import EventDate, event_date, event_dates

#: A Saturday: the page's date in the tests below.
_SATURDAY = dt.date(2031, 5, 17)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers met in Velmora ahead of the regional forum to take place on Monday May 19.",
        "The envoys talked in Strelsau before the summit scheduled for Tuesday, May 20.",
        "Ana Ruiz received Tomas Berg ahead of the third Forum of the Islands on Monday 19 May.",
    ],
)
def test_a_date_given_another_event_with_its_weekday_is_not_the_events(sentence: str) -> None:
    """A weekday between the words that give a date to another event and the date ("to take place on
    Monday May 19") leaves that date to the other event; the weekday is that event's too, so the page's
    own date dates the meeting."""
    assert event_dates(sentence) == []
    assert event_date(sentence, None, published=_SATURDAY) == EventDate(_SATURDAY, "published")


def test_the_events_own_weekday_still_dates_it() -> None:
    """ "met on Thursday" beside a gathering still to come on Monday: Thursday is the meeting's day."""
    sentence = "The ministers met on Thursday ahead of the forum to take place on Monday May 19."
    assert event_date(sentence, None, published=_SATURDAY) == EventDate(dt.date(2031, 5, 15), "relative")
