"""Families of issue #8 (round 115): principals not found. Invented pages, written for the test."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.model import EventKind


def _parse(title: str, *paragraphs: str) -> readoutlib.model.Readout:
    return readoutlib.parse(("\n\n".join((title, *paragraphs)) + "\n").encode())


def _names(readout: readoutlib.model.Readout) -> list[str | None]:
    return [p.name for p in readout.event.participants]


@pytest.mark.parametrize(
    "opening",
    [
        "President Ivo Brand was warmly welcomed by Sylvanian President Ana Ruiz at the Harbour Palace.",
        "Prime Minister Ivo Brand was welcomed by Sylvanian President Ana Ruiz at her residence.",
        "President Ivo Brand was cordially greeted by Sylvanian President Ana Ruiz at the Harbour Palace.",
    ],
)
def test_a_guest_welcomed_by_a_titled_host_is_the_opening(opening: str) -> None:
    """ "X was (warmly) welcomed/greeted by <office> Y" tells the reception as the passive "was received
    by" does: both sides are principals and the event is a meeting."""
    readout = _parse(
        "Talks at the Harbour Palace", opening, "The two leaders discussed trade and the harbour."
    )
    assert readout.event.kind is EventKind.MEETING
    assert _names(readout) == ["Ivo Brand", "Ana Ruiz"]


def test_a_proposal_welcomed_by_a_minister_opens_nothing() -> None:
    """Only a person's office after "by": a plan welcomed by a body names no reception."""
    with pytest.raises(NotAReadoutError):
        _parse(
            "Harbour plan",
            "The harbour plan was welcomed by the Harbour Council of Sylvania last week.",
            "Work will start in the spring.",
        )
