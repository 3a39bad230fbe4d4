"""Parser families behind the pairs #12's batch 8 still missed, read on invented sentences and pages."""

from __future__ import annotations

import pytest

from readoutlib.languages.en.names import find_mentions


def _people(text: str) -> list[tuple[str | None, tuple[str, ...], str | None]]:
    return [(m.name, m.titles, m.country) for m in find_mentions(text, offices=False) if m.name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruritanian Minister of Foreign Affairs Park Dal spoke with his counterpart.",
            [("Park Dal", ("Minister of Foreign Affairs",), None)],
        ),
        ("Foreign Minister Hill Soo congratulated the envoy.", [("Hill Soo", ("Foreign Minister",), None)]),
        ("Foreign minister Park Dal on Friday held a video conference.", [("Park Dal", (), None)]),
        ("Defence Minister Park Dong-ha met them.", [("Park Dong-ha", ("Defence Minister",), None)]),
    ],
)
def test_a_place_noun_between_a_title_and_a_short_given_name_is_a_family_name(
    text: str, expected: list[tuple[str | None, tuple[str, ...], str | None]]
) -> None:
    """An English place noun written first, after a title and before a short given name, is a family name."""
    assert expected == _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held at the Prime Minister House on Monday.",
        "The delegation arrived at the Governor House Lahore in the evening.",
        "Kremlin Palace staff prepared the rooms.",
        "The Foreign Minister Park will open in May.",
        "The Minister Hall Street office was closed.",
    ],
)
def test_a_place_noun_after_a_title_stays_a_place(text: str) -> None:
    """A place noun after a title, with no short given name after it, names nobody."""
    expected: list[tuple[str | None, tuple[str, ...], str | None]] = []
    assert expected == _people(text)
