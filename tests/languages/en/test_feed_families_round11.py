"""Families of feed pages (issue #8, round 11: feeds-dev14's misses), invented pages.

Each test is one family the fourteenth development feed sample showed, written as a page of our own.
Labels and scope follow the convention the development samples state (an international organisation's
officer is another side; a government's own working group is one side).
"""

from __future__ import annotations

import readoutlib
from tests.languages.en.layout_kit import analyze_parts as _analyze

# --- The OECD is an international organisation -----------------------------------------------------------


def test_a_meeting_with_the_oecd_secretary_general_is_diplomatic() -> None:
    """'met today with Organisation for Economic Co-operation and Development (OECD) Secretary General X'."""
    readout = _analyze(
        "Minister Ruiz's Meeting with OECD Secretary General Berg",
        [
            "Office of the Spokesperson",
            "Freedonian Foreign Minister Ana Ruiz met today with Organization for Economic Cooperation and "
            "Development (OECD) Secretary General Olaf Berg in Paris to discuss trade.",
        ],
    )
    expected = "diplomatic"
    assert expected == readout.event.scope


# --- Puerto Rico is a territory of the United States, no foreign side -------------------------------------


def _white_house(title: str, lead: str) -> readoutlib.Readout:
    page = f"{title}\n\n{lead}\n".encode()
    return readoutlib.parse(
        page, url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/01/x/"
    )


def test_a_white_house_working_group_on_puerto_rico_is_domestic() -> None:
    """Advisors who chaired 'the White House Working Group on Puerto Rico' are of the United States."""
    readout = _white_house(
        "Readout of the Second Meeting of the White House Working Group on Puerto Rico",
        "Today, Housing Advisor Ana Ruiz and Budget Director Olaf Berg chaired the second meeting of the "
        "White House Working Group on Puerto Rico to review the recovery of Puerto Rico's power grid. "
        "Participants discussed support for Puerto Rico's schools.",
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_a_call_with_a_caribbean_prime_minister_stays_diplomatic() -> None:
    """A guard: a neighbouring state's leader is another side."""
    readout = _white_house(
        "Readout of the Vice President's Call with Prime Minister Ana Ruiz of Jamaica",
        "The Vice President spoke today with Prime Minister Ana Ruiz of Jamaica about hurricane recovery "
        "in Jamaica and Puerto Rico.",
    )
    expected = "diplomatic"
    assert expected == readout.event.scope
