"""Pick the gold-aligned pairs a second annotator re-annotates, without showing the gold links.

Prints, for each picked pair, its index in the gold file's ``alignments``, its batch and the
paths of its two pages; the links themselves are never read out, so the annotator stays blind.
Run from the repository root: ``python benchmarks/alignment_agreement/pick.py``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
GOLD = Path("tests/compare/pairs.gold.json")
SEED = 12
COUNT = 24
#: the rounds of gold-writing there were when the study was drawn: the later ones (batch 7, once
#: blind and now measured, and the blind batch 8) are never picked, so the sample stays the study's
STUDY_BATCHES = frozenset(range(1, 7))


def picked(gold: Path = GOLD, seed: int = SEED, count: int = COUNT) -> list[int]:
    """Indices into ``alignments``: a plain random sample, checked to hold every batch.

    Only the batches there were when the study was drawn (:data:`STUDY_BATCHES`) are picked from;
    the later ones, the blind batch among them, never are.
    """
    every = json.loads(gold.read_text(encoding="utf-8"))["alignments"]
    alignments = [item for item in every if item.get("batch", 1) in STUDY_BATCHES]
    chosen = sorted(random.Random(seed).sample(range(len(alignments)), count))
    batches = {item.get("batch", 1) for item in alignments}
    held = {alignments[i].get("batch", 1) for i in chosen}
    if held != batches:
        raise SystemExit(f"{gold}: seed {seed} misses batches {sorted(batches - held)}")
    return chosen


def main() -> int:
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    where = {r["path"]: bool(r.get("in_repo")) for r in data["readouts"]}
    for index in picked():
        item = data["alignments"][index]
        sides = [("tests/compare/" if where[item[s]] else "../shared/corpus/") + item[s] for s in "ab"]
        print(index, item.get("batch", 1), *sides, sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
