"""Floors on the German gold sets (benchmarks/real/de, de-b): real pages, measured after each set's
blind run (its BLIND.md) and the rules written from its misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutlib.evaluate import evaluate

REAL = Path(__file__).resolve().parents[3] / "benchmarks" / "real"

#: The figures measured on this commit's pack (python benchmarks/accuracy.py gold benchmarks/real/<set>).
FLOORS = {
    "de": {
        "parsed": 1.0,
        "rejected": 1.0,
        "kind": 1.0,
        "date": 1.0,
        "location": 0.91,
        "participant_f1": 1.0,
        "country": 0.95,
        "attributed_f1": 1.0,
    },
    "de-b": {
        "parsed": 1.0,
        "rejected": 1.0,
        "kind": 1.0,
        "date": 1.0,
        "location": 1.0,
        "participant_f1": 1.0,
        "country": 1.0,
        "attributed_f1": 1.0,
    },
}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float | None]]:
    return {name: evaluate(REAL / name).overall.figures() for name in FLOORS}


@pytest.mark.parametrize(("name", "figure"), [(n, f) for n, floors in FLOORS.items() for f in sorted(floors)])
def test_a_figure_stays_at_its_floor(
    name: str, figure: str, figures: dict[str, dict[str, float | None]]
) -> None:
    """No change may read a German set worse than it was measured."""
    got = figures[name][figure]
    assert got is not None
    assert got >= FLOORS[name][figure]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_date_is_given_where_the_gold_has_none(
    name: str, figures: dict[str, dict[str, float | None]]
) -> None:
    """A weekday or "heute" with no page date to resolve it gives no date."""
    assert figures[name]["spurious_dates"] == 0.0
