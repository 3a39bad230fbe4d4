"""The third alignment pass: evidence of a link weighed by a logistic model (opt-in)."""

from __future__ import annotations

from readoutlib.compare import compare
from readoutlib.compare.align import link_evidence, points_of
from readoutlib.compare.evidence import FEATURES, LINK_MODEL, LinkModel, features, fit, logit

from .kit import make_readout

# Two accounts of one invented call: the ferry line in many shared words, the smugglers in one
# common noun (a shared proper name would make them the agenda pass's: see test_align.py).
SIDE_A = make_readout(
    "aa-mfa",
    "t",
    [("Ana Kovac", "HR"), ("Tomas Berg", "NO")],
    said=[
        ("Ana Kovac", "thanked", "Norway for the ferry line it opened between Bergen and Split last spring."),
        ("both", "agreed", "to ratchet up the pressure on the smugglers at sea."),
    ],
)
SIDE_B = make_readout(
    "bb-ud",
    "t",
    [("Tomas Berg", "NO"), ("Ana Kovac", "HR")],
    said=[
        ("Tomas Berg", "welcomed", "the new ferry service linking Split with Bergen."),
        (
            "both",
            "resolved",
            "to impose severe costs on criminal networks moving people by sea.",
        ),
    ],
)


def test_third_pass_links_what_the_words_alone_leave() -> None:
    """With the link model, two joint statements that share one word but are each other's closest
    are linked by the third pass; without it (the default) only the ferry line is."""
    plain = compare(SIDE_A, SIDE_B)
    weighed = compare(SIDE_A, SIDE_B, model=LINK_MODEL)
    expected = ([(0, 0, "statements")], [(0, 0, "statements"), (1, 1, "evidence")])
    assert expected == (
        [(link.a, link.b, link.basis) for link in plain.links],
        [(link.a, link.b, link.basis) for link in weighed.links],
    )


def test_evidence_of_a_pair_of_points() -> None:
    """The evidence for the smugglers' pair: a small overlap, but each other's closest, both
    statements, at the same place, and both joint (the same speaker)."""
    evidence = link_evidence(SIDE_A, SIDE_B, points_of(SIDE_A), points_of(SIDE_B))
    expected = (1.0, 0.102, 0.0, 1.0, 1.0, 2.0, 0.0, 1.0, 0.0)
    assert expected == tuple(round(value, 3) for value in evidence[1][1])


def test_features_relative_closeness_and_distance() -> None:
    """Closeness is a pair's overlap over each point's best; distance is the gap of their places."""
    found = features(
        words=[[40.0, 10.0], [20.0, 0.0]],
        statements=[[0.0, 0.0], [55.0, 0.0]],
        holds_a=[True, False],
        holds_b=[True, True],
        speakers=[[1, 0], [-1, 0]],
    )
    expected = [
        [(1.0, 0.4, 0.0, 1.0, 1.0, 2.0, 0.0, 1.0, 0.0), (1.0, 0.1, 0.0, 0.25, 1.0, 2.0, 1.0, 0.0, 0.0)],
        [(1.0, 0.2, 0.55, 1.0, 0.5, 1.0, 1.0, 0.0, 1.0), (1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0)],
    ]
    assert expected == [[tuple(round(v, 6) for v in cell) for cell in row] for row in found]


def test_fit_separates_linked_from_unlinked_examples() -> None:
    """Weights fitted on examples where a high overlap marks a link put every link above every other."""
    examples = [((1.0, x / 10), x >= 6) for x in range(10)] + [((1.0, 0.55), False), ((1.0, 0.65), True)]
    model = LinkModel(weights=fit(examples, l2=0.01), threshold=0.0)
    expected = [linked for _x, linked in examples]
    assert expected == [logit(model, x) >= model.threshold for x, _linked in examples]


def test_shipped_model_has_a_weight_for_every_feature() -> None:
    """The shipped model weighs each piece of evidence once."""
    expected = len(FEATURES)
    assert expected == len(LINK_MODEL.weights)


def test_gold_cells_are_the_pairs_of_points_covering_both_quotes() -> None:
    """A gold link's quotes are found in the points that hold them; a quote in no point finds none."""
    from readoutlib.compare.gold import gold_cells

    links = [
        {"a": "ratchet up the pressure", "b": "impose severe costs"},
        {"a": "the ferry line", "b": "no such words"},
    ]
    cells = gold_cells(SIDE_A, SIDE_B, links, points_of(SIDE_A), points_of(SIDE_B))
    expected = [frozenset({(1, 1)}), frozenset()]
    assert expected == cells
