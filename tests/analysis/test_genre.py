"""Tests for the genre tables: every row's example is found by that row, and the decision it drives."""

from __future__ import annotations

import pytest

from readoutlib.analysis.event import find_opening, not_readout_reason
from readoutlib.analysis.genre import EVENT_TITLES, GENRE_TITLES, GenreRule, event_title, title_genre
from readoutlib.analysis.profile import Profile


@pytest.mark.parametrize("rule", GENRE_TITLES, ids=lambda rule: rule.family)
def test_genre_row_finds_its_example(rule: GenreRule) -> None:
    """Each not-a-readout row is the first row to match its own example title."""
    assert rule == title_genre(rule.example)


@pytest.mark.parametrize("rule", EVENT_TITLES, ids=lambda rule: rule.family)
def test_event_row_finds_its_example(rule: GenreRule) -> None:
    """Each event-title row is the first row to match its own example title."""
    assert rule == event_title(rule.example)


def _reason(title: str, paragraphs: list[str]) -> str | None:
    profile = Profile()
    return not_readout_reason(title, paragraphs, find_opening(paragraphs, profile), profile)


@pytest.mark.parametrize(
    ("title", "paragraphs", "expected"),
    [
        (
            "FACT SHEET: The Partnership for Clean Ports",
            ["The President met with port operators today to launch the partnership."],
            "the title names another kind of page (fact sheet)",
        ),
        (
            "Greetings to the participants of the Junior Chess Olympiad",
            ["Vera Kolar congratulated the participants, organisers and guests of the Olympiad."],
            "the title names another kind of page (greetings, congratulations or condolences)",
        ),
        (
            "Minister Ruiz and Minister Sato Exchange Congratulatory Messages",
            ["On 3 May 2024, Minister Ana Ruiz and Minister Kenji Sato exchanged congratulatory messages."],
            None,
        ),
        (
            "Statement by the Spokesperson on the Secretary’s Call with Foreign Minister Sato",
            ["Secretary Ana Ruiz spoke today with Foreign Minister Kenji Sato of Japan."],
            None,
        ),
        (
            "Statement by the Press Secretary on the Flood Relief Bill",
            [
                "The President is pleased that the flood relief bill passed today.",
                "The bill funds repairs across the region.",
                "Last week the President met with mayors of the affected towns.",
            ],
            "the title names another kind of page (statement)",
        ),
        (
            "Judge Reyes Honoured with the National Law Medal",
            [
                "The medal honours a lifetime of service.",
                "Judge Reyes serves on the appeals court.",
                "She received her degree from the University of Lima and met her mentor there.",
            ],
            "the title reports no event and the lead reports none either",
        ),
    ],
)
def test_genre_decision(title: str, paragraphs: list[str], expected: str | None) -> None:
    """A title's genre refuses a page unless a soft genre's lead reports the event itself."""
    assert expected == _reason(title, paragraphs)
