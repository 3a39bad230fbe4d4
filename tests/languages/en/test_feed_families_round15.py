"""Families of feed pages (issue #8, round 15: feeds-dev18's misses and the non-readouts earlier samples
showed parsed as readouts), invented pages.

Each test is one family, written as a page of our own. Labels, kinds and scope follow the convention the
development samples state (feeds/README's "Headline against lead").
"""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from tests.languages.en.layout_kit import state_page as _state
from tests.languages.en.layout_kit import white_house_page as _white_house


def _plain(*paragraphs: str) -> readoutlib.Readout:
    return readoutlib.parse(("\n\n".join(paragraphs) + "\n").encode())


# --- Negotiations the subject only means to pursue ------------------------------------------------------


def test_negotiations_after_an_infinitive_are_no_event() -> None:
    """'the two sides have declared to accelerate negotiations': the noun is the infinitive's object, a
    plan; 'have' holds no negotiations. A statement welcoming other parties' talks is no readout."""
    with pytest.raises(NotAReadoutError):
        _state(
            "Fishing Communities of the Delta Agree on Next Steps",
            "Office of the Spokesperson",
            "The United States welcomes the agreement reached between the river councils and the coastal "
            "guilds, and the commitment the two sides have declared to accelerate negotiations on the "
            "shared quotas.",
            "We urge both to keep the nets out of the spawning grounds.",
        )


def test_talks_held_directly_after_have_still_report() -> None:
    """Guard: 'have held productive talks' keeps its verb."""
    readout = _plain(
        "The foreign ministers of Freedonia and Sylvania have held productive talks in Lakeport on the "
        "border crossings.",
        "They agreed to meet again in the spring.",
    )
    assert readout.event.kind.value == "talks"


def test_a_headline_of_others_talks_over_a_lead_that_welcomes_them_is_no_readout() -> None:
    """'Senior Leaders from X Hold Peace Talks' over 'The United States welcomes the talks held ...':
    the page is the publisher's reaction to an event of others, which only its headline tells."""
    with pytest.raises(NotAReadoutError):
        _state(
            "River Councils and Coastal Guilds Hold Peace Talks",
            "Office of the Spokesperson",
            "The United States welcomes the talks held May 3-4 between the river councils and the coastal "
            "guilds in Lakeport, and the pledge both made to share the spring catch.",
            "We commend the host for bringing the parties together.",
        )


# --- A round-up of what others say -----------------------------------------------------------------------


def test_a_round_up_of_praise_is_no_readout() -> None:
    """'WHAT THEY ARE SAYING: ...': the page gathers other people's words on an action; its lead may
    tell a trip or a meeting, but the page is the round-up."""
    with pytest.raises(NotAReadoutError):
        _white_house(
            "WHAT THEY ARE SAYING: Mayors and Anglers Praise President Ruiz’s River Plan",
            "Yesterday, President Ruiz traveled to Lakeport, where she met with Mayor Tom Berg and announced "
            "a plan to clean the river.",
            "Here is what they are saying:",
            "Mayor Tom Berg: “A great day for the river.”",
        )


# --- A series of calls, not one call ---------------------------------------------------------------------


def test_a_weekly_series_of_calls_is_no_event() -> None:
    """'has led weekly deputy minister-level coordination calls with X since March 19': a recurring series
    a fact sheet cites, not one call the page reports."""
    with pytest.raises(NotAReadoutError):
        _plain(
            "Lakeport - The Harbour Union values its work with partners against the flood. Deputy Minister "
            "Tom Berg has led weekly vice-minister-level coordination calls with river states and partners "
            "since March 3.",
            "These calls have let the partners share ideas on reopening the ports. Together we have:",
            "- Brought home thousands of stranded sailors;",
            "- Kept the grain moving.",
        )


def test_weekly_calls_a_principal_held_are_still_reported() -> None:
    """Guard: 'held weekly calls with' keeps its verb 'held', which opens before the series."""
    readout = _plain(
        "The foreign ministers of Freedonia and Sylvania held their weekly call with the Harbour Union "
        "commissioner on Tuesday and discussed the flood relief.",
    )
    assert readout.event.kind.value == "phone_call"


# --- An official's own statement that recalls a call further down ------------------------------------------


def test_a_first_person_notice_recalling_a_call_is_no_readout() -> None:
    """'Operations at U.S. Embassy X' in the Secretary's own voice ('I have no higher priority ...'), whose
    second paragraph says 'we remain engaged ... following President A's call with President B': a
    notice, which only recalls the call."""
    with pytest.raises(NotAReadoutError):
        _state(
            "Operations at the Embassy in Lakeport",
            "Ana Ruiz, Secretary of State",
            "I have no higher priority than the safety of our staff abroad. With that in mind, we are "
            "moving the embassy's work from Lakeport to Hill Town for now.",
            "Our support for Freedonia is unwavering, and we remain engaged with the Sylvanian government "
            "following President Berg’s call with President Tam and my discussion with Foreign Minister Lee.",
        )


def test_a_first_person_readout_under_an_event_headline_stays_a_readout() -> None:
    """Guard: a headline that reports the call, over a lead in the author's voice, is a readout."""
    readout = _plain(
        "President Ruiz’s Call with Prime Minister Berg",
        "I want to thank our partners for their help in the flood.",
        "Today President Ana Ruiz spoke with Prime Minister Tom Berg of Sylvania about the relief convoys.",
    )
    assert readout.event.kind.value == "phone_call"


# --- People convened for a roundtable or in a forum --------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "This week, the Harbour Office convened mayors and port officials for a roundtable with unions and "
        "charities to discuss training for dock workers.",
        "This morning, the Office of the Harbour Director convened public and private-sector leaders in a "
        "forum focused on the safety of cranes.",
    ],
)
def test_officials_convened_for_a_roundtable_meet(lead: str) -> None:
    """'convened Black mayors and county officials for a roundtable', 'convened government and
    private-sector leaders in a forum': the roundtable or forum is the event, a meeting; no round of
    governments."""
    readout = _white_house("Readout of the Harbour Safety Roundtable", lead)
    assert readout.event.kind.value == "meeting"


# --- Officials who took part in a numbered round --------------------------------------------------------


def test_officials_who_participated_virtually_in_a_numbered_round() -> None:
    """'participated virtually alongside representatives from X and Y in the fifth NADD meeting': the
    round took place, and the officials joined it by video."""
    readout = _state(
        "Sixth Meeting of the Northern Rivers Water Dialogue (NRWD)",
        "Office of the Spokesperson",
        "Yesterday, Deputy Assistant Secretary Ana Ruiz and Water Adviser Tom Berg participated virtually "
        "alongside representatives from Chile and Peru in the sixth NRWD meeting to advance shared "
        "work on the river's water quality.",
        "The three governments reviewed progress since the last meeting.",
    )
    assert readout.event.kind.value == "video_call"
    assert readout.event.scope == "diplomatic"


def test_a_session_of_a_body_attended_is_no_round() -> None:
    """Guard: 'participated in the 49th session of the Council' is attending a body's session."""
    with pytest.raises(NotAReadoutError):
        _state(
            "The Harbour Council's 49th Session",
            "Office of the Spokesperson",
            "Today the Deputy Secretary participated in the 49th session of the Harbour Council, where the "
            "United States presented its annual report.",
        )


# --- The channel in the next paragraph's frame -----------------------------------------------------------


def test_during_the_virtual_meeting_gives_the_channel() -> None:
    """'convened the second National Climate Task Force ...' then 'During the virtual meeting, ...': the
    lead names no channel, the next sentence's frame does."""
    readout = _white_house(
        "Readout of the Second Harbour Task Force Meeting",
        "Today, Harbour Adviser Ana Ruiz convened the second Harbour Task Force to discuss the cleanup of "
        "the bay.",
        "During the virtual meeting, agency heads discussed their plans for the summer season.",
    )
    assert readout.event.kind.value == "video_call"


# --- Legislators and advocates convened ------------------------------------------------------------------


def test_legislators_convened_are_the_event() -> None:
    """'convened state legislators and advocates in Boston': the lead reports the meeting, before a later
    'the seventh state that the Vice President has traveled to in recent weeks' could pass for a trip."""
    readout = _white_house(
        "Readout of Vice President Ruiz’s Meeting with State Legislators and Advocates on Water Rights",
        "Today Vice President Ana Ruiz convened state legislators and advocates in Lakeport to discuss "
        "water rights. She was joined by Governor Tom Berg.",
        "The participants shared the steps the state has taken to protect its rivers.",
        "The lake state is the fifth state that the Vice President has traveled to in recent weeks to "
        "convene legislators on water.",
    )
    assert readout.event.kind.value == "meeting"
    assert readout.event.scope == "domestic"


# --- Young leaders from several states ---------------------------------------------------------------------


def test_young_leaders_from_states_are_domestic() -> None:
    """'a roundtable with 25 students and young leaders from 12 states': young people of the country's own
    states, no group of other states' leaders."""
    readout = _white_house(
        "Readout of Vice President Ruiz’s Meeting with Student and Youth Leaders",
        "Today, Vice President Ana Ruiz convened a roundtable with 20 students and young leaders from 9 "
        "states to discuss student debt and clean water.",
    )
    assert readout.event.scope == "domestic"
