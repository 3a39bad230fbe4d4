"""Kinds after the conventions settled in round 87 of issue #8, on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_meeting_told_only_as_the_cause_yields_to_the_call_the_next_sentence_reports() -> None:
    """A news lead whose only encounter is the earlier one behind a quarrel ("… accused X of meddling
    after he met with opposition leaders") reports no meeting: the call the next sentence tells is the
    event (it was read as a meeting)."""
    readout = _page(
        "PORT TAN (Wire) - The leaders of Sylvania and Freedonia have moved to calm a quarrel after"
        " officials in Freedonia accused President Tomas Berg of interfering in its affairs after he met"
        " with Freedonian opposition figures.",
        "Berg and Freedonian President Ana Ruiz held a call on Monday, saying the two neighbours would"
        " work together against the drought.",
        "On the 30-minute call, Berg told Ruiz that the region must stand together.",
    )
    assert readout.event.kind is EventKind.PHONE_CALL


def test_a_meeting_told_after_its_report_stays_a_meeting() -> None:
    """A report "X said after he met Y" tells that meeting when nothing after it names another channel."""
    readout = _page(
        "PORT TAN (Wire) - President Tomas Berg said on Monday after he met with Freedonian President"
        " Ana Ruiz that the two neighbours would work together against the drought.",
        "Berg told reporters that the region must stand together.",
    )
    assert readout.event.kind is EventKind.MEETING
