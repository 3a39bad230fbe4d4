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
from alignment_scoring import BLIND_BATCHES  # a benchmark script in the folder above

GOLD = Path("tests/compare/pairs.gold.json")
SEED = 12
COUNT = 24


def picked(gold: Path = GOLD, seed: int = SEED, count: int = COUNT) -> list[int]:
    """Indices into ``alignments``: a plain random sample, checked to hold every batch.

    The blind batches (written last) are never picked: they stay blind.
    """
    every = json.loads(gold.read_text(encoding="utf-8"))["alignments"]
    alignments = [item for item in every if item.get("batch", 1) not in BLIND_BATCHES]
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
