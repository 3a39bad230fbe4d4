"""Families of attributed-statement misses on en-u, en-v and en-w after their blind run (issue #8,
fam58), each on invented text."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Tomas Berg presented a report on the harvest in the northern provinces.", "presented a report on"),
        ("Tomas Berg presented a brief overview of the harvest.", "presented a brief overview of"),
        ("Tomas Berg gave a short briefing on the harvest in the north.", "gave a short briefing on"),
        ("Tomas Berg provided a summary of the harvest in the north.", "provided a summary of"),
    ],
)
def test_a_report_or_overview_presented_is_the_verb(sentence: str, verb: str) -> None:
    """ "presented a report on X" reports X, as "gave an update on" does: the report's noun and its
    preposition belong to the verb, and the content starts after them."""
    readout = _page(
        "Ana Ruiz meets Tomas Berg",
        "Foreign Minister of Ruritania Ana Ruiz met Foreign Minister of Borduria Tomas Berg in Lima.",
        sentence,
    )
    assert [(s.verb, s.text.split()[0]) for s in readout.statements] == [(verb, "the")]
