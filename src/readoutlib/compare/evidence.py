"""The opt-in evidence pass of alignment: every piece of evidence two points share, weighed together.

The first two passes link a pair of points on one score each (the statements' token-set ratio, the
sentences' weighted Dice overlap) and a fixed threshold. Many pairs a reader links score low on
both: "ratchet up the economic pressure on Putin" and "impose severe costs on Russia" share no
word. What sets them apart from the other low pairs is how they stand among their neighbours: each
is the other's closest sentence, both hold a statement, they sit at about the same place in their
accounts. The evidence pass weighs these together in a logistic model, one weight a piece of
evidence (:data:`FEATURES`), and links the points left whose weighted sum reaches the model's
threshold, best first, one to one.

The weights are fitted on the gold alignments (``benchmarks/fit_link_model.py``, which also
measures the pass with each gold pair left out of the fit that scores it) and kept here as
numbers: :data:`LINK_MODEL`.

The pass is not used by default (``compare(a, b, model=LINK_MODEL)`` turns it on): on the gold it
raises F1 from 0.652 to 0.667 with each pair left out of the fit, but fewer than half the links it
adds are right, and a wrong link is worse for a reader than a missed one (it hides two points from
the "only one side reports" lists and shows an agreement the accounts do not have).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs

__all__ = ["FEATURES", "LINK_MODEL", "LinkModel", "features", "fit", "logit"]

#: The evidence for a link of point ``i`` of A and point ``j`` of B, in the order of the weights.
FEATURES = (
    "intercept",
    # the second pass's weighted Dice overlap of the two points' words (0-1)
    "words",
    # the first pass's token-set ratio of the two statements the points hold (0-1; 0 without two)
    "statements",
    # the overlap over the best overlap of point i with any point of B: 1 where j is i's closest
    "closest of A",
    # the same over the best overlap of point j with any point of A
    "closest of B",
    # how many of the two points hold a statement (0, 1 or 2)
    "holders",
    # how far apart the two points sit in their accounts (|i / (n - 1) - j / (m - 1)|, 0-1)
    "distance",
    # the two points' statements are given to the same principal
    "same speaker",
    # they are given to two different principals (neither statement joint)
    "other speaker",
)


#: The least best overlap (0-1) a point's "closest" evidence is measured against: a pair that is
#: each other's closest only because neither point shares more than a word or two with anything
#: is not close.
CLOSEST_FLOOR = 0.001


@attrs.frozen
class LinkModel:
    """A logistic model of a link: one weight a feature of :data:`FEATURES`, and the threshold of
    the weighted sum (the log-odds) from which the evidence pass links two points."""

    weights: tuple[float, ...]
    threshold: float


#: Fitted by ``python benchmarks/fit_link_model.py`` on the gold alignments of batches 1-5.
LINK_MODEL = LinkModel(
    weights=(-6.3544, 1.9451, 1.1591, 1.5773, 2.5410, 1.2039, -1.1751, 0.3486, -0.2990),
    threshold=-0.5,
)


def features(
    words: Sequence[Sequence[float]],
    statements: Sequence[Sequence[float]],
    holds_a: Sequence[bool],
    holds_b: Sequence[bool],
    speakers: Sequence[Sequence[int]],
) -> list[list[tuple[float, ...]]]:
    """The evidence for every pair of points, as ``[i][j]`` tuples in the order of :data:`FEATURES`.

    ``words`` and ``statements`` are the two passes' scores (0-100) of every pair, ``holds_a`` and
    ``holds_b`` whether each point holds a statement, ``speakers`` 1 where the two points'
    statements are given to the same principal, -1 to two different ones, 0 otherwise.
    """
    n, m = len(holds_a), len(holds_b)
    best_a = [max(row, default=0.0) for row in words]
    best_b = [max((words[i][j] for i in range(n)), default=0.0) for j in range(m)]
    found: list[list[tuple[float, ...]]] = []
    for i in range(n):
        row: list[tuple[float, ...]] = []
        for j in range(m):
            score = words[i][j] / 100.0
            row.append(
                (
                    1.0,
                    score,
                    statements[i][j] / 100.0,
                    score / max(best_a[i] / 100.0, CLOSEST_FLOOR),
                    score / max(best_b[j] / 100.0, CLOSEST_FLOOR),
                    float(holds_a[i]) + float(holds_b[j]),
                    abs(i / max(n - 1, 1) - j / max(m - 1, 1)),
                    float(speakers[i][j] == 1),
                    float(speakers[i][j] == -1),
                )
            )
        found.append(row)
    return found


def logit(model: LinkModel, evidence: Sequence[float]) -> float:
    """The model's log-odds that two points with this evidence are one subject."""
    return sum(w * x for w, x in zip(model.weights, evidence, strict=True))


def fit(
    examples: Sequence[tuple[Sequence[float], bool]], *, l2: float = 1.0, rounds: int = 25
) -> tuple[float, ...]:
    """Weights of a logistic model of ``examples`` (evidence, linked), by Newton's method.

    The weights but the first (the intercept) are held back by an L2 penalty ``l2``; the same
    examples give the same weights.
    """
    size = len(examples[0][0])
    weights = [0.0] * size
    for _ in range(rounds):
        gradient = [l2 * w if k else 0.0 for k, w in enumerate(weights)]
        hessian = [[(l2 if k == h and k else 0.0) for h in range(size)] for k in range(size)]
        for x, linked in examples:
            p = 1.0 / (1.0 + math.exp(-sum(w * v for w, v in zip(weights, x, strict=True))))
            for k in range(size):
                gradient[k] += (p - float(linked)) * x[k]
                for h in range(k, size):
                    hessian[k][h] += p * (1.0 - p) * x[k] * x[h]
        for k in range(size):
            for h in range(k):
                hessian[k][h] = hessian[h][k]
        step = _solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return tuple(weights)


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """``x`` with ``matrix @ x == vector``, by Gaussian elimination with partial pivoting."""
    size = len(vector)
    rows = [[*matrix[k], vector[k]] for k in range(size)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, size):
            factor = rows[r][col] / rows[col][col]
            for c in range(col, size + 1):
                rows[r][c] -= factor * rows[col][c]
    x = [0.0] * size
    for r in range(size - 1, -1, -1):
        x[r] = (rows[r][size] - sum(rows[r][c] * x[c] for c in range(r + 1, size))) / rows[r][r]
    return x
