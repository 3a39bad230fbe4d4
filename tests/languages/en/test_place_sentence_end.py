"""A place never runs across the end of its sentence (the stop hook's "Kyiv. After", issue #8)."""

from __future__ import annotations

import pytest

import readoutlib


def _location(body: str) -> str | None:
    page = "Leaders meet in Velmora\n\n" + body + "\n"
    return readoutlib.parse(page).event.location


@pytest.mark.parametrize("next_word", ["After", "Later", "Before", "Earlier"])
def test_a_place_ends_at_its_full_stop(next_word: str) -> None:
    body = (
        "President of Ardania Tomas Velk began a meeting with President of the Republic of Borvia Ana Ruiz, "
        "who arrived on a working visit. Negotiations between the leaders are taking place at the "
        f"Grand Palace in Velmora. {next_word} the meeting, the Presidents will talk to the media."
    )
    assert _location(body) == "Velmora"


def test_an_abbreviation_inside_a_place_stays() -> None:
    body = "President of Ardania Tomas Velk met President Ana Ruiz of Borvia in St. Velmora on Tuesday."
    assert _location(body) == "St. Velmora"
