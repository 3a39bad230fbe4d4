"""A report of "talks" that names the event "the call" pairs with the other side's phone call (#12)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from readoutlib.compare import pair
from readoutlib.compare.pair import kind_for_pairing
from readoutlib.model import EventKind, Readout

from .kit import make_readout

DAY = dt.date(2024, 3, 3)
PEOPLE = [("Ana Ruiz", "SE"), ("Tom Reed", "CL")]


def _report(kind: EventKind, *paragraphs: str) -> Readout:
    readout = make_readout("news-se", "Ruiz and Reed agree to meet soon", PEOPLE, kind=kind, published=DAY)
    return attrs.evolve(readout, paragraphs=paragraphs)


CALL = make_readout("cl-pres", "Call with Prime Minister Ruiz", PEOPLE[::-1], published=DAY)


@pytest.mark.parametrize(
    ("kind", "paragraphs", "expected"),
    [
        (
            EventKind.TALKS,
            (
                "The two leaders held talks on trade.",
                "In a readout of the call, a spokesperson said they met.",
            ),
            [[0, 1]],
        ),
        (
            EventKind.TALKS,
            ("The two leaders held talks on trade.", "Their phone call lasted an hour."),
            [[0, 1]],
        ),
        (EventKind.TALKS, ("The two leaders held talks on trade in Stockholm.",), [[0], [1]]),
        (EventKind.TALKS, ("The leaders held talks and answered the call for a ceasefire.",), [[0], [1]]),
        (EventKind.MEETING, ("The two leaders met in Stockholm.", "Before the call, aides met."), [[0], [1]]),
        (EventKind.TALKS, ("Held talks.", "", "", "", "In a readout of the call, they agreed."), [[0], [1]]),
    ],
)
def test_talks_that_name_the_call_pair_with_a_phone_call(
    kind: EventKind, paragraphs: tuple[str, ...], expected: list[list[int]]
) -> None:
    """Talks whose first paragraphs name "the call" pair with a phone call; other talks, a meeting,
    "the call for" an action, or "the call" named only after the first four paragraphs do not."""
    readouts = [_report(kind, *paragraphs), CALL]
    index = {id(r): n for n, r in enumerate(readouts)}
    assert expected == [[index[id(r)] for r in event.readouts] for event in pair(readouts)]


def test_kind_for_pairing_reads_the_call_only_in_talks() -> None:
    """Talks naming "the call" count as a phone call; a video call naming it stays a video call."""
    expected = [EventKind.PHONE_CALL, EventKind.VIDEO_CALL]
    actual = [
        kind_for_pairing(_report(EventKind.TALKS, "In a readout of the call, they agreed.")),
        kind_for_pairing(_report(EventKind.VIDEO_CALL, "In a readout of the call, they agreed.")),
    ]
    assert expected == actual
