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
    assert "called on" not in [s.verb for s in readout.statements]  # the visit, no demand
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


def test_a_visitor_who_visited_his_counterpart_met_him() -> None:
    """'X visited his Sylvanian counterpart Y in Port Lund' is one meeting with the host, not a trip, under
    a headline 'X Visits Y' too."""
    readout = _page(
        "Freedonia's Foreign Minister Visits Berg",
        "Freedonian Foreign Minister Ana Ruiz visited her new Sylvanian counterpart Tomas Berg here in Port"
        " Lund on Monday.",
        "Their discussions ranged from the harbour dispute to cooperation in the north.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_visit_started_with_a_meeting_is_that_meeting() -> None:
    """'X started his one-day visit to Y with a meeting … with the Prime Minister' reports the meeting, as
    'began his visit by meeting …' does."""
    readout = _page(
        "Tomas Berg, Managing Director of the Harbour Fund, started his one-day visit to Port Lund with a"
        " meeting, at the government headquarters, with the Freedonian Prime Minister Ana Ruiz.",
        "Berg told the officials that he knows Freedonia was affected by the crisis.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_visitor_who_met_the_host_in_the_next_sentence_held_that_meeting() -> None:
    """An arrival for a visit, then 'He met with Y on Friday morning …' in the next sentence: the page
    reports that one meeting with the host, as 'Y met with him' does (docs/languages.md, Kinds)."""
    readout = _page(
        "Freedonian Foreign Minister Ana Ruiz and Sylvania's Prime Minister Tomas Berg have renewed their"
        " promise to work together on climate change.",
        "Ruiz arrived in Sylvania late Thursday night for her four-day visit to the region. She met with"
        " Berg on Friday morning in Port Lund where they signed a renewed partnership statement.",
    )
    assert readout.event.kind is EventKind.MEETING
    listed = _page(
        "Ruiz arrived in Sylvania late Thursday night for her four-day visit to the region. She met with"
        " Prime Minister Tomas Berg and Foreign Minister Eko Tan on Friday morning in Port Lund.",
        "Ruiz said the visit had deepened ties.",
    )
    assert listed.event.kind is EventKind.VISIT


def test_named_foreign_office_consultations_held_are_talks() -> None:
    """'The 1st Freedonia-Sylvania Foreign Office Consultations was held in …' names a round of talks,
    whatever the verb's number."""
    readout = _page(
        "The 1st Freedonia-Sylvania Foreign Office Consultations was held in Port Lund on 28 August 2031."
        " The Freedonian delegation was led by Ana Ruiz, Secretary (East), and the Sylvanian delegation by"
        " Tomas Berg, Deputy Minister for Foreign Affairs.",
        "The two sides reviewed bilateral relations.",
    )
    assert readout.event.kind is EventKind.TALKS


def test_a_press_conference_at_the_conclusion_of_talks_reports_the_talks() -> None:
    """'X and Y held a joint press conference today, at the conclusion of their bilateral discussions':
    the event is the discussions, talks; the press conference is only where they spoke after."""
    readout = _page(
        "Foreign Minister Ana Ruiz and visiting Sylvanian Foreign Minister Tomas Berg held a joint press"
        " conference today, at the conclusion of their six-monthly bilateral discussions.",
        "Ruiz described the relationship as strong.",
    )
    assert readout.event.kind is EventKind.TALKS


def test_a_caption_lead_that_engages_in_discussions_with_a_principal_reports_them() -> None:
    """A lead that is only a labelled caption in the present ("Caption: X engages in bilateral discussions
    with Y, …") under a headline that reports the discussions tells the event; a related post's headline
    further down is not the opening."""
    readout = _page(
        "Freedonia's Foreign Minister holds bilateral discussions with Sylvania's Vice Minister",
        "Caption: Ana Ruiz, Foreign Affairs Minister engages in bilateral discussions with H.E. Tomas Berg,"
        " Vice Minister of Multilateral Affairs of Sylvania, within the margins of the Harbour Summit held"
        " on May 12 in Port Lund.",
        "Discussions centred on the preservation of oral heritage in the region.",
        "Minister Ruiz also expressed appreciation to the Sylvanian Navy for its help at sea.",
        "Related posts",
        "Foreign Minister receives the Copy Letters of Credentials from the Sylvanian Ambassador",
    )
    assert [p.name for p in readout.event.participants][:2] == ["Ana Ruiz", "Tomas Berg"]
    assert readout.event.kind is EventKind.TALKS
