"""Pairing and statement-alignment accuracy on the gold set of real readout pairs.

Usage: python benchmarks/compare_gold.py [--misses] [--vectors FILE] [--model] [--ranking]

``--vectors FILE`` measures the alignment with word vectors (benchmarks/build_word_vectors.py writes
them); without, the words alone, as ``readout compare`` aligns. ``--model`` adds the opt-in third
pass with the shipped link model (``readoutlib.compare.evidence``; benchmarks/fit_link_model.py
measures it with each pair left out of the fit). ``--ranking`` prints how well the second pass's
score ranks every pair of points against the gold links (average precision).

Reads the pages from the corpus (READOUTLIB_CORPUS, else ../shared/corpus next to the repository)
and the gold from tests/compare/pairs.gold.json; exits 0 with a message where the corpus is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from readoutlib.compare.evidence import LINK_MODEL
from readoutlib.compare.gold import GoldSet, load_gold, ranking, score_alignment, score_pairing
from readoutlib.compare.vectors import read_vectors
from readoutlib.testing import corpus_dir as _corpus_dir

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "compare" / "pairs.gold.json"


def corpus_dir() -> Path | None:
    """The corpus folder (found as the test kit finds it), or None where it or its bulk/ is absent."""
    found = _corpus_dir()
    if found is not None and found.name == "cases":
        found = found.parent
    return found if found is not None and (found / "bulk").is_dir() else None


def gold_or_none() -> GoldSet | None:
    """The gold set read against the corpus, or None (with a message) where the corpus is absent."""
    corpus = corpus_dir()
    if corpus is None:
        print("corpus not found (set READOUTLIB_CORPUS or place it at ../shared/corpus): nothing measured")
        return None
    return load_gold(GOLD, corpus)


def _entries() -> list[dict[str, object]]:
    entries: list[dict[str, object]] = json.loads(GOLD.read_text(encoding="utf-8"))["readouts"]
    return entries


def _later_batches() -> list[int]:
    """The rounds of gold-writing after the first, as the gold file's readouts name them."""
    return sorted({batch for e in _entries() if isinstance(batch := e.get("batch"), int) and batch > 1})


def _report_pairing(gold: GoldSet, *, misses: bool) -> None:
    """Pairing precision and recall, the later batches' own counts and, with ``misses``, the wrong pairs."""
    pairing = score_pairing(gold)
    print(
        f"pairing: {len(gold.readouts)} readouts, {len(gold.pairs)} gold pairs, "
        f"{len(pairing.predicted)} predicted, {len(pairing.right)} right: "
        f"precision {pairing.precision:.3f} recall {pairing.recall:.3f} "
        f"(recall {pairing.parsed_recall:.3f} over the {len(pairing.parsed)} pairs whose pages both parse)"
    )
    for batch in _later_batches():
        paths = {e["path"] for e in _entries() if e.get("batch") == batch}
        new_gold = {p for p in pairing.gold if p[0] in paths or p[1] in paths}
        new_predicted = {p for p in pairing.predicted if p[0] in paths or p[1] in paths}
        right = len(new_gold & new_predicted)
        print(
            f"pairing (batch {batch} only): {len(new_gold)} gold pairs, {len(new_predicted)} predicted "
            f"touching a batch-{batch} readout, {right} right"
        )
    if misses:
        for a, b in sorted(pairing.predicted - pairing.gold):
            print(f"  wrong pair: {a} + {b}")
        for a, b in sorted(pairing.gold - pairing.predicted):
            print(f"  missed pair: {a} + {b}")


def main(argv: list[str]) -> int:
    gold = gold_or_none()
    if gold is None:
        return 0
    vectors = read_vectors(Path(argv[argv.index("--vectors") + 1])) if "--vectors" in argv else None
    model = LINK_MODEL if "--model" in argv else None
    for reason in gold.failures.values():
        print(f"not parsed: {reason}")
    _report_pairing(gold, misses="--misses" in argv)
    rows: tuple[tuple[str, bool | None, int | None], ...] = (
        ("all", None, None),
        ("batch 1, tuned on", False, 1),
        ("batch 1, held out", True, 1),
        *((f"batch {batch}", None, batch) for batch in _later_batches()),
    )
    for label, heldout, batch in rows:
        alignment = score_alignment(gold, heldout=heldout, batch=batch, vectors=vectors, model=model)
        print(
            f"alignment ({label}): {len(alignment.rows)} pairs, {alignment.gold} gold links, "
            f"{alignment.predicted} predicted, {alignment.right} right, {alignment.found} gold found: "
            f"precision {alignment.precision:.3f} recall {alignment.recall:.3f} F1 {alignment.f1:.3f}; "
            f"{alignment.reachable} gold links within the points compared: "
            f"recall {alignment.reachable_recall:.3f} F1 {alignment.reachable_f1:.3f}"
        )
    if "--ranking" in argv:
        pairs, positives, precision = ranking(gold, vectors)
        print(f"ranking: {pairs} pairs of points, {positives} cover a gold link: ", end="")
        print(f"average precision {precision:.3f}")
    if "--misses" in argv:
        for a, b, predicted, right, gold_links, found in score_alignment(
            gold, vectors=vectors, model=model
        ).rows:
            print(f"  {a} + {b}: predicted {predicted}, right {right}, gold {gold_links}, found {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
