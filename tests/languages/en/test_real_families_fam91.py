"""Refusals and kinds after the blind run of en-ad, en-ae and en-af (issue #8, round 91), invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_host_who_received_his_guests_in_his_office_reports_a_meeting() -> None:
    """A host "received in his office today Ambassador X" is the host's account of an audience, as "received
    in the Kremlin X" and "received here today X" are (it was refused: no past-tense report)."""
    readout = _page(
        "Foreign Minister receives the new envoys of Sylvania and Freedonia",
        "The Foreign Minister, Ambassador Tomas Berg, received in his office today Ambassador Ana Ruiz, the"
        " new ambassador of Sylvania, and Ambassador Karl Lund, the new ambassador of Freedonia.",
        "The Minister called for closer ties with both countries.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_host_who_received_a_guest_at_her_office_reports_a_meeting() -> None:
    """The same with "at her office" and no time."""
    readout = _page(
        "Speaker receives envoy",
        "Speaker Ana Ruiz received at her office Ambassador Karl Lund of Freedonia.",
        "The two discussed trade between their parliaments.",
    )
    assert readout.event.kind is EventKind.MEETING
