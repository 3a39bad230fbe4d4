"""Families of participants on real bulk pages read by eye (round 79 of issue #8), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _people(readout: Readout) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {p.name: (p.country, p.titles) for p in readout.event.participants}


def test_a_country_named_with_of_before_a_title_is_read_whole() -> None:
    """'Democratic Republic of the Congo Foreign Minister X': the 'of' inside the country's name before the
    title is no complement of an earlier title, so 'Minister' opens no new title; the whole name is the
    country (it was read as 'Congo', the Republic of the Congo, and the title lost 'Foreign')."""
    readout = _page(
        "Trade Minister Ana Ruiz met today with Democratic Republic of the Congo Foreign Minister Jean Mbala"
        " in Lisbon.",
        "They discussed the river port and the fisheries accord.",
    )
    country, titles = _people(readout)["Jean Mbala"]
    assert country == "CD"
    assert "Foreign Minister" in titles
