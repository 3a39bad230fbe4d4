"""Kinds and readout-or-not after the blind run of en-bk..en-bn (issue #8, fam224), as pages of our own."""

from __future__ import annotations

from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal


def test_a_joint_statement_whose_opening_counts_more_than_three_governments_is_refused() -> None:
    """A joint statement of a group's workshop or of a meeting's hosts with many countries is no readout."""
    paragraphs = [
        "On Monday, May 4, officials of Freedonia and six other governments, together with aid groups and "
        "local authorities, convened a two-day workshop to share practices in harvest insurance.",
        "The participants reviewed the schemes in place and discussed how to extend them.",
    ]
    assert "joint statement" in refusal(
        "Joint Statement of the Working Group on Harvest Insurance", paragraphs
    )
    hosts = [
        "Foreign Minister Ana Ruiz of Freedonia and Foreign Minister Tomas Berg of Sylvania convened a "
        "ministerial meeting on May 4 with over 30 countries and the Harvest Council.",
        "The participants discussed the supply of seed and fertiliser.",
    ]
    assert "joint statement" in refusal("Joint Statement on the Harvest Ministerial Meeting", hosts)


def test_a_joint_statement_of_two_governments_that_met_stays_a_readout() -> None:
    """Two named ministers who met, in their joint statement, are still the readout of their meeting."""
    readout = _analyze(
        "Joint Statement on the Freedonia-Sylvania Consultations",
        [
            "Foreign Minister Ana Ruiz of Freedonia and Foreign Minister Tomas Berg of Sylvania met in Port "
            "Ruiz on May 4.",
            "The two ministers reviewed the harvest agreement and agreed to meet again next year.",
        ],
    )
    assert EventKind.TALKS is readout.event.kind  # the round the title names
