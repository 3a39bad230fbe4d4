"""Alignment thresholds chosen leave-one-batch-out: the honest figure beside the all-batches one.

Usage (from the repository root, the corpus at ../shared/corpus or READOUTLIB_CORPUS)::

    python benchmarks/alignment_lobo.py [--alignments v2|v1|FILE] [--grid NAME]

Every threshold of the alignment (``readoutlib.compare.align``: the second pass's
``MIN_POINT_SCORE`` and ``MARGIN``, the positions pass's ``POSITION_SCORE``, and any other a grid
names) is a choice. Chosen on all the gold batches (seven, blind ones aside), the figure it gives is
not a measurement of pairs the choice has not seen. Here each batch of the gold is held out in turn:
the setting with the best F1 by subject (rule 3's scoring, ``benchmarks/alignment_scoring.py``) on
the others is chosen (ties go to the shipped setting, then to the grid's order) and scored on the
held-out batch. The held-out counts of the folds are pooled into one F1: the **pooled held-out
F1**, printed beside the F1 of the shipped setting on all batches and of the setting that is best
on all of them (which is what choosing on everything would give).

The grid (``--grid``): ``thresholds`` (default) crosses the three thresholds above around their
shipped values; ``agenda`` crosses the kinds of agenda key of the fourth pass
(``readoutlib.compare.agenda.AGENDA_KEYS``: none, third countries, names, both, both with figures,
all four with subjects) with the second and positions passes' thresholds. Each setting is applied
by setting the module's constants for the run and restoring them after, so the comparison is the
one ``readout compare`` runs.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from alignment_scoring import SubjectScore, subject_score
from compare_gold import gold_with  # benchmark scripts in this folder

from readoutlib.compare import agenda, align
from readoutlib.compare.gold import GoldSet, gold_cells

Setting = tuple[tuple[str, object], ...]

_KINDS = (agenda.COUNTRY, agenda.NAME, agenda.FIGURE, agenda.SUBJECT)

#: The grids: each a mapping of a constant of ``readoutlib.compare.align`` (or, as "agenda.NAME", of
#: ``readoutlib.compare.agenda``) to the values tried.
GRIDS: dict[str, dict[str, tuple[object, ...]]] = {
    "thresholds": {
        "MIN_POINT_SCORE": (10.0, 12.0, 15.0, 18.0, 20.0),
        "MARGIN": (1.2, 1.5, 2.0),
        "POSITION_SCORE": (35.0, 40.0, 45.0, 50.0, 55.0),
    },
    "agenda": {
        "agenda.AGENDA_KEYS": (
            frozenset(),
            frozenset(_KINDS[:1]),
            frozenset(_KINDS[1:2]),
            frozenset(_KINDS[:2]),
            frozenset(_KINDS[:3]),
            frozenset(_KINDS),
        ),
        "MIN_POINT_SCORE": (12.0, 15.0, 18.0),
        "POSITION_SCORE": (40.0, 45.0, 50.0),
    },
}


def _owner(name: str) -> tuple[ModuleType, str]:
    """The module holding a constant of a grid and the constant's own name."""
    if name.startswith("agenda."):
        return agenda, name.removeprefix("agenda.")
    return align, name


def settings(grid: Mapping[str, Sequence[object]]) -> list[Setting]:
    """Every setting of a grid, the shipped one first (so that ties go to it)."""
    names = sorted(grid)
    shipped = tuple((name, getattr(*_owner(name))) for name in names)
    crossed = [
        tuple(zip(names, values, strict=True)) for values in itertools.product(*(grid[n] for n in names))
    ]
    return [shipped, *(s for s in crossed if s != shipped)]


@contextmanager
def applied(setting: Setting) -> Iterator[None]:
    """The alignment's constants set to ``setting`` for the block, restored after."""
    before = {name: getattr(*_owner(name)) for name, _value in setting}
    try:
        for name, value in setting:
            setattr(*_owner(name), value)
        yield
    finally:
        for name, value in before.items():
            setattr(*_owner(name), value)


def batch_scores(gold: GoldSet) -> dict[int, SubjectScore]:
    """The comparison's links scored by subject against the gold, summed per batch."""
    totals: dict[int, list[int]] = {}
    for item in gold.alignments:
        row = totals.setdefault(item.get("batch", 1), [0, 0, 0, 0])
        a, b = gold.readouts.get(item["a"]), gold.readouts.get(item["b"])
        if a is None or b is None:
            row[2] += len(item["links"])
            continue
        comparison = align.compare(a, b)
        predicted = [frozenset({(link.a, link.b)}) for link in comparison.links]
        reference = gold_cells(a, b, item["links"], comparison.points_a, comparison.points_b)
        for k, value in enumerate(subject_score(predicted, reference)):
            row[k] += value
    return {batch: SubjectScore(*row) for batch, row in totals.items()}


def pooled(scores: Sequence[SubjectScore]) -> SubjectScore:
    """Counts summed over several batches."""
    return SubjectScore(
        sum(s.predicted for s in scores),
        sum(s.right for s in scores),
        sum(s.subjects for s in scores),
        sum(s.found for s in scores),
    )


def describe(setting: Setting) -> str:
    """A setting as "NAME value, ...", a set of kinds as "a+b" ("none" when empty)."""

    def shown(value: object) -> str:
        if isinstance(value, frozenset):
            return "+".join(sorted(value)) or "none"
        return f"{value:g}" if isinstance(value, float) else str(value)

    return ", ".join(f"{name} {shown(value)}" for name, value in setting)


def line(score: SubjectScore) -> str:
    return (
        f"F1 {score.f1:.3f} (P {score.precision:.3f} R {score.recall:.3f}; "
        f"{score.predicted} links, {score.right} right, {score.found} of {score.subjects} subjects)"
    )


def main(argv: list[str]) -> int:
    choice = argv[argv.index("--alignments") + 1] if "--alignments" in argv else "v2"
    name = argv[argv.index("--grid") + 1] if "--grid" in argv else "thresholds"
    if name not in GRIDS:
        print(f"--grid {name}: no such grid (one of {', '.join(GRIDS)})")
        return 2
    gold = gold_with(choice)
    if isinstance(gold, int):
        return gold
    grid = settings(GRIDS[name])
    table: dict[Setting, dict[int, SubjectScore]] = {}
    for setting in grid:
        with applied(setting):
            table[setting] = batch_scores(gold)
    shipped = grid[0]
    batches = sorted(table[shipped])
    print(f"alignments {choice}, scored by subject; grid {name!r}: {len(grid)} settings")
    print(
        f"shipped setting ({describe(shipped)}), all batches: {line(pooled(list(table[shipped].values())))}"
    )
    for batch in batches:
        print(f"  batch {batch}: {line(table[shipped][batch])}")
    best_all = max(grid, key=lambda s: pooled(list(table[s].values())).f1)
    print(f"best on all batches ({describe(best_all)}): {line(pooled(list(table[best_all].values())))}")
    folds = leave_one_out(table, grid)
    print("leave one batch out: batch held out | setting chosen on the others | F1 there | F1 held out")
    for batch, chosen in folds:
        train = pooled([table[chosen][b] for b in batches if b != batch])
        print(f"  {batch} | {describe(chosen)} | {train.f1:.3f} | {line(table[chosen][batch])}")
    print(f"pooled held-out: {line(pooled([table[chosen][batch] for batch, chosen in folds]))}")
    return 0


def leave_one_out(
    table: Mapping[Setting, Mapping[int, SubjectScore]], grid: Sequence[Setting]
) -> list[tuple[int, Setting]]:
    """For each batch, the setting of ``grid`` with the best F1 on the other batches pooled.

    Ties go to the first in ``grid`` (the shipped setting, which :func:`settings` puts first).
    """
    batches = sorted(table[grid[0]])
    return [
        (batch, max(grid, key=lambda s: pooled([table[s][b] for b in batches if b != batch]).f1))
        for batch in batches
    ]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
