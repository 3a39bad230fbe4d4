"""Scope of multilateral gatherings named by their format (issue #8, fam112), invented pages.

A ministerial, a Ministers' Meeting, a Senior Officials Meeting, a grouping's summit named by its
abbreviation, an expanded format's meeting ("X+ meeting") or a grouping's states' ambassadors are other
states' sides even where the only principal read is of the publisher's country: the readout is
diplomatic. One government's own inter-ministerial meeting, Cabinet of Ministers' meeting or CEO summit
stays domestic.
"""

from __future__ import annotations

import pytest

from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import state_page


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        (
            "Secretary Ruiz’s Participation in the Harbour Partnership Ministerial",
            "On May 3, Secretary Ruiz co-hosted the third Harbour Partnership ministerial.",
        ),
        (
            "Secretary Ruiz’s Participation in the Friends of the Harbour Ministers’ Meeting",
            "On May 3, Secretary Ruiz chaired the fifth meeting of the Friends of the Harbour.",
        ),
        (
            "The Clean Harbours Plan Senior Officials Meeting",
            "Yesterday the Department convened a Senior Officials Meeting of the Clean Harbours Plan.",
        ),
    ],
)
def test_a_ministerial_gathering_is_diplomatic_with_one_home_principal(title: str, opening: str) -> None:
    """A gathering of ministers named by its format has other states as its sides."""
    readout = state_page(title, opening, "The Secretary underscored the value of open harbours.")
    assert readout.event.scope == "diplomatic"


def test_an_inter_ministerial_meeting_stays_domestic() -> None:
    """One government's ministries meeting together are one side (a guard)."""
    readout = state_page(
        "Secretary Ruiz Chairs an Inter-Ministerial Meeting on Harbour Safety",
        "Secretary Ruiz chaired an inter-ministerial meeting on harbour safety with Under Secretary Eko Tan.",
        "The Secretary underscored the value of safe harbours.",
    )
    assert readout.event.scope == "domestic"


def test_a_groupings_summit_by_its_abbreviation_is_diplomatic() -> None:
    """'took part in the HBL summit' names the grouping's other states as sides."""
    readout = _analyze(
        "HBL summit",
        [
            "President Ana Ruiz took part, via videoconference, in the Harbour League (HBL) summit.",
            "The summit's agenda covered trade across the harbours.",
        ],
    )
    assert readout.event.scope == "diplomatic"


def test_an_expanded_formats_meeting_is_diplomatic() -> None:
    """'attended an HBL+ meeting involving the leaders of several invited states'."""
    readout = _analyze(
        "HBL+ meeting",
        [
            "President Ana Ruiz attended an HBL+ meeting involving the leaders of several invited states, "
            "held via videoconference.",
        ],
    )
    assert readout.event.scope == "diplomatic"


def test_a_ceo_summit_stays_domestic() -> None:
    """A CEO summit gathers business leaders, no states (a guard)."""
    readout = _analyze(
        "President Ruiz meets business leaders at the CEO Summit",
        ["President Ana Ruiz met with business leaders at the CEO Summit in Port Tan."],
    )
    assert readout.event.scope == "domestic"


def test_a_groupings_ambassadors_are_the_other_side() -> None:
    """'met with the ambassadors of the G9 countries': the grouping's states are the other side."""
    readout = state_page(
        "Under Secretary Ruiz Meets with G9 Ambassadors",
        "Under Secretary Ana Ruiz met with the ambassadors of the G9 countries in Washington.",
        "She briefed them on the harbour talks.",
    )
    assert readout.event.scope == "diplomatic"


def test_a_diplomatic_format_named_by_its_place_is_diplomatic() -> None:
    """'advisers to the leaders of the Harbour format countries' are several states' sides."""
    readout = state_page(
        "Regarding the meeting of advisers to the leaders of the Harbour format countries",
        "On May 3, the meeting of political advisers to the leaders of the Harbour format countries took "
        "place in Port Tan, with Deputy Secretary Ana Ruiz.",
        "The talks lasted six hours.",
    )
    assert readout.event.scope == "diplomatic"


def test_a_meeting_held_in_the_online_format_stays_domestic() -> None:
    """A channel named as a format is no grouping of states (a guard)."""
    readout = state_page(
        "Deputy Secretary Ruiz Meets Harbour Pilots in the Online Format",
        "Deputy Secretary Ana Ruiz met harbour pilots in the Online format to discuss their safety.",
        "She thanked them for their work.",
    )
    assert readout.event.scope == "domestic"
