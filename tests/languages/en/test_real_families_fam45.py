"""Families of statement misses on en-r, en-s and en-t (issue #8, after their one blind run), each on
invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _statements(readout: Readout) -> list[tuple[int, str, str]]:
    return [(s.paragraph, s.speaker or "", s.verb) for s in readout.statements]


def test_a_cut_copy_of_the_title_glued_to_a_section_name_is_no_body_paragraph() -> None:
    """A breadcrumb that repeats the title after its section's name and is cut with dots
    ("Press WingThe Visit of ... with Foreign...") is furniture: the body opens under it."""
    readout = _page(
        "Harbour Talks: Foreign Minister Ana Ruiz Telephone Call with Foreign Minister Tomas Berg",
        "Press WingHarbour Talks: Foreign Minister Ana Ruiz Telephone Call with Foreign...",
        "Foreign Minister Ana Ruiz received a telephone call from Foreign Minister Tomas Berg of Ruritania.",
        "Foreign Minister Ruiz stressed the importance of open sea lanes.",
    )
    assert _statements(readout) == [(1, "ana-ruiz", "stressed")]
