"""Families of participant misses on en-x..en-z (round 72 of issue #8), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _names(readout: Readout) -> set[str]:
    return {p.name for p in readout.event.participants}


def test_the_meeting_of_a_minister_with_a_guest_took_place() -> None:
    """'the meeting of X with the Minister … of Norway Y took place': both sides are participants,
    though the headline names neither."""
    readout = _page(
        "Talks on the sidelines of the Assembly",
        "May 3, 2031",
        "On May 3, the meeting of Foreign Minister Ana Ruiz with the Minister of Foreign Affairs of"
        " Norway Tomas Berg took place on the sidelines of the General Assembly.",
        "The ministers discussed the harbour project.",
    )
    assert {"Ana Ruiz", "Tomas Berg"} <= _names(readout)


def test_a_host_and_a_visiting_guest_held_a_press_conference() -> None:
    """'X and visiting Norwegian Foreign Minister Y held a joint press conference': both are participants."""
    readout = _page(
        "Ruritania and Borduria foreign ministers meet",
        "Foreign Minister Ana Ruiz and visiting Norwegian Foreign Minister Tomas Berg held a joint press"
        " conference today, at the conclusion of their annual bilateral discussions.",
        "They answered questions about the harbour project.",
    )
    assert {"Ana Ruiz", "Tomas Berg"} <= _names(readout)
