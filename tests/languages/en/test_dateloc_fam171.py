"""Dates, places and kinds after the blind run of en-av..en-ax (round 171 of issue #8), on invented text."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutlib
from readoutlib.languages.en.event import event_held_on_below
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


_THURSDAY = dt.date(2031, 3, 13)


@pytest.mark.parametrize(
    ("paragraph", "day"),
    [
        ("The meeting held on Monday centred on trade in grain.", 10),
        ("The Vice President held the meeting on Wednesday as the region's envoy.", 12),
        ("During the talks, which took place in Velmora on Tuesday, they agreed on a dialogue.", 11),
        ("Their bilateral talks were held last Monday at the ministry.", 10),
    ],
)
def test_the_event_named_again_with_its_weekday(paragraph: str, day: int) -> None:
    found = event_held_on_below(("The two sides spoke of trade.", paragraph), _THURSDAY)
    assert found is not None
    assert found.date == dt.date(2031, 3, day)
    assert found.basis == "relative"


@pytest.mark.parametrize(
    "paragraph",
    [
        "A summit was held on Monday in the capital.",  # another gathering, not the event named again
        "The ministry said on Monday that the meeting went well.",  # the account's day
        "Last week, he held meetings with three heads of state.",  # no weekday
    ],
)
def test_no_weekday_of_the_event_named_again(paragraph: str) -> None:
    assert event_held_on_below((paragraph,), _THURSDAY) is None


def test_a_meeting_dated_again_three_paragraphs_down() -> None:
    readout = _page(
        "Envoy concludes meeting on the river accord",
        "Thursday, March 13, 2031",
        "Vice President Arno Velt has held a meeting with President Dara Osk of Ruritania at the state"
        " guesthouse in Northtown.",
        "The meeting reviewed progress on the river accord.",
        "The two leaders further discussed the transitional government.",
        "The Vice President held the meeting on Tuesday in his role as special envoy.",
    )
    assert readout.event.date == dt.date(2031, 3, 11)
    assert readout.event.date_basis == "relative"
