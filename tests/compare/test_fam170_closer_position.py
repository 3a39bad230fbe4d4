"""A statement closer to the other side's unattributed position than to any statement left goes to
that position in the first pass, so two statements on one subject do not pair the wrong way round
(fam170, issue #8; seen failing first on main 87f7c3e6 with fam163 merged). People and events are
invented."""

from __future__ import annotations

import attrs

from readoutlib.compare import compare
from readoutlib.model import Readout

from .kit import make_readout

_PEOPLE = [("Lena Osk", "NO"), ("Tom Reyes", "CA")]

#: The guest's account: two statements on one subject (a referendum and an annexation by Iran).
_GUEST = make_readout(
    "guest",
    "Osk and Reyes spoke",
    _PEOPLE,
    said=[
        (
            "Lena Osk",
            "valued",
            "the firm stand of Canada in refusing to recognize the staged referendum any Iranian "
            "official held in the seized border provinces.",
        ),
        (
            "Lena Osk",
            "called for",
            "a firm joint answer of the whole free world to the Iranian bid to annex the land.",
        ),
    ],
)


def _host() -> Readout:
    """The host's account: the call's purpose in the lead, given to no one, then one statement."""
    base = make_readout(
        "host",
        "Readout of the call",
        _PEOPLE,
        said=[
            (
                "Tom Reyes",
                "affirmed",
                "readiness to impose severe costs on any state that supports the Iranian annexation of "
                "the border provinces.",
            )
        ],
    )
    lead = (
        "Tom Reyes spoke today with Lena Osk to underscore that Canada will never recognize the "
        "annexation by Iran of the seized border provinces."
    )
    statements = tuple(attrs.evolve(s, paragraph=s.paragraph + 1) for s in base.statements)
    return attrs.evolve(base, paragraphs=(lead, *base.paragraphs), statements=statements)


def test_a_statement_closer_to_an_unattributed_position_is_linked_to_it() -> None:
    """The refusal to recognize meets the lead's "will never recognize", and the call for an answer
    meets the costs on supporters: not the other way round."""
    comparison = compare(_GUEST, _host())
    pairs = {
        (comparison.points_a[link.a].text[:20], comparison.points_b[link.b].text[:20])
        for link in comparison.links
    }
    assert pairs == {
        ("Lena Osk valued the ", "Tom Reyes spoke toda"),
        ("Lena Osk called for ", "Tom Reyes affirmed r"),
    }
