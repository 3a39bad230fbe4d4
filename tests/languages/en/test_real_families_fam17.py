"""Families behind en-h's, en-j's, en-m's misses and the Ukraine feed's (issue #8, fam17), invented pages.

Each test is one family, written as a page or sentence of our own; each was seen failing before its rule.
"""

from __future__ import annotations

import pytest

from readoutlib.languages.en.event import has_event_words
from tests.languages.en.layout_kit import analyze_parts as _analyze


def test_a_meeting_with_a_foreign_businessman_is_domestic() -> None:
    """A leader's video conference with an 'American businessman' is domestic: a non-state actor's
    country is no side of the event (the feed labels' rule; Ukraine feed, Yermak and a businessman)."""
    readout = _analyze(
        "Petro Hlib discussed with American businessman Arlo Brandt support for Ukraine",
        [
            "Head of the Office of the President of Ukraine Petro Hlib held a video conference with American "
            "businessman, member of the Board of Directors of Northwind Motors Arlo Brandt. Petro Hlib "
            "thanked him for his support.",
        ],
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_a_meeting_with_an_industry_bodys_president_is_domestic() -> None:
    """'President of the General Confederation of Italian Industry X' heads a private body: domestic."""
    readout = _analyze(
        "President discussed with the President of the General Confederation of Italian Industry the "
        "presence of Italian business in Ukraine",
        [
            "President of Ukraine Ivan Sirko met with President of the General Confederation of Italian "
            "Industry Marco Lenti. They discussed the reconstruction of Ukraine.",
        ],
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_an_actor_and_a_producer_are_no_side() -> None:
    """'spoke by video conference with renowned American film actor X and producer Y': domestic."""
    readout = _analyze(
        "Petro Hlib talked online with American actor Rowan Vale and producer Ida Marsh",
        [
            "Head of the Office of the President of Ukraine Petro Hlib spoke by video conference with "
            "renowned American film actor, director and producer Rowan Vale and producer Ida Marsh. Petro "
            "Hlib thanked them for their support.",
        ],
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_a_minister_beside_a_businessman_stays_a_side() -> None:
    """A state office between the private role and the name decides (a guard): the Polish minister met
    with the businessman is still a side."""
    readout = _analyze(
        "Petro Hlib met with businessman Arlo Brandt and Polish Minister Jan Nowicki",
        [
            "Head of the Office of the President of Ukraine Petro Hlib met with businessman Arlo Brandt and "
            "the Foreign Minister of Poland Jan Nowicki in Kyiv. They discussed energy.",
        ],
    )
    expected = "diplomatic"
    assert expected == readout.event.scope


def test_an_event_with_no_named_side_takes_who_joined_it() -> None:
    """A White House convening whose opening names only bodies: the office-holder the next sentence
    says joined it is its principal (bulk White House 833, 1107: parsed with no participants)."""
    readout = _analyze(
        "Readout of the White House Convening on Rural Broadband",
        [
            "On June 14, 2031, the White House convened more than 60 county commissioners from 20 states "
            "to discuss broadband access. Vice President Ana Ruiz joined the convening to address the "
            "commissioners.",
        ],
    )
    expected = ["Ana Ruiz"]
    assert expected == [p.name for p in readout.event.participants]


def test_remarks_by_a_bare_name_add_no_principal() -> None:
    """A person named with no office who 'gave remarks' is no principal (a guard)."""
    readout = _analyze(
        "Readout of the White House Convening on Rural Broadband",
        [
            "On June 14, 2031, the White House convened more than 60 county commissioners from 20 states "
            "to discuss broadband access. Harbour Ana Ruiz gave remarks at the event.",
        ],
    )
    expected: list[str] = []
    assert expected == [p.name for p in readout.event.participants]


@pytest.mark.parametrize(
    "headline",
    [
        "Premier calls up President Ana Ruiz, discusses peace",
        "Tan phones Ruiz, pledges to work together",
    ],
)
def test_a_news_headline_in_the_present_tense_reports_a_call(headline: str) -> None:
    """'X calls up Y', 'X phones Y': a news headline's present tense for a call made reports the event
    (the compare gold's Telegraph India copy: its headline was passed over for a photo caption)."""
    expected = True
    assert expected == has_event_words(headline)
