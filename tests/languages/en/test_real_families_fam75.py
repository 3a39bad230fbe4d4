"""Families of kinds on en-u..en-z (round 75 of issue #8), on invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_host_receiving_the_visitor_under_a_visit_headline_is_a_meeting() -> None:
    """'Freedonia's Minister Visits Sylvania' above 'President X received on Tuesday Freedonian Minister Y
    at the palace' reports the host's one reception of the visitor: a meeting, not the trip."""
    readout = _page(
        "Freedonia's Trade Minister Visits Sylvania",
        "PORT LUND - President Ana Ruiz received on Tuesday Freedonian Trade Minister Tomas Berg at the"
        " Lakeside palace, the Sylvanian presidency said.",
        "Officials gave no details of the hour-long discussion.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_visit_headline_over_the_visitor_s_trip_stays_a_visit() -> None:
    """The same headline above the visitor's own trip ('X arrived in Port Lund and was received by …')
    stays a visit."""
    readout = _page(
        "Freedonia's Trade Minister Visits Sylvania",
        "Freedonian Trade Minister Tomas Berg arrived in Port Lund on Tuesday for a three-day visit and met"
        " President Ana Ruiz, Prime Minister Lena Holm and the Speaker, Karl Dorn.",
        "The talks covered the harbour project.",
    )
    assert readout.event.kind is EventKind.VISIT
