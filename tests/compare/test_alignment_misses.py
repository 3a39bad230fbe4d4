"""The by-subject diagnosis of benchmarks/alignment_misses.py on invented points and traces."""

from __future__ import annotations

from pathlib import Path

from readoutlib.compare import Point
from readoutlib.compare.align import BELOW, MARGIN_LOST

from .kit import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "alignment_misses.py"

misses = load_script(SCRIPT, "alignment_misses")

STATEMENT = Point(0, 0, 10, "Ana Kovac welcomed the ferry.", "Ana Kovac", "welcomed", 0)
POSITION = Point(0, 0, 10, "They discussed the importance of the ferry.")
NARRATION = Point(0, 0, 10, "The ferry sails on Mondays.")


def _cause(cells: set[tuple[int, int]], trace: dict[tuple[int, int], tuple[float, str]], score: float) -> str:
    points = ([STATEMENT, NARRATION, POSITION], [STATEMENT, NARRATION, POSITION])
    cause: str = misses._subject_cause(cells, trace, lambda i, j: score, points)[0]
    return cause


def test_subject_causes_in_order() -> None:
    """A missed subject gets the first cause that holds: unreachable, unweighed, no shared word, below
    the threshold, lost to the margin, or a position pair that scored enough (its points taken)."""
    expected = ["u", "a", "e", "b", "c", "d"]
    actual = [
        _cause(set(), {}, 0.0),
        _cause({(1, 1)}, {}, 0.0),
        _cause({(0, 1)}, {(0, 1): (0.0, BELOW)}, 0.0),
        _cause({(0, 1)}, {(0, 1): (9.0, BELOW)}, 0.0),
        _cause({(0, 1)}, {(0, 1): (20.0, MARGIN_LOST)}, 0.0),
        _cause({(2, 2)}, {}, 60.0),
    ]
    assert expected == actual
