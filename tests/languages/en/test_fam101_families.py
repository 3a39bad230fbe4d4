"""Families of participants on en-aa (round 101 of issue #8, post-blind): invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _names(readout: Readout) -> list[str]:
    return [p.name for p in readout.event.participants]


def test_two_offices_named_by_the_next_sentences_subject_and_the_person_it_acts_on() -> None:
    """'The Taoiseach and the Prime Minister spoke by phone this evening. Leo Varadkar offered his
    congratulations to Mr Johnson …' (en-aa, Carlow Nationalist): an opening that calls both sides by
    office only is named by the full-named subject of the next sentence and the one other person it
    names, in the opening's order; the offices were kept as names."""
    readout = _parse(
        "By Ana Writer",
        "The Chancellor and the President spoke by phone this afternoon.",
        "Karl Berger offered his thanks to Mr Ruiz for the warm welcome.",
        "Both leaders agreed to stay in close contact.",
    )
    assert _names(readout) == ["Karl Berger", "Ruiz"]


def test_a_third_person_in_the_next_sentence_names_no_office() -> None:
    """The same opening with a next sentence naming three people names no office from it."""
    readout = _parse(
        "The Chancellor and the President spoke by phone this afternoon.",
        "Karl Berger offered his thanks to Mr Ruiz and Ms Lind for the warm welcome.",
    )
    assert "Karl Berger" not in _names(readout)
