"""Alignment, eleventh round (issue #12, align11): phrasings two accounts of one call use for one
point that the earlier passes could not weigh. The people and events are invented."""

from __future__ import annotations

import pytest

from readoutlib.compare import compare
from readoutlib.compare.align import bare_topic, holds_position
from readoutlib.compare.model import Point

from .test_align import OPENING, _page


def _point(sentence: str) -> Point:
    return Point(0, 0, len(sentence), sentence)


@pytest.mark.parametrize(
    ("sentence", "holds", "topic"),
    [
        ("Minister Kovac called Minister Berg to congratulate him on his re-election.", True, False),
        ("Ana Kovac spoke today with Tomas Berg to commend Norway for the new ferry treaty.", True, False),
        ("Ana Kovac telephoned Tomas Berg to offer her condolences after the storm in Tromso.", True, False),
        (
            "Ana Kovac spoke today with Tomas Berg to underscore that Croatia will never accept it.",
            True,
            False,
        ),
        ("Ana Kovac spoke today with Tomas Berg to discuss the ferry line to Bergen.", False, True),
        ("The ministers met to review the fisheries treaty.", False, True),
        ("To thank the crews of the ferry line for their work in the storm.", False, False),
    ],
)
def test_a_call_made_to_say_something_holds_a_position(sentence: str, holds: bool, topic: bool) -> None:
    """A call's purpose that is itself a report of what its caller said ("spoke with X to congratulate
    him on", "to commend", "to offer condolences", "to underscore that") states something, as the
    statement "congratulated him on" does; a purpose that names a topic ("to discuss", "to review")
    stays a topic, and a sentence that opens with "To thank" is no call's purpose."""
    expected = (holds, topic)
    assert expected == (holds_position(_point(sentence)), bare_topic(_point(sentence)))


def test_two_calls_made_to_congratulate_are_linked() -> None:
    """Each side reports the call as made to congratulate the other on an election (no statement of the
    parser's on either side): the two purposes are one point."""
    a = _page(
        (
            OPENING,
            "Minister Kovac called Minister Berg to congratulate him on his recent election and "
            "the formation of a coalition government of national unity.",
        ),
        (),
    )
    b = _page(
        (
            OPENING,
            "Ana Kovac spoke today with Tomas Berg to congratulate him on his re-election and to "
            "commend the forming of a government of national unity.",
        ),
        (),
    )
    expected = [(0, 0)]
    assert expected == [(link.a, link.b) for link in compare(a, b).links]
