"""A state's capital opening the lead as its dateline (round 131 of issue #8), on invented text."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.languages.en.event import capital_dateline_place, event_location
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Lisbon, The Foreign Minister Ana Ruiz met today with the visiting envoy Tomas Berg.", "Lisbon"),
        ("Lisbon. The Foreign Minister Ana Ruiz received the envoy Tomas Berg on Monday.", "Lisbon"),
        ("Lisbon.- Foreign Minister Ana Ruiz on Sunday told envoy Tomas Berg of the plan.", "Lisbon"),
        ("Lisbon - Foreign Minister Ana Ruiz met envoy Tomas Berg.", "Lisbon"),
        ("Kuala lumpur: The Minister Ana Ruiz received envoy Tomas Berg.", "Kuala lumpur"),
    ],
)
def test_a_capital_closed_by_a_mark_is_the_dateline(lead: str, place: str) -> None:
    """A state's capital, a comma, a stop, a colon or a dash, then a capitalised word: a dateline."""
    assert capital_dateline_place(lead) == place


@pytest.mark.parametrize(
    "lead",
    [
        "Lisbon, Madrid and Rome signed the accord today.",  # a list of capitals is the subject
        "Lisbon, Portugal's partners met today.",  # a country after the comma: no dateline's place
        "Lisbon hosted the talks on Monday.",  # no mark after the city
        "Velmora, The Minister met the envoy.",  # no state's capital
        "Lisbon, which hosted the talks, welcomed the envoy.",  # a clause goes on in lower case
    ],
)
def test_no_dateline_without_a_capital_and_its_mark(lead: str) -> None:
    assert capital_dateline_place(lead) is None


def test_a_capital_dateline_places_the_meeting() -> None:
    readout = _page(
        "Minister meets visiting envoy",
        "Lisbon, Foreign Minister of Portugal Ana Ruiz met today with the Ambassador of Chile Tomas Berg,"
        " who is visiting the country.",
        "The two sides discussed trade and energy.",
    )
    assert readout.event.location == "Lisbon"


def test_a_capital_dateline_above_the_opening_places_it() -> None:
    """The dateline opens the first paragraph; the meeting is told in the second."""
    readout = _page(
        "Visas to be waived",
        "Lisbon.- Foreign Minister of Portugal Ana Ruiz on Sunday said visas for visitors from Chile would"
        " be waived.",
        "The announcement came after a meeting with the Foreign Minister of Chile, Tomas Berg, at the"
        " ministry.",
    )
    assert readout.event.location == "Lisbon"


def test_a_capital_and_a_source_over_the_story_place_it() -> None:
    """'Lisbon - Daily Courier' over the story: the line is a dateline, and places the audience."""
    readout = _page(
        "Lisbon - Daily Courier",
        "Prime Minister of Portugal Ana Ruiz today received the Ambassador of Chile Tomas Berg at the"
        " Belem Palace.",
        "The two sides discussed trade and energy.",
    )
    assert readout.event.location == "Lisbon"


def test_a_headline_telling_something_after_a_capital_is_no_place_line() -> None:
    readout = _page(
        "Lisbon - Prime Minister receives envoy of Chile",
        "Prime Minister of Portugal Ana Ruiz today received the Ambassador of Chile Tomas Berg at the"
        " Belem Palace.",
        "The two sides discussed trade and energy.",
    )
    assert readout.event.location is None


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "On May 3, Foreign Minister Ana Ruiz, who is participating in the Halifax Security Conference,"
            " met with the Minister of Defence of Chile Tomas Berg.",
            "Halifax",
        ),
        (
            "Foreign Minister Ana Ruiz met Tomas Berg, who came to attend the Lisbon Summit of the alliance.",
            "Lisbon",
        ),
        (
            "Foreign Minister Ana Ruiz met Tomas Berg, who came to attend the Global Ocean Summit.",
            None,
        ),
        (
            "Foreign Minister Ana Ruiz met Tomas Berg at the Pacific Islands Forum.",
            None,
        ),
    ],
)
def test_a_gathering_named_after_its_city_places_the_meeting(sentence: str, city: str | None) -> None:
    """'the Halifax Security Conference', 'the Lisbon Summit': the city the gathering is named after."""
    assert event_location(sentence, EventKind.MEETING) == city
