"""Readout or not: look-alikes and headers that misled the genre stage (fam173, issue #8). Every page
here is written for the test, each case seen failing first on main 01c9553c."""

from __future__ import annotations

import pytest

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


def _refused(page: str) -> str:
    with pytest.raises(readoutlib.NotAReadoutError) as caught:
        readoutlib.parse(page)
    return str(caught.value)


@pytest.mark.parametrize(
    "title",
    [
        "Queen receives credentials of foreign ambassadors",
        "Emir receives new envoys’ credentials",
        "President accepts letters of credence from 14 newly arrived ambassadors",
    ],
)
def test_a_credentials_ceremony_for_a_group_of_envoys_is_not_a_readout(title: str) -> None:
    """Credentials received from envoys named only as a group in the title: a ceremony, though the
    body tells the head's words to each envoy in turn."""
    page = (
        f"{title}\n\n"
        "Norland's Queen Lia received on Monday copies of the credentials of the new ambassadors of "
        "Velor, Osterland and Sylvania.\n\n"
        "Velorian Ambassador Eko Tan and Osterlandic Ambassador Jon Berg met separately with the Queen.\n\n"
        "In her meeting with the Velorian ambassador, the Queen said ties were strong.\n"
    )
    assert "another kind of page" in _refused(page)


def test_credentials_of_envoys_named_by_country_stay_a_meeting() -> None:
    """Envoys named by their states in the title are an audience with each: the meeting stays."""
    page = (
        "Minister receives credentials of Ambassadors of Velor and Osterland\n\n"
        "The Foreign Minister of Norland, Ana Ruiz, received in her office today Ambassador Eko Tan, the "
        "new ambassador of Velor, and Ambassador Jon Berg, the new ambassador of Osterland.\n\n"
        "The Minister called for closer trade with both countries.\n"
    )
    assert readoutlib.parse(page).event.kind is EventKind.MEETING


@pytest.mark.parametrize(
    "due", ["is due to arrive in", "is expected to arrive at", "are scheduled to arrive in"]
)
def test_an_arrival_due_for_a_visit_announces_it(due: str) -> None:
    """A visitor due to arrive for a visit, a past visit of the host's told only as background: the
    page announces the visit, it reports none."""
    page = (
        "Velorian President for state visit this week\n\n"
        f"Velor's President Eko Tan {due} Northport on Tuesday for a three-day official visit, the "
        "Ministry of Foreign Affairs has announced.\n\n"
        "The visit is at the invitation of President Ana Ruiz, who visited Velor last May, when the two "
        "presidents launched a joint trade council.\n\n"
        "Ruiz and Tan will review the council's work on ports and farming.\n"
    )
    if due.startswith("are"):
        page = page.replace("Velor's President Eko Tan", "Velor's President Eko Tan and his ministers")
    assert "future" in _refused(page)
