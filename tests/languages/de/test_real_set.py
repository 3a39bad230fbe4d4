"""Floors on the German gold set (benchmarks/real/de): real pages, measured after the first pack's
blind run (benchmarks/real/de/BLIND.md) and the rules written from its misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutlib.evaluate import evaluate

DE = Path(__file__).resolve().parents[3] / "benchmarks" / "real" / "de"

#: The figures measured on this commit's pack (python benchmarks/accuracy.py gold benchmarks/real/de).
FLOORS = {
    "parsed": 1.0,
    "rejected": 1.0,
    "kind": 1.0,
    "date": 0.87,
    "location": 0.91,
    "participant_f1": 1.0,
    "country": 0.95,
    "attributed_f1": 1.0,
}


@pytest.fixture(scope="module")
def figures() -> dict[str, float | None]:
    return evaluate(DE).overall.figures()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_figure_stays_at_its_floor(name: str, figures: dict[str, float | None]) -> None:
    """No change may read the German set worse than it was measured."""
    got = figures[name]
    assert got is not None
    assert got >= FLOORS[name]


def test_no_date_is_given_where_the_gold_has_none(figures: dict[str, float | None]) -> None:
    """A weekday or "heute" with no page date to resolve it gives no date."""
    assert figures["spurious_dates"] == 0.0
