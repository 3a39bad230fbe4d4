"""Tests for the scope of an event: diplomatic or domestic."""

from __future__ import annotations

import pytest

from readoutlib.analysis.scope import event_scope
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
