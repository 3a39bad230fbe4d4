"""The leave-one-batch-out script (benchmarks/alignment_lobo.py) on invented counts."""

from __future__ import annotations

from pathlib import Path

from readoutlib.compare import align

from .kit import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "alignment_lobo.py"

lobo = load_script(SCRIPT, "alignment_lobo")
Score = load_script(SCRIPT.with_name("alignment_scoring.py"), "alignment_scoring").SubjectScore


def test_settings_put_the_shipped_setting_first() -> None:
    """The grid's settings begin with the shipped constants, so that ties go to them."""
    grid = lobo.settings({"MARGIN": (1.2, 1.5), "MIN_POINT_SCORE": (15.0,)})
    expected = [
        (("MARGIN", align.MARGIN), ("MIN_POINT_SCORE", align.MIN_POINT_SCORE)),
        (("MARGIN", 1.2), ("MIN_POINT_SCORE", 15.0)),
    ]
    assert expected == grid


def test_applied_restores_the_constants() -> None:
    """A setting holds inside the block and the shipped constants are back after it."""
    shipped = align.MIN_POINT_SCORE
    with lobo.applied((("MIN_POINT_SCORE", 99.0),)):
        inside = align.MIN_POINT_SCORE
    assert (99.0, shipped) == (inside, align.MIN_POINT_SCORE)


def test_leave_one_out_chooses_on_the_other_batches() -> None:
    """Each batch gets the setting best on the others pooled (ties to the first), neither the one best
    on itself nor the one best on all batches."""
    low, high = (("X", 1.0),), (("X", 2.0),)
    good, bad = Score(10, 9, 10, 9), Score(10, 1, 10, 1)
    table = {
        low: {1: good, 2: bad, 3: bad},
        high: {1: bad, 2: good, 3: good},
    }
    expected = [(1, high), (2, low), (3, low)]
    assert expected == lobo.leave_one_out(table, [low, high])
