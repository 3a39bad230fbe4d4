"""Families of feed pages (issue #8, round 2: feeds-dev5 and the briefing-room bulk), on invented pages.

Each test is one family the development feed samples (or the unlabelled bulk pages read for them)
showed, written as a page of our own.
"""

from __future__ import annotations

import pytest

from readoutlib.adapter import Layout
from readoutlib.analysis import analyze
from readoutlib.analysis.profile import Profile
from readoutlib.errors import NotAReadoutError
from readoutlib.model import EventKind, Readout, Source


def _analyze(title: str | None, paragraphs: list[str]) -> Readout:
    """The Readout the analysis gives for a page of these layout parts."""
    return analyze(Layout(title, tuple(paragraphs)), source=Source(), profile=Profile())


def _refusal(title: str | None, paragraphs: list[str]) -> str:
    """The reason the analysis gives for refusing the page."""
    with pytest.raises(NotAReadoutError) as caught:
        _analyze(title, paragraphs)
    return caught.value.reason


@pytest.mark.parametrize(
    ("title", "opening", "kind"),
    [
        (
            "Readout of the Vice President’s Meeting with Harbour Mayors on Flood Defences",
            "Today, Vice President Ana Ruiz convened twelve mayors of the coastal cities to discuss flood "
            "defences.",
            EventKind.MEETING,
        ),
        (
            "Readout of the President’s Call with Prime Minister Eko Tan of Freedonia",
            "President Ana Ruiz and Prime Minister Eko Tan of Freedonia spoke today about the coming summit, "
            "which will be held in Port Ruiz next month.",
            EventKind.PHONE_CALL,
        ),
        (
            "Joint Readout of the Harbour Leaders Call",
            "Today the Harbour leaders – President Ana Ruiz of Freedonia and Prime Minister Eko Tan of "
            "Sylvania – reaffirmed their commitment to open sea lanes.",
            EventKind.PHONE_CALL,
        ),
    ],
)
def test_a_readout_title_over_a_past_opening_is_a_readout(title: str, opening: str, kind: EventKind) -> None:
    """A "Readout of ..." title is the genre's own word: an opening told in the past reports the event."""
    readout = _analyze(title, [opening, "They also discussed the harbour budget."])
    assert kind == readout.event.kind


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("Readout of the Vice President’s Travel to Port Ruiz", "The Vice President will travel to Port Ruiz."),
        (
            "Readout of the Adviser’s Participation at the Harbour Forum",
            "Today, Adviser Eko Tan delivered closing remarks at the Harbour Forum organised by Freedonia.",
        ),
    ],
)
def test_a_readout_title_needs_a_reported_encounter(title: str, opening: str) -> None:
    """Under a readout title, a trip still to come or remarks delivered is no report of an encounter."""
    with pytest.raises(NotAReadoutError):
        _analyze(title, [opening, "The forum closes tomorrow."])


@pytest.mark.parametrize(
    "opening",
    [
        "Yesterday, officials of the Harbour Council convened a listening session with dock workers.",
        "In his audience with Archbishop Eko Tan today, President Ana Ruiz thanked him for his work.",
        "Today, the Harbour Council was joined by President Ana Ruiz of Freedonia.",
    ],
)
def test_convenings_audiences_and_listening_sessions_are_meetings(opening: str) -> None:
    """A readout of people convened, an audience or a body joined by a leader names a meeting."""
    readout = _analyze("Readout of the Harbour Council Session", [opening, "They discussed the harbour budget."])
    assert EventKind.MEETING == readout.event.kind
