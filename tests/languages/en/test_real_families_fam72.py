"""Families of participant misses on en-x..en-z (round 72 of issue #8), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _names(readout: Readout) -> set[str]:
    return {p.name for p in readout.event.participants}


def test_a_host_and_a_visiting_guest_held_a_press_conference() -> None:
    """'X and visiting Norwegian Foreign Minister Y held a joint press conference': both are participants."""
    readout = _page(
        "Ruritania and Borduria foreign ministers meet",
        "Foreign Minister Ana Ruiz and visiting Norwegian Foreign Minister Tomas Berg held a joint press"
        " conference today, at the conclusion of their annual bilateral discussions.",
        "They answered questions about the harbour project.",
    )
    assert {"Ana Ruiz", "Tomas Berg"} <= _names(readout)
