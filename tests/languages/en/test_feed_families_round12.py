"""Families of feed pages (issue #8, round 12: feeds-dev15's misses, the White House briefing room),
invented pages.

Each test is one family the fifteenth development feed sample showed, written as a page of our own.
Labels and scope follow the convention the development samples state (non-state people from anywhere
are no side of their own; a government's own officials are one side; a bilateral council's round is
talks).
"""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError


def _white_house(title: str, *paragraphs: str) -> readoutlib.Readout:
    page = f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"
    return readoutlib.parse(
        page.encode(), url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/01/x/"
    )


def _white_house_refusal(title: str, *paragraphs: str) -> str:
    with pytest.raises(NotAReadoutError) as caught:
        _white_house(title, *paragraphs)
    return caught.value.reason


# --- A headline's "Stakeholder Call on <topic>" is a call, not a call on a host --------------------------


def test_a_stakeholder_call_on_a_topic_is_a_call() -> None:
    """'Readout of ... Stakeholder Call on Winter Heating Assistance': 'Call on' names the call's topic
    (the courtesy row read 'call on <Capitalised>' as a visit paid to a host)."""
    readout = _white_house(
        "Readout of White House Office of Public Engagement Stakeholder Call on Winter Heating Assistance",
        "Yesterday, the Office of Public Engagement and the Department of Energy convened a stakeholder "
        "briefing to discuss how families can apply for heating assistance this winter.",
        "Officials answered questions from the participants.",
    )
    assert readout.event.kind.value == "phone_call"


def test_a_visitor_who_calls_on_a_minister_still_met_him() -> None:
    """A guard: 'Ambassador X Calls on Minister Y' is a visit in person."""
    readout = _white_house(
        "Ambassador Ruiz Calls on Foreign Minister Berg of Freedonia",
        "Ambassador Ana Ruiz called on Foreign Minister Olaf Berg of Freedonia today to discuss trade.",
    )
    assert readout.event.kind.value == "meeting"


# --- Officials of one's own administration convened: a meeting, not a round of governments ----------------


def test_convened_administration_officials_is_a_meeting() -> None:
    """'the White House convened top Administration officials to discuss ...': the government's own
    officials met (the talks row 'convened ... officials' is for governments' delegations)."""
    readout = _white_house(
        "Readout of White House Meeting on Flood Insurance Fraud",
        "This afternoon, the White House convened top Administration officials to discuss efforts to "
        "protect homeowners from flood insurance fraud.",
        "Participants shared information on current efforts.",
    )
    assert readout.event.kind.value == "meeting"


# --- A bilateral council named as the subject of its round: talks -----------------------------------------


def test_a_bilateral_council_holding_its_ministerial_is_talks() -> None:
    """'the Freedonia-Sylvania Harbour and Trade Council (HTC) held its third ministerial meeting in X'."""
    readout = _white_house(
        "Readout of Freedonia-Sylvania Harbour and Trade Council Third Ministerial Meeting",
        "On Monday, the Freedonia-Sylvania Harbour and Trade Council (HTC) held its third ministerial "
        "meeting in Port Tan. The co-chairs discussed harbour fees.",
    )
    assert readout.event.kind.value == "talks"


def test_a_bilateral_council_that_met_for_the_first_time_is_talks() -> None:
    """A joint statement: 'The Freedonia-Sylvania Harbour Council (HC) met for the first time in X'."""
    readout = _white_house(
        "Freedonia-Sylvania Harbour Council Inaugural Joint Statement",
        "The Freedonia-Sylvania Harbour Council (HC) met for the first time in Port Tan on 2 May. It was "
        "co-chaired by the two trade ministers.",
    )
    assert readout.event.kind.value == "talks"


def test_a_bilateral_task_force_that_met_in_person_stays_a_meeting() -> None:
    """A guard: a task force's meeting is labelled a meeting (feeds-dev's energy task force line)."""
    readout = _white_house(
        "Joint Statement on the Freedonia-Sylvania Task Force on Harbour Security",
        "The Freedonia-Sylvania Task Force on Harbour Security met in person in Port Tan on 2 May to "
        "review its work.",
    )
    assert readout.event.kind.value == "meeting"


# --- A country's activists met at home are no side of that country ----------------------------------------


def test_a_meeting_with_foreign_human_rights_activists_is_domestic() -> None:
    """'Meeting with Venezuelan Human Rights Activists' to hear how to keep 'supporting the Venezuelan
    people': non-state people, wherever they come from, and a people the talk is about."""
    readout = _white_house(
        "Readout of White House Meeting with Venezuelan Human Rights Activists",
        "Today, Assistant to the President and Director of the Gender Policy Council Ana Ruiz, along with "
        "senior officials, convened a meeting with Venezuelan activists and experts to hear how the "
        "Administration can continue supporting the Venezuelan people.",
    )
    assert readout.event.scope == "domestic"


# --- Cabinet officials listed together as the subjects of a briefing they gave: one side ------------------


def test_cabinet_officials_briefing_ceos_on_a_foreign_war_are_one_side() -> None:
    """'Secretary of the Treasury A, Secretary of Commerce B, National Security Advisor C, and Senior
    Advisor D met with 12 CEOs ... on Russia's war against Ukraine': the countries of the topic are
    no side; the officials listed together share the publisher's country."""
    readout = _white_house(
        "Readout of the Administration’s Briefing of CEOs on Russia’s War against Ukraine",
        "Today, Secretary of the Treasury Ana Ruiz, Secretary of Commerce Olaf Berg, National Security "
        "Advisor Eko Tan, and Senior Advisor Dana Quill met with 12 CEOs of major companies to provide a "
        "briefing on Putin’s war against Ukraine.",
        "The CEOs described the steps their companies have taken.",
    )
    assert readout.event.scope == "domestic"


# --- A summit the leaders agreed they would hold: a plan, not a report ------------------------------------


def test_a_statement_on_a_summit_the_leaders_agreed_to_hold_is_no_readout() -> None:
    """'the Harbour Group leaders agreed that they would hold their summit in X ... So tomorrow, the
    President will participate': a preview."""
    reason = _white_house_refusal(
        "Statement by the Press Secretary on the President’s Meeting with Harbour Group Leaders",
        "After the President had to postpone his trip to Freedonia, the Harbour Group leaders agreed that "
        "they would hold their summit in Port Tan to mark the group's progress. So tomorrow, the President "
        "will participate in the Harbour Group Leaders’ meeting with Prime Minister Ana Ruiz of Freedonia.",
    )
    assert reason.startswith("not a readout")


# --- A page of a summit's commitments is a list, not a readout ---------------------------------------------


def test_a_summit_commitments_page_is_no_readout() -> None:
    """'Third Global Harbour Summit Commitments': the summit convened, then the list of pledges."""
    reason = _white_house_refusal(
        "Third Global Harbour Summit Commitments",
        "The third Global Harbour Summit, co-hosted by Freedonia and Sylvania, convened partners from "
        "around the world to accelerate efforts to clean the world's harbours.",
        "The Summit garnered new commitments totaling $1 billion.",
    )
    assert reason.startswith("not a readout")
