"""Why the alignment misses the gold links it misses: every missed gold link given one cause.

Usage (from the repository root, the corpus at ../shared/corpus or READOUTLIB_CORPUS)::

    python benchmarks/alignment_misses.py [--list]
    python benchmarks/alignment_misses.py --by-subject [--alignments v2|v1|FILE] [--list]

For every gold link of ``tests/compare/pairs.gold.json`` that the default comparison
(``compare(a, b)``, as ``readout compare`` runs it) does not find, the pairs of points (sentences)
that cover its two quotes are looked up in the second pass's trace (``link_trace``) and the link is
given the first cause that holds, in this order:

- ``a`` **no statement**: no pair of points covers the two quotes (a quote outside every point), or
  in every pair that does neither point holds a parser statement, so no pass weighs it;
- ``e`` **no shared word**: the best such pair shares no content word (its score is 0);
- ``b`` **below threshold**: it scores under the second pass's ``MIN_POINT_SCORE``;
- ``c`` **runner-up margin**: it scores enough but not ``MARGIN`` times another candidate of one of
  its points;
- ``d`` **point taken**: one of its points was already linked to another point.

A gold link that annotator 2 also makes (``benchmarks/alignment_agreement/second_annotator.json``,
matched as that study's script matches) is marked as a consensus link. ``--list`` prints every
missed link with its sentences; the counts come first.

``--by-subject`` diagnoses as rule 3's scoring counts (``compare_gold.py --alignments v2
--by-subject``; v2 unless ``--alignments`` names another gold): every gold subject (the points the
gold links, joined transitively) that no predicted link lies in gets the first cause of
:data:`SUBJECT_CAUSES` that holds over all the pairs of its sentences across the sides (the second
pass's trace, and the positions pass's score where both sentences state something); every
predicted link outside every subject gets one of :data:`WRONG_CAUSES` by where its two sentences
lie, with the pass that made it and what each sentence holds (a parser statement, a position, or
none). Its output on main 988dc8a is ``benchmarks/alignment_misses.v2-subjects.txt``; on batches 1-7
(batch 7 no longer blind), on main 2ebcbb6 ``…v2-subjects.batch7.txt`` and after round 8's rules
``…v2-subjects.batch7.after.txt``; on batches 1-8, on main b0879aa ``…v2-subjects.batch8.txt`` and
after the alignment's eighth round (Russian pages against English ones) ``…v2-subjects.batch8.after.txt``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from readoutlib.compare.align import (
    BELOW,
    MARGIN_LOST,
    POSITION_SCORE,
    TAKEN,
    holds_position,
    link_trace,
    position_scorer,
)
from readoutlib.compare.gold import GoldSet, gold_cells

sys.path.insert(0, str(Path(__file__).resolve().parent))
from alignment_scoring import subjects  # benchmark scripts in this folder
from compare_gold import gold_or_none, gold_with

SECOND = Path(__file__).resolve().parent / "alignment_agreement" / "second_annotator.json"

#: The causes, in the order they are tried and printed.
CAUSES = {
    "a": "no statement: neither point holds a parser statement (or a quote lies in no point)",
    "e": "no shared content word",
    "b": "scored, below the second pass's threshold",
    "c": "beaten by the runner-up margin",
    "d": "point already taken by another link",
}
_BY_REASON = {BELOW: "b", MARGIN_LOST: "c", TAKEN: "d"}


@attrs.frozen
class Miss:
    """A gold link the comparison does not find, with its cause and the best pair of points covering it."""

    index: int
    batch: int
    consensus: bool
    cause: str
    score: float
    sentence_a: str
    sentence_b: str
    holds: str  # which of the two points hold a statement: "a", "b", "ab" or ""
    note: str = ""


def _second_links() -> dict[int, list[dict[str, str]]]:
    data: list[dict[str, Any]] = json.loads(SECOND.read_text(encoding="utf-8"))["alignments"]
    return {item["index"]: item["links"] for item in data}


def _cause(
    cells: frozenset[tuple[int, int]], trace: dict[tuple[int, int], tuple[float, str]]
) -> tuple[str, float, tuple[int, int] | None]:
    """The cause of one missed gold link, the best score among its pairs of points, and that pair."""
    weighed = [(trace[cell], cell) for cell in sorted(cells) if cell in trace]
    if not weighed:
        return "a", 0.0, min(cells) if cells else None
    (score, reason), cell = max(weighed, key=lambda t: t[0][0])
    if score == 0.0:
        return "e", score, cell
    return _BY_REASON.get(reason, "?"), score, cell


def _taken_by(cell: tuple[int, int], links: Sequence[tuple[int, int]], right: set[tuple[int, int]]) -> str:
    """The links that hold either point of a pair already, each marked right (a gold link) or wrong."""
    i, j = cell
    holders = [(x, y) for x, y in links if x == i or y == j]
    return ", ".join(f"A{x}-B{y} ({'right' if (x, y) in right else 'wrong'})" for x, y in holders)


def pair_misses(
    gold: GoldSet, index: int, item: dict[str, Any], second: list[dict[str, str]] | None
) -> list[Miss]:
    """The missed gold links of one aligned pair."""
    a, b = gold.readouts.get(item["a"]), gold.readouts.get(item["b"])
    if a is None or b is None:
        return [
            Miss(index, item.get("batch", 1), False, "a", 0.0, link["a"], link["b"], "", "page not parsed")
            for link in item["links"]
        ]
    points_a, points_b, links, trace = link_trace(a, b)
    cells = gold_cells(a, b, item["links"], points_a, points_b)
    theirs = gold_cells(a, b, second, points_a, points_b) if second is not None else []
    made = [(link.a, link.b) for link in links]
    right = {cell for cell in made if any(cell in gold_link for gold_link in cells)}
    misses = []
    for link, covering in zip(item["links"], cells, strict=True):
        if covering & set(made):
            continue
        cause, score, cell = _cause(covering, trace)
        consensus = any(covering & other for other in theirs)
        if cell is None:
            misses.append(Miss(index, item.get("batch", 1), consensus, cause, 0.0, link["a"], link["b"], ""))
            continue
        pa, pb = points_a[cell[0]], points_b[cell[1]]
        holds = ("a" if pa.statement is not None else "") + ("b" if pb.statement is not None else "")
        note = _taken_by(cell, made, right)
        misses.append(
            Miss(index, item.get("batch", 1), consensus, cause, score, pa.text, pb.text, holds, note)
        )
    return misses


def _counts(misses: Sequence[Miss], gold: GoldSet, second: dict[int, list[dict[str, str]]]) -> None:
    batches = sorted({m.batch for m in misses})
    print("cause | all missed | consensus missed | " + " | ".join(f"batch {n}" for n in batches))
    by = Counter((m.cause, m.batch) for m in misses)
    for code, label in CAUSES.items():
        mine = [m for m in misses if m.cause == code]
        row = " | ".join(str(by[(code, n)]) for n in batches)
        print(f"({code}) {label} | {len(mine)} | {sum(m.consensus for m in mine)} | {row}")
    total = sum(len(item["links"]) for item in gold.alignments)
    row = " | ".join(str(sum(1 for m in misses if m.batch == n)) for n in batches)
    print(f"missed | {len(misses)} of {total} | {sum(m.consensus for m in misses)} | {row}")
    _details(misses)
    print(f"pairs annotator 2 linked: {len(second)}")


def _details(misses: Sequence[Miss]) -> None:
    """How the missed links' best pairs stand: statements held, points linked elsewhere, positions."""
    holds = Counter(m.holds for m in misses if m.cause != "a")
    print(
        "statements held by the best pair of points (causes b-e): "
        + ", ".join(f"{k or 'neither'} {v}" for k, v in sorted(holds.items()))
    )
    linked = Counter(m.cause for m in misses if m.note)
    right = Counter(m.cause for m in misses if "(right)" in m.note)
    print(
        "of which a point is already linked to another point (by a right gold link): "
        + ", ".join(f"({code}) {linked[code]} ({right[code]})" for code in CAUSES)
    )
    positions = [m for m in misses if _position_without_statement(m)]
    print(
        f"a point without a statement that holds a position ('the importance of', 'the need to', "
        f"'commitment to', ...): {len(positions)} missed links "
        f"({sum(m.consensus for m in positions)} consensus)"
    )


#: The "discussed the importance of" family: a verb of discussion whose object is a position.
POSITION = re.compile(
    r"\b(?:importance (?:of|to)|important to|need (?:to|for)|necessity (?:to|of|for)|commitment to"
    r"|concerns? (?:about|over|at|on|regarding)|(?:value|strength) of"
    r"|shared (?:desire|ambition|view|opinion|interest|goal)s?)\b",
    re.IGNORECASE,
)


def _position_without_statement(miss: Miss) -> bool:
    """Whether a side of the missed link whose point holds no statement states a position."""
    return any(
        side not in miss.holds and POSITION.search(text)
        for side, text in (("a", miss.sentence_a), ("b", miss.sentence_b))
    )


def main(argv: list[str]) -> int:
    if "--by-subject" in argv:
        return by_subject(argv)
    gold = gold_or_none()
    if gold is None:
        return 0
    second = _second_links()
    misses = [
        miss
        for index, item in enumerate(gold.alignments)
        for miss in pair_misses(gold, index, item, second.get(index))
    ]
    _counts(misses, gold, second)
    if "--list" in argv:
        for m in misses:
            star = "*" if m.consensus else " "
            head = f"{star}[{m.index}] batch {m.batch} ({m.cause}) score {m.score:.1f}"
            print(f"\n{head} holds {m.holds or '-'} {m.note}")
            print(f"  A: {m.sentence_a}")
            print(f"  B: {m.sentence_b}")
    return 0


# --- by subject (v2 convention, rule 3's scoring) -------------------------------------------------

#: Why a gold subject is not found, tried in this order.
SUBJECT_CAUSES = {
    "u": "unreachable: a sentence of the subject is no point (or the page is not parsed)",
    "a": "no pass weighs it: no pair of its sentences has a statement, nor a position on both sides",
    "e": "no shared content word in any pair of its sentences",
    "b": "scored, below the thresholds (second pass 15, positions pass 45)",
    "c": "beaten by the runner-up margin",
    "d": "its sentences taken by links to sentences outside the subject",
}
#: Why a predicted link lies in no gold subject.
WRONG_CAUSES = {
    "x": "two gold subjects: each sentence is in a different subject of the gold (two agenda items)",
    "y": "one sentence in a gold subject, the other in none (the gold gives it no partner)",
    "z": "neither sentence in any gold subject",
}


@attrs.frozen
class SubjectMiss:
    """A gold subject no predicted link lies in: its cause, best score and a pair of its sentences."""

    index: int
    batch: int
    cause: str
    score: float
    sentence_a: str
    sentence_b: str
    note: str = ""


@attrs.frozen
class WrongLink:
    """A predicted link outside every gold subject: its cause, pass and sentences."""

    index: int
    batch: int
    cause: str
    basis: str
    score: float
    sentence_a: str
    sentence_b: str
    note: str = ""


def _holds(point: Any) -> str:
    if point.statement is not None:
        return "statement"
    return "position" if holds_position(point) else "none"


def _subject_cause(
    cells: set[tuple[int, int]],
    trace: dict[tuple[int, int], tuple[float, str]],
    position: Any,
    points: tuple[Any, Any],
) -> tuple[str, float, tuple[int, int] | None]:
    """The cause a gold subject is missed, its best score and the pair of sentences that scored it."""
    if not cells:
        return "u", 0.0, None
    points_a, points_b = points
    weighed = [(trace[cell], cell) for cell in sorted(cells) if cell in trace]
    by_position = [
        (position(i, j), (i, j))
        for i, j in sorted(cells)
        if holds_position(points_a[i])
        and holds_position(points_b[j])
        and (points_a[i].statement is None or points_b[j].statement is None)
    ]
    if not weighed and not by_position:
        return "a", 0.0, min(cells)
    best_position = max(by_position, default=(0.0, min(cells)))
    if weighed:
        (score, reason), cell = max(weighed, key=lambda t: t[0][0])
    else:
        (score, reason), cell = (0.0, BELOW), best_position[1]
    if best_position[0] >= POSITION_SCORE:
        return "d", best_position[0], best_position[1]
    if score == 0.0 and best_position[0] == 0.0:
        return "e", 0.0, cell
    if reason == BELOW:
        return "b", max(score, best_position[0]), cell
    return _BY_REASON.get(reason, "?"), score, cell


@attrs.frozen
class _Pair:
    """One pair's comparison as the by-subject diagnosis reads it."""

    index: int
    batch: int
    points: tuple[Any, Any]
    made: list[tuple[int, int]]
    basis: dict[tuple[int, int], tuple[str, float]]
    trace: dict[tuple[int, int], tuple[float, str]]
    group: dict[tuple[str, int], int]
    inside: dict[tuple[int, int], int]


def _missed_subject(pair: _Pair, number: int, position: Any) -> SubjectMiss:
    """A gold subject no link lies in, with its cause and a pair of its sentences."""
    points_a, points_b = pair.points
    mine_a = [i for (side, i), g in pair.group.items() if side == "a" and g == number]
    mine_b = [j for (side, j), g in pair.group.items() if side == "b" and g == number]
    cause, score, cell = _subject_cause(
        {(i, j) for i in mine_a for j in mine_b}, pair.trace, position, pair.points
    )
    taken = [f"A{x}-B{y}" for x, y in pair.made if x in mine_a or y in mine_b]
    if cause in "bc" and taken:
        cause = "d"
    i, j = cell if cell is not None else (mine_a[0], mine_b[0])
    note = f"holds {_holds(points_a[i])}/{_holds(points_b[j])}"
    if taken:
        note += f"; its sentences linked elsewhere: {', '.join(taken)}"
    return SubjectMiss(pair.index, pair.batch, cause, score, points_a[i].text, points_b[j].text, note)


def _outside(pair: _Pair, cell: tuple[int, int]) -> WrongLink:
    """A link outside every gold subject, placed by where its two sentences lie."""
    i, j = cell
    points_a, points_b = pair.points
    in_a, in_b = ("a", i) in pair.group, ("b", j) in pair.group
    cause = "x" if in_a and in_b else "y" if in_a or in_b else "z"
    note = f"holds {_holds(points_a[i])}/{_holds(points_b[j])}"
    if cause == "y":
        note += f"; in a gold subject: {'A' if in_a else 'B'}"
    pass_name, score = pair.basis[cell]
    return WrongLink(
        pair.index, pair.batch, cause, pass_name, score, points_a[i].text, points_b[j].text, note
    )


def subject_diagnosis(
    gold: GoldSet, index: int, item: dict[str, Any]
) -> tuple[list[SubjectMiss], list[WrongLink]]:
    """One pair's gold subjects that no predicted link lies in, and its links outside every subject."""
    batch = item.get("batch", 1)
    a, b = gold.readouts.get(item["a"]), gold.readouts.get(item["b"])
    if a is None or b is None:
        return [SubjectMiss(index, batch, "u", 0.0, "", "", "page not parsed")], []
    points_a, points_b, links, trace = link_trace(a, b)
    cells = gold_cells(a, b, item["links"], points_a, points_b)
    group = subjects([c for c in cells if c])
    made = [(link.a, link.b) for link in links]
    inside = {
        (i, j): group[("a", i)]
        for i, j in made
        if ("a", i) in group and group.get(("a", i)) == group.get(("b", j))
    }
    basis = {(link.a, link.b): (link.basis, link.score) for link in links}
    pair = _Pair(index, batch, (points_a, points_b), made, basis, trace, group, inside)
    position = position_scorer(a, b, points_a, points_b)
    misses = [
        SubjectMiss(index, batch, "u", 0.0, link["a"], link["b"], "a quote lies in no point")
        for link, covering in zip(item["links"], cells, strict=True)
        if not covering
    ]
    misses += [
        _missed_subject(pair, number, position)
        for number in sorted(set(group.values()))
        if number not in inside.values()
    ]
    return misses, [_outside(pair, cell) for cell in made if cell not in inside]


def _table(title: str, labels: dict[str, str], found: Sequence[Any], batches: Sequence[int]) -> None:
    print(f"{title} | all | " + " | ".join(f"batch {n}" for n in batches))
    by = Counter((m.cause, m.batch) for m in found)
    for code, label in labels.items():
        row = " | ".join(str(by[(code, n)]) for n in batches)
        print(f"({code}) {label} | {sum(1 for m in found if m.cause == code)} | {row}")
    row = " | ".join(str(sum(1 for m in found if m.batch == n)) for n in batches)
    print(f"all | {len(found)} | {row}")


def by_subject(argv: list[str]) -> int:
    """``--by-subject``: the gold subjects missed and the links outside every subject, each with a cause."""
    choice = argv[argv.index("--alignments") + 1] if "--alignments" in argv else "v2"
    gold = gold_with(choice)
    if isinstance(gold, int):
        return gold
    misses: list[SubjectMiss] = []
    wrong: list[WrongLink] = []
    for index, item in enumerate(gold.alignments):
        pair_missed, pair_wrong = subject_diagnosis(gold, index, item)
        misses += pair_missed
        wrong += pair_wrong
    batches = sorted({item.get("batch", 1) for item in gold.alignments})
    print(f"alignments: {choice}, scored by subject")
    _table("gold subjects not found", SUBJECT_CAUSES, misses, batches)
    _table("predicted links outside every gold subject", WRONG_CAUSES, wrong, batches)
    passes = sorted(Counter(w.basis for w in wrong).items())
    print("links outside, by pass: " + ", ".join(f"{name} {count}" for name, count in passes))
    if "--list" in argv:
        for m in misses:
            print(f"\nmissed [{m.index}] batch {m.batch} ({m.cause}) score {m.score:.1f} {m.note}")
            print(f"  A: {m.sentence_a}")
            print(f"  B: {m.sentence_b}")
        for w in wrong:
            print(f"\noutside [{w.index}] batch {w.batch} ({w.cause}) {w.basis} {w.score:.1f} {w.note}")
            print(f"  A: {w.sentence_a}")
            print(f"  B: {w.sentence_b}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
