"""Measure pairing and statement alignment against a gold file of real readout pairs.

The gold file names pages by their path inside a corpus folder (``bulk/...``, ``cases/...``) with
the URL and publication date its index gives; the pages themselves are read from the corpus, never
copied. An entry marked ``"in_repo": true`` is a page stored beside the gold file (a public page
found by search and kept as returned), its path relative to the gold file's folder.
Gold pairs are the events with two readouts; every other listed readout is an event of one.
Gold alignments link a quoted piece of one side's text to a quoted piece of the other's: a predicted
link is right when its two points (sentences, see ``compare.align.points_of``) contain (overlap) the
two quotes of one gold link.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from ..api import parse
from ..errors import ReadoutError
from ..languages import language_pack
from ..model import Readout, Statement
from .align import compare, link_evidence, point_scorer, point_words, points_of
from .evidence import LinkModel
from .model import Comparison, Point
from .pair import pair
from .persons import match_persons
from .vectors import WordVectors

__all__ = [
    "AlignmentScore",
    "GoldSet",
    "OnlyScore",
    "PairingScore",
    "as_read",
    "gold_cells",
    "gold_touched",
    "link_examples",
    "load_gold",
    "only_verdicts",
    "score_alignment",
    "score_only",
    "score_pairing",
]


@attrs.frozen
class GoldSet:
    """The gold file read, with every page parsed (or the reason it could not be)."""

    readouts: dict[str, Readout]
    failures: dict[str, str]
    pairs: tuple[tuple[str, str], ...]
    alignments: tuple[dict[str, Any], ...]


@attrs.frozen
class PairingScore:
    """Pairwise precision and recall: each pair of readouts put in one event is a prediction.

    ``parsed`` are the gold pairs whose two pages both parse: the pairs pairing can find at all.
    """

    predicted: frozenset[tuple[str, str]]
    gold: frozenset[tuple[str, str]]
    parsed: frozenset[tuple[str, str]]

    @property
    def right(self) -> frozenset[tuple[str, str]]:
        return self.predicted & self.gold

    @property
    def precision(self) -> float:
        return len(self.right) / len(self.predicted) if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return len(self.right) / len(self.gold) if self.gold else 1.0

    @property
    def parsed_recall(self) -> float:
        """Recall over the gold pairs whose pages both parse."""
        return len(self.right & self.parsed) / len(self.parsed) if self.parsed else 1.0


@attrs.frozen
class AlignmentScore:
    """Link precision, recall and F1 summed over every gold-aligned pair."""

    predicted: int
    right: int
    gold: int
    found: int
    #: per pair: (a, b, predicted, right, gold, found)
    rows: tuple[tuple[str, str, int, int, int, int], ...]
    #: gold links whose two quotes both lie in points the comparison reads (the most linking can find)
    reachable: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def reachable_recall(self) -> float:
        """Recall over the gold links the comparison's points can hold at all."""
        return self.found / self.reachable if self.reachable else 1.0

    @property
    def reachable_f1(self) -> float:
        """F1 of the linking alone: precision with recall over the reachable gold links."""
        p, r = self.precision, self.reachable_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def load_gold(gold_file: Path, corpus: Path) -> GoldSet:
    """Read the gold file and parse every page it names from ``corpus``.

    Each page gets the URL and publication date the gold file gives, since a text dump carries
    neither; a page the parser refuses is recorded in ``failures`` and left out of the events.
    """
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    readouts: dict[str, Readout] = {}
    failures: dict[str, str] = {}
    for entry in data["readouts"]:
        path = entry["path"]
        base = gold_file.parent if entry.get("in_repo") else corpus
        try:
            readout = parse(base / path, url=entry.get("url"), name=path)
        except ReadoutError as exc:
            failures[path] = str(exc)
            continue
        if readout.source.published is None and entry.get("published"):
            published = dt.date.fromisoformat(entry["published"])
            readout = attrs.evolve(readout, source=attrs.evolve(readout.source, published=published))
        readouts[path] = readout
    pairs = tuple(_key(a, b) for a, b in data["pairs"])
    return GoldSet(readouts, failures, pairs, tuple(data.get("alignments", ())))


def score_pairing(gold: GoldSet) -> PairingScore:
    """Pair every parsed readout of the gold set and score the pairs found."""
    paths = list(gold.readouts)
    by_id = {id(gold.readouts[p]): p for p in paths}
    predicted: set[tuple[str, str]] = set()
    for event in pair(gold.readouts[p] for p in paths):
        names = [by_id[id(r)] for r in event.readouts]
        predicted.update(_key(x, y) for i, x in enumerate(names) for y in names[i + 1 :])
    parsed = frozenset(p for p in gold.pairs if p[0] in gold.readouts and p[1] in gold.readouts)
    return PairingScore(frozenset(predicted), frozenset(gold.pairs), parsed)


_SPACE = re.compile(r"\s+")


def as_read(readout: Readout, quote: str) -> str:
    """A gold quote (the page's text as written) as the readout's language pack reads the page: its
    paragraphs are normalised (``LanguagePack.normalise``: pinyin glosses left out of a Chinese page)."""
    return language_pack(readout.source.language or "en").normalise(quote)


def _span(readout: Readout, quote: str) -> tuple[int, int, int] | None:
    """Where a gold quote sits in the readout: (paragraph, start, end), whitespace-insensitive."""
    pattern = r"\s+".join(re.escape(word) for word in _SPACE.split(as_read(readout, quote).strip()))
    for index, paragraph in enumerate(readout.paragraphs):
        found = re.search(pattern, paragraph)
        if found:
            return index, found.start(), found.end()
    return None


def _covers(piece: Statement | Point, span: tuple[int, int, int] | None) -> bool:
    """Whether a statement or a point of the readout overlaps a gold quote's span."""
    if span is None:
        return False
    paragraph, start, end = span
    return piece.paragraph == paragraph and piece.start < end and start < piece.end


def _score_pair(
    a: Readout,
    b: Readout,
    links: Sequence[dict[str, str]],
    vectors: WordVectors | None = None,
    model: LinkModel | None = None,
) -> tuple[tuple[int, int, int], int]:
    """One gold-aligned pair: ((links predicted, right, gold links found), gold links reachable).

    A gold link is reachable when a point of each side covers its quote; a predicted link is
    right when its two points cover the two quotes of a gold link.
    """
    spans = [(_span(a, link["a"]), _span(b, link["b"])) for link in links]
    comparison = compare(a, b, vectors=vectors, model=model)
    reachable = sum(
        1
        for qa, qb in spans
        if any(_covers(p, qa) for p in comparison.points_a)
        and any(_covers(p, qb) for p in comparison.points_b)
    )
    right = 0
    found: set[int] = set()
    for link in comparison.links:
        sa, sb = comparison.points_a[link.a], comparison.points_b[link.b]
        hits = [n for n, (qa, qb) in enumerate(spans) if _covers(sa, qa) and _covers(sb, qb)]
        if hits:
            right += 1
            found.update(hits)
    return (len(comparison.links), right, len(found)), reachable


def score_alignment(
    gold: GoldSet,
    *,
    heldout: bool | None = None,
    batch: int | None = None,
    vectors: WordVectors | None = None,
    model: LinkModel | None = None,
    pairs: Sequence[int] | None = None,
) -> AlignmentScore:
    """Compare each gold-aligned pair and count the links it gets right and the gold links it finds.

    ``heldout`` picks the pairs kept out of tuning (True), the others (False), or all (None);
    ``batch`` the pairs added in one batch of gold-writing (None: every round); ``vectors`` word
    vectors for the comparison (:mod:`.vectors`; None: words alone); ``model`` the evidence pass's
    link model (None: no evidence pass); ``pairs`` the gold alignments to score, by their index in
    ``gold.alignments`` (None: all).
    """
    rows = []
    reachable = 0
    for index, item in enumerate(gold.alignments):
        if pairs is not None and index not in pairs:
            continue
        if heldout is not None and bool(item.get("heldout")) != heldout:
            continue
        if batch is not None and item.get("batch", 1) != batch:
            continue
        a, b = gold.readouts.get(item["a"]), gold.readouts.get(item["b"])
        links: Sequence[dict[str, str]] = item["links"]
        if a is None or b is None:
            rows.append((item["a"], item["b"], 0, 0, len(links), 0))
            continue
        (predicted, right, found), reachable_here = _score_pair(a, b, links, vectors, model)
        reachable += reachable_here
        rows.append((item["a"], item["b"], predicted, right, len(links), found))
    return AlignmentScore(
        predicted=sum(r[2] for r in rows),
        right=sum(r[3] for r in rows),
        gold=sum(r[4] for r in rows),
        found=sum(r[5] for r in rows),
        rows=tuple(rows),
        reachable=reachable,
    )


def gold_touched(readout: Readout, points: Sequence[Point], quotes: Sequence[str]) -> frozenset[int]:
    """The points of one side (indexes into ``points``) that some gold link touches: a point
    covering one of the quotes of that side's links."""
    spans = [_span(readout, quote) for quote in quotes]
    return frozenset(i for i, point in enumerate(points) if any(_covers(point, span) for span in spans))


@attrs.frozen
class OnlyScore:
    """The "only one side reports" lists scored against the gold links, summed over the pairs.

    A listed point is right when no gold link touches it; ``unlinked`` counts the points of both
    sides no gold link touches, ``found`` those of them listed. ``related`` counts the points
    shown as "on the same subject, in other words" (``Comparison.related_a/related_b``) and
    ``related_right`` those a gold link touches (the other side does report them). ``topics``
    counts the points listed apart as only naming a topic (``Comparison.topics_a/topics_b``):
    the lists make no claim about them, so they are left out of ``unlinked`` (a gold that links no
    topic cannot say whether the other side covers one); ``topics_touched`` those a gold link
    touches all the same.
    """

    listed: int = 0
    right: int = 0
    unlinked: int = 0
    found: int = 0
    related: int = 0
    related_right: int = 0
    topics: int = 0
    topics_touched: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.listed if self.listed else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.unlinked if self.unlinked else 1.0

    def __add__(self, other: OnlyScore) -> OnlyScore:
        return OnlyScore(*(x + y for x, y in zip(attrs.astuple(self), attrs.astuple(other), strict=True)))


def only_verdicts(
    comparison: Comparison, links: Sequence[dict[str, str]]
) -> tuple[frozenset[int], frozenset[int]]:
    """The points of each side of a comparison that the gold ``links`` touch (side A, side B)."""
    return (
        gold_touched(comparison.a, comparison.points_a, [link["a"] for link in links]),
        gold_touched(comparison.b, comparison.points_b, [link["b"] for link in links]),
    )


def score_only(comparison: Comparison, links: Sequence[dict[str, str]]) -> OnlyScore:
    """One comparison's "only one side reports" lists scored against its gold ``links``."""
    touched_a, touched_b = only_verdicts(comparison, links)
    total = OnlyScore()
    for points, listed, related, topics, touched in (
        (comparison.points_a, comparison.only_a, comparison.related_a, comparison.topics_a, touched_a),
        (comparison.points_b, comparison.only_b, comparison.related_b, comparison.topics_b, touched_b),
    ):
        unlinked = set(range(len(points))) - touched - set(topics)
        indexes = [r.point for r in related]
        total += OnlyScore(
            listed=len(listed),
            right=len(set(listed) - touched),
            unlinked=len(unlinked),
            found=len(unlinked & set(listed)),
            related=len(indexes),
            related_right=len(set(indexes) & touched),
            topics=len(topics),
            topics_touched=len(set(topics) & touched),
        )
    return total


def ranking(gold: GoldSet, vectors: WordVectors | None = None) -> tuple[int, int, float]:
    """How well the second pass's score ranks every pair of points of the gold-aligned pairs.

    Returns (pairs of points, pairs covering a gold link, average precision of the score against
    them): 1.0 where every pair covering a gold link scores above every other pair.
    """
    labelled: list[tuple[float, bool]] = []
    for item in gold.alignments:
        a, b = gold.readouts.get(item["a"]), gold.readouts.get(item["b"])
        if a is None or b is None:
            continue
        spans = [(_span(a, link["a"]), _span(b, link["b"])) for link in item["links"]]
        points_a, points_b = points_of(a), points_of(b)
        words_a, words_b, weights = point_words(a, b, points_a, points_b)
        score = point_scorer(words_a, words_b, weights, vectors)
        for i, pa in enumerate(points_a):
            for j, pb in enumerate(points_b):
                gold_link = any(_covers(pa, qa) and _covers(pb, qb) for qa, qb in spans)
                labelled.append((score(i, j), gold_link))
    labelled.sort(key=lambda t: -t[0])
    positives = sum(1 for _score, hit in labelled if hit)
    found = 0
    total = 0.0
    for rank, (_score, hit) in enumerate(labelled, 1):
        if hit:
            found += 1
            total += found / rank
    return len(labelled), positives, total / positives if positives else 0.0


def link_examples(gold: GoldSet) -> dict[int, list[tuple[tuple[float, ...], bool]]]:
    """The evidence pass's evidence for every pair of points of each gold-aligned pair, by the pair's
    index in ``gold.alignments``, each marked True where the two points cover a gold link's quotes."""
    found: dict[int, list[tuple[tuple[float, ...], bool]]] = {}
    for index, item in enumerate(gold.alignments):
        a, b = gold.readouts.get(item["a"]), gold.readouts.get(item["b"])
        if a is None or b is None:
            continue
        spans = [(_span(a, link["a"]), _span(b, link["b"])) for link in item["links"]]
        points_a, points_b = points_of(a), points_of(b)
        evidence = link_evidence(a, b, points_a, points_b, match_persons(a, b))
        found[index] = [
            (evidence[i][j], any(_covers(pa, qa) and _covers(pb, qb) for qa, qb in spans))
            for i, pa in enumerate(points_a)
            for j, pb in enumerate(points_b)
        ]
    return found


def gold_cells(
    a: Readout,
    b: Readout,
    links: Sequence[dict[str, str]],
    points_a: Sequence[Point],
    points_b: Sequence[Point],
) -> list[frozenset[tuple[int, int]]]:
    """For each gold link, the pairs of points (index in A, index in B) that cover its two quotes."""
    cells = []
    for link in links:
        qa, qb = _span(a, link["a"]), _span(b, link["b"])
        cells.append(
            frozenset(
                (i, j)
                for i, pa in enumerate(points_a)
                if _covers(pa, qa)
                for j, pb in enumerate(points_b)
                if _covers(pb, qb)
            )
        )
    return cells
