"""Families behind en-h's, en-j's, en-m's misses and the Ukraine feed's (issue #8, fam17), invented pages.

Each test is one family, written as a page or sentence of our own; each was seen failing before its rule.
"""

from __future__ import annotations

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
