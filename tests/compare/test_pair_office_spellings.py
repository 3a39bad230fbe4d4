"""A principal named by office alone pairs with the other side's holder of that office however
either side spells it ("FM", "Minister of Foreign Affairs"), never with another office or country."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from readoutlib.compare import pair
from readoutlib.model import Readout

from .kit import make_readout

DAY = dt.date(2024, 3, 3)


def _with_titles(publisher: str, people: list[tuple[str, str, str]]) -> Readout:
    """A readout of ``DAY`` whose participants are (name, country, title)."""
    readout = make_readout(
        publisher, "Call", [(f"P{n}", c) for n, (_, c, _) in enumerate(people)], published=DAY
    )
    participants = tuple(
        attrs.evolve(p, name=name, titles=(title,))
        for p, (name, _, title) in zip(readout.event.participants, people, strict=True)
    )
    return attrs.evolve(readout, event=attrs.evolve(readout.event, participants=participants))


#: A news report naming its own minister by office, as an abbreviation: "FM Park holds a video call".
BY_OFFICE = _with_titles(
    "news-kr", [("The Foreign Minister", "KR", "FM"), ("Tom Reed", "US", "Secretary of State")]
)


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (("Park Dal", "KR", "Minister of Foreign Affairs"), [[0, 1]]),
        (("Park Dal", "KR", "Foreign Minister"), [[0, 1]]),
        (("Park Dal", "KR", "Minister of National Defense"), [[0], [1]]),
        (("Hayashi Ren", "JP", "Minister for Foreign Affairs"), [[0], [1]]),
    ],
)
def test_an_office_pairs_with_its_holder_however_spelt(
    other: tuple[str, str, str], expected: list[list[int]]
) -> None:
    """ "The Foreign Minister" (title "FM") of Korea is Korea's Minister of Foreign Affairs; a Korean
    defence minister or Japan's foreign minister with the same Secretary that day is another event."""
    named = _with_titles("us-state", [("Tom Reed", "US", "Secretary of State"), other])
    readouts = [BY_OFFICE, named]
    index = {id(r): n for n, r in enumerate(readouts)}
    assert expected == [[index[id(r)] for r in event.readouts] for event in pair(readouts)]
