"""Families of feed pages (issue #8, feeds-dev25's misses), invented pages.

feeds-dev25 (200 White House briefing-room pages, labelled blind) showed openings that name the video channel
on the event's noun or on the verb of joining ("during a virtual event", "hosted a virtual discussion",
"virtually joined"): the kind is a video call, as "a virtual meeting" and "met virtually" already are.
"""

from __future__ import annotations

import pytest

import readoutlib


def _briefing(title: str, *paragraphs: str) -> readoutlib.Readout:
    """A White House briefing-room text page: its title, then the paragraphs."""
    page = "\n\n".join((title, *paragraphs)) + "\n"
    return readoutlib.parse(page.encode(), url="https://www.whitehouse.gov/briefing-room/invented-page/")


@pytest.mark.parametrize(
    "opening",
    [
        "Today, President Ana Ruiz joined Secretary of Trade Eko Tan during a virtual event with "
        "Prime Minister Lars Berg of Sylvania and ministers from the harbour states.",
        "Yesterday, Secretary of Trade Eko Tan hosted a virtual discussion with Prime Minister "
        "Lars Berg of Sylvania on the harbour agreement.",
        "President Ana Ruiz today virtually joined Prime Minister Lars Berg of Sylvania and "
        "the leaders of the harbour states during the annual Harbour Summit.",
        "Secretary of Trade Eko Tan joined virtually a meeting of Prime Minister Lars Berg of "
        "Sylvania with the harbour states' ministers.",
    ],
)
def test_a_channel_on_the_event_noun_or_the_joining_verb_is_a_video_call(opening: str) -> None:
    """'during a virtual event with', 'hosted a virtual discussion with', 'virtually joined': the channel."""
    readout = _briefing(
        "Readout of the Harbour Leaders' Engagement",
        opening,
        "They discussed the harbour agreement and the shipping season. Prime Minister Berg thanked the "
        "President for the invitation.",
    )
    expected = "video_call"
    assert expected == readout.event.kind.value


def test_a_virtual_tour_is_not_a_channel_of_talks_in_person() -> None:
    """A meeting in person that mentions a virtual exhibit elsewhere stays a meeting."""
    readout = _briefing(
        "Readout of President Ruiz's Meeting with Prime Minister Berg of Sylvania",
        "President Ana Ruiz met today with Prime Minister Lars Berg of Sylvania at the White House.",
        "They discussed the harbour agreement. The Prime Minister later opened a virtual exhibit of harbour "
        "maps at the embassy.",
    )
    expected = "meeting"
    assert expected == readout.event.kind.value
