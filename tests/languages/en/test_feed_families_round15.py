"""Families of feed pages (issue #8, round 15: feeds-dev18's misses and the non-readouts earlier samples
showed parsed as readouts), invented pages.

Each test is one family, written as a page of our own. Labels, kinds and scope follow the convention the
development samples state (feeds/README's "Headline against lead").
"""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError


def _state(title: str, *paragraphs: str) -> readoutlib.Readout:
    page = "\n\n".join((title, *paragraphs)) + "\n"
    return readoutlib.parse(page.encode(), url="https://www.state.gov/some-page-of-the-department/")


def _white_house(title: str, *paragraphs: str) -> readoutlib.Readout:
    page = "\n\n".join((title, *paragraphs)) + "\n"
    return readoutlib.parse(
        page.encode(), url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/01/x/"
    )


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
