"""Participant families of issue #8, task fam141 (people named one by one on a many-meeting day), each
on invented text."""

from __future__ import annotations

import readoutlib


def _names(*lines: str) -> list[str]:
    readout = readoutlib.parse("\n\n".join(lines) + "\n")
    return [p.name for p in readout.event.participants]


def test_a_trip_sentence_with_an_audience_then_talks_with_the_counterpart() -> None:
    """'Minister X was then received by Prime Minister Y, and later met with his Sylvanian counterpart
    Z': a sequence adverb inside the passive, then a second clause with no subject of its own; both
    people met are sides of the visit."""
    names = _names(
        "Visit of Foreign Minister Omar Demir to Sylvania, 3 March 2022",
        "Foreign Minister Omar Demir visited Sylvania on 3 March 2022 to prepare a joint council.",
        "Minister Demir first met with Lena Holm, Speaker of the Sylvanian Parliament.",
        "Minister Demir was then received by Prime Minister Karl Berg of Sylvania, and later in the "
        "afternoon met with his Sylvanian counterpart Ines Varga.",
        "Minister Demir stated that the council would meet in the autumn.",
    )
    assert names[-2:] == ["Karl Berg", "Ines Varga"]


def test_a_later_minister_met_on_the_trip_is_a_side_too() -> None:
    """The second clause's guest, a minister neither leading a state nor called the traveller's
    counterpart, is a side of the visit as well (fam147: every meeting of a trip is part of it)."""
    names = _names(
        "Visit of Foreign Minister Omar Demir to Sylvania, 3 March 2022",
        "Foreign Minister Omar Demir visited Sylvania on 3 March 2022 to prepare a joint council.",
        "Minister Demir first met with Lena Holm, Speaker of the Sylvanian Parliament.",
        "Minister Demir was then received by Prime Minister Karl Berg of Sylvania, and later met with "
        "Tourism Minister Ines Varga at a luncheon.",
    )
    assert names[-2:] == ["Karl Berg", "Ines Varga"]
