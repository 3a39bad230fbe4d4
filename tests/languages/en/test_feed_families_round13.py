"""Families of feed pages (issue #8, round 13: feeds-dev16's misses), invented pages.

Each test is one family the sixteenth development feed sample (200 State Department pages) showed,
written as a page of our own. Labels, kinds and scope follow the convention the development samples
state (feeds/README's "Headline against lead"; non-state actors from anywhere are one side).
"""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError


def _state(title: str, *paragraphs: str) -> readoutlib.Readout:
    """A State Department text page: its title, the office line, then the paragraphs."""
    page = "\n\n".join((title, "Office of the Spokesperson", *paragraphs)) + "\n"
    return readoutlib.parse(page.encode(), url="https://www.state.gov/invented-page/")


def _state_refusal(title: str, *paragraphs: str) -> str:
    with pytest.raises(NotAReadoutError) as caught:
        _state(title, *paragraphs)
    return caught.value.reason


# --- An arrival whose meetings are still to come ----------------------------------------------------------


def test_an_arrival_where_the_envoy_will_meet_officials_is_no_readout() -> None:
    """'arrived in Egypt today, where she will meet with senior officials': the page announces."""
    reason = _state_refusal(
        "Special Envoy Ruiz’s Travel to Egypt",
        "Special Envoy for the Nile Ana Ruiz arrived in Egypt today, where she will meet with senior "
        "officials from the Egyptian and Sudanese Governments. She will discuss water sharing and aid "
        "deliveries. Finally, Special Envoy Ruiz will meet with representatives of the UN Office of the "
        "Special Envoy.",
    )
    assert reason.startswith("not a readout")


def test_an_arrival_then_a_meeting_held_stays_a_readout() -> None:
    """A guard: 'arrived in Port Tan and met President X': the meeting took place."""
    readout = _state(
        "Special Envoy Ruiz’s Travel to Egypt",
        "Special Envoy for the Nile Ana Ruiz arrived in Cairo today and met with Egyptian Foreign Minister "
        "Omar Haddad to discuss water sharing.",
    )
    assert readout.event.kind.value in ("visit", "meeting")


# --- A meeting hosted virtually ---------------------------------------------------------------------------


def test_a_preparatory_meeting_hosted_virtually_is_a_video_call() -> None:
    """'virtually hosted ... members of a UN committee for a preparatory meeting': the channel is video."""
    readout = _state(
        "Freedonia and Sylvania Host Harbour Ministerial Preparatory Meeting",
        "Freedonia and the Government of Sylvania virtually hosted on May 3-4 members of the UN Committee "
        "on Harbours for a preparatory meeting ahead of the Harbour Ministerial in Port Tan.",
        "The meeting highlighted the value of training partnerships.",
    )
    expected = "video_call"
    assert expected == readout.event.kind.value


# --- Activists are no state's side --------------------------------


def test_a_meeting_with_activists_from_a_country_is_domestic() -> None:
    """'met virtually today with activists from Belarus ... in the face of violence perpetrated by the
    Belarusian security forces': non-state actors, whatever country they come from; the state whose forces
    are the topic is no side."""
    readout = _state(
        "Secretary Ruiz’s Meeting with Pro-Democracy Activists from Belarus",
        "The following is attributable to Spokesperson Eko Tan:",
        "Secretary of State Ana Ruiz met virtually today with activists from Belarus to hear of their "
        "efforts to return their country to a democratic path in the face of violence perpetrated by the "
        "Belarusian security forces. The Secretary committed to support them.",
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_a_meeting_with_a_foreign_minister_about_activists_stays_diplomatic() -> None:
    """A guard: activists named only as the subject of talks with a minister leave the minister a side."""
    readout = _state(
        "Secretary Ruiz’s Meeting with Lithuanian Foreign Minister Berg",
        "The following is attributable to Spokesperson Eko Tan:",
        "Secretary of State Ana Ruiz met today with Lithuanian Foreign Minister Olaf Berg to discuss support "
        "for activists from Belarus.",
    )
    expected = "diplomatic"
    assert expected == readout.event.scope


# --- Rounds: a standing council's numbered meeting, a topical round of talks --------------------------------


def test_a_joint_statement_on_a_councils_numbered_meeting_is_talks() -> None:
    """'The ninth Freedonia – Sylvania Energy Council met today in Lima': the council's round met."""
    readout = _state(
        "Joint Statement on the Freedonia-Sylvania Energy Council",
        "The text of the following statement was released by the Governments of Freedonia and Sylvania on "
        "the occasion of the ninth meeting of the Freedonia-Sylvania Energy Council.",
        "Begin Text:",
        "The ninth Freedonia – Sylvania Energy Council met today in Lima, chaired by Freedonian Foreign "
        "Minister Ana Ruiz and Sylvanian Energy Minister Eko Tan. The Council reviewed gas supplies.",
    )
    expected = "talks"
    assert expected == readout.event.kind.value


def test_a_meeting_with_a_business_council_stays_a_meeting() -> None:
    """A guard: the Secretary met members of a pair's business council (no round of two governments)."""
    readout = _state(
        "Secretary Ruiz’s Meeting with the Freedonia-Sylvania Business Council",
        "The following is attributable to Spokesperson Eko Tan:",
        "Secretary of State Ana Ruiz met today with members of the Freedonia-Sylvania Business Council in "
        "Washington to discuss trade.",
    )
    expected = "meeting"
    assert expected == readout.event.kind.value


def test_topical_talks_with_a_government_whose_officials_met_are_talks() -> None:
    """'Migration Talks with the Government of Cuba' over 'U.S. and Cuban officials met in Washington': a
    round named by its format (feeds/README's rule 2), told by its delegations meeting."""
    readout = _state(
        "Fisheries Talks with the Government of Cuba",
        "On April 21, U.S. and Cuban officials met in Washington, D.C. to discuss the fisheries accords. "
        "These discussions are held twice a year. Deputy Assistant Secretary Ana Ruiz led the U.S. "
        "delegation; Cuban Vice Foreign Minister Eko Tan led the Cuban delegation.",
    )
    expected = "talks"
    assert expected == readout.event.kind.value


# --- A guest's trip to the host told by their meeting -------------------------------------------------------


def test_a_joint_statement_on_a_guests_trip_and_their_meeting_is_a_meeting() -> None:
    """'At the invitation of Secretary X, Foreign Minister Y traveled to Washington ... During their meeting,
    they reviewed ...': the guest's trip is the occasion; the page tells one meeting."""
    readout = _state(
        "Joint Statement by Secretary Ana Ruiz and Foreign Minister Olaf Berg",
        "The text of the following statement was released by the Governments of the United States of America "
        "and Uruguay:",
        "Begin Text.",
        "At the invitation of Secretary of State Ana Ruiz, Uruguayan Foreign Minister Olaf Berg traveled to "
        "Washington D.C. on Tuesday April 12, 2022.",
        "During their meeting, they reviewed the relationship and agreed to expand trade.",
    )
    expected = "meeting"
    assert expected == readout.event.kind.value
