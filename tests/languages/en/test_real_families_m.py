"""Families of misses of en-m's blind run (issue #8, task genm), each on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str, url: str | None = None) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n", url=url)


def _statements(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_responded_that_resolved_to_and_was_clear_that_start_statements() -> None:
    """'In response, X responded that …', 'the leaders resolved to …' and 'X was clear that …' report."""
    readout = _page(
        "Foreign Minister Ana Ruiz speaks with Foreign Minister Tomas Berg",
        "Foreign Minister Ana Ruiz held a telephone conversation with Foreign Minister Tomas Berg of"
        " Ruritania on Monday.",
        "Minister Ruiz stated that the port talks should resume soon. Minister Berg responded that Ruritania"
        " would send a delegation in May.",
        "Minister Ruiz was clear that a settlement of the border dispute was in everyone's interest.",
        "Finally, the ministers resolved to continue to work together on fisheries.",
    )
    expected = [
        (1, "ana-ruiz", "stated", "the port talks should resume soon."),
        (1, "tomas-berg", "responded", "Ruritania would send a delegation in May."),
        (2, "ana-ruiz", "clear", "a settlement of the border dispute was in everyone's interest."),
        (3, "both", "resolved", "to continue to work together on fisheries."),
    ]
    assert expected == _statements(readout)
