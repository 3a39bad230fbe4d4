"""Pairing and statement-alignment accuracy on the gold set of real readout pairs.

Usage: python benchmarks/compare_gold.py [--misses] [--vectors FILE] [--model] [--ranking]
    [--alignments v1|v2] [--by-subject] [--blind] [--only [--grid]]

``--vectors FILE`` measures the alignment with word vectors (benchmarks/build_word_vectors.py writes
them); without, the words alone, as ``readout compare`` aligns. ``--model`` adds the opt-in third
pass with the shipped link model (``readoutlib.compare.evidence``; benchmarks/fit_link_model.py
measures it with each pair left out of the fit). ``--ranking`` prints how well the second pass's
score ranks every pair of points against the gold links (average precision).

``--alignments v2`` scores the alignment against the v2 alignment gold
(``tests/compare/alignments.v2.json``, written under the precise convention its note gives) in
place of the gold file's own links (v1, the default); ``--alignments FILE``, a file in its format.
``--by-subject`` adds, under each alignment line, the same pairs scored by subject
(``benchmarks/alignment_scoring.py``, as ``alignment_agreement/agreement.py --subjects`` scores): a
link is right when its two sentences lie within one subject of the gold (its links joined
transitively), a subject is found when a right link lies in it; precision over links, recall over
subjects.

The blind batches (``alignment_scoring.BLIND_BATCHES``: those written for the lead's final
measurement: none now; batch 12 was measured once, as batches 7 to 11 before it) are left out of every
figure, the "all" lines included; ``--blind`` adds, after the usual lines (which stay the same),
their own pairing and alignment lines, measured on the gold set with them (their pages pair among
all the others).
``--only`` scores the "only one side reports" lists (``Comparison.only_a/only_b``) of every
gold-aligned pair against the alignment gold chosen: a listed point is right when no gold link
touches it (covers one of its quotes); precision is right / listed, recall the points no gold link
touches that are listed / all such points, both sides of every pair pooled, by batch and all. The
points shown as "on the same subject, in other words" (``related_a/related_b``) are counted
beside: how many, and how many a gold link touches (the other side does report them); so are the
points listed apart as only naming a topic (``topics_a/topics_b``), which the lists make no claim
about and which are left out of the points recall is over.
``--only --grid`` tries the words and agenda-key rule for those points (``align.RELATED_SCORE``,
``align.RELATED_KEYS``, off by default) at each setting of a small grid, and chooses it
leave-one-batch-out: the setting with the best F1 of the lists (their precision and recall) on
the other batches is scored on the one held out, the held-out counts pooled.

Reads the pages from the corpus (READOUTLIB_CORPUS, else ../shared/corpus next to the repository)
and the gold from tests/compare/pairs.gold.json; exits 0 with a message where the corpus is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from alignment_scoring import (
    BLIND_BATCHES,
    alignment_file,
    blind_paths,
    load_alignments,
    score_by_subject,
    without_blind,
)

from readoutlib.compare import agenda, align
from readoutlib.compare.align import compare
from readoutlib.compare.evidence import LINK_MODEL, LinkModel
from readoutlib.compare.gold import (
    GoldSet,
    OnlyScore,
    load_gold,
    ranking,
    score_alignment,
    score_only,
    score_pairing,
)
from readoutlib.compare.vectors import WordVectors, read_vectors
from readoutlib.testing import corpus_dir as _corpus_dir

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "compare" / "pairs.gold.json"


def corpus_dir() -> Path | None:
    """The corpus folder (found as the test kit finds it), or None where it or its bulk/ is absent."""
    found = _corpus_dir()
    if found is not None and found.name == "cases":
        found = found.parent
    return found if found is not None and (found / "bulk").is_dir() else None


def gold_or_none(*, blind: bool = False) -> GoldSet | None:
    """The gold set read against the corpus, or None (with a message) where the corpus is absent.

    The blind batches are left out unless ``blind`` (``without_blind``).
    """
    corpus = corpus_dir()
    if corpus is None:
        print("corpus not found (set READOUTLIB_CORPUS or place it at ../shared/corpus): nothing measured")
        return None
    gold = load_gold(GOLD, corpus)
    return gold if blind else without_blind(gold, blind_paths(GOLD))


def gold_with(choice: str) -> GoldSet | int:
    """The gold set (blind batches left out) with the alignments ``choice`` names: "v1", "v2" or a
    file. Where it names none, 2 after a line saying so; where the corpus is absent, 0 (with a message)."""
    path = alignment_file(choice)
    if path is None:
        print(f"--alignments {choice}: neither v1, v2 nor a file")
        return 2
    gold = gold_or_none()
    if gold is None:
        return 0
    return gold if choice == "v1" else load_alignments(path, gold)


def _entries() -> list[dict[str, object]]:
    entries: list[dict[str, object]] = json.loads(GOLD.read_text(encoding="utf-8"))["readouts"]
    return entries


def _later_batches() -> list[int]:
    """The rounds of gold-writing after the first, as the gold file's readouts name them, blind ones aside."""
    return sorted(
        {
            batch
            for e in _entries()
            if isinstance(batch := e.get("batch"), int) and batch > 1 and batch not in BLIND_BATCHES
        }
    )


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


def _report_alignment(
    gold: GoldSet, vectors: WordVectors | None, model: LinkModel | None, *, by_subject: bool
) -> None:
    """Alignment precision, recall and F1 over all pairs and by batch; ``by_subject`` adds each by subject."""
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
        if by_subject:
            subject = score_by_subject(
                gold,
                heldout=heldout,
                batch=batch,
                align=lambda a, b: compare(a, b, vectors=vectors, model=model),
            )
            print(
                f"  by subject ({label}): {subject.subjects} gold subjects, {subject.predicted} predicted, "
                f"{subject.right} within a gold subject, {subject.found} subjects found: "
                f"precision {subject.precision:.3f} recall {subject.recall:.3f} F1 {subject.f1:.3f}"
            )


def _report_blind(
    full: GoldSet, vectors: WordVectors | None, model: LinkModel | None, *, misses: bool, by_subject: bool
) -> None:
    """Each blind batch on lines of its own, measured on the gold set with every batch in it."""
    pairing = score_pairing(full)
    for batch in sorted(BLIND_BATCHES):
        paths = blind_paths(GOLD, frozenset({batch}))
        new_gold = {p for p in pairing.gold if p[0] in paths or p[1] in paths}
        new_predicted = {p for p in pairing.predicted if p[0] in paths or p[1] in paths}
        print(
            f"pairing (batch {batch}, blind): {len(new_gold)} gold pairs, {len(new_predicted)} predicted "
            f"touching a batch-{batch} readout, {len(new_gold & new_predicted)} right"
        )
        if misses:
            for a, b in sorted(new_predicted - new_gold):
                print(f"  wrong pair: {a} + {b}")
            for a, b in sorted(new_gold - new_predicted):
                print(f"  missed pair: {a} + {b}")
        alignment = score_alignment(full, batch=batch, vectors=vectors, model=model)
        print(
            f"alignment (batch {batch}, blind): {len(alignment.rows)} pairs, {alignment.gold} gold links, "
            f"{alignment.predicted} predicted, {alignment.right} right, {alignment.found} gold found: "
            f"precision {alignment.precision:.3f} recall {alignment.recall:.3f} F1 {alignment.f1:.3f}"
        )
        if by_subject:
            subject = score_by_subject(
                full, batch=batch, align=lambda a, b: compare(a, b, vectors=vectors, model=model)
            )
            print(
                f"  by subject (batch {batch}, blind): {subject.subjects} gold subjects, "
                f"{subject.predicted} predicted, {subject.right} within a gold subject, "
                f"{subject.found} subjects found: precision {subject.precision:.3f} "
                f"recall {subject.recall:.3f} F1 {subject.f1:.3f}"
            )


def only_scores(gold: GoldSet) -> dict[int, OnlyScore]:
    """The "only one side reports" lists of each gold-aligned pair whose pages parse, scored by
    batch (:func:`readoutlib.compare.gold.score_only`)."""
    scores: dict[int, OnlyScore] = {}
    for item in gold.alignments:
        a, b = gold.readouts.get(item["a"]), gold.readouts.get(item["b"])
        if a is None or b is None:
            continue
        batch = item.get("batch", 1)
        scores[batch] = scores.get(batch, OnlyScore()) + score_only(compare(a, b), item["links"])
    return scores


def _report_only(gold: GoldSet) -> None:
    """Precision and recall of the "only one side reports" lists, by batch and all."""
    scores = only_scores(gold)
    rows = [(f"batch {batch}", score) for batch, score in sorted(scores.items())]
    rows.append(("all", sum(scores.values(), OnlyScore())))
    for label, score in rows:
        print(
            f"only one side ({label}): {score.listed} listed, {score.right} right, {score.unlinked} points "
            f"no gold link touches, {score.found} of them listed: precision {score.precision:.3f} "
            f"recall {score.recall:.3f}; {score.related} shown as on the same subject, "
            f"{score.related_right} of them touched by a gold link; {score.topics} listed apart as "
            f"topics, {score.topics_touched} of them touched by a gold link"
        )


#: The settings ``--only --grid`` tries: (kinds of agenda key, least weighted Dice score); the first
#: is the shipped one (the rule off).
ONLY_GRID: tuple[tuple[frozenset[str], float], ...] = (
    (frozenset(), 101.0),
    *((frozenset(), score) for score in (15.0, 20.0, 25.0, 30.0, 40.0)),
    *((frozenset({agenda.NAME}), score) for score in (20.0, 30.0, 40.0, 101.0)),
    *((frozenset({agenda.NAME, agenda.COUNTRY}), score) for score in (20.0, 30.0, 101.0)),
)


def _f1(score: OnlyScore) -> float:
    p, r = score.precision, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def _report_only_grid(gold: GoldSet) -> None:
    """The related-points rule's setting chosen leave-one-batch-out, pooled over the held-out batches."""
    kept = (align.RELATED_KEYS, align.RELATED_SCORE)
    by_setting: list[dict[int, OnlyScore]] = []
    try:
        for keys, score in ONLY_GRID:
            align.RELATED_KEYS, align.RELATED_SCORE = keys, score
            by_setting.append(only_scores(gold))
    finally:
        align.RELATED_KEYS, align.RELATED_SCORE = kept
    for (keys, score), scores in zip(ONLY_GRID, by_setting, strict=True):
        total = sum(scores.values(), OnlyScore())
        print(
            f"only grid: keys {sorted(keys)} score {score:g}: precision {total.precision:.3f} "
            f"recall {total.recall:.3f} F1 {_f1(total):.3f}"
        )
    pooled = OnlyScore()
    for batch in sorted(by_setting[0]):
        train = [sum((v for b, v in s.items() if b != batch), OnlyScore()) for s in by_setting]
        best = max(range(len(ONLY_GRID)), key=lambda k: (_f1(train[k]), -k))
        pooled += by_setting[best][batch]
        keys, score = ONLY_GRID[best]
        print(f"only grid, batch {batch} held out: chosen keys {sorted(keys)} score {score:g}")
    print(
        f"only grid, held out pooled: precision {pooled.precision:.3f} recall {pooled.recall:.3f} "
        f"F1 {_f1(pooled):.3f}"
    )


def main(argv: list[str]) -> int:
    choice = argv[argv.index("--alignments") + 1] if "--alignments" in argv else "v1"
    path = alignment_file(choice)
    if path is None:
        print(f"--alignments {choice}: neither v1, v2 nor a file")
        return 2
    full = gold_or_none(blind=True)
    if full is None:
        return 0
    if choice != "v1":
        full = load_alignments(path, full)
    gold = without_blind(full, blind_paths(GOLD))
    if "--alignments" in argv:
        print(f"alignments: {choice} ({path})")
    vectors = read_vectors(Path(argv[argv.index("--vectors") + 1])) if "--vectors" in argv else None
    model = LINK_MODEL if "--model" in argv else None
    for reason in gold.failures.values():
        print(f"not parsed: {reason}")
    if "--only" in argv:
        _report_only(gold)
        if "--grid" in argv:
            _report_only_grid(gold)
        return 0
    _report_pairing(gold, misses="--misses" in argv)
    _report_alignment(gold, vectors, model, by_subject="--by-subject" in argv)
    if "--blind" in argv:
        _report_blind(full, vectors, model, misses="--misses" in argv, by_subject="--by-subject" in argv)
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
