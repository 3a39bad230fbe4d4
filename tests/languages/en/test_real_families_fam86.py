"""Families of participants on real bulk pages read by eye (round 86 of issue #8), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _people(readout: Readout) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {p.name: (p.country, p.titles) for p in readout.event.participants}


def test_a_title_that_serves_an_office_runs_on_over_the_office() -> None:
    """'X, Senior Advisor to the President and Director of the Office of …': the title runs on over
    'to the President' and 'and Director of …', so the office it serves is part of the title, not a
    person ('The President', 'The Director' came out as participants, the title cut at 'Senior Advisor')."""
    readout = _page(
        "Readout of a Meeting with County Officials on Rural Water",
        "On Monday, Mara Quill, Senior Advisor to the President and Director of the Office of Rural Affairs,"
        " and Tom Hale, Assistant to the President and Director of the Water Policy Council, met with county"
        " officials to discuss the rural water program.",
        "The officials discussed the grants and the repair of old pipes.",
    )
    people = _people(readout)
    assert "The President" not in people
    assert "The Director" not in people
    assert "Director of the Office of Rural Affairs" in " ".join(people["Mara Quill"][1])
    assert "Director of the Water Policy Council" in " ".join(people["Tom Hale"][1])


def test_a_title_that_serves_an_adviser_keeps_its_holder() -> None:
    """'X, Deputy Assistant to the President and Senior Advisor to the Policy Advisor, and Y, Senior
    Advisor to the Office of …, met': both holders are read, the first was lost."""
    readout = _page(
        "Readout of a Convening with State Legislators on Rail Safety",
        "Yesterday, Nora Vance, Deputy Assistant to the President and Senior Advisor to the Domestic Policy"
        " Advisor, and Paul Greer, Senior Advisor to the Office of Intergovernmental Affairs, met with state"
        " legislators to discuss rail safety.",
        "The officials thanked the legislators for their work on rail crossings.",
    )
    people = _people(readout)
    assert "Nora Vance" in people
    assert "Paul Greer" in people
    assert not any(name.startswith("The ") for name in people)
