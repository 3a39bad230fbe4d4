"""Families of feed pages (issue #8, round 11: feeds-dev14's misses), invented pages.

Each test is one family the fourteenth development feed sample showed, written as a page of our own.
Labels and scope follow the convention the development samples state (an international organisation's
officer is another side; a government's own working group is one side).
"""

from __future__ import annotations

import readoutlib
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal

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


# --- A joint statement whose lead places its news at the group's numbered meeting in a city -----------------


def test_a_joint_statement_on_a_working_groups_inaugural_meeting_reports_it() -> None:
    """'X, Y and Z have launched a plan ... at the inaugural meeting of the Trilateral Harbour Working Group
    in Port Tan': the lead reports the group's round (a working group's convening: talks)."""
    readout = _analyze(
        "Joint Statement on the Freedonia-Sylvania-Ruritania Harbour Working Group",
        [
            "Office of the Spokesperson",
            "The following is the text of a joint statement by the Governments of Freedonia, Sylvania, and "
            "Ruritania.",
            "Begin Text:",
            "Freedonia, Sylvania, and Ruritania have launched a plan to share harbour data at the inaugural "
            "meeting of the Trilateral Harbour Working Group in Port Tan. The group was announced last year.",
        ],
    )
    assert readout.event.kind.value in ("talks", "meeting")


def test_a_statement_that_recalls_a_groups_first_meeting_is_no_readout() -> None:
    """A guard: a plan 'announced at the first meeting of the Working Group in Port Tan last year' recalls
    an earlier round; the statement reports none."""
    reason = _refusal(
        "Statement on Harbour Data",
        [
            "Office of the Spokesperson",
            "We welcome the harbour data plan, which Freedonia will fund next year. The plan was first "
            "announced at the first meeting of the Harbour Working Group in Port Tan in 2019.",
        ],
    )
    assert reason.startswith("not a readout")
