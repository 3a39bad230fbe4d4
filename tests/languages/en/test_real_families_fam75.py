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


def test_a_host_welcoming_a_guest_on_a_visit_told_in_a_relative_clause_is_a_meeting() -> None:
    """'President X welcomed in this capital President Y, who is on an official visit' reports the host's
    reception of the guest: the visit in the relative clause only sets the scene (a meeting)."""
    readout = _page(
        "Ana Ruiz Welcomes Freedonian President",
        "Port Lund, May 4. - President Ana Ruiz welcomed in this capital Freedonian President Tomas Berg,"
        " who is on an official visit.",
        "After the welcoming ceremony, both leaders reaffirmed the good state of bilateral relations.",
    )
    assert readout.event.kind is EventKind.MEETING
