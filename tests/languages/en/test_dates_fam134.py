"""Event dates (round 134 of issue #8), on invented text."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutlib
from readoutlib.dates import find_dates
from readoutlib.languages.en.event import (
    EventDate,
    event_date,
    event_dates,
    weekday_in_lead,
    weekday_told_below,
)
from readoutlib.segment.datelines import split_glued_date
from readoutlib.segment.dump import _credit_date

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


@pytest.mark.parametrize(
    ("below", "expected"),
    [
        ("Ruiz, who is on a state visit, met Berg at the palace yesterday (16).", dt.date(2031, 5, 16)),
        ("Ruiz met Berg at the palace the day before yesterday.", dt.date(2031, 5, 15)),
        ("Upon his arrival on Thursday, Berg was received by Ruiz.", dt.date(2031, 5, 15)),
    ],
)
def test_the_event_told_again_below_with_yesterday(below: str, expected: dt.date) -> None:
    """An opening with no day of its own ("…, said Ana Ruiz when she met Tomas Berg") and the meeting
    told again below with "yesterday": the day before the page's date."""
    assert weekday_told_below([below], _SATURDAY) == EventDate(expected, "relative")


@pytest.mark.parametrize(
    "below",
    [
        "The ministry said yesterday that Ruiz met Berg.",  # the account's day
        "Berg arrived in the capital yesterday.",  # no encounter told
    ],
)
def test_yesterday_of_the_account_or_of_no_encounter_does_not_date_it(below: str) -> None:
    """ "said yesterday" is the day the account came out; a sentence telling no encounter dates none."""
    assert weekday_told_below([below], _SATURDAY) is None


@pytest.mark.parametrize("quote", ["’", "«"])
def test_a_store_date_glued_to_a_quotation_opened_by_another_mark_is_split(quote: str) -> None:
    """A store's date run into an opening quotation whose first mark is a closing single quote or a
    guillemet ("date 2031-05-17 ’We will help,’ said …") is the page's date line, apart from the text."""
    line = f"date 2031-05-17 {quote}We stand ready to help{quote}, said Ana Ruiz when she met Tomas Berg."
    assert split_glued_date(line) == ["date 2031-05-17", line[len("date 2031-05-17 ") :]]


def test_a_source_credit_closing_the_page_dates_it() -> None:
    """A page with no date line of its own, closed by its source's credit in brackets with the copy's
    date ("(Velmora News Agency May 8, 2031)"): "on Monday" resolves against that date."""
    readout = readoutlib.parse(
        "Velmoran President Ana Ruiz held a video call with Strelsau's Prime Minister Tomas Berg on Monday"
        " about the border, a spokesman said.\n\n"
        "During the call, the two leaders agreed to meet again in the spring, the spokesman said.\n\n"
        "(Velmora News Agency May 8, 2031)\n"
    )
    assert (readout.event.date, readout.event.date_basis) == (dt.date(2031, 5, 5), "relative")


@pytest.mark.parametrize(
    "line",
    [
        "(Velmora News Agency, May 8, 2031)",
        "(Velmora News Agency 8 May 2031)",
    ],
)
def test_a_credit_line_gives_its_date(line: str) -> None:
    """The credit's name, perhaps a comma, then a full date closing the bracket."""
    assert _credit_date(line) == dt.date(2031, 5, 8)


@pytest.mark.parametrize(
    "line",
    [
        "(the talks were held on May 8, 2031)",  # a sentence in brackets, no source's name
        "(Velmora News Agency May 8, 2031, updated May 9)",  # the date does not close the bracket
        "(Velmora News Agency May 8)",  # no year
    ],
)
def test_no_credit_date(line: str) -> None:
    """A bracket that is no source's credit ending in a full date gives none."""
    assert _credit_date(line) is None


def test_yesterday_in_the_lead_above_the_opening_dates_the_event() -> None:
    """A lead that tells the encounter "yesterday" above an opening with no day ("During the meeting,
    …"): the day before the page's date; "said yesterday" is the account's."""
    lead = "Envoy Tomas Berg called on Minister Ana Ruiz yesterday on the sidelines of the forum."
    assert weekday_in_lead(lead, _SATURDAY) == EventDate(dt.date(2031, 5, 16), "relative")
    assert weekday_in_lead("The ministry said yesterday that Berg had called on Ruiz.", _SATURDAY) is None


def test_a_day_in_brackets_after_its_month_is_a_date() -> None:
    """ "August (26)": the day written in brackets after its month, with no year."""
    found = list(find_dates("The envoy called on the Speaker, August (26)."))
    assert [(d.year, d.month, d.day) for d in found] == [(None, 8, 26)]
    assert event_date(
        "The envoy called on the Speaker, August (26).", None, published=dt.date(2031, 8, 28)
    ) == EventDate(dt.date(2031, 8, 26), "relative")
