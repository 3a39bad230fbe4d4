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
        ((None,), ("A meeting",), None, None),
    ],
)
def test_event_scope(
    countries: tuple[str | None, ...], texts: tuple[str, ...], home: str | None, expected: str | None
) -> None:
    """Two countries, an organisation or a named foreign country make it diplomatic; one country, domestic."""
    assert expected == event_scope(_people(*countries), texts, home)


def test_a_country_abbreviated_with_stops_is_named() -> None:
    """'visited the U.K.' names another state than the visitor's (feeds-dev3 White House 151)."""
    opening = "Today, President Ana Ruiz visited the U.K. at the invitation of the Prime Minister."
    expected = True
    assert expected == visits_abroad(_people("US"), opening)
