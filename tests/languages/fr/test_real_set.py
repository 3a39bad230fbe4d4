"""Floors on the French gold set (benchmarks/real/fr): real pages, measured after the first pack's
blind run (benchmarks/real/fr/BLIND.md) and the rules written from its misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutlib.evaluate import evaluate

FR = Path(__file__).resolve().parents[3] / "benchmarks" / "real" / "fr"

#: The figures measured on this commit's pack (python benchmarks/accuracy.py gold benchmarks/real/fr).
FLOORS = {
    "parsed": 1.0,
    "rejected": 1.0,
    "kind": 1.0,
    "date": 1.0,
    "participant_f1": 1.0,
    "country": 1.0,
    "attributed_f1": 1.0,
}


@pytest.fixture(scope="module")
def figures() -> dict[str, float | None]:
    return evaluate(FR).overall.figures()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_figure_stays_at_its_floor(name: str, figures: dict[str, float | None]) -> None:
    """No change may read the French set worse than it was measured."""
    got = figures[name]
    assert got is not None
    assert got >= FLOORS[name]


def test_no_date_is_given_where_the_gold_has_none(figures: dict[str, float | None]) -> None:
    """A weekday or a day and month with no page date to resolve it gives no date."""
    assert figures["spurious_dates"] == 0.0
