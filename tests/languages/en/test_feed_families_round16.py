"""Families of feed pages (issue #8, round 16: feeds-dev19, the pages the stop hook flags as doubtful
readouts), invented pages.

Each test is one family, written as a page of our own; the guards are pages that stay readouts.
"""

from __future__ import annotations

import pytest

from readoutlib.errors import NotAReadoutError
from tests.languages.en.layout_kit import state_page as _state
from tests.languages.en.layout_kit import white_house_page as _white_house

# --- "met every challenge": a life's account, no encounter ---------------------------------------------


def test_meeting_a_challenge_is_no_meeting() -> None:
    """'He met every new challenge with joy': a tribute's verb, not an encounter; a statement on a
    death is no readout."""
    with pytest.raises(NotAReadoutError):
        _white_house(
            "Statement from President Ruiz on the Passing of Tom Berg",
            "Tom Berg was a mayor, a senator and a friend. He took every chance to serve and met every new "
            "challenge with good humour, for his town and for the river valley.",
            "His legacy will live on in the harbour he rebuilt. Our thoughts are with his family.",
        )


def test_meeting_a_minister_stays_a_meeting() -> None:
    """Guard: 'met the Foreign Minister of Freedonia' is still the encounter."""
    readout = _state(
        "Secretary Ruiz's Meeting with Freedonian Foreign Minister Berg",
        "Secretary Ana Ruiz met Freedonian Foreign Minister Tom Berg today in Lakeport. They discussed the "
        "river treaty.",
    )
    assert readout.event.kind == "meeting"


# --- A body's session convened: the body's, not a readout ----------------------------------------------


def test_a_general_assembly_session_convened_is_no_readout() -> None:
    """'the Security Council convened an Emergency Special Session of the General Assembly': a UN body's
    session, the occasion of the President's statement on its vote."""
    with pytest.raises(NotAReadoutError):
        _white_house(
            "Statement by the President on the General Assembly Vote on the River Treaty",
            "Today the United Nations Security Council convened an Emergency Special Session of the General "
            "Assembly on the river crisis. An overwhelming majority of nations voted to protect the river.",
            "I welcome this vote. The world has spoken with one voice.",
        )


# --- A list of commitments announced at a conference --------------------------------------------------


def test_commitments_announced_at_a_conference_are_a_list() -> None:
    """'United States Announces Commitments at the Ninth Harbour Conference': the page is the list of
    pledges, whatever the conference 'brought together'."""
    with pytest.raises(NotAReadoutError):
        _state(
            "United States Announces Commitments at Ninth Harbour Conference",
            "The ninth Harbour Conference, hosted by Freedonia and the United States, brought together "
            "governments and non-state actors to make commitments to clean harbours.",
            "The United States announced 40 commitments worth $2 billion. Titles of commitments appear "
            "below.",
        )


# --- Press round-ups ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "ICYMI: Lakeport Leaders Visit White House, Meet With President Ruiz",
        "What They Are Reading in the States: President Ruiz Meets Mayors on the River Plan",
    ],
)
def test_a_press_round_up_is_no_readout(title: str) -> None:
    """'ICYMI: ...': the White House's round-up of press coverage, whatever meeting the coverage recalls
    (the 'What They Are Reading' case, refused before, is the guard that the two families agree)."""
    with pytest.raises(NotAReadoutError):
        _white_house(
            title,
            "Yesterday, President Ruiz met with nearly 50 mayors from Lakeport County at the White House to "
            "discuss the river plan.",
            "Lakeport Gazette: Mayors leave the White House hopeful.",
        )


# --- A headline's plural verb is no name ---------------------------------------------------------------


def test_a_co_host_verb_ends_a_headline_name() -> None:
    """'Secretary Ruiz and Secretary Berg Co-Host Harbour Ministerial Forum': 'Co-Host' is the headline's
    verb (plural subject), so no participant is named 'Berg Co-Host Harbour'."""
    readout = _state(
        "Secretary Ruiz and Secretary Berg Co-Host Harbour Ministerial Forum",
        "Secretary of State Ana Ruiz and Secretary of Trade Tom Berg co-hosted a Harbour Ministerial Forum "
        "July 3 with the foreign ministers of Freedonia and Sylvania.",
    )
    assert not any("Co-Host" in p.name for p in readout.event.participants)
