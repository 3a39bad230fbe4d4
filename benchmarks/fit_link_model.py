"""Fit the third alignment pass's link model on the gold alignments, and measure it honestly.

Usage: python benchmarks/fit_link_model.py [--threshold T ...]

Prints the weights fitted on every gold-aligned pair (the numbers ``readoutlib.compare.evidence``
keeps as ``LINK_MODEL``), then the alignment figures of three runs over the gold:

- ``no third pass``: the first two passes alone, as ``readout compare`` aligns by default;
- ``shipped model``: the model as the library holds it (fitted on these very pairs: an optimistic
  figure);
- ``left out``: each gold pair aligned by a model fitted on every other pair (leave one pair out):
  the estimate for pairs the model has not seen.

``--threshold`` gives the thresholds of the log-odds to measure (default: the shipped one).
Reads the corpus and the gold as benchmarks/compare_gold.py does.
"""

from __future__ import annotations

import itertools
import sys

from compare_gold import gold_or_none

from readoutlib.compare.evidence import FEATURES, LINK_MODEL, LinkModel, fit
from readoutlib.compare.gold import AlignmentScore, GoldSet, link_examples, score_alignment


def _line(label: str, score: AlignmentScore) -> str:
    return (
        f"{label}: {score.gold} gold links, {score.predicted} predicted, {score.right} right, "
        f"{score.found} found: precision {score.precision:.3f} recall {score.recall:.3f} F1 {score.f1:.3f}"
    )


def _sum(scores: list[AlignmentScore]) -> AlignmentScore:
    rows = tuple(row for score in scores for row in score.rows)
    return AlignmentScore(
        predicted=sum(s.predicted for s in scores),
        right=sum(s.right for s in scores),
        gold=sum(s.gold for s in scores),
        found=sum(s.found for s in scores),
        rows=rows,
    )


def _left_out(
    gold: GoldSet, examples: dict[int, list[tuple[tuple[float, ...], bool]]], threshold: float
) -> None:
    """Each pair aligned by a model fitted on the others; the figures summed, in all and by batch."""
    by_batch: dict[int, list[AlignmentScore]] = {}
    for index in examples:
        rest = [example for other, rows in examples.items() if other != index for example in rows]
        model = LinkModel(weights=fit(rest), threshold=threshold)
        batch = gold.alignments[index].get("batch", 1)
        by_batch.setdefault(batch, []).append(score_alignment(gold, model=model, pairs=[index]))
    print(_line(f"left out, threshold {threshold}, all", _sum([s for v in by_batch.values() for s in v])))
    for batch in sorted(by_batch):
        print(_line(f"left out, threshold {threshold}, batch {batch}", _sum(by_batch[batch])))


def main(argv: list[str]) -> int:
    gold = gold_or_none()
    if gold is None:
        return 0
    examples = link_examples(gold)
    weights = fit([example for rows in examples.values() for example in rows])
    print("weights fitted on every pair:")
    for name, weight in zip(FEATURES, weights, strict=True):
        print(f"  {name:14s} {weight:8.4f}  (shipped {LINK_MODEL.weights[FEATURES.index(name)]:8.4f})")
    print(_line("no third pass", score_alignment(gold, model=None)))
    print(_line("shipped model", score_alignment(gold, model=LINK_MODEL)))
    thresholds = [float(v) for k, v in itertools.pairwise(argv) if k == "--threshold"]
    for threshold in thresholds or [LINK_MODEL.threshold]:
        _left_out(gold, examples, threshold)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
