"""How far a second annotator agrees with the alignment gold, beside the system on the same pairs.

Usage (from the repository root, the corpus at ../shared/corpus or READOUTLIB_CORPUS)::

    python benchmarks/alignment_agreement/agreement.py [--list] [--causes FILE] [--subjects]
        [--reference v2]

Annotator 2's links (``second_annotator.json``) are scored against the gold links of the same
pairs (``tests/compare/pairs.gold.json``) with the scorer's own matching
(``readoutlib.compare.gold``): each quote stands for the points (sentences, ``points_of``) it
overlaps, and a link of annotator 2 is right when one of its pairs of points covers the two quotes
of a gold link, as a system link is; a gold link is found when a right link covers it. The system
(``compare`` as ``readout compare`` runs it) is scored on the same pairs by ``score_alignment``,
and, for comparison, against annotator 2's links as if they were the gold.

``--list`` prints every disagreement (a link of annotator 2 that covers no gold link, a gold link
that annotator 2 does not cover) with its quotes. ``--causes FILE`` reads the hand classification
of those disagreements (``causes.json``), checks that it names each one exactly once and nothing
else, and counts them by cause. ``--subjects`` adds a second, one-to-many-tolerant scoring for
comparison (``subject_score``): each annotator's links grouped into subjects (points joined by
links, transitively), a link right when it lies within one subject of the reference
(``benchmarks/alignment_scoring.py``, which ``compare_gold.py --by-subject`` uses too).

``--reference v2`` takes the v2 alignment gold (``tests/compare/alignments.v2.json``; or
``--reference FILE``, a file in its format, e.g. its pre-adjudication version) as the reference in
place of the gold file's links, and scores the old gold's links of the same pairs
against it beside annotator 2's (``--causes`` classifies the disagreements with the old gold, so
it is refused there).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from readoutlib.compare.align import compare, points_of
from readoutlib.compare.gold import AlignmentScore, GoldSet, gold_cells, score_alignment

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from alignment_scoring import (  # in the folder above
    ALIGNMENTS,
    Cells,
    alignment_file,
    load_alignments,
    subject_score,
)
from compare_gold import gold_or_none  # a benchmark script in the folder above

HERE = Path(__file__).resolve().parent
SECOND = HERE / "second_annotator.json"
CAUSES = (
    "discussed",
    "loose",
    "split",
    "boundary",
    "error-gold",
    "error-second",
    "other",
)
#: what each cause in causes.json means, in the order the report prints them
CAUSE_LABELS = {
    "discussed": "one side only 'discussed' the subject (a topic, not a statement)",
    "loose": "same subject only loosely (same issue, different content or scope)",
    "split": "one-to-many: one annotator links a statement to more (or fewer) partners",
    "boundary": "quote boundary: the quotes cover different sentences of the same statement",
    "error-gold": "annotator error in the gold",
    "error-second": "annotator error by annotator 2",
    "other": "other",
}


@attrs.frozen
class Disagreement:
    """A link only one annotator made: ``who`` is "second" (not in the gold) or "gold" (missed by 2)."""

    index: int
    who: str
    a: str
    b: str


@attrs.frozen
class PairAgreement:
    """One pair's counts: annotator 2's links, how many cover a gold link, gold links covered."""

    index: int
    batch: int
    second: int
    right: int
    gold: int
    found: int
    disagreements: tuple[Disagreement, ...]
    #: gold links annotator 2 also makes, and how many of them the system finds
    agreed: int = 0
    agreed_found: int = 0
    #: the system's links, and how many cover a link of either annotator
    system: int = 0
    system_either: int = 0
    #: each link as the pairs of points its quotes cover: annotator 2's, the gold's, the system's
    cells: tuple[tuple[Cells, ...], tuple[Cells, ...], tuple[Cells, ...]] = ((), (), ())


def _matches(cells: Sequence[Cells], against: Sequence[Cells]) -> list[bool]:
    """For each link (its pairs of points), whether it shares a pair of points with a link of ``against``."""
    return [any(mine & theirs for theirs in against) for mine in cells]


def pair_agreement(gold: GoldSet, item: dict[str, Any], source: Path = SECOND) -> PairAgreement:
    """Score annotator 2's links of one pair (or those of ``item`` read from ``source``) against the
    gold links of the same pair."""
    index = item["index"]
    reference = gold.alignments[index]
    if (reference["a"], reference["b"]) != (item["a"], item["b"]):
        raise SystemExit(f"{source}: pair {index} names other pages than the gold's")
    a, b = gold.readouts[item["a"]], gold.readouts[item["b"]]
    points_a, points_b = points_of(a), points_of(b)
    mine = gold_cells(a, b, item["links"], points_a, points_b)
    theirs = gold_cells(a, b, reference["links"], points_a, points_b)
    right = _matches(mine, theirs)
    found = _matches(theirs, mine)
    comparison = compare(a, b)
    system = [frozenset({(link.a, link.b)}) for link in comparison.links]
    agreed = [cells for cells, hit in zip(theirs, found, strict=True) if hit]
    disagreements = tuple(
        Disagreement(index, "second", link["a"], link["b"])
        for link, hit in zip(item["links"], right, strict=True)
        if not hit
    ) + tuple(
        Disagreement(index, "gold", link["a"], link["b"])
        for link, hit in zip(reference["links"], found, strict=True)
        if not hit
    )
    return PairAgreement(
        index=index,
        batch=item.get("batch", 1),
        second=len(mine),
        right=sum(right),
        gold=len(theirs),
        found=sum(found),
        disagreements=disagreements,
        agreed=len(agreed),
        agreed_found=sum(_matches(agreed, system)),
        system=len(system),
        system_either=sum(_matches(system, [*mine, *theirs])),
        cells=(tuple(mine), tuple(theirs), tuple(system)),
    )


def _prf(predicted: int, right: int, gold: int, found: int) -> str:
    precision = right / predicted if predicted else 1.0
    recall = found / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (
        f"{predicted} links, {right} right, {found} of {gold} reference links found: "
        f"precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}"
    )


def _system_line(score: AlignmentScore) -> str:
    return _prf(score.predicted, score.right, score.gold, score.found)


def read_json(path: Path, key: str) -> list[dict[str, Any]]:
    """The list under ``key`` in a JSON file, or exit with a line naming the file and the reason."""
    try:
        entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))[key]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SystemExit(f"{path}: cannot read its {key!r}: {exc!r}") from None
    return entries


def count_causes(path: Path, disagreements: Sequence[Disagreement]) -> Counter[tuple[str, str]]:
    """Read the hand classification and count it by (who, cause); every disagreement exactly once."""
    entries = read_json(path, "disagreements")
    wanted = {(d.index, d.who, d.a, d.b) for d in disagreements}
    seen: set[tuple[int, str, str, str]] = set()
    counts: Counter[tuple[str, str]] = Counter()
    for entry in entries:
        key = (entry["index"], entry["who"], entry["a"], entry["b"])
        if key not in wanted:
            raise SystemExit(f"{path}: names no disagreement: pair {key[0]}, {key[1]}, {key[2][:60]!r}")
        if key in seen:
            raise SystemExit(f"{path}: classifies twice: pair {key[0]}, {key[1]}, {key[2][:60]!r}")
        if entry["cause"] not in CAUSES:
            raise SystemExit(f"{path}: unknown cause {entry['cause']!r} (one of {', '.join(CAUSES)})")
        seen.add(key)
        counts[(entry["who"], entry["cause"])] += 1
    missing = wanted - seen
    if missing:
        first = sorted(missing)[0]
        raise SystemExit(
            f"{path}: {len(missing)} disagreements unclassified, e.g. pair {first[0]} ({first[1]})"
        )
    return counts


def _print_causes(counts: Counter[tuple[str, str]], rows: Sequence[PairAgreement]) -> None:
    """The causes counted, each with the agreement F1 the pairs would reach without its disagreements."""
    predicted, right = sum(r.second for r in rows), sum(r.right for r in rows)
    gold_links, found = sum(r.gold for r in rows), sum(r.found for r in rows)
    print("cause | annotator 2 only | gold only | all | F1 without them")
    for cause in CAUSES:
        second, gold = counts[("second", cause)], counts[("gold", cause)]
        f1 = _prf(predicted - second, right, gold_links - gold, found).rsplit(" ", 1)[1]
        print(f"{cause} ({CAUSE_LABELS[cause]}) | {second} | {gold} | {second + gold} | {f1}")
    for group in (("split", "discussed"), ("split", "discussed", "loose")):
        second = sum(counts[("second", cause)] for cause in group)
        gold = sum(counts[("gold", cause)] for cause in group)
        f1 = _prf(predicted - second, right, gold_links - gold, found).rsplit(" ", 1)[1]
        print(f"{' + '.join(group)} together | {second} | {gold} | {second + gold} | {f1}")
    second = sum(n for (who, _), n in counts.items() if who == "second")
    gold = sum(n for (who, _), n in counts.items() if who == "gold")
    print(f"all | {second} | {gold} | {second + gold}")


def _report_pairs(
    gold: GoldSet, items: Sequence[dict[str, Any]], rows: Sequence[PairAgreement], name: str = "the gold"
) -> None:
    """Each pair's counts, then annotator 2 and the system against the gold (called ``name``), and
    the system against 2."""
    indices = [row.index for row in rows]
    system = score_alignment(gold, pairs=indices)
    second_as_gold = attrs.evolve(
        gold,
        alignments=tuple(
            next((item for item in items if item["index"] == i), {**entry, "links": []})
            for i, entry in enumerate(gold.alignments)
        ),
    )
    print("pair | batch | gold links | annotator 2 links | right | gold found | system links | right | found")
    for row, sys_row in zip(rows, system.rows, strict=True):
        print(
            f"{row.index} | {row.batch} | {row.gold} | {row.second} | {row.right} | {row.found} | "
            f"{sys_row[2]} | {sys_row[3]} | {sys_row[5]}"
        )
    totals = _prf(*(sum(getattr(r, name) for r in rows) for name in ("second", "right", "gold", "found")))
    print(f"pairs: {len(rows)} ({', '.join(map(str, indices))})")
    print(f"annotator 2 against {name}: {totals}")
    print(f"system against {name}:      {_system_line(system)}")
    print(f"system against annotator 2:   {_system_line(score_alignment(second_as_gold, pairs=indices))}")
    agreed, agreed_found = sum(r.agreed for r in rows), sum(r.agreed_found for r in rows)
    print(f"gold links annotator 2 also makes: {agreed}; the system finds {agreed_found} of them")
    either = sum(r.system_either for r in rows)
    print(f"system links covering a link of either annotator: {either} of {sum(r.system for r in rows)}")


def _report_subjects(
    rows: Sequence[PairAgreement], name: str = "the gold", annotator: str = "annotator 2"
) -> None:
    """The by-subject scoring of the annotator, the gold (called ``name``) and the system against
    each other."""
    scorings = (
        (f"{annotator} against {name}", 0, 1),
        (f"{name} against {annotator}", 1, 0),
        (f"system against {name}", 2, 1),
        (f"system against {annotator}", 2, 0),
    )
    for label, mine, theirs in scorings:
        counts = [subject_score(r.cells[mine], r.cells[theirs]) for r in rows]
        total = _prf(*(sum(c[k] for c in counts) for k in range(4)))
        print(f"by subject, {label}: {total.replace('reference links', 'subjects')}")


def _report_old_gold(reference: GoldSet, old: GoldSet, indices: Sequence[int], subjects: bool) -> None:
    """The old gold's links of the same pairs scored against the v2 reference, as annotator 2's are."""
    items = [{**old.alignments[i], "index": i} for i in indices]
    rows = [pair_agreement(reference, item, source=ALIGNMENTS["v1"]) for item in items]
    totals = _prf(*(sum(getattr(r, name) for r in rows) for name in ("second", "right", "gold", "found")))
    print(f"the old gold against v2: {totals}")
    if subjects:
        _report_subjects(rows, "v2", "the old gold")


def main(argv: list[str]) -> int:
    gold = gold_or_none()
    if gold is None:
        return 0
    choice = argv[argv.index("--reference") + 1] if "--reference" in argv else "v1"
    path = alignment_file(choice)
    if path is None:
        raise SystemExit(f"--reference {choice}: neither v1, v2 nor a file")
    if choice != "v1" and "--causes" in argv:
        raise SystemExit(f"--causes classifies the disagreements with the old gold, not with {choice}")
    reference = gold if choice == "v1" else load_alignments(path, gold)
    name = "the gold" if choice == "v1" else "v2"
    items = read_json(SECOND, "alignments")
    rows = [pair_agreement(reference, item) for item in items]
    _report_pairs(reference, items, rows, name)
    if "--subjects" in argv:
        _report_subjects(rows, name)
    if choice != "v1":
        _report_old_gold(reference, gold, [row.index for row in rows], "--subjects" in argv)
    disagreements = [d for row in rows for d in row.disagreements]
    if "--list" in argv:
        for d in disagreements:
            print(f"[{d.index}] {d.who} only\n  A: {d.a}\n  B: {d.b}")
    if "--causes" in argv:
        _print_causes(count_causes(Path(argv[argv.index("--causes") + 1]), disagreements), rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
