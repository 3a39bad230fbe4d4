"""Readouts refused and kinds on en-am, en-an, en-ao (issue #8, fam136): openings behind a lone dateline
dash, in an adverbial of the meeting, or with one principal joining another; on invented text."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_lead_behind_a_lone_dateline_dash_is_the_opening() -> None:
    """A caption line, then the lead behind a dash whose place the copy dropped: one dash-led
    paragraph between prose is no list, so the lead reports the call."""
    readout = _page(
        "Trade Minister Ana Berg holds phone talks with Sylvanian Trade Minister Ivo Brand (Photo: Wire)",
        "– Freedonian Trade Minister Ana Berg on May 3 held phone talks with Sylvanian Trade Minister Ivo"
        " Brand on the new harbour tariffs.",
        "The two ministers agreed to meet in Port Ruiz next month.",
    )
    assert readout.event.kind is EventKind.PHONE_CALL
    assert {p.name for p in readout.event.participants} >= {"Ana Berg", "Ivo Brand"}


def test_dash_led_items_of_a_list_are_still_no_opening() -> None:
    """Two dash-led paragraphs in a row are a fact sheet's list: neither is the lead."""
    with pytest.raises(NotAReadoutError):
        _page(
            "Fact Sheet: Harbour Cooperation",
            "- Minister Ana Berg held talks with Minister Ivo Brand on tariffs in 2019.",
            "- Minister Ana Berg met Minister Ivo Brand on shipping in 2020.",
            "The new harbour fund opens to applicants next year.",
        )
