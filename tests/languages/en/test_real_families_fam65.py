"""Families of refusals and kinds on en-x..en-z (round 65 of issue #8), on invented pages."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_lead_citing_a_ministry_website_is_no_site_notice() -> None:
    """A lead that reports the event inside a conversation and cites where the ministry published it
    ("… was published on the official website of the Ministry") is the report, not a notice about the
    site: it stays the first paragraph."""
    readout = _page(
        "Ruiz and the Freedonian Foreign Minister discussed the harbour dispute",
        "During a telephone conversation, Sylvanian Foreign Minister Ana Ruiz and her Freedonian"
        " counterpart Tomas Berg expressed concern about the harbour dispute. The information was"
        " published on the official website of the Sylvanian Ministry on March 3.",
        "The ministers also agreed to continue contacts on international platforms.",
    )
    assert readout.event.kind is EventKind.PHONE_CALL
    assert [p.name for p in readout.event.participants] == ["Ana Ruiz", "Tomas Berg"]


def test_a_visitor_who_called_on_an_office_holder_met_him() -> None:
    """'X called on Prime Minister Y on Thursday as part of …' is a visit in person, a meeting, though an
    infinitive comes later in the sentence; 'called on Y to act' stays a demand."""
    readout = _page(
        "Bank president Tomas Berg called on Prime Minister Ana Ruiz on Thursday as part of the Bank's"
        " efforts to explore ways to support the harbour project.",
        "Berg said the Bank would do all it can to support Freedonia's development agenda.",
    )
    assert readout.event.kind is EventKind.MEETING
    assert [p.name for p in readout.event.participants][:2] == ["Tomas Berg", "Ana Ruiz"]
    with pytest.raises(NotAReadoutError):
        _page(
            "Senator Tomas Berg called on Prime Minister Ana Ruiz to resign over the harbour contract.",
            "Berg said the contract had cost the country dearly.",
        )


def test_two_principals_speaking_in_a_farewell_call_met() -> None:
    """'X and Y expressed …, speaking in a farewell call on Tuesday at the palace' reports the call (an
    outgoing envoy's call on the host, in person: a meeting)."""
    readout = _page(
        "Port Lund, May 3 - Freedonian Prime Minister Ana Ruiz and outgoing Sylvanian Ambassador Tomas Berg"
        " expressed commitment to closer cooperation, speaking in a farewell call on Tuesday at the Peace"
        " Palace.",
        "Ambassador Berg thanked the Prime Minister for her leadership.",
    )
    assert readout.event.kind is EventKind.MEETING
    assert "Tomas Berg" in [p.name for p in readout.event.participants]


def test_they_spoke_for_some_minutes_on_a_weekday_reports_the_call() -> None:
    """'They spoke for 20 minutes on Friday' after a lead naming both principals reports their call."""
    readout = _page(
        "Freedonian Foreign Minister Ana Ruiz agreed with her Sylvanian counterpart Tomas Berg to discuss"
        " the harbour issue later, according to a ministry statement.",
        "They spoke for 20 minutes on Friday, discussing trade and regional security.",
    )
    assert [p.name for p in readout.event.participants][:2] == ["Ana Ruiz", "Tomas Berg"]


def test_a_host_who_welcomed_a_delegation_with_a_banquet_met_it() -> None:
    """'X welcomed the … delegation with a banquet on Tuesday' reports a meeting over a meal."""
    readout = _page(
        "PORT RUIZ — Foreign Minister Ana Ruiz welcomed the Sylvanian Parliament Friendship Group delegation"
        " with a banquet on Tuesday.",
        "During the dinner, Ruiz gave the group's chair Tomas Berg a vase as a token of friendship.",
        "During the banquet, both sides discussed free trade and energy.",
    )
    assert readout.event.kind is EventKind.MEETING
