"""Tests for the scope of an event: diplomatic or domestic."""

from __future__ import annotations

import pytest

from readoutlib.analysis.scope import event_scope, visits_abroad
from readoutlib.model import Participant


def _people(*countries: str | None) -> list[Participant]:
    return [Participant(id=f"p{i}", name=f"Person {i}", country=c) for i, c in enumerate(countries)]


@pytest.mark.parametrize(
    ("countries", "texts", "home", "expected"),
    [
        (("FR", "JP"), ("Call with the Prime Minister",), None, "diplomatic"),
        (("US", "UN"), (), None, "diplomatic"),
        (("RU", "RU"), ("Meeting with the Head of the Customs Service",), None, "domestic"),
        (("RU",), ("Meeting with the Japanese Ambassador",), None, "diplomatic"),
        (("TJ",), ("Telephone conversation with the President of Tajikistan",), "RU", "diplomatic"),
        (("US",), ("Readout of the President's meeting with governors",), "US", "domestic"),
        ((None,), ("A meeting",), None, "domestic"),
        ((), ("Meeting with representatives of the Chilean Council of Churches",), None, "domestic"),
    ],
)
def test_event_scope(
    countries: tuple[str | None, ...], texts: tuple[str, ...], home: str | None, expected: str | None
) -> None:
    """Two countries, an organisation or a named foreign country make it diplomatic; one country, domestic.
    No side's country known and at most one country named: no other state is a side, domestic (never
    None on a parsed readout: fam50)."""
    assert expected == event_scope(_people(*countries), texts, home)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("The talks between representatives of France, Japan and Chile lasted nine hours.", "diplomatic"),
        ("Officials of the World Health Organization took part.", "diplomatic"),
        ("The advisers discussed the harbour plan for Japan's coast.", "domestic"),
    ],
)
def test_with_no_side_known_the_lead_paragraph_names_the_sides(lead: str, expected: str) -> None:
    """With no principal's country known and the headline and opening naming none, the countries the
    lead paragraph names tell the sides: two or an organisation, diplomatic; else domestic."""
    texts = ("Negotiations of political advisers ended", "Negotiations of political advisers ended.")
    assert expected == event_scope(_people(None), texts, None, lead=(lead,))


def test_a_foreign_group_with_no_side_known_is_diplomatic() -> None:
    """A group of other states' principals named as the other side is diplomatic even when no
    principal's country is known."""
    expected = "diplomatic"
    assert expected == event_scope(_people(None), ("Meeting with Harbour Leaders",), None, foreign_side=True)


def test_a_country_abbreviated_with_stops_is_named() -> None:
    """'visited the U.K.' names another state than the visitor's (feeds-dev3 White House 151)."""
    opening = "Today, President Ana Ruiz visited the U.K. at the invitation of the Prime Minister."
    expected = True
    assert expected == visits_abroad(_people("US"), opening)
