"""Readout or not: look-alikes and headers that misled the genre stage (fam173, issue #8). Every page
here is written for the test, each case seen failing first on main 01c9553c."""

from __future__ import annotations

import readoutlib
from readoutlib.model import EventKind


def test_a_doubled_caption_under_the_headline_is_not_the_title() -> None:
    """A photo's text printed twice (its alt text, then its caption) under the headline is a caption:
    its 'press conference' does not make the page another kind."""
    page = (
        "Ruiz meets Velorian counterpart in Northport\n\n"
        "Published: 2021-03-04 10:00\n\n"
        "Eko Tan and Ana Ruiz during the press conference in Northport\n"
        "Eko Tan and Ana Ruiz during the press conference in Northport\n"
        "Staff Source\n\n"
        "Norland's Foreign Minister Ana Ruiz and her Velorian counterpart Eko Tan held a joint press "
        "conference on Thursday in Northport after their meeting, where they discussed trade.\n\n"
        "Ruiz said the two countries would open a new ferry line next year.\n"
    )
    readout = readoutlib.parse(page)
    assert readout.title == "Ruiz meets Velorian counterpart in Northport"
    assert readout.event.kind is EventKind.MEETING


def test_a_doubled_headline_alone_stays_the_title() -> None:
    """A headline printed twice at the top of the page, with nothing above it, is still the title."""
    page = (
        "Ruiz meets Velorian counterpart in Northport\n"
        "Ruiz meets Velorian counterpart in Northport\n\n"
        "Norland's Foreign Minister Ana Ruiz met her Velorian counterpart Eko Tan on Thursday in "
        "Northport, where they discussed trade.\n"
    )
    readout = readoutlib.parse(page)
    assert readout.title == "Ruiz meets Velorian counterpart in Northport"
