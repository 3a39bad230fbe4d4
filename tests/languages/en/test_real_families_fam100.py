"""Visit kinds left on en-ad and en-af after the blind measurement (issue #8, round 100), invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_headline_that_concludes_a_visit_names_the_trip() -> None:
    """A headline "X concludes Y visit" reports the trip as "concluded a working visit" does in an opening
    (docs/languages.md, "Kinds": a visit); the negotiations and meetings the lead lists were held during
    it (it was read as talks, the lead's first encounter)."""
    readout = _page(
        "Ruiz concludes Sylvania visit, heads to Freedonia",
        "On May 3, the state visit of the President of Ostland, Ana Ruiz, to Sylvania came to an end, and"
        " the President left for Freedonia.",
        "During the visit, the President held negotiations with the Prime Minister of Sylvania, Karl Lund."
        " She also met with the Speaker of Parliament, Tomas Berg.",
    )
    assert readout.event.kind is EventKind.VISIT


def test_a_headline_that_concludes_a_visit_with_a_meeting_keeps_the_meeting() -> None:
    """A headline visit closed by one encounter ("wraps up visit with meeting with Y") is that encounter,
    as in an opening."""
    readout = _page(
        "Ruiz wraps up Sylvania visit with meeting with Prime Minister Lund",
        "President Ana Ruiz met Prime Minister Karl Lund in Port Ruiz on Friday.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_visit_paid_to_take_part_in_a_meeting_reports_the_meeting() -> None:
    """A visit the opening pays "for participation in a meeting of …" (or "to take part in" one) was made
    for that meeting: the meeting is the event, as a delegation led "to take part in" a round is that round
    (kind_visits; it was read as the visit)."""
    readout = _page(
        "Ostland's Foreign Minister Ana Ruiz paid a working visit to Sylvania on May 3-4 for participation in"
        " a meeting of the regional foreign ministers that took place in the resort town of Port Ruiz.",
        "The ministers exchanged views on cooperation in trade and transport.",
    )
    assert readout.event.kind is EventKind.MEETING
