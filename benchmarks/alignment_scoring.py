"""Alignment scoring shared by the benchmark scripts: the subject scoring and the v2 alignment gold.

``compare_gold.py`` (``--by-subject``, ``--alignments v2``) and
``alignment_agreement/agreement.py`` (``--subjects``, ``--reference v2``) both import it, so the
two score one way.

Subject scoring: each link stands for the pairs of points (sentences, ``points_of``) its quotes
cover; the reference's links are grouped into subjects (points joined by links, transitively); a
predicted link is right when one of its pairs of points lies within one subject of the reference,
and a subject is found when a right link lies within it. Who links a statement to one partner and
who to three then agree (rule 3 of the v2 convention).

The v2 alignment gold (``tests/compare/alignments.v2.json``) holds links for the same pairs as
the gold file's ``alignments``, under the precise convention its note gives verbatim;
:func:`load_alignments` puts them in place of the gold file's links.

Blind batches (:data:`BLIND_BATCHES`): rounds of gold-writing kept for a final measurement on a
method nobody tuned on them. :func:`without_blind` leaves their pages, every pair touching one and
their alignments out of a gold set; every script measures the gold set without them, and only
``compare_gold.py --blind`` shows them, on lines of their own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from readoutlib.compare.align import compare
from readoutlib.compare.gold import GoldSet, as_read, gold_cells
from readoutlib.compare.model import Comparison
from readoutlib.model import Readout

ROOT = Path(__file__).resolve().parent.parent
#: the alignment gold files by name: v1 is the gold file's own ``alignments``
ALIGNMENTS = {
    "v1": ROOT / "tests" / "compare" / "pairs.gold.json",
    "v2": ROOT / "tests" / "compare" / "alignments.v2.json",
}

GOLD = ROOT / "tests" / "compare" / "pairs.gold.json"
#: rounds of gold-writing kept blind until the lead measures them once (``compare_gold.py --blind``):
#: none now; batch 12 was measured once (on facefe1), as batches 7 to 11 were before it, and is in
#: every figure since
BLIND_BATCHES: frozenset[int] = frozenset()

Cells = frozenset[tuple[int, int]]


def alignment_file(choice: str) -> Path | None:
    """The alignment gold named ``choice``: "v1", "v2" or the path of a file in v2's format
    (an earlier version of it, say); None where it names neither."""
    if choice in ALIGNMENTS:
        return ALIGNMENTS[choice]
    path = Path(choice)
    return path if path.is_file() else None


def subjects(links: Sequence[Cells]) -> dict[tuple[str, int], int]:
    """Group the points of one annotator's links into subjects: points joined by links, transitively.

    Returns each linked point (("a", i) or ("b", j)) with the number of its subject.
    """
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for cells in links:
        for i, j in cells:
            parent[root(("a", i))] = root(("b", j))
    roots = sorted({root(node) for node in parent})
    return {node: roots.index(root(node)) for node in parent}


def subject_score(predicted: Sequence[Cells], reference: Sequence[Cells]) -> tuple[int, int, int, int]:
    """Links scored by subject: (links, links within one reference subject, subjects, subjects hit).

    A link is right when one of its pairs of points lies in one subject of the reference (the
    points the reference links, transitively); a subject is found when a right link lies in it.
    Who links a statement to one partner and who to three then agree.
    """
    group = subjects(reference)
    right = 0
    hit: set[int] = set()
    for cells in predicted:
        inside = {group[("a", i)] for i, j in cells if group.get(("a", i), -1) == group.get(("b", j), -2)}
        right += bool(inside)
        hit |= inside
    return len(predicted), right, len(set(group.values())), len(hit)


@attrs.frozen
class SubjectScore:
    """Links and subjects summed over the pairs scored: precision over links, recall over subjects."""

    predicted: int
    right: int
    subjects: int
    found: int

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.subjects if self.subjects else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _chosen(item: dict[str, Any], index: int, heldout: bool | None, batch: int | None, pairs: Any) -> bool:
    """Whether a gold alignment is among those picked, as ``score_alignment`` picks them."""
    if pairs is not None and index not in pairs:
        return False
    if heldout is not None and bool(item.get("heldout")) != heldout:
        return False
    return batch is None or item.get("batch", 1) == batch


def score_by_subject(
    gold: GoldSet,
    *,
    heldout: bool | None = None,
    batch: int | None = None,
    pairs: Sequence[int] | None = None,
    align: Callable[[Readout, Readout], Comparison] = compare,
) -> SubjectScore:
    """The comparison's links of each gold-aligned pair scored by subject against the gold links.

    ``heldout``, ``batch`` and ``pairs`` pick the pairs as ``score_alignment`` does; ``align``
    compares two readouts (``compare`` as ``readout compare`` runs it; a test passes its own). A
    pair whose pages do not both parse finds none of its gold links, each counted as a subject.
    """
    totals = [0, 0, 0, 0]
    for index, item in enumerate(gold.alignments):
        if not _chosen(item, index, heldout, batch, pairs):
            continue
        a, b = gold.readouts.get(item["a"]), gold.readouts.get(item["b"])
        if a is None or b is None:
            totals[2] += len(item["links"])
            continue
        comparison = align(a, b)
        predicted = [frozenset({(link.a, link.b)}) for link in comparison.links]
        reference = gold_cells(a, b, item["links"], comparison.points_a, comparison.points_b)
        for k, value in enumerate(subject_score(predicted, reference)):
            totals[k] += value
    return SubjectScore(*totals)


def blind_paths(gold_file: Path = GOLD, batches: frozenset[int] = BLIND_BATCHES) -> frozenset[str]:
    """The pages the gold file marks as written in one of ``batches``."""
    entries = json.loads(gold_file.read_text(encoding="utf-8"))["readouts"]
    return frozenset(entry["path"] for entry in entries if entry.get("batch") in batches)


def without_blind(gold: GoldSet, paths: frozenset[str], batches: frozenset[int] = BLIND_BATCHES) -> GoldSet:
    """The gold set with the blind batches left out: the pages in ``paths``, every gold pair that
    touches one of them and the alignments of ``batches`` (or of a pair touching such a page).

    An earlier batch's page that is one side of a blind pair stays, as the distractor it was. The
    alignments kept must come before those left out, so that their indices (which the v2 file's
    entries name) stay as they are; otherwise exit naming the reason.
    """
    kept = tuple(
        item
        for item in gold.alignments
        if item.get("batch", 1) not in batches and item["a"] not in paths and item["b"] not in paths
    )
    if kept != gold.alignments[: len(kept)]:
        raise SystemExit("gold alignments: a blind batch's alignment comes before another's; put it last")
    return attrs.evolve(
        gold,
        readouts={path: r for path, r in gold.readouts.items() if path not in paths},
        failures={path: reason for path, reason in gold.failures.items() if path not in paths},
        pairs=tuple(pair for pair in gold.pairs if pair[0] not in paths and pair[1] not in paths),
        alignments=kept,
    )


def _fail(path: Path, reason: str) -> SystemExit:
    return SystemExit(f"{path}: {reason}")


def _links(path: Path, entry: dict[str, Any], number: int) -> list[dict[str, str]]:
    """An entry's links, checked: a list of objects each with the quotes "a" and "b" as text."""
    links = entry.get("links")
    if not isinstance(links, list) or not all(
        isinstance(link, dict) and isinstance(link.get("a"), str) and isinstance(link.get("b"), str)
        for link in links
    ):
        raise _fail(path, f"alignment {number} needs 'links': a list of objects with quotes 'a' and 'b'")
    return links


def _quotes_found(path: Path, gold: GoldSet, index: int, links: Sequence[dict[str, str]]) -> None:
    """Every quote of a pair is text of its page, else exit naming the pair and the quote.

    The page's text, not the points the comparison reads: a sentence the point filter leaves out
    (one that says nothing beyond the event's frame as the parse reads it) holds a quote that no
    comparison can link, which the scores count as a link not found, not as a fault of the file.
    """
    a, b = gold.readouts.get(gold.alignments[index]["a"]), gold.readouts.get(gold.alignments[index]["b"])
    if a is None or b is None:
        return
    for link in links:
        for side, readout in (("a", a), ("b", b)):
            if not _in_page(readout, link[side]):
                raise _fail(path, f"pair {index}: a quote is in no sentence of its page: {link[side][:60]!r}")


def _in_page(readout: Readout, quote: str) -> bool:
    """Whether ``quote`` is text of one of the readout's paragraphs (spaces aside), as the page is read
    (``gold.as_read``)."""
    quote = as_read(readout, quote)
    pattern = re.compile(r"\s+".join(re.escape(word) for word in quote.split()))
    return bool(quote.strip()) and any(pattern.search(paragraph) for paragraph in readout.paragraphs)


def load_alignments(path: Path, gold: GoldSet) -> GoldSet:
    """The gold set with its alignments' links replaced by those of an alignment gold file.

    The file holds ``alignments``, one per gold alignment, each naming the gold's pair by
    ``index`` (its place in the gold file's ``alignments``) and the same pages ``a`` and ``b``;
    batch and held-out marks stay the gold file's. A file that cannot be read, names another
    pair, leaves a pair out or quotes text that is not in a page exits with a line naming the file
    and the reason. The entries of a blind batch (:data:`BLIND_BATCHES`) are passed over when the
    gold set holds no alignment of that batch (it was read :func:`without_blind`).
    """
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["alignments"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise _fail(path, f"cannot read its 'alignments': {exc!r}") from None
    if not isinstance(entries, list):
        raise _fail(path, "'alignments' is not a list")
    links_by_index: dict[int, list[dict[str, str]]] = {}
    held = {item.get("batch", 1) for item in gold.alignments}
    for number, entry in enumerate(entries):
        batch = entry.get("batch") if isinstance(entry, dict) else None
        if batch in BLIND_BATCHES and batch not in held:
            continue
        index = entry.get("index") if isinstance(entry, dict) else None
        if not isinstance(index, int) or not 0 <= index < len(gold.alignments):
            raise _fail(
                path, f"alignment {number} has no 'index' of a gold alignment (0-{len(gold.alignments) - 1})"
            )
        reference = gold.alignments[index]
        if (entry.get("a"), entry.get("b")) != (reference["a"], reference["b"]):
            raise _fail(path, f"alignment {number} (index {index}) names other pages than the gold's")
        if index in links_by_index:
            raise _fail(path, f"index {index} is given twice")
        links_by_index[index] = _links(path, entry, number)
        _quotes_found(path, gold, index, links_by_index[index])
    missing = [i for i in range(len(gold.alignments)) if i not in links_by_index]
    if missing:
        raise _fail(path, f"{len(missing)} gold alignments have no entry, e.g. index {missing[0]}")
    alignments = tuple({**item, "links": links_by_index[i]} for i, item in enumerate(gold.alignments))
    return attrs.evolve(gold, alignments=alignments)
