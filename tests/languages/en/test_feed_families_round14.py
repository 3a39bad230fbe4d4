"""Families of feed pages (issue #8, round 14: feeds-dev17's misses), invented pages.

Each test is one family the seventeenth development feed sample (115 White House feed pages, 85 Kremlin
Russian pages) showed, written as a page of our own. Labels, kinds and scope follow the convention the
development samples state (feeds/README's "Headline against lead").
"""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError


def _white_house(title: str, *paragraphs: str) -> readoutlib.Readout:
    page = "\n\n".join((title, *paragraphs)) + "\n"
    return readoutlib.parse(
        page.encode(), url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/01/x/"
    )


# --- A headline's virtual meetings, in the plural ---------------------------------------------------------


def test_virtual_meetings_in_the_plural_are_video_calls() -> None:
    """'Readout of the President's Virtual Meetings with Grocers and Bakers' over a lead that only 'spoke
    with' them: the headline's channel decides where the lead names none, plural or not."""
    readout = _white_house(
        "Readout of President Ruiz’s Virtual Meetings with Grocers and Bakers",
        "Today, President Ana Ruiz spoke with the leadership of two grocery chains and three bakeries to "
        "hear how they are keeping bread on the shelves during the flour shortage.",
        "The President thanked them for their work.",
    )
    assert readout.event.kind.value == "video_call"
    assert readout.event.scope == "domestic"


# --- A group of other states' leaders named by their grouping or region -----------------------------------


def test_a_meeting_with_a_groupings_leaders_is_diplomatic() -> None:
    """'on President Ruiz's Meeting with G20 Leaders' / 'The President and G20 Leaders reaffirmed':
    the other side is the grouping's other states, though no country is named."""
    readout = _white_house(
        "Statement by Press Secretary Eko Tan on President Ruiz’s Meeting with G20 Leaders",
        "The President and G20 Leaders reaffirmed their resolve to keep grain moving through the "
        "harbours and agreed to coordinate their relief for the flooded provinces.",
    )
    assert readout.event.scope == "diplomatic"


def test_a_call_with_leaders_representing_a_regions_nations_is_diplomatic() -> None:
    """'met virtually today with 12 leaders representing Pacific Island nations': the leaders of other
    states, named by their region."""
    readout = _white_house(
        "Readout of Vice President Ruiz’s Meeting with Island Leaders",
        "Vice President Ana Ruiz met virtually today with 12 leaders representing Pacific Island nations "
        "and underscored the importance of the partnership on fisheries.",
    )
    assert readout.event.scope == "diplomatic"


def test_community_leaders_named_by_a_heritage_stay_domestic() -> None:
    """A guard: 'Meeting with African American Leaders' and 'ahead of the G20 leaders' summit' name no
    other state's side."""
    readout = _white_house(
        "Readout of White House Meeting with African American Leaders",
        "Today, senior White House officials met with African American faith and civic leaders to "
        "discuss voting access, ahead of the G20 leaders’ summit next month.",
    )
    assert readout.event.scope == "domestic"


# --- Two leaders' joint statement told in their own voice ---------------------------------------------------


def test_two_leaders_joint_statement_opening_we_met_today_is_a_meeting() -> None:
    """'Joint Statement by President X of A and President Y of B' whose lead says 'We met today to
    mark ...': the two signatories report their own meeting (feeds/README's joint statement line)."""
    readout = _white_house(
        "Joint Statement by President Ana Ruiz of Chile and President Omar Haddad of the Republic of "
        "Ghana on the Harbour Partnership",
        "We met today to mark a century of relations between our two countries and to set out our "
        "vision for the harbour partnership.",
        "We agreed to expand cooperation on shipping safety and customs.",
    )
    assert readout.event.kind.value == "meeting"
    assert readout.event.scope == "diplomatic"


def test_a_groupings_joint_statement_told_by_we_the_leaders_stays_refused() -> None:
    """A guard: 'We, the Leaders of the G20, met today ...' under a grouping's joint statement is their
    declaration (feeds-dev12's line), not a readout."""
    with pytest.raises(NotAReadoutError):
        _white_house(
            "Joint Statement of the G20 Leaders on the Harbour Crisis",
            "We, the Leaders of the G20, met today to discuss the harbour crisis. We condemn the "
            "blockade and will keep the sea lanes open.",
        )
