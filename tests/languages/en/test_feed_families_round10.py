"""Families of feed pages (issue #8, round 10: feeds-dev13's misses), invented pages.

Each test is one family the thirteenth development feed sample showed, written as a page of our own.
Labels and kinds follow the convention the development samples state (a standing group of many governments
that convened for a numbered meeting is talks; the channel a lead names decides the kind).
"""

from __future__ import annotations

from readoutlib.languages.en.event import kind_of
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal

# --- A ceremony hosted by someone is no meeting -----------------------------------------------------------


def test_a_signing_at_a_ceremony_hosted_by_an_ambassador_is_no_readout() -> None:
    """'signed the X Accords at a ceremony hosted today by Ambassador Y': a signing, no meeting reported."""
    reason = _refusal(
        "Freedonia Becomes Ninth Nation to Sign the Harbour Accords",
        [
            "Office of the Spokesperson",
            "Freedonia became the ninth nation to sign the Harbour Accords at a ceremony hosted today by "
            "Freedonian Ambassador Ana Ruiz in Port Tan. The Accords were signed by the head of Freedonia's "
            "harbour agency.",
        ],
    )
    assert reason.startswith("not a readout")


def test_a_guest_hosted_by_a_minister_is_still_a_meeting() -> None:
    """'The Minister hosted her Sylvanian counterpart at a ceremony' keeps its meeting (a guard)."""
    readout = _analyze(
        "Minister Ruiz Hosts Sylvanian Counterpart",
        [
            "Minister Ana Ruiz hosted Sylvanian Foreign Minister Olaf Berg at a ceremony in Port Tan today "
            "and discussed harbour safety.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


# --- A standing group of governments that convened for its numbered meeting -------------------------------


def test_a_coordination_group_that_convened_for_its_ninth_meeting_held_talks() -> None:
    """'The X Coordination Group (XCG) ... convened in Europe on May 3-4 for its ninth meeting': talks."""
    readout = _analyze(
        "Ninth Meeting of the Harbour Security Coordination Group",
        [
            "Office of the Spokesperson",
            "The Harbour Security Coordination Group (HSCG) focused on countering smuggling at sea convened "
            "in Europe on May 3-4 for its ninth meeting. More than 20 governments participated in this "
            "session, along with Interpol.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_body_convened_by_its_chair_for_a_ceremony_is_no_round() -> None:
    """'the recently convened Task Force' names no meeting held (a guard on the intransitive row)."""
    reason = _refusal(
        "Harbour Task Force Report Released",
        [
            "Office of the Spokesperson",
            "The report of the recently convened Harbour Task Force was released today and is available "
            "online.",
        ],
    )
    assert reason.startswith("not a readout")


# --- A long-named virtual ministerial two ministers convened ---------------------------------------------


def test_ministers_who_convened_a_long_named_virtual_ministerial_with_many_countries_are_refused() -> None:
    """'convened a virtual Harbour Safety Action Plan (HSAP) Foreign Ministerial Meeting on July 19 with
    over 25 countries': a joint statement of a meeting of more than three governments is no readout (the
    lead's settling of fam205's line, fam224; feeds-dev13 State 1924 relabelled not). The channel it names
    is still a video call's (kind_channels' virtual row)."""
    paragraphs = [
        "Office of the Spokesperson",
        "The following is the joint statement released by the Foreign Ministers of Freedonia and Sylvania.",
        "Begin Text:",
        "Building on the June 15th Senior Officials Meeting, Freedonian Foreign Minister Ana Ruiz and "
        "Sylvanian Foreign Minister Olaf Berg convened a virtual Harbour Safety Action Plan (HSAP) "
        "Foreign Ministerial Meeting on July 19 with over 25 countries and the World Maritime Council.",
    ]
    title = "Joint Statement on the Harbour Safety Action Plan Foreign Ministerial Meeting"
    assert "joint statement" in _refusal(title, paragraphs)
    assert EventKind.VIDEO_CALL is kind_of(paragraphs[-1])


# --- A virtual leaders' retreat is a video call -----------------------------------------------------------


def test_participating_in_a_virtual_leaders_retreat_is_a_video_call() -> None:
    """'participated in the Northern Seas Virtual Leaders’ Retreat, hosted by' names the channel."""
    readout = _analyze(
        "Readout of the President’s Participation in the Northern Seas Virtual Leaders’ Retreat",
        [
            "Today the President participated in the Northern Seas Virtual Leaders’ Retreat, hosted by "
            "Prime Minister Olaf Berg of Sylvania. The President underscored the value of open sea lanes.",
        ],
    )
    expected = EventKind.VIDEO_CALL
    assert expected == readout.event.kind
