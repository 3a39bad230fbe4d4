"""Families of issue #8 (round 113, feeds-dev24): "spoke with" at a place or an in-person event; the
Pope's country. Invented pages."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.model import EventKind

_URL = "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/05/02/x/"


def _parse(title: str, *paragraphs: str) -> readoutlib.model.Readout:
    return readoutlib.parse(("\n\n".join((title, *paragraphs)) + "\n").encode(), url=_URL)


@pytest.mark.parametrize(
    "opening",
    [
        "Today, the President spoke with some 40 mayors and county leaders from across the Lakes Region "
        "during the White House “Building the Lakes Region Together” event.",
        "On Tuesday evening, President Ana Ruiz spoke with leaders of the harbour workers' unions at the "
        "White House to thank them for their work.",
        "The Vice President spoke with farmers from the northern valleys at a roundtable on water prices.",
    ],
)
def test_spoke_with_at_a_place_or_an_in_person_event_is_a_meeting(opening: str) -> None:
    """'spoke with X during the White House ... event' or 'at the White House' names no channel and puts
    the two in one place: they met (feeds-dev24 White House 580, 1676 were read as calls)."""
    readout = _parse("Readout from the Lakes Region Forum", opening)
    assert readout.event.kind is EventKind.MEETING


@pytest.mark.parametrize(
    "opening",
    [
        "Today, President Ana Ruiz spoke with Prime Minister Eko Tan of Freedonia to discuss the harbour.",
        "President Ana Ruiz spoke by phone with Prime Minister Eko Tan of Freedonia at the White House "
        "request.",
        "President Ana Ruiz spoke with Prime Minister Eko Tan of Freedonia at length about the coming "
        "summit.",
    ],
)
def test_spoke_with_and_nothing_placing_them_together_stays_a_call(opening: str) -> None:
    """'spoke with' alone, or with a channel, is still a call; 'at length' or 'about the summit' places
    no one anywhere."""
    readout = _parse("Readout of President Ana Ruiz’s Call with Prime Minister Eko Tan", opening)
    assert readout.event.kind is EventKind.PHONE_CALL


@pytest.mark.parametrize("style", ["His Holiness Pope Clement", "the Holy Father, Pope Clement"])
def test_the_pope_is_of_the_holy_see_where_the_page_names_no_state(style: str) -> None:
    """The Pope heads the Holy See (VA): a call with him is diplomatic though the page never names the
    Holy See (feeds-dev24 White House 1396 was read as domestic)."""
    readout = _parse(
        "Readout of President Ana Ruiz’s Call with Pope Clement",
        f"Today, President Ana Ruiz spoke with {style} to discuss peace efforts around the world.",
        "The President thanked the Pope for his advocacy for those who suffer.",
    )
    countries = [p.country for p in readout.event.participants]
    assert (countries, readout.event.scope) == (["US", "VA"], "diplomatic")
